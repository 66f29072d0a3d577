#include "reportbuilder.h"

#include "catalogue.h"
#include "store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>
#include <functional>
#include <map>

namespace brug {

namespace {
using Counts = QHash<QString, qint64>;

const QString kUnknown = QStringLiteral("unknown");
const QString kTerm = QStringLiteral("term");

/// Runs a query, handing each row to `row`; the cached statement is reset however it ends.
void forEachRow(Store &store, const QString &sql, const QVariantList &args,
                const std::function<void(const Statement &)> &row)
{
    Statement &s = store.db().prepare(sql);
    struct Reset
    {
        Statement &s;
        ~Reset() { s.reset(); }
    } reset{s};
    int i = 1;
    for (const QVariant &a : args)
        s.bind(i++, a);
    while (s.step())
        row(s);
}

/// The codes of a Codes column (a JSON array as text), each once.
QStringList codesOf(const Statement &s, int column)
{
    QStringList out;
    if (s.isNull(column))
        return out;
    for (const QJsonValue &v : QJsonDocument::fromJson(s.utf8(column)).array())
        if (v.isString() && !out.contains(v.toString()))
            out << v.toString();
    return out;
}

QString textOf(const Statement &s, int column)
{
    return s.isNull(column) ? QString() : s.text(column);
}

QString day(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

void add(Report &report, FigureTable table)
{
    report.order << table.id;
    report.tables.push_back(std::move(table));
}

void add(Report &report, const QString &id, const std::vector<double> &days)
{
    DurationFigure d;
    d.id = id;
    d.count = Figure(qint64(days.size()));
    d.medianDays = d.hasMedian() ? median(days) : 0;
    report.order << id;
    report.durations.push_back(d);
}

FigureTable number(const QString &id, qint64 count)
{
    return FigureTable{id, Chart::Number, {FigureRow{QStringLiteral("total"), kTerm, QString(), Figure(count)}}};
}

FigureTable months(const QString &id, const ReportPeriod &period, const Counts &counts)
{
    FigureTable t{id, Chart::Months, {}};
    for (const QString &m : period.months())
        t.rows.push_back({m, QStringLiteral("month"), QString(), Figure(counts.value(m))});
    return t;
}

/// One row per code of a catalogue, in catalogue order; zeros kept when `all`.
FigureTable byCatalogue(const QString &id, Chart chart, const QString &catalogue, const Counts &counts, bool all)
{
    FigureTable t{id, chart, {}};
    for (const CatalogueItem &item : Catalogue::items(catalogue)) {
        const QString code = item.code;
        if (all || counts.value(code) > 0)
            t.rows.push_back({code, catalogue, QString(), Figure(counts.value(code))});
    }
    return t;
}

/// Shown rows by count, largest first; then the hidden ones in their given order; rows for
/// "unknown" and the like last. Ties keep their given order.
void sortShownFirst(FigureTable &t)
{
    auto rank = [](const FigureRow &r) { return r.kind == kTerm ? 2 : r.figure.hidden() ? 1 : 0; };
    std::stable_sort(t.rows.begin(), t.rows.end(), [&](const FigureRow &a, const FigureRow &b) {
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        return rank(a) == 0 && a.figure.count() > b.figure.count();
    });
}

/// A table of counts per free name (neighbourhood, provider, service), names in order, with
/// the rows for which there is no name under `unknownKey`.
FigureTable byName(const QString &id, const std::map<QString, qint64> &counts,
                   const QHash<QString, QString> &names, const QString &unknownKey)
{
    FigureTable t{id, Chart::Bars, {}};
    qint64 unknown = 0;
    for (const auto &[key, n] : counts) {
        if (key.isEmpty())
            unknown += n;
        else
            t.rows.push_back({key, QStringLiteral("name"), names.value(key, key), Figure(n)});
    }
    if (unknown > 0)
        t.rows.push_back({unknownKey, kTerm, QString(), Figure(unknown)});
    return t;
}

const QStringList kOrganisationStatuses = {
    QStringLiteral("sent"),    QStringLiteral("received"), QStringLiteral("more_info"), QStringLiteral("intake_planned"),
    QStringLiteral("in_care"), QStringLiteral("closed"),   QStringLiteral("declined"),  QStringLiteral("withdrawn")};
} // namespace

ReportBuilder::ReportBuilder(Store &store) : m_store(store) {}

Report ReportBuilder::build(const ReportPeriod &period)
{
    const DeviceIdentity &me = m_store.identity();
    return me.isProviderSide() ? providerReport(period, me.orgId) : organisationReport(period);
}

QHash<QString, QString> ReportBuilder::names(const QString &sql)
{
    QHash<QString, QString> out;
    forEachRow(m_store, sql, {}, [&](const Statement &s) { out.insert(s.text(0), textOf(s, 1)); });
    return out;
}

Report ReportBuilder::organisationReport(const ReportPeriod &period)
{
    Report report;
    report.period = period;
    report.side = Report::Side::Organisation;
    report.today = m_today;
    familiesReached(report);
    visitFigures(report);
    meetingFigures(report);
    referralFigures(report);
    hours(report);
    caseload(report);
    // Shown as the brochure's plan reads: reach (step 1), activities, thresholds and what was
    // done about them (step 6), referrals and what they cost (step 7).
    static const QStringList kOrder = {
        QStringLiteral("families_reached"),     QStringLiteral("families_by_origin"),
        QStringLiteral("families_by_neighbourhood"), QStringLiteral("visits_per_month"),
        QStringLiteral("meetings_per_month"),   QStringLiteral("attendance_per_month"),
        QStringLiteral("attendance_by_group"),  QStringLiteral("risk_clusters"),
        QStringLiteral("risk_factors"),         QStringLiteral("actions"),
        QStringLiteral("referrals_by_status"),  QStringLiteral("referrals_by_provider"),
        QStringLiteral("days_to_intake"),       QStringLiteral("hours"),
        QStringLiteral("caseload")};
    Q_ASSERT(QSet<QString>(kOrder.begin(), kOrder.end()) == QSet<QString>(report.order.begin(), report.order.end()));
    report.order = kOrder;
    return report;
}

Report ReportBuilder::providerReport(const ReportPeriod &period, const QString &providerId)
{
    Report report;
    report.period = period;
    report.side = Report::Side::Provider;
    report.today = m_today;
    received(report, providerId);
    providerMeetings(report, providerId);
    return report;
}

void ReportBuilder::familiesReached(Report &report)
{
    // Families with at least one visit in the period (a family deleted since is not counted).
    Counts byOrigin;
    std::map<QString, qint64> byNeighbourhood;
    qint64 total = 0;
    forEachRow(m_store,
               QStringLiteral("SELECT f.country_of_origin, f.neighbourhood FROM family f "
                              "WHERE f.deleted = 0 AND EXISTS (SELECT 1 FROM visit v WHERE v.family_id = f.id "
                              "AND v.deleted = 0 AND v.\"date\" BETWEEN ? AND ?)"),
               {day(report.period.from()), day(report.period.to())}, [&](const Statement &s) {
                   const QString country = textOf(s, 0);
                   ++byOrigin[Catalogue::contains(u"country", country) ? country : kUnknown];
                   ++byNeighbourhood[textOf(s, 1).simplified()];
                   ++total;
               });
    add(report, number(QStringLiteral("families_reached"), total));

    FigureTable origin = byCatalogue(QStringLiteral("families_by_origin"), Chart::Bars, QStringLiteral("country"),
                                     byOrigin, false);
    if (byOrigin.value(kUnknown) > 0)
        origin.rows.push_back({kUnknown, kTerm, QString(), Figure(byOrigin.value(kUnknown))});
    origin.protectPartition();
    sortShownFirst(origin);
    add(report, std::move(origin));

    FigureTable area = byName(QStringLiteral("families_by_neighbourhood"), byNeighbourhood, {}, kUnknown);
    area.protectPartition();
    sortShownFirst(area);
    add(report, std::move(area));
}

void ReportBuilder::visitFigures(Report &report)
{
    Counts perMonth, factors, clusters, actions;
    forEachRow(m_store,
               QStringLiteral("SELECT \"date\", risk_factors, actions FROM visit "
                              "WHERE deleted = 0 AND \"date\" BETWEEN ? AND ?"),
               {day(report.period.from()), day(report.period.to())}, [&](const Statement &s) {
                   ++perMonth[textOf(s, 0).left(7)];
                   QSet<QString> seenClusters;
                   for (const QString &f : codesOf(s, 1)) {
                       const CatalogueItem *item = Catalogue::find(u"risk_factor", f);
                       if (!item)
                           continue;
                       ++factors[f];
                       seenClusters.insert(QString(item->group));
                   }
                   for (const QString &c : seenClusters)
                       ++clusters[c];
                   for (const QString &a : codesOf(s, 2))
                       if (Catalogue::contains(u"action", a))
                           ++actions[a];
               });
    add(report, months(QStringLiteral("visits_per_month"), report.period, perMonth));
    add(report, byCatalogue(QStringLiteral("risk_clusters"), Chart::Bars, QStringLiteral("risk_cluster"), clusters, true));
    add(report, byCatalogue(QStringLiteral("risk_factors"), Chart::Bars, QStringLiteral("risk_factor"), factors, true));
    FigureTable acted = byCatalogue(QStringLiteral("actions"), Chart::Bars, QStringLiteral("action"), actions, false);
    sortShownFirst(acted);
    add(report, std::move(acted));
}

void ReportBuilder::meetingFigures(Report &report)
{
    Counts meetings, people;
    qint64 women = 0, men = 0, children = 0, newcomers = 0;
    forEachRow(m_store,
               QStringLiteral("SELECT substr(\"date\", 1, 7), count(*), total(women), total(men), total(children), "
                              "total(newcomers) FROM meeting WHERE deleted = 0 AND \"date\" BETWEEN ? AND ? GROUP BY 1"),
               {day(report.period.from()), day(report.period.to())}, [&](const Statement &s) {
                   const QString month = s.text(0);
                   meetings[month] = s.int64(1);
                   const auto w = qint64(s.real(2)), m = qint64(s.real(3)), c = qint64(s.real(4));
                   people[month] = w + m + c;
                   women += w;
                   men += m;
                   children += c;
                   newcomers += qint64(s.real(5));
               });
    add(report, months(QStringLiteral("meetings_per_month"), report.period, meetings));
    add(report, months(QStringLiteral("attendance_per_month"), report.period, people));
    FigureTable groups{QStringLiteral("attendance_by_group"), Chart::Bars, {}};
    for (const auto &[key, n] : {std::pair{QStringLiteral("women"), women}, std::pair{QStringLiteral("men"), men},
                                 std::pair{QStringLiteral("children"), children},
                                 std::pair{QStringLiteral("newcomers"), newcomers}})
        groups.rows.push_back({key, kTerm, QString(), Figure(n)});
    add(report, std::move(groups));
}

void ReportBuilder::referralFigures(Report &report)
{
    // Referrals sent in the period (withdrawn since included: they were sent).
    std::map<QString, qint64> perProvider;
    Counts perStatus;
    std::vector<double> toIntake;
    forEachRow(m_store,
               QStringLiteral("SELECT provider_id, state, status, sent_at, intake_on FROM referral "
                              "WHERE deleted = 0 AND sent_at >= ? AND sent_at < ?"),
               {report.period.startMs(), report.period.endMs()}, [&](const Statement &s) {
                   ++perProvider[textOf(s, 0)];
                   const QString status = textOf(s, 2);
                   ++perStatus[status.isEmpty() ? textOf(s, 1) : status];
                   const QDate intake = QDate::fromString(textOf(s, 4), Qt::ISODate);
                   const qint64 days = ReportPeriod::dayOf(s.int64(3)).daysTo(intake);
                   if (intake.isValid() && days >= 0)
                       toIntake.push_back(double(days));
               });
    FigureTable providers = byName(QStringLiteral("referrals_by_provider"), perProvider,
                                   names(QStringLiteral("SELECT id, name FROM organisation")), kUnknown);
    providers.protectPartition();
    sortShownFirst(providers);
    add(report, std::move(providers));

    FigureTable statuses{QStringLiteral("referrals_by_status"), Chart::Funnel, {}};
    for (const QString &st : kOrganisationStatuses)
        statuses.rows.push_back({st,
                                 Catalogue::contains(u"referral_status", st) ? QStringLiteral("referral_status")
                                                                              : QStringLiteral("referral_state"),
                                 QString(), Figure(perStatus.value(st))});
    statuses.protectPartition();
    add(report, std::move(statuses));
    add(report, QStringLiteral("days_to_intake"), toIntake);
}

void ReportBuilder::hours(Report &report)
{
    const QHash<QString, QString> users = names(QStringLiteral("SELECT id, display_name FROM \"user\""));
    forEachRow(m_store,
               QStringLiteral("SELECT coalesce(user_id, created_by), substr(\"date\", 1, 7), total(minutes), "
                              "total(distance_km), total(expenses_cents) FROM time_entry "
                              "WHERE deleted = 0 AND \"date\" BETWEEN ? AND ? GROUP BY 1, 2"),
               {day(report.period.from()), day(report.period.to())}, [&](const Statement &s) {
                   HoursRow r;
                   r.userId = textOf(s, 0);
                   r.userName = users.value(r.userId);
                   r.month = s.text(1);
                   r.minutes = qint64(s.real(2));
                   r.km = s.real(3);
                   r.expensesCents = qint64(s.real(4));
                   report.hours.push_back(r);
               });
    std::stable_sort(report.hours.begin(), report.hours.end(), [](const HoursRow &a, const HoursRow &b) {
        const int byName = QString::localeAwareCompare(a.userName, b.userName);
        if (byName != 0)
            return byName < 0;
        return a.userId != b.userId ? a.userId < b.userId : a.month < b.month;
    });
    report.order << QStringLiteral("hours");
}

void ReportBuilder::caseload(Report &report)
{
    // Every intermediary of this organisation, and anyone else who carries families, visits or
    // referrals. A record without an intermediary counts for whoever made it.
    struct Load
    {
        qint64 families = 0, visits = 0, referrals = 0;
    };
    std::map<QString, Load> load;
    QHash<QString, QString> users;
    forEachRow(m_store,
               QStringLiteral("SELECT id, display_name, role, org_id FROM \"user\" WHERE deleted = 0"), {},
               [&](const Statement &s) {
                   users.insert(s.text(0), textOf(s, 1));
                   if (textOf(s, 2) == u"intermediary" && textOf(s, 3) == m_store.identity().orgId)
                       load[s.text(0)];
               });
    forEachRow(m_store,
               QStringLiteral("SELECT coalesce(intermediary_id, created_by), count(*) FROM family "
                              "WHERE deleted = 0 AND coalesce(active, 1) <> 0 GROUP BY 1"),
               {}, [&](const Statement &s) { load[textOf(s, 0)].families = s.int64(1); });
    forEachRow(m_store,
               QStringLiteral("SELECT coalesce(intermediary_id, created_by), count(*) FROM visit "
                              "WHERE deleted = 0 AND \"date\" BETWEEN ? AND ? GROUP BY 1"),
               {day(m_today.addDays(-29)), day(m_today)},
               [&](const Statement &s) { load[textOf(s, 0)].visits = s.int64(1); });
    forEachRow(m_store,
               QStringLiteral("SELECT coalesce(intermediary_id, created_by), count(*) FROM referral "
                              "WHERE deleted = 0 AND state = 'sent' "
                              "AND coalesce(status, '') NOT IN ('declined', 'closed') GROUP BY 1"),
               {}, [&](const Statement &s) { load[textOf(s, 0)].referrals = s.int64(1); });
    for (const auto &[userId, l] : load) {
        if (userId.isEmpty())
            continue;
        report.caseload.push_back(
            {userId, users.value(userId), Figure(l.families), Figure(l.visits), Figure(l.referrals)});
    }
    std::stable_sort(report.caseload.begin(), report.caseload.end(), [](const CaseloadRow &a, const CaseloadRow &b) {
        return QString::localeAwareCompare(a.userName, b.userName) < 0;
    });
    report.order << QStringLiteral("caseload");
}

void ReportBuilder::received(Report &report, const QString &providerId)
{
    // The family's origin counts only where the referral's own consent shares its background.
    QHash<QString, bool> sharesBackground;
    forEachRow(m_store, QStringLiteral("SELECT id, shares FROM consent WHERE deleted = 0"), {},
               [&](const Statement &s) { sharesBackground.insert(s.text(0), codesOf(s, 1).contains(u"background")); });
    const QHash<QString, QString> origins =
        names(QStringLiteral("SELECT id, country_of_origin FROM family WHERE deleted = 0"));
    Counts byOrigin, perStatus, outcomes;
    std::map<QString, qint64> perService;
    std::vector<double> toFirst, toIntake;
    qint64 total = 0, declined = 0;
    // The first status a caseworker set: the first status entry of the thread made after the
    // referral was sent (else the status's own time).
    QHash<QString, std::vector<qint64>> entries;
    forEachRow(m_store,
               QStringLiteral("SELECT referral_id, created_at FROM message WHERE deleted = 0 AND kind = 'status' "
                              "AND created_at IS NOT NULL"),
               {}, [&](const Statement &s) { entries[s.text(0)].push_back(s.int64(1)); });
    forEachRow(m_store,
               QStringLiteral("SELECT id, family_id, consent_id, service_id, status, status_at, sent_at, intake_on, "
                              "outcome FROM referral WHERE deleted = 0 AND provider_id = ? AND state = 'sent' "
                              "AND sent_at >= ? AND sent_at < ?"),
               {providerId, report.period.startMs(), report.period.endMs()}, [&](const Statement &s) {
                   ++total;
                   const QString country = origins.value(textOf(s, 1));
                   const bool known = sharesBackground.value(textOf(s, 2)) && Catalogue::contains(u"country", country);
                   ++byOrigin[known ? country : kUnknown];
                   ++perService[textOf(s, 3)];
                   const QString status = textOf(s, 4);
                   ++perStatus[status.isEmpty() ? QStringLiteral("new") : status];
                   declined += status == u"declined" ? 1 : 0;
                   const QString outcome = textOf(s, 8);
                   if (Catalogue::contains(u"outcome", outcome))
                       ++outcomes[outcome];

                   const qint64 sent = s.int64(6);
                   qint64 first = 0;
                   for (qint64 at : entries.value(s.text(0)))
                       if (at >= sent && (first == 0 || at < first))
                           first = at;
                   if (first == 0 && !status.isEmpty() && !s.isNull(5) && s.int64(5) >= sent)
                       first = s.int64(5);
                   if (first > 0)
                       toFirst.push_back(double(first - sent) / 86400000.0);
                   const QDate intake = QDate::fromString(textOf(s, 7), Qt::ISODate);
                   const qint64 days = ReportPeriod::dayOf(sent).daysTo(intake);
                   if (intake.isValid() && days >= 0)
                       toIntake.push_back(double(days));
               });

    add(report, number(QStringLiteral("referrals_received"), total));
    FigureTable statuses{QStringLiteral("received_by_status"), Chart::Funnel, {}};
    statuses.rows.push_back({QStringLiteral("new"), kTerm, QString(), Figure(perStatus.value(QStringLiteral("new")))});
    for (const QString &st : kOrganisationStatuses)
        if (Catalogue::contains(u"referral_status", st))
            statuses.rows.push_back({st, QStringLiteral("referral_status"), QString(), Figure(perStatus.value(st))});
    statuses.protectPartition();
    add(report, std::move(statuses));

    FigureTable origin = byCatalogue(QStringLiteral("received_by_origin"), Chart::Bars, QStringLiteral("country"),
                                     byOrigin, false);
    if (byOrigin.value(kUnknown) > 0)
        origin.rows.push_back({kUnknown, kTerm, QString(), Figure(byOrigin.value(kUnknown))});
    origin.protectPartition();
    sortShownFirst(origin);
    add(report, std::move(origin));

    FigureTable services = byName(QStringLiteral("received_by_service"), perService,
                                  names(QStringLiteral("SELECT id, name FROM service")), QStringLiteral("no_service"));
    services.protectPartition();
    sortShownFirst(services);
    add(report, std::move(services));

    add(report, QStringLiteral("days_to_first_response"), toFirst);
    add(report, QStringLiteral("days_to_intake"), toIntake);

    FigureTable ended = byCatalogue(QStringLiteral("outcomes"), Chart::Bars, QStringLiteral("outcome"), outcomes, true);
    ended.protectPartition();
    add(report, std::move(ended));
    add(report, number(QStringLiteral("declined"), declined));
}

void ReportBuilder::providerMeetings(Report &report, const QString &providerId)
{
    Counts present, requested;
    forEachRow(m_store,
               QStringLiteral("SELECT \"date\", provider_present, provider_requested FROM meeting "
                              "WHERE deleted = 0 AND provider_id = ? AND \"date\" BETWEEN ? AND ?"),
               {providerId, day(report.period.from()), day(report.period.to())}, [&](const Statement &s) {
                   const QString month = textOf(s, 0).left(7);
                   if (!s.isNull(1) && s.int64(1) != 0)
                       ++present[month];
                   if (!s.isNull(2) && s.int64(2) != 0)
                       ++requested[month];
               });
    add(report, months(QStringLiteral("meetings_provider_requested"), report.period, requested));
    add(report, months(QStringLiteral("meetings_provider_present"), report.period, present));
}

} // namespace brug
