#pragma once

#include <QString>

namespace brug {

/// Text folded for search as you type: case and accents ignored in every script, so "ayse"
/// finds "Ayşe" and Arabic with or without its vowel marks.
namespace SearchKey {
[[nodiscard]] QString fold(const QString &text);
[[nodiscard]] QString forFamily(const QString &code, const QString &name, const QString &neighbourhood);
} // namespace SearchKey

} // namespace brug
