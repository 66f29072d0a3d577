#pragma once

#include <QLatin1StringView>
#include <QStringView>
#include <span>
#include <vector>

namespace brug {

/// One entry of a catalogue: a stable code, an optional group (a risk factor's cluster) and
/// related codes (the risk factors an action answers, from table 4 of the brochure).
struct CatalogueItem
{
    QLatin1StringView code;
    QLatin1StringView group;
    std::vector<QLatin1StringView> related;
};

/// The fixed lists the data refers to by code. Labels are translated in the app, not here.
namespace Catalogue {
[[nodiscard]] std::span<const QLatin1StringView> names();
[[nodiscard]] std::span<const CatalogueItem> items(QStringView catalogue);
[[nodiscard]] const CatalogueItem *find(QStringView catalogue, QStringView code);
[[nodiscard]] bool contains(QStringView catalogue, QStringView code);
} // namespace Catalogue

} // namespace brug
