#pragma once

#include <QString>
#include <array>

namespace brug {

/// Text folded for search as you type: case and accents ignored in every script, so "ayse"
/// finds "Ayşe" and Arabic with or without its vowel marks.
namespace SearchKey {
[[nodiscard]] QString fold(const QString &text);
[[nodiscard]] QString forFamily(const QString &code, const QString &name, const QString &neighbourhood);
/// The family's fields its key is made of, in forFamily's order: a write of any needs a new key.
inline constexpr std::array<QStringView, 3> kFamilyFields{u"code", u"name", u"neighbourhood"};
} // namespace SearchKey

} // namespace brug
