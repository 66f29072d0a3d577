// The Reports page's figures (core/reports): a store filled with a seeded pseudo-random dataset
// through Records::create / applyRemote, every figure computed again here with plain loops over
// what the test wrote (no SQL), compared count by count, with the "<5" rule (1..4 suppressed, 0
// and 5+ shown) and the complementary suppression of tables that split one set; the CSV.

#include "figure.h"
#include "figuretable.h"
#include "hlc.h"
#include "ids.h"
#include "records.h"
#include "reportbuilder.h"
#include "reportcsv.h"
#include "storetestutil.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <limits>
#include <map>
#include <optional>

using namespace brug;
using namespace brug::test;

namespace {
const QString kRemoteNode = QStringLiteral("00000000000000aa");
const QString kOrg = kOrgId;
const QString kP1 = QStringLiteral("11111111-1111-4111-8111-111111111111");
const QString kP2 = QStringLiteral("22222222-2222-4222-8222-222222222222");
const QDate kSpanFrom(2024, 9, 1);
const QDate kSpanTo(2025, 12, 31);
const QDate kToday(2025, 11, 20);

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// ---- what the test wrote, kept here to count from ----------------------------------------
struct TFamily
{
    QString id, country, neighbourhood, intermediary;
    std::optional<bool> active;
    bool deleted = false;
};
struct TVisit
{
    QString familyId, intermediary;
    QDate date;
    QStringList risks, actions;
    bool deleted = false;
};
struct TMeeting
{
    QDate date;
    int women = 0, men = 0, children = 0, newcomers = 0;
    bool present = false, requested = false;
    QString providerId;
    bool deleted = false;
};
struct TReferral
{
    QString id, familyId, providerId, consentId, serviceId, state, status, outcome, intermediary;
    qint64 sentAt = 0, statusAt = 0;
    QDate intake;
    bool deleted = false;
};
struct TMessage
{
    QString referralId;
    qint64 createdAt = 0;
    bool status = false;
    bool deleted = false;
};
struct TTime
{
    QString userId;
    QDate date;
    int minutes = 0;
    double km = 0;
    int cents = 0;
    bool deleted = false;
};
struct TUser
{
    QString id, name, role, org;
};

/// The expected counts of one table, key -> count, as this test computes them.
using Expected = std::map<QString, qint64>;

/// The rule of the brochure's privacy section, applied here independently: 1..4 hidden as
/// "<5"; when one table that splits a set has exactly one of those, its smallest other count
/// (the smaller key on a tie) is withheld as "≥5".
QSet<QString> withheldOf(const Expected &e)
{
    int small = 0;
    for (const auto &[k, n] : e)
        small += n >= 1 && n <= 4 ? 1 : 0;
    if (small != 1)
        return {};
    QString best;
    qint64 bestN = 0;
    for (const auto &[k, n] : e)
        if (n >= 5 && (bestN == 0 || n < bestN))
            best = k, bestN = n;
    return best.isEmpty() ? QSet<QString>{} : QSet<QString>{best};
}

const QStringList kCountries = {s("MA"), s("MA"), s("MA"), s("TR"), s("TR"), s("GH"), s("SY"), s("")};
const QStringList kAreas = {s("Lombok"), s("Lombok"), s("Kanaleneiland"), s("Overvecht"), s("  Overvecht "),
                            s("Zuilen"), s("=Zuid"), s("")};
const QStringList kFactors = [] {
    QStringList l;
    for (int i = 1; i <= 17; ++i)
        l << QStringLiteral("rf%1").arg(i, 2, 10, QLatin1Char('0'));
    return l;
}();
const QStringList kActions = {s("information"), s("going_along"), s("interpreting"), s("psycho_education"),
                              s("empowerment"), s("referral"), s("building_trust"), s("duo_coaching")};
const QStringList kStatuses = {s("received"), s("more_info"), s("intake_planned"), s("in_care"), s("declined"),
                               s("closed")};
const QStringList kOutcomes = {s("helped"), s("referred_on"), s("no_help_needed"), s("family_stopped"), s("other")};

QString clusterOf(const QString &factor)
{
    const int n = factor.mid(2).toInt();
    return n <= 5 ? s("awareness") : n <= 10 ? s("trust") : s("quality");
}

qint64 randomMs(QRandomGenerator &g, const QDate &from, const QDate &to)
{
    const QDate d = from.addDays(g.bounded(int(from.daysTo(to)) + 1));
    return QDateTime(d, QTime(g.bounded(24), g.bounded(60))).toMSecsSinceEpoch();
}

QDate randomDay(QRandomGenerator &g, const QDate &from = kSpanFrom, const QDate &to = kSpanTo)
{
    return from.addDays(g.bounded(int(from.daysTo(to)) + 1));
}

QStringList someOf(QRandomGenerator &g, const QStringList &from, int max)
{
    QStringList out;
    const int n = g.bounded(max + 1);
    for (int i = 0; i < n; ++i) {
        const QString c = from.at(g.bounded(int(from.size())));
        if (!out.contains(c))
            out << c;
    }
    return out;
}

bool chance(QRandomGenerator &g, int percent)
{
    return g.bounded(100) < percent;
}

double medianOf(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

QStringList monthsOf(const QDate &from, const QDate &to)
{
    QStringList out;
    for (QDate m(from.year(), from.month(), 1); m <= to; m = m.addMonths(1))
        out << m.toString(QStringLiteral("yyyy-MM"));
    return out;
}

QDate localDay(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).date();
}
} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_org;
    std::unique_ptr<Store> m_provider;
    int m_stampCounter = 0;
    quint32 m_seed = 2011;

    std::vector<TUser> m_users;
    std::vector<TFamily> m_families;
    std::vector<TVisit> m_visits;
    std::vector<TMeeting> m_meetings;
    std::vector<TReferral> m_referrals;
    std::vector<TTime> m_times;
    QHash<QString, QString> m_orgNames;
    // The provider's device.
    std::vector<TFamily> m_pFamilies;
    QHash<QString, QStringList> m_pConsentShares;
    std::vector<TReferral> m_pReferrals;
    std::vector<TMessage> m_pMessages;
    std::vector<TMeeting> m_pMeetings;
    QHash<QString, QString> m_serviceNames;

    // Coverage of the privacy rule over every comparison made.
    int m_seenZero = 0, m_seenSmall = 0, m_seenShown = 0, m_seenWithheld = 0;

    QString stamp() { return Hlc{QDateTime::currentMSecsSinceEpoch() - 5000, quint32(++m_stampCounter), kRemoteNode}.toString(); }

    void remote(Store &store, const QString &entity, const QString &id, const QJsonObject &fields)
    {
        RecordChange c;
        c.entity = entity;
        c.id = id;
        c.fields = fields;
        const QString st = stamp();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            c.stamps.insert(it.key(), st);
        Records(store).applyRemote(c);
    }

    static QJsonValue orNull(const QString &v) { return v.isEmpty() ? QJsonValue() : QJsonValue(v); }

    void directory(Store &store)
    {
        m_orgNames = {{kOrg, s("Al Amal")}, {kP1, s("CJG West")}, {kP2, s("Jeugdzorg Midden")}};
        remote(store, s("organisation"), kOrg, {{s("name"), m_orgNames[kOrg]}, {s("kind"), s("migrant_org")}});
        remote(store, s("organisation"), kP1, {{s("name"), m_orgNames[kP1]}, {s("kind"), s("provider")}});
        remote(store, s("organisation"), kP2, {{s("name"), m_orgNames[kP2]}, {s("kind"), s("provider")}});
        for (const TUser &u : m_users)
            remote(store, s("user"), u.id,
                   {{s("org_id"), u.org}, {s("display_name"), u.name}, {s("role"), u.role}, {s("active"), true}});
        m_serviceNames = {{Ids::derived(s("service/1")), s("Opvoedsteun")}, {Ids::derived(s("service/2")), s("Jeugdgezondheidszorg")}};
        for (auto it = m_serviceNames.begin(); it != m_serviceNames.end(); ++it)
            remote(store, s("service"), it.key(), {{s("provider_id"), kP1}, {s("name"), it.value()}});
    }

    QString pickIntermediary(QRandomGenerator &g)
    {
        // Mostly one of the intermediaries, sometimes a contact woman, sometimes nobody (then
        // the record counts for whoever made it: this device's user).
        const int r = g.bounded(10);
        if (r == 0)
            return QString();
        if (r == 1)
            return m_users[4].id;
        return m_users[size_t(g.bounded(4))].id;
    }

    void fillOrganisation()
    {
        QRandomGenerator g(m_seed);
        Records rec(*m_org);
        directory(*m_org);

        for (int i = 0; i < 70; ++i) {
            TFamily f;
            f.country = kCountries.at(g.bounded(int(kCountries.size())));
            f.neighbourhood = kAreas.at(g.bounded(int(kAreas.size())));
            f.intermediary = pickIntermediary(g);
            const int a = g.bounded(6);
            f.active = a == 0 ? std::optional<bool>(false) : a == 1 ? std::nullopt : std::optional<bool>(true);
            QJsonObject o{{s("code"), QStringLiteral("F-%1").arg(i)},
                          {s("name"), QStringLiteral("Familie %1").arg(i)},
                          {s("country_of_origin"), orNull(f.country)},
                          {s("neighbourhood"), orNull(f.neighbourhood)},
                          {s("intermediary_id"), orNull(f.intermediary)}};
            if (f.active)
                o.insert(s("active"), *f.active);
            f.id = rec.create(u"family", o);
            if (chance(g, 6)) {
                rec.remove(u"family", f.id);
                f.deleted = true;
            }
            m_families.push_back(f);
        }
        for (int i = 0; i < 260; ++i) {
            TVisit v;
            v.familyId = m_families[size_t(g.bounded(int(m_families.size())))].id;
            v.date = randomDay(g);
            v.risks = someOf(g, kFactors, 4);
            v.actions = someOf(g, kActions, 3);
            v.intermediary = pickIntermediary(g);
            const QString id = rec.create(u"visit", {{s("family_id"), v.familyId},
                                                     {s("date"), Dates::format(v.date)},
                                                     {s("duration_min"), 45},
                                                     {s("risk_factors"), QJsonArray::fromStringList(v.risks)},
                                                     {s("actions"), QJsonArray::fromStringList(v.actions)},
                                                     {s("note"), s("notes that never reach a report")},
                                                     {s("intermediary_id"), orNull(v.intermediary)}});
            if (chance(g, 5)) {
                rec.remove(u"visit", id);
                v.deleted = true;
            }
            m_visits.push_back(v);
        }
        for (int i = 0; i < 40; ++i) {
            TMeeting m;
            m.date = randomDay(g);
            m.women = g.bounded(chance(g, 30) ? 3 : 16);
            m.men = g.bounded(3);
            m.children = g.bounded(chance(g, 50) ? 2 : 9);
            m.newcomers = g.bounded(4);
            m.present = chance(g, 30);
            m.requested = chance(g, 30);
            m.providerId = chance(g, 70) ? kP1 : kP2;
            const QString id = rec.create(u"meeting", {{s("date"), Dates::format(m.date)},
                                                       {s("place_kind"), s("mosque")},
                                                       {s("women"), m.women},
                                                       {s("men"), m.men},
                                                       {s("children"), m.children},
                                                       {s("newcomers"), m.newcomers},
                                                       {s("provider_present"), m.present},
                                                       {s("provider_requested"), m.requested},
                                                       {s("provider_id"), m.providerId}});
            if (chance(g, 5)) {
                rec.remove(u"meeting", id);
                m.deleted = true;
            }
            m_meetings.push_back(m);
        }
        for (int i = 0; i < 90; ++i) {
            TReferral r;
            r.familyId = m_families[size_t(g.bounded(int(m_families.size())))].id;
            const int p = g.bounded(10);
            r.providerId = p < 6 ? kP1 : p < 9 ? kP2 : QString();
            const int st = g.bounded(10);
            r.state = st == 0 ? s("draft") : st == 1 ? s("withdrawn") : s("sent");
            r.sentAt = r.state == u"draft" ? 0 : randomMs(g, kSpanFrom, kSpanTo);
            r.intermediary = pickIntermediary(g);
            r.id = rec.create(u"referral", {{s("family_id"), r.familyId},
                                            {s("provider_id"), orNull(r.providerId)},
                                            {s("reason_family"), s("in the family's words")},
                                            {s("state"), r.state},
                                            {s("sent_at"), r.sentAt ? QJsonValue(double(r.sentAt)) : QJsonValue()},
                                            {s("intermediary_id"), orNull(r.intermediary)}});
            // The provider's answer comes in by sync.
            if (r.state == u"sent" && chance(g, 75)) {
                r.status = kStatuses.at(g.bounded(int(kStatuses.size())));
                r.statusAt = r.sentAt + qint64(g.bounded(20 * 24)) * 3600000;
                QJsonObject answer{{s("status"), r.status}, {s("status_at"), double(r.statusAt)}};
                if (chance(g, 60)) {
                    r.intake = localDay(r.sentAt).addDays(g.bounded(-2, 40));
                    answer.insert(s("intake_on"), Dates::format(r.intake));
                }
                if (r.status == u"closed" || chance(g, 15)) {
                    r.outcome = kOutcomes.at(g.bounded(int(kOutcomes.size())));
                    answer.insert(s("outcome"), r.outcome);
                }
                remote(*m_org, s("referral"), r.id, answer);
            }
            if (chance(g, 4)) {
                rec.remove(u"referral", r.id);
                r.deleted = true;
            }
            m_referrals.push_back(r);
        }
        for (int i = 0; i < 160; ++i) {
            TTime t;
            const int u = g.bounded(8);
            t.userId = u < 6 ? m_users[size_t(u % 5)].id : QString();
            t.date = randomDay(g);
            t.minutes = g.bounded(15, 240);
            t.km = g.bounded(0, 400) / 10.0;
            t.cents = chance(g, 40) ? g.bounded(100, 2500) : 0;
            const QString id = rec.create(u"time_entry", {{s("user_id"), orNull(t.userId)},
                                                          {s("date"), Dates::format(t.date)},
                                                          {s("activity"), s("home_visit")},
                                                          {s("minutes"), t.minutes},
                                                          {s("distance_km"), t.km},
                                                          {s("expenses_cents"), t.cents}});
            if (chance(g, 5)) {
                rec.remove(u"time_entry", id);
                t.deleted = true;
            }
            m_times.push_back(t);
        }
    }

    void fillProvider()
    {
        QRandomGenerator g(m_seed + 1);
        Store &st = *m_provider;
        directory(st);
        const QStringList sharesPool = {s("identity"), s("contact"), s("area"), s("background"), s("children")};
        QStringList serviceIds = m_serviceNames.keys();
        serviceIds.sort();
        for (int i = 0; i < 45; ++i) {
            TFamily f;
            f.id = Ids::newId();
            f.country = kCountries.at(g.bounded(int(kCountries.size())));
            remote(st, s("family"), f.id, {{s("code"), QStringLiteral("F-%1").arg(i)}, {s("country_of_origin"), orNull(f.country)}});
            m_pFamilies.push_back(f);
        }
        for (int i = 0; i < 110; ++i) {
            TReferral r;
            r.id = Ids::newId();
            const TFamily &f = m_pFamilies[size_t(g.bounded(int(m_pFamilies.size())))];
            r.familyId = f.id;
            r.consentId = Ids::newId();
            const QStringList shares = someOf(g, sharesPool, 4);
            m_pConsentShares.insert(r.consentId, shares);
            remote(st, s("consent"), r.consentId,
                   {{s("family_id"), f.id}, {s("provider_id"), kP1}, {s("shares"), QJsonArray::fromStringList(shares)},
                    {s("given_on"), s("2024-08-01")}});
            r.providerId = chance(g, 92) ? kP1 : kP2;
            r.state = chance(g, 95) ? s("sent") : s("withdrawn");
            r.sentAt = randomMs(g, kSpanFrom, kSpanTo);
            const int sv = g.bounded(5);
            r.serviceId = sv < 3 ? serviceIds.at(sv % 2) : sv == 3 ? serviceIds.at(1) : QString();
            QJsonObject o{{s("family_id"), f.id},        {s("provider_id"), r.providerId},
                          {s("consent_id"), r.consentId}, {s("service_id"), orNull(r.serviceId)},
                          {s("state"), r.state},         {s("sent_at"), double(r.sentAt)}};
            if (chance(g, 80)) {
                r.status = kStatuses.at(g.bounded(int(kStatuses.size())));
                r.statusAt = r.sentAt + qint64(g.bounded(30 * 24)) * 3600000 + g.bounded(3600000);
                o.insert(s("status"), r.status);
                o.insert(s("status_at"), double(r.statusAt));
                // The thread's status entries: usually there, sometimes one from before a resend.
                for (int m = 0, n = g.bounded(3); m < n; ++m) {
                    TMessage msg;
                    msg.referralId = r.id;
                    msg.status = true;
                    msg.createdAt = r.sentAt + qint64(g.bounded(-2 * 24, 25 * 24)) * 3600000 + g.bounded(3600000);
                    msg.deleted = chance(g, 5);
                    m_pMessages.push_back(msg);
                }
                if (chance(g, 60)) {
                    r.intake = localDay(r.sentAt).addDays(g.bounded(-1, 45));
                    o.insert(s("intake_on"), Dates::format(r.intake));
                }
                if (r.status == u"closed" || chance(g, 10)) {
                    r.outcome = kOutcomes.at(g.bounded(int(kOutcomes.size())));
                    o.insert(s("outcome"), r.outcome);
                }
            }
            if (chance(g, 4)) {
                o.insert(s("deleted"), true);
                r.deleted = true;
            }
            remote(st, s("referral"), r.id, o);
            // A text message in the thread is no response of the provider's.
            TMessage text;
            text.referralId = r.id;
            text.createdAt = r.sentAt + 60000;
            m_pMessages.push_back(text);
            m_pReferrals.push_back(r);
        }
        for (const TMessage &m : m_pMessages)
            remote(st, s("message"), Ids::newId(),
                   {{s("referral_id"), m.referralId}, {s("kind"), m.status ? s("status") : s("text")},
                    {s("status"), m.status ? QJsonValue(s("received")) : QJsonValue()},
                    {s("created_at"), double(m.createdAt)}, {s("deleted"), m.deleted}});
        for (int i = 0; i < 50; ++i) {
            TMeeting m;
            m.date = randomDay(g);
            m.present = chance(g, 45);
            m.requested = chance(g, 50);
            m.providerId = chance(g, 85) ? kP1 : kP2;
            m.deleted = chance(g, 12);
            m.women = 9;
            remote(st, s("meeting"), Ids::newId(),
                   {{s("date"), Dates::format(m.date)}, {s("women"), m.women}, {s("provider_present"), m.present},
                    {s("provider_requested"), m.requested}, {s("provider_id"), m.providerId}, {s("deleted"), m.deleted}});
            m_pMeetings.push_back(m);
        }
    }

    // ---- comparison --------------------------------------------------------------------
    void checkFigure(const Figure &f, qint64 expected, bool withheld, const QString &where)
    {
        QVERIFY2(f.count() == expected, qPrintable(QStringLiteral("%1: %2, expected %3").arg(where).arg(f.count()).arg(expected)));
        const bool small = expected >= 1 && expected <= 4;
        QVERIFY2(f.suppressed() == small, qPrintable(where + QStringLiteral(": suppression of %1").arg(expected)));
        QVERIFY2(f.withheld() == withheld, qPrintable(where + QStringLiteral(": withheld")));
        QCOMPARE(f.hidden(), small || withheld);
        QCOMPARE(f.shown(), small || withheld ? 0 : expected);
        QCOMPARE(f.display(), small ? s("<5") : withheld ? s("\u22655") : QString::number(expected));
        if (expected == 0)
            ++m_seenZero;
        else if (small)
            ++m_seenSmall;
        else if (withheld)
            ++m_seenWithheld;
        else
            ++m_seenShown;
    }

    /// Compares a table with the expected counts. `listed`: the keys that must have a row even
    /// at 0 (empty: only keys with a count). `partition`: the complementary rule applies.
    void checkTable(const Report &report, const QString &id, const Expected &expected, bool partition,
                    const QStringList &listed = {})
    {
        const FigureTable *t = report.table(id);
        QVERIFY2(t, qPrintable(QStringLiteral("no table ") + id));
        const QSet<QString> withheld = partition ? withheldOf(expected) : QSet<QString>{};
        QSet<QString> seen;
        for (const FigureRow &r : t->rows) {
            QVERIFY2(!seen.contains(r.key), qPrintable(id + QStringLiteral(": row twice: ") + r.key));
            seen.insert(r.key);
            const auto e = expected.find(r.key);
            const qint64 n = e == expected.end() ? 0 : e->second;
            QVERIFY2(n > 0 || listed.contains(r.key), qPrintable(id + QStringLiteral(": a row for nothing: ") + r.key));
            checkFigure(r.figure, n, withheld.contains(r.key), id + u'/' + r.key);
            if (QTest::currentTestFailed())
                return;
        }
        for (const auto &[k, n] : expected)
            QVERIFY2(n == 0 || seen.contains(k), qPrintable(id + QStringLiteral(": no row for ") + k));
        for (const QString &k : listed)
            QVERIFY2(seen.contains(k), qPrintable(id + QStringLiteral(": no row for ") + k));
    }

    /// Rows sorted for reading: shown counts largest first, then hidden ones, "unknown" last.
    void checkShownFirst(const Report &report, const QString &id)
    {
        const FigureTable *t = report.table(id);
        QVERIFY(t);
        int lastRank = 0;
        qint64 lastCount = std::numeric_limits<qint64>::max();
        for (const FigureRow &r : t->rows) {
            const int rank = r.kind == u"term" ? 2 : r.figure.hidden() ? 1 : 0;
            QVERIFY2(rank >= lastRank, qPrintable(id + QStringLiteral(": row order at ") + r.key));
            if (rank == 0) {
                QVERIFY2(r.figure.count() <= lastCount, qPrintable(id + QStringLiteral(": not largest first at ") + r.key));
                lastCount = r.figure.count();
            }
            lastRank = rank;
        }
    }

    void checkDuration(const Report &report, const QString &id, const std::vector<double> &days)
    {
        const DurationFigure *d = report.duration(id);
        QVERIFY2(d, qPrintable(QStringLiteral("no duration ") + id));
        checkFigure(d->count, qint64(days.size()), false, id);
        const bool shown = days.size() >= 5;
        QCOMPARE(d->hasMedian(), shown);
        if (shown)
            QVERIFY2(qAbs(d->medianDays - medianOf(days)) < 1e-6,
                     qPrintable(QStringLiteral("%1: median %2, expected %3").arg(id).arg(d->medianDays).arg(medianOf(days))));
        else
            QCOMPARE(d->medianDays, 0.0);
    }

    const TFamily *family(const QString &id) const
    {
        for (const TFamily &f : m_families)
            if (f.id == id)
                return &f;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_users = {{Ids::derived(s("u/amal")), s("Amal Haddou"), s("intermediary"), kOrg},
                   {Ids::derived(s("u/kwame")), s("Kwame Mensah"), s("intermediary"), kOrg},
                   {Ids::derived(s("u/yusuf")), s("Yusuf Demir"), s("intermediary"), kOrg},
                   {Ids::derived(s("u/idle")), s("Nadia Idle"), s("intermediary"), kOrg},
                   {Ids::derived(s("u/ayse")), s("Ayşe Yılmaz"), s("contact_woman"), kOrg},
                   {kUserId, s("Fatima El Idrissi"), s("coordinator"), kOrg},
                   {Ids::derived(s("u/other")), s("Bilal Other Org"), s("intermediary"), kP2}};
        m_org = createStore(m_dir.filePath(s("org.db")), identity(s("coordinator")));
        DeviceIdentity caseworker = identity(s("caseworker"));
        caseworker.orgId = kP1;
        caseworker.orgKind = s("provider");
        m_provider = createStore(m_dir.filePath(s("provider.db")), caseworker);
        fillOrganisation();
        fillProvider();

        // The data holds what the figures must leave out, so that leaving it in would show.
        auto any = [](const auto &list, auto pred) { return std::any_of(list.begin(), list.end(), pred); };
        QVERIFY(any(m_families, [](const TFamily &f) { return f.deleted; }));
        QVERIFY(any(m_families, [](const TFamily &f) { return f.active == std::optional<bool>(false); }));
        QVERIFY(any(m_visits, [](const TVisit &v) { return v.deleted; }));
        QVERIFY(any(m_meetings, [](const TMeeting &m) { return m.deleted; }));
        QVERIFY(any(m_referrals, [](const TReferral &r) { return r.deleted && r.sentAt; }));
        QVERIFY(any(m_referrals, [](const TReferral &r) { return r.state == u"draft"; }));
        QVERIFY(any(m_times, [](const TTime &t) { return t.deleted; }));
        QVERIFY(any(m_pReferrals, [](const TReferral &r) { return r.deleted && r.providerId == kP1; }));
        QVERIFY(any(m_pReferrals, [](const TReferral &r) { return r.state == u"withdrawn" && r.providerId == kP1; }));
        QVERIFY(any(m_pReferrals, [](const TReferral &r) { return r.providerId == kP2; }));
        QVERIFY(any(m_pMeetings, [](const TMeeting &m) { return m.deleted && m.providerId == kP1 && (m.present || m.requested); }));
        QVERIFY(any(m_pMeetings, [](const TMeeting &m) { return !m.deleted && m.providerId == kP2 && m.present; }));
        QVERIFY(any(m_pMessages, [](const TMessage &m) { return m.deleted && m.status; }));
    }

    void figureRule()
    {
        QCOMPARE(Figure(0).suppressed(), false);
        QCOMPARE(Figure(0).display(), s("0"));
        for (int n = 1; n <= 4; ++n) {
            QVERIFY(Figure(n).suppressed());
            QCOMPARE(Figure(n).display(), s("<5"));
            QCOMPARE(Figure(n).shown(), qint64(0));
        }
        QVERIFY(!Figure(5).suppressed());
        QCOMPARE(Figure(5).display(), s("5"));
        QCOMPARE(Figure(12345).display(QLocale(QLocale::Dutch)), s("12.345"));
        QCOMPARE(Figure(3).display(QLocale(QLocale::Arabic, QLocale::Morocco)), s("<5"));

        // Complementary suppression: one "<5" takes the smallest other count along.
        FigureTable t{s("t"), Chart::Bars, {{s("a"), s(""), s(""), Figure(12)}, {s("b"), s(""), s(""), Figure(3)},
                                            {s("c"), s(""), s(""), Figure(7)}, {s("d"), s(""), s(""), Figure(7)},
                                            {s("e"), s(""), s(""), Figure(0)}}};
        t.protectPartition();
        QVERIFY(!t.rows[0].figure.hidden());
        QVERIFY(t.rows[1].figure.suppressed());
        QVERIFY(t.rows[2].figure.withheld());
        QCOMPARE(t.rows[2].figure.display(), s("\u22655"));
        QVERIFY(!t.rows[3].figure.hidden());
        QVERIFY(!t.rows[4].figure.hidden());
        QCOMPARE(t.hiddenCount(), 2);
        // Two "<5" already hide each other; none: nothing to do.
        FigureTable two{s("t"), Chart::Bars, {{s("a"), s(""), s(""), Figure(9)}, {s("b"), s(""), s(""), Figure(1)},
                                              {s("c"), s(""), s(""), Figure(2)}}};
        two.protectPartition();
        QCOMPARE(two.hiddenCount(), 2);
        QVERIFY(!two.rows[0].figure.hidden());
    }

    void periods()
    {
        const ReportPeriod last3 = ReportPeriod::lastMonths(3, QDate(2026, 3, 14));
        QCOMPARE(last3.from(), QDate(2026, 1, 1));
        QCOMPARE(last3.to(), QDate(2026, 3, 14));
        QCOMPARE(last3.months(), (QStringList{s("2026-01"), s("2026-02"), s("2026-03")}));
        const ReportPeriod year = ReportPeriod::yearToDate(QDate(2026, 3, 14));
        QCOMPARE(year.from(), QDate(2026, 1, 1));
        QVERIFY(year.contains(QDate(2026, 3, 14)) && !year.contains(QDate(2026, 3, 15)));
        QVERIFY(!ReportPeriod(QDate(2026, 2, 1), QDate(2026, 1, 1)).isValid());
        const ReportPeriod one(QDate(2025, 12, 31), QDate(2026, 1, 1));
        QCOMPARE(one.months(), (QStringList{s("2025-12"), s("2026-01")}));
        QVERIFY(one.containsMs(QDateTime(QDate(2026, 1, 1), QTime(23, 59)).toMSecsSinceEpoch()));
        QVERIFY(!one.containsMs(QDateTime(QDate(2026, 1, 2), QTime(0, 0)).toMSecsSinceEpoch()));
    }

    void organisationFigures_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::newRow("half year") << QDate(2025, 1, 1) << QDate(2025, 6, 30);
        QTest::newRow("one month") << QDate(2025, 3, 1) << QDate(2025, 3, 31);
        QTest::newRow("last 3 months") << ReportPeriod::lastMonths(3, kToday).from() << kToday;
        QTest::newRow("this year") << ReportPeriod::yearToDate(kToday).from() << kToday;
        QTest::newRow("everything") << kSpanFrom << kSpanTo;
        QTest::newRow("nothing in it") << QDate(2023, 1, 1) << QDate(2023, 12, 31);
    }

    void organisationFigures()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        const ReportPeriod period(from, to);
        ReportBuilder builder(*m_org);
        builder.setToday(kToday);
        const Report report = builder.build(period);
        QCOMPARE(report.side, Report::Side::Organisation);
        auto in = [&](const QDate &d) { return d.isValid() && d >= from && d <= to; };
        auto inMs = [&](qint64 ms) { return ms > 0 && in(localDay(ms)); };

        // Reach: families with a visit in the period, by origin and neighbourhood.
        QSet<QString> reached;
        for (const TVisit &v : m_visits)
            if (!v.deleted && in(v.date)) {
                const TFamily *f = family(v.familyId);
                if (f && !f->deleted)
                    reached.insert(f->id);
            }
        Expected byOrigin, byArea;
        for (const QString &id : reached) {
            const TFamily *f = family(id);
            ++byOrigin[f->country.isEmpty() ? s("unknown") : f->country];
            const QString area = f->neighbourhood.simplified();
            ++byArea[area.isEmpty() ? s("unknown") : area];
        }
        checkTable(report, s("families_reached"), {{s("total"), qint64(reached.size())}}, false, {s("total")});
        checkTable(report, s("families_by_origin"), byOrigin, true);
        checkShownFirst(report, s("families_by_origin"));
        checkTable(report, s("families_by_neighbourhood"), byArea, true);
        checkShownFirst(report, s("families_by_neighbourhood"));

        // Activities per month.
        const QStringList months = monthsOf(from, to);
        Expected visits, meetings, people;
        for (const QString &m : months)
            visits[m] = meetings[m] = people[m] = 0;
        Expected factors, clusters, actions;
        for (const QString &f : kFactors)
            factors[f] = 0;
        for (const char *c : {"awareness", "trust", "quality"})
            clusters[s(c)] = 0;
        for (const TVisit &v : m_visits) {
            if (v.deleted || !in(v.date))
                continue;
            ++visits[v.date.toString(s("yyyy-MM"))];
            QSet<QString> cl;
            for (const QString &f : v.risks) {
                ++factors[f];
                cl.insert(clusterOf(f));
            }
            for (const QString &c : cl)
                ++clusters[c];
            for (const QString &a : v.actions)
                ++actions[a];
        }
        Expected groups{{s("women"), 0}, {s("men"), 0}, {s("children"), 0}, {s("newcomers"), 0}};
        for (const TMeeting &m : m_meetings) {
            if (m.deleted || !in(m.date))
                continue;
            const QString month = m.date.toString(s("yyyy-MM"));
            ++meetings[month];
            people[month] += m.women + m.men + m.children;
            groups[s("women")] += m.women;
            groups[s("men")] += m.men;
            groups[s("children")] += m.children;
            groups[s("newcomers")] += m.newcomers;
        }
        checkTable(report, s("visits_per_month"), visits, false, months);
        checkTable(report, s("meetings_per_month"), meetings, false, months);
        checkTable(report, s("attendance_per_month"), people, false, months);
        QCOMPARE(report.table(u"visits_per_month")->rows.size(), size_t(months.size()));
        QCOMPARE(report.table(u"visits_per_month")->rows.front().key, months.front());
        checkTable(report, s("attendance_by_group"), groups, false, QStringList{s("women"), s("men"), s("children"), s("newcomers")});
        checkTable(report, s("risk_factors"), factors, false, kFactors);
        QCOMPARE(report.table(u"risk_factors")->rows.front().key, s("rf01"));
        checkTable(report, s("risk_clusters"), clusters, false, {s("awareness"), s("trust"), s("quality")});
        checkTable(report, s("actions"), actions, false);
        checkShownFirst(report, s("actions"));

        // Referrals sent in the period: per provider, per status shown, days to intake.
        Expected perProvider, perStatus;
        for (const char *st : {"sent", "received", "more_info", "intake_planned", "in_care", "closed", "declined", "withdrawn"})
            perStatus[s(st)] = 0;
        std::vector<double> toIntake;
        for (const TReferral &r : m_referrals) {
            if (r.deleted || !inMs(r.sentAt))
                continue;
            ++perProvider[r.providerId.isEmpty() ? s("unknown") : r.providerId];
            ++perStatus[r.status.isEmpty() ? r.state : r.status];
            if (r.intake.isValid() && localDay(r.sentAt).daysTo(r.intake) >= 0)
                toIntake.push_back(double(localDay(r.sentAt).daysTo(r.intake)));
        }
        checkTable(report, s("referrals_by_provider"), perProvider, true);
        for (const FigureRow &r : report.table(u"referrals_by_provider")->rows)
            QCOMPARE(r.name, r.kind == u"term" ? QString() : m_orgNames.value(r.key));
        checkTable(report, s("referrals_by_status"), perStatus, true, QStringList{s("sent"), s("received"), s("more_info"),
                   s("intake_planned"), s("in_care"), s("closed"), s("declined"), s("withdrawn")});
        QCOMPARE(report.table(u"referrals_by_status")->chart, Chart::Funnel);
        checkDuration(report, s("days_to_intake"), toIntake);

        // Hours, km and expenses per person per month: exact, never suppressed.
        struct Sum
        {
            qint64 minutes = 0, cents = 0;
            double km = 0;
        };
        std::map<std::pair<QString, QString>, Sum> sums;
        for (const TTime &t : m_times) {
            if (t.deleted || !in(t.date))
                continue;
            Sum &x = sums[{t.userId.isEmpty() ? kUserId : t.userId, t.date.toString(s("yyyy-MM"))}];
            x.minutes += t.minutes;
            x.cents += t.cents;
            x.km += t.km;
        }
        QCOMPARE(report.hours.size(), sums.size());
        for (const HoursRow &h : report.hours) {
            const auto e = sums.find({h.userId, h.month});
            QVERIFY2(e != sums.end(), qPrintable(h.userId + u' ' + h.month));
            QCOMPARE(h.minutes, e->second.minutes);
            QCOMPARE(h.expensesCents, e->second.cents);
            QVERIFY(qAbs(h.km - e->second.km) < 1e-6);
            for (const TUser &u : m_users)
                if (u.id == h.userId)
                    QCOMPARE(h.userName, u.name);
        }

        // Caseload now: every intermediary of the organisation, and whoever else carries some.
        struct Load
        {
            qint64 families = 0, visits = 0, referrals = 0;
        };
        std::map<QString, Load> load;
        for (const TUser &u : m_users)
            if (u.role == u"intermediary" && u.org == kOrg)
                load[u.id];
        for (const TFamily &f : m_families)
            if (!f.deleted && f.active.value_or(true))
                ++load[f.intermediary.isEmpty() ? kUserId : f.intermediary].families;
        for (const TVisit &v : m_visits)
            if (!v.deleted && v.date >= kToday.addDays(-29) && v.date <= kToday)
                ++load[v.intermediary.isEmpty() ? kUserId : v.intermediary].visits;
        for (const TReferral &r : m_referrals)
            if (!r.deleted && r.state == u"sent" && r.status != u"declined" && r.status != u"closed")
                ++load[r.intermediary.isEmpty() ? kUserId : r.intermediary].referrals;
        QCOMPARE(report.caseload.size(), load.size());
        for (const CaseloadRow &c : report.caseload) {
            QVERIFY2(load.count(c.userId), qPrintable(c.userId));
            const Load &l = load[c.userId];
            checkFigure(c.activeFamilies, l.families, false, s("caseload families ") + c.userName);
            checkFigure(c.recentVisits, l.visits, false, s("caseload visits ") + c.userName);
            checkFigure(c.openReferrals, l.referrals, false, s("caseload referrals ") + c.userName);
        }
        QVERIFY(std::any_of(report.caseload.begin(), report.caseload.end(),
                            [](const CaseloadRow &c) { return c.userName == u"Nadia Idle"; }));

        // Every section is in the order, once.
        QStringList ids = report.order;
        ids.removeDuplicates();
        QCOMPARE(ids.size(), report.order.size());
        QCOMPARE(report.order.size(), qsizetype(report.tables.size() + report.durations.size() + 2));
    }

    void providerFigures_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::newRow("half year") << QDate(2025, 1, 1) << QDate(2025, 6, 30);
        QTest::newRow("one month") << QDate(2025, 5, 1) << QDate(2025, 5, 31);
        QTest::newRow("last 3 months") << ReportPeriod::lastMonths(3, kToday).from() << kToday;
        QTest::newRow("everything") << kSpanFrom << kSpanTo;
        QTest::newRow("nothing in it") << QDate(2023, 1, 1) << QDate(2023, 12, 31);
    }

    void providerFigures()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        ReportBuilder builder(*m_provider);
        builder.setToday(kToday);
        const Report report = builder.build(ReportPeriod(from, to));
        QCOMPARE(report.side, Report::Side::Provider);
        QVERIFY(!report.table(u"families_reached"));
        QVERIFY(report.hours.empty() && report.caseload.empty());
        auto in = [&](const QDate &d) { return d.isValid() && d >= from && d <= to; };

        QHash<QString, QString> countryOf;
        for (const TFamily &f : m_pFamilies)
            countryOf.insert(f.id, f.country);
        Expected perStatus{{s("new"), 0}}, byOrigin, byService, outcomes;
        for (const QString &st : kStatuses)
            perStatus[st] = 0;
        for (const QString &o : kOutcomes)
            outcomes[o] = 0;
        qint64 total = 0, declined = 0;
        std::vector<double> toFirst, toIntake;
        for (const TReferral &r : m_pReferrals) {
            if (r.deleted || r.providerId != kP1 || r.state != u"sent" || !in(localDay(r.sentAt)))
                continue;
            ++total;
            ++perStatus[r.status.isEmpty() ? s("new") : r.status];
            const QString country = countryOf.value(r.familyId);
            const bool shared = m_pConsentShares.value(r.consentId).contains(u"background");
            ++byOrigin[shared && !country.isEmpty() ? country : s("unknown")];
            ++byService[r.serviceId.isEmpty() ? s("no_service") : r.serviceId];
            if (!r.outcome.isEmpty())
                ++outcomes[r.outcome];
            declined += r.status == u"declined";
            qint64 first = 0;
            for (const TMessage &m : m_pMessages)
                if (m.referralId == r.id && m.status && !m.deleted && m.createdAt >= r.sentAt &&
                    (first == 0 || m.createdAt < first))
                    first = m.createdAt;
            if (first == 0 && !r.status.isEmpty() && r.statusAt >= r.sentAt)
                first = r.statusAt;
            if (first)
                toFirst.push_back(double(first - r.sentAt) / 86400000.0);
            if (r.intake.isValid() && localDay(r.sentAt).daysTo(r.intake) >= 0)
                toIntake.push_back(double(localDay(r.sentAt).daysTo(r.intake)));
        }
        checkTable(report, s("referrals_received"), {{s("total"), total}}, false, {s("total")});
        checkTable(report, s("received_by_status"), perStatus, true, QStringList{s("new")} + kStatuses);
        checkTable(report, s("received_by_origin"), byOrigin, true);
        checkShownFirst(report, s("received_by_origin"));
        checkTable(report, s("received_by_service"), byService, true);
        for (const FigureRow &r : report.table(u"received_by_service")->rows)
            QCOMPARE(r.name, r.kind == u"term" ? QString() : m_serviceNames.value(r.key));
        checkTable(report, s("outcomes"), outcomes, true, kOutcomes);
        checkTable(report, s("declined"), {{s("total"), declined}}, false, {s("total")});
        checkDuration(report, s("days_to_first_response"), toFirst);
        checkDuration(report, s("days_to_intake"), toIntake);

        const QStringList months = monthsOf(from, to);
        Expected present, requested;
        for (const QString &m : months)
            present[m] = requested[m] = 0;
        for (const TMeeting &m : m_pMeetings) {
            if (m.deleted || m.providerId != kP1 || !in(m.date))
                continue;
            present[m.date.toString(s("yyyy-MM"))] += m.present;
            requested[m.date.toString(s("yyyy-MM"))] += m.requested;
        }
        checkTable(report, s("meetings_provider_present"), present, false, months);
        checkTable(report, s("meetings_provider_requested"), requested, false, months);
    }

    void ruleWasExercised()
    {
        // The random data must have put the rule to work: zeros, 1..4, 5+ and a withheld count.
        QVERIFY2(m_seenZero > 10, qPrintable(QString::number(m_seenZero)));
        QVERIFY2(m_seenSmall > 10, qPrintable(QString::number(m_seenSmall)));
        QVERIFY2(m_seenShown > 10, qPrintable(QString::number(m_seenShown)));
        QVERIFY2(m_seenWithheld > 0, qPrintable(QString::number(m_seenWithheld)));
    }

    void csvHasEverySection()
    {
        for (Store *store : {m_org.get(), m_provider.get()}) {
            ReportBuilder builder(*store);
            builder.setToday(kToday);
            const Report report = builder.build(ReportPeriod(QDate(2025, 1, 1), QDate(2025, 6, 30)));
            const QByteArray csv = ReportCsv::write(report);
            QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
            const QStringList lines = QString::fromUtf8(csv.mid(3)).split(s("\r\n"));
            QVERIFY(lines.first().startsWith(s("Brug figures;Period;2025-01-01;2025-06-30")));
            int hiddenCells = 0;
            for (const QString &id : report.order) {
                const QString title = ReportLabels::english(s("section"), id);
                QVERIFY2(title != id, qPrintable(QStringLiteral("no English title for ") + id));
                const qsizetype at = lines.indexOf(title);
                QVERIFY2(at > 0, qPrintable(QStringLiteral("no section ") + title));
                // Title, heading, rows, then a blank line.
                qsizetype end = at + 1;
                while (end < lines.size() && !lines.at(end).isEmpty())
                    ++end;
                qsizetype rows = end - at - 2;
                if (const FigureTable *t = report.table(id)) {
                    QCOMPARE(rows, qsizetype(t->rows.size()));
                    for (qsizetype i = 0; i < rows; ++i) {
                        const FigureRow &r = t->rows[size_t(i)];
                        const QString cell = lines.at(at + 2 + i).section(u';', -1);
                        QCOMPARE(cell, r.figure.display());
                        hiddenCells += r.figure.hidden() ? 1 : 0;
                        if (r.figure.suppressed())
                            QCOMPARE(cell, s("<5"));
                    }
                } else if (report.duration(id)) {
                    QCOMPARE(rows, qsizetype(1));
                } else if (id == u"hours") {
                    QCOMPARE(rows, qsizetype(report.hours.size()));
                } else if (id == u"caseload") {
                    QCOMPARE(rows, qsizetype(report.caseload.size()));
                }
            }
            QVERIFY(hiddenCells > 0);
            // A neighbourhood a spreadsheet would run as a formula is made harmless.
            if (store == m_org.get()) {
                QVERIFY(!csv.contains("\n=Zuid"));
                QVERIFY(csv.contains("'=Zuid"));
                QVERIFY(csv.contains("Ay\xC5\x9F" "e Y\xC4\xB1lmaz")); // Ayşe Yılmaz, in UTF-8
            }
        }
    }

    void csvTakesTheAppsLabels()
    {
        ReportBuilder builder(*m_org);
        builder.setToday(kToday);
        const Report report = builder.build(ReportPeriod(QDate(2025, 1, 1), QDate(2025, 6, 30)));
        ReportCsv::Options options;
        options.labels = [](const QString &kind, const QString &key) {
            if (kind == u"country" && key == u"MA")
                return s("المغرب");
            if (kind == u"section")
                return s("قسم ") + key;
            return ReportLabels::english(kind, key);
        };
        options.locale = QLocale(QLocale::Turkish, QLocale::Turkey);
        const QByteArray csv = ReportCsv::write(report, options);
        const QString text = QString::fromUtf8(csv);
        for (const QString &id : report.order)
            QVERIFY2(text.contains(s("\r\nقسم ") + id + s("\r\n")), qPrintable(id));
        if (report.table(u"families_by_origin")->row(u"MA"))
            QVERIFY(text.contains(s("\r\nالمغرب;")));
        // Amounts in the locale's decimals: Turkish writes a decimal comma.
        if (!report.hours.empty())
            QVERIFY(text.contains(QRegularExpression(s(";\\d+,\\d\\d\r\n"))));

        const QString path = m_dir.filePath(s("figures.csv"));
        QCOMPARE(ReportCsv::save(report, path, options), QString());
        QCOMPARE(readBytes(path), csv);
        QVERIFY(!ReportCsv::save(report, m_dir.filePath(s("no/such/folder/x.csv")), options).isEmpty());
    }

    void providerReportCountsOnlyItsOwnReferrals()
    {
        // A provider's report counts only the referrals addressed to it that are sent.
        ReportBuilder builder(*m_provider);
        const Report other = builder.providerReport(ReportPeriod(kSpanFrom, kSpanTo), kP2);
        qint64 p2 = 0;
        for (const TReferral &r : m_pReferrals)
            p2 += !r.deleted && r.providerId == kP2 && r.state == u"sent";
        QCOMPARE(other.table(u"referrals_received")->rows.front().figure.count(), p2);
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
