#pragma once

#include "figure.h"

#include <QString>
#include <vector>

namespace brug {

/// How a figure is best looked at.
enum class Chart {
    Number,  ///< one count
    Bars,    ///< counts per category, horizontal bars
    Funnel,  ///< referrals per status, in the order a referral moves through them
    Months,  ///< counts per month of the period
};

/// One line of a figure: what is counted and how many. The label is `name` when the builder
/// knows it (a provider, a service, a neighbourhood, a person), else the label of `key` in
/// `kind` (a catalogue such as "country", or "month", or "term" for words like "unknown").
struct FigureRow
{
    QString key;
    QString kind;
    QString name;
    Figure figure;
};

/// A titled list of counts: one section of the report and of its CSV.
struct FigureTable
{
    QString id;
    Chart chart = Chart::Bars;
    std::vector<FigureRow> rows;

    [[nodiscard]] const FigureRow *row(QStringView key) const;
    /// Counts hidden in this table: suppressed (1..4) and withheld.
    [[nodiscard]] int hiddenCount() const;
    /// Complementary suppression for a table whose rows split one set (each family, referral
    /// has one origin, one status ...) and whose total can be known: when exactly one row is
    /// suppressed, the smallest other non-zero row (ties: the smaller key) is withheld too, so
    /// the suppressed count cannot be found by subtraction.
    void protectPartition();
};

} // namespace brug
