#pragma once

#include "report.h"

#include <QHash>

namespace brug {

class Store;

/// Computes a report for a period from what this device holds (steps 1, 6 and 7 of the
/// brochure's plan): for a migrant organisation reach, activities, risk factors, actions,
/// referrals, hours and caseload; for a provider what came in, how fast it was answered, how
/// it ended, and the meetings the provider was asked to.
///
/// Privacy (aggregates only, no row ever names a family):
/// - suppressed when 1..4 ("<5"), 0 shown as 0: every count of families, visits, meetings,
///   referrals and of people at meetings (a meeting of three people is three people), and the
///   caseload counts;
/// - complementary suppression: in a table that splits one set whose total can be known
///   (families by origin / by neighbourhood, referrals by provider / service / origin /
///   status, outcomes) a single "<5" takes the smallest other count with it ("≥5");
/// - a median (days to intake, to first response) is withheld when it rests on 1..4 referrals;
/// - not suppressed: minutes, km and expenses per person per month. They are amounts about the
///   volunteers, not counts of families, and the reimbursement needs them exact.
/// Where rows are sorted by size (origin, neighbourhood, provider, service, action), hidden rows
/// follow the shown ones in catalogue or name order, so that the order says nothing about them.
class ReportBuilder
{
public:
    explicit ReportBuilder(Store &store);

    /// The day "the last 30 days" of the caseload end on; today unless set (tests).
    void setToday(const QDate &today) { m_today = today; }

    /// The report for the role of this device: a provider's for caseworkers and managers.
    [[nodiscard]] Report build(const ReportPeriod &period);
    [[nodiscard]] Report organisationReport(const ReportPeriod &period);
    [[nodiscard]] Report providerReport(const ReportPeriod &period, const QString &providerId);

private:
    void familiesReached(Report &report);
    void visitFigures(Report &report);
    void meetingFigures(Report &report);
    void referralFigures(Report &report);
    void hours(Report &report);
    void caseload(Report &report);
    void received(Report &report, const QString &providerId);
    void providerMeetings(Report &report, const QString &providerId);

    [[nodiscard]] QHash<QString, QString> names(const QString &sql);

    Store &m_store;
    QDate m_today = QDate::currentDate();
};

} // namespace brug
