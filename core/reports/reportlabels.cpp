#include "reportlabels.h"

#include <QDate>
#include <QHash>

namespace brug {

namespace {
const QHash<QString, QString> &englishWords()
{
    static const QHash<QString, QString> words = {
        // Sections.
        {QStringLiteral("section/families_reached"), QStringLiteral("Families reached")},
        {QStringLiteral("section/families_by_origin"), QStringLiteral("Families reached by origin")},
        {QStringLiteral("section/families_by_neighbourhood"), QStringLiteral("Families reached by neighbourhood")},
        {QStringLiteral("section/visits_per_month"), QStringLiteral("Home visits per month")},
        {QStringLiteral("section/meetings_per_month"), QStringLiteral("Neighbourhood meetings per month")},
        {QStringLiteral("section/attendance_per_month"), QStringLiteral("People at meetings per month")},
        {QStringLiteral("section/attendance_by_group"), QStringLiteral("People at meetings by group")},
        {QStringLiteral("section/risk_factors"), QStringLiteral("Visits per risk factor")},
        {QStringLiteral("section/risk_clusters"), QStringLiteral("Visits per risk cluster")},
        {QStringLiteral("section/actions"), QStringLiteral("Visits per action taken")},
        {QStringLiteral("section/referrals_by_provider"), QStringLiteral("Referrals sent per provider")},
        {QStringLiteral("section/referrals_by_status"), QStringLiteral("Referrals sent per status")},
        {QStringLiteral("section/days_to_intake"), QStringLiteral("Days from referral to intake")},
        {QStringLiteral("section/hours"), QStringLiteral("Hours, travel and expenses per person per month")},
        {QStringLiteral("section/caseload"), QStringLiteral("Caseload per intermediary")},
        {QStringLiteral("section/referrals_received"), QStringLiteral("Referrals received")},
        {QStringLiteral("section/received_by_origin"), QStringLiteral("Referrals received by origin")},
        {QStringLiteral("section/received_by_service"), QStringLiteral("Referrals received by service")},
        {QStringLiteral("section/received_by_status"), QStringLiteral("Referrals received per status")},
        {QStringLiteral("section/days_to_first_response"), QStringLiteral("Days from referral to first response")},
        {QStringLiteral("section/outcomes"), QStringLiteral("Outcomes")},
        {QStringLiteral("section/declined"), QStringLiteral("Referrals declined")},
        {QStringLiteral("section/meetings_provider_present"), QStringLiteral("Meetings where the provider was present")},
        {QStringLiteral("section/meetings_provider_requested"), QStringLiteral("Meetings where the provider was asked to come")},
        // Column headings.
        {QStringLiteral("column/label"), QStringLiteral("What")},
        {QStringLiteral("column/count"), QStringLiteral("Number")},
        {QStringLiteral("column/median_days"), QStringLiteral("Median days")},
        {QStringLiteral("column/based_on"), QStringLiteral("Based on referrals")},
        {QStringLiteral("column/person"), QStringLiteral("Person")},
        {QStringLiteral("column/month"), QStringLiteral("Month")},
        {QStringLiteral("column/minutes"), QStringLiteral("Minutes")},
        {QStringLiteral("column/hours"), QStringLiteral("Hours")},
        {QStringLiteral("column/km"), QStringLiteral("Km")},
        {QStringLiteral("column/expenses"), QStringLiteral("Expenses (EUR)")},
        {QStringLiteral("column/active_families"), QStringLiteral("Active families")},
        {QStringLiteral("column/recent_visits"), QStringLiteral("Visits, last 30 days")},
        {QStringLiteral("column/open_referrals"), QStringLiteral("Open referrals")},
        // Terms.
        {QStringLiteral("term/title"), QStringLiteral("Brug figures")},
        {QStringLiteral("term/period"), QStringLiteral("Period")},
        {QStringLiteral("term/unknown"), QStringLiteral("Unknown")},
        {QStringLiteral("term/no_service"), QStringLiteral("No service chosen")},
        {QStringLiteral("term/total"), QStringLiteral("Total")},
        {QStringLiteral("term/new"), QStringLiteral("New, not yet answered")},
        {QStringLiteral("term/women"), QStringLiteral("Women")},
        {QStringLiteral("term/men"), QStringLiteral("Men")},
        {QStringLiteral("term/children"), QStringLiteral("Children")},
        {QStringLiteral("term/newcomers"), QStringLiteral("Newcomers")},
        {QStringLiteral("term/privacy"),
         QStringLiteral("Numbers from 1 to 4 are shown as <5, so that no family can be recognised. "
                        "A number shown as \u22655 is hidden so that a <5 cannot be worked out from a total.")},
        {QStringLiteral("term/no_median"), QStringLiteral("not shown below 5 referrals")},
        {QStringLiteral("term/nothing"), QStringLiteral("Nothing in this period.")},
        {QStringLiteral("term/page"), QStringLiteral("Page %1")},
    };
    return words;
}
} // namespace

QString ReportLabels::english(const QString &kind, const QString &key)
{
    if (kind == u"month") {
        const QDate d = QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate);
        return d.isValid() ? d.toString(QStringLiteral("MMM yyyy")) : key;
    }
    return englishWords().value(kind + QLatin1Char('/') + key, key);
}

QString ReportLabels::rowLabel(const ReportLabeller &labeller, const FigureRow &row)
{
    if (!row.name.isEmpty())
        return row.name;
    return labeller ? labeller(row.kind, row.key) : english(row.kind, row.key);
}

} // namespace brug
