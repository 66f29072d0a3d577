#pragma once

#include "figuretable.h"
#include "reportperiod.h"

#include <QStringList>
#include <vector>

namespace brug {

/// A median number of days (referral to intake, to first response) and how many it rests on.
/// The median is published only when the count is; below 5 referrals it is withheld.
struct DurationFigure
{
    QString id;
    Figure count;
    double medianDays = 0;

    [[nodiscard]] bool hasMedian() const { return count.count() > 0 && !count.hidden(); }
};

/// Hours, travel and expenses of one person in one month: the reimbursement overview.
/// Amounts, not counts of families: shown exactly.
struct HoursRow
{
    QString userId;
    QString userName;
    QString month;          ///< yyyy-MM
    qint64 minutes = 0;
    double km = 0;
    qint64 expensesCents = 0;
};

/// How much one intermediary carries now, so the coordinator can protect them from overload.
struct CaseloadRow
{
    QString userId;
    QString userName;
    Figure activeFamilies;  ///< active families assigned
    Figure recentVisits;    ///< visits in the 30 days up to the report's "today"
    Figure openReferrals;   ///< sent, not declined or closed
};

/// Every figure of one report, in the order it is shown and exported.
struct Report
{
    enum class Side { Organisation, Provider };

    ReportPeriod period;
    Side side = Side::Organisation;
    QDate today;
    QStringList order;                      ///< section ids in display order
    std::vector<FigureTable> tables;
    std::vector<DurationFigure> durations;
    std::vector<HoursRow> hours;            ///< section "hours"
    std::vector<CaseloadRow> caseload;      ///< section "caseload"

    [[nodiscard]] const FigureTable *table(QStringView id) const;
    [[nodiscard]] const DurationFigure *duration(QStringView id) const;
};

} // namespace brug
