#pragma once

#include "figuretable.h"

#include <QString>
#include <functional>

namespace brug {

/// Turns a (kind, key) into the words a reader sees. Kinds: a catalogue name ("country",
/// "risk_factor", "referral_status" ...), "month" (key yyyy-MM), "section" (a section id),
/// "column" (a column heading) and "term" (unknown, total, women ...). The app passes one that
/// translates; the report library itself knows only English.
using ReportLabeller = std::function<QString(const QString &kind, const QString &key)>;

/// The report's own English words, for exports made without the app (tests, tools).
namespace ReportLabels {
[[nodiscard]] QString english(const QString &kind, const QString &key);
/// The label of a row: its name when it has one, else what `labeller` says of (kind, key).
[[nodiscard]] QString rowLabel(const ReportLabeller &labeller, const FigureRow &row);
} // namespace ReportLabels

} // namespace brug
