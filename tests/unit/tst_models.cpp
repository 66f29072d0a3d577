// The list models the QML shows (and RecordView), each over a real encrypted store handed to a
// Session, with QAbstractItemModelTester watching every model throughout.
#include "uitestfixture.h"

#include "agendamodel.h"
#include "conflictlistmodel.h"
#include "consentrepository.h"
#include "familylistmodel.h"
#include "familyrepository.h"
#include "hoursmodel.h"
#include "inboxmodel.h"
#include "labels.h"
#include "meetinglistmodel.h"
#include "meetingrepository.h"
#include "messagerepository.h"
#include "recordview.h"
#include "referralrepository.h"
#include "threadmodel.h"
#include "timeentryrepository.h"
#include "timelinemodel.h"
#include "visitrepository.h"

#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace brug;
using namespace brug::uitest;

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void familyList_searchAsYouType();
    void familyList_pagingAndLimit();
    void familyList_refreshOnWrite();
    void familyList_refreshKeepsWhatWasLoaded();
    void timeline_oneFamilyNewestFirst();
    void thread_orderAuthorsAndPost();
    void thread_entriesOfOneMillisecondKeepTheirOrder();
    void hours_monthNavigationAndTotals();
    void agenda_followUpsAndIntakes();
    void meetings_newestFirst();
    void inbox_orderFiltersAndFresh();
    void conflicts_keepEitherValue();
    void recordView_followsTheStore();
};

void TestModels::familyList_searchAsYouType()
{
    Fixture fx(intermediary());
    Store &s = fx.store();
    const QString ayse = addFamily(s, QStringLiteral("F-AYS01"), QStringLiteral("Ayşe Yılmaz"), QStringLiteral("Transvaal"));
    const QString benali = addFamily(s, QStringLiteral("F-BEN02"), QStringLiteral("Fatima Benali"), QStringLiteral("Schilderswijk"));
    const QString mensah = addFamily(s, QStringLiteral("F-MEN03"), QStringLiteral("Kwame Mensah"), QStringLiteral("Moerwijk"));
    const QString abdullah = addFamily(s, QStringLiteral("F-ABD04"), QStringLiteral("محمد عبد الله"), QStringLiteral("Laak"));
    const QString ozturk = addFamily(s, QStringLiteral("F-OZT05"), QStringLiteral("Özlem Öztürk"), QStringLiteral("Schilderswijk"));

    FamilyListModel model;
    watch(&model);
    QSignalSpy queryChanged(&model, &FamilyListModel::queryChanged);
    QCOMPARE(model.total(), 5);
    QCOMPARE(model.rowCount(), 5);
    // Most recently changed first.
    QCOMPARE(strings(model, FamilyListModel::IdRole), (QStringList{ozturk, abdullah, mensah, benali, ayse}));

    // As the user types, the list narrows; case and accents do not matter.
    int previous = model.total();
    for (const QString &typed : {QStringLiteral("a"), QStringLiteral("ay"), QStringLiteral("ays"), QStringLiteral("ayse")}) {
        model.setQuery(typed);
        QVERIFY2(model.total() <= previous, qPrintable(typed));
        QCOMPARE(model.rowCount(), model.total());
        previous = model.total();
    }
    QCOMPARE(queryChanged.count(), 4);
    QCOMPARE(strings(model, FamilyListModel::IdRole), QStringList{ayse});
    QCOMPARE(model.data(model.index(0), FamilyListModel::NameRole).toString(), QStringLiteral("Ayşe Yılmaz"));
    QCOMPARE(model.data(model.index(0), FamilyListModel::CodeRole).toString(), QStringLiteral("F-AYS01"));
    QCOMPARE(model.data(model.index(0), FamilyListModel::NeighbourhoodRole).toString(), QStringLiteral("Transvaal"));
    QCOMPARE(model.data(model.index(0), FamilyListModel::ActiveRole).toBool(), true);

    const QList<QPair<QString, QStringList>> cases{
        {QStringLiteral("AYŞE"), {ayse}},
        {QStringLiteral("yilmaz"), {ayse}},          // dotless ı
        {QStringLiteral("YILMAZ"), {ayse}},
        {QStringLiteral("ozturk"), {ozturk}},
        {QStringLiteral("schilders"), {ozturk, benali}}, // the neighbourhood
        {QStringLiteral("f-men"), {mensah}},           // the code
        {QStringLiteral("محمد"), {abdullah}},
        {QStringLiteral("  mensah "), {mensah}},
        {QStringLiteral("xyz"), {}},
        {QStringLiteral("%"), {}},                     // LIKE wildcards are literal
    };
    for (const auto &[query, expected] : cases) {
        model.setQuery(query);
        QCOMPARE(model.query(), query);
        QCOMPARE(strings(model, FamilyListModel::IdRole), expected);
        QCOMPARE(model.total(), int(expected.size()));
    }
    model.setQuery(QString());
    QCOMPARE(model.total(), 5);
    QCOMPARE(model.rowCount(), 5);
}

void TestModels::familyList_pagingAndLimit()
{
    Fixture fx(intermediary());
    Store &s = fx.store();
    QStringList created;
    for (int i = 0; i < 120; ++i)
        created << addFamily(s, QStringLiteral("F-P%1").arg(i, 3, 10, QLatin1Char('0')),
                             QStringLiteral("Familie %1").arg(i), QStringLiteral("Laak"));

    FamilyListModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    // First page only; the rest is there to fetch.
    QCOMPARE(model.total(), 120);
    QCOMPARE(model.rowCount(), 50);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 100);
    QVERIFY(model.canFetchMore({}));
    // The tester fetches what is left (as a view would) and checks every step of it.
    watch(&model);
    QCOMPARE(model.rowCount(), 120);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(0).at(1).toInt(), 50);
    QCOMPARE(inserted.at(0).at(2).toInt(), 99);
    QCOMPARE(inserted.at(1).at(1).toInt(), 100);
    QCOMPARE(inserted.at(1).at(2).toInt(), 119);
    // Every family once, newest first across the pages.
    const QStringList ids = strings(model, FamilyListModel::IdRole);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 120);
    QStringList newestFirst = created;
    std::reverse(newestFirst.begin(), newestFirst.end());
    QCOMPARE(ids, newestFirst);
    model.fetchMore({}); // nothing left: no change
    QCOMPARE(model.rowCount(), 120);

    // A limit (the home page's recent families): at most that many rows, none to fetch, even
    // when asked to fetch more.
    QSignalSpy limitChanged(&model, &FamilyListModel::limitChanged);
    model.setLimit(5);
    QCOMPARE(limitChanged.count(), 1);
    QCOMPARE(model.limit(), 5);
    QCOMPARE(model.total(), 120);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.rowCount(), 5);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(strings(model, FamilyListModel::IdRole), newestFirst.mid(0, 5));

    // Search and limit together: "p00" is F-P000 .. F-P009.
    model.setQuery(QStringLiteral("p00"));
    QCOMPARE(model.total(), 10);
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(!model.canFetchMore({}));
    model.setLimit(0);
    QCOMPARE(model.total(), 10);
    QCOMPARE(model.rowCount(), 10);
    QVERIFY(!model.canFetchMore({}));
    // (The watched model is not reset into a state with more than a page to fetch: Qt 6.4's
    // QAbstractItemModelTester calls fetchMore() from its modelReset slot before it has closed
    // the reset in its own bookkeeping, and then reports the page's rowsInserted as a change
    // inside the reset. The first page after a reset is checked above, before the tester.)
}

void TestModels::familyList_refreshOnWrite()
{
    Fixture fx(intermediary());
    Store &s = fx.store();
    addFamily(s, QStringLiteral("F-AAA01"), QStringLiteral("Benali"));
    const QString second = addFamily(s, QStringLiteral("F-AAA02"), QStringLiteral("Mensah"));
    addFamily(s, QStringLiteral("F-AAA03"), QStringLiteral("Yılmaz"));

    FamilyListModel model;
    watch(&model);
    QSignalSpy totalChanged(&model, &FamilyListModel::totalChanged);
    QCOMPARE(model.total(), 3);

    // A save elsewhere in the app: the list follows once the session says so.
    const QString added = addFamily(s, QStringLiteral("F-NEW04"), QStringLiteral("Osei"));
    QCOMPARE(model.total(), 3);
    fx.session().notifyWrite();
    QCOMPARE(totalChanged.count(), 1);
    QCOMPARE(model.total(), 4);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.data(model.index(0), FamilyListModel::IdRole).toString(), added);

    // A change pulled by a sync moves the family to the top with its new name.
    fx.remoteUpdate(QStringLiteral("family"), second, {{"name", "Mensah-Owusu"}}, kColleague);
    fx.session().notifyRemoteChange();
    QCOMPARE(model.data(model.index(0), FamilyListModel::IdRole).toString(), second);
    QCOMPARE(model.data(model.index(0), FamilyListModel::NameRole).toString(), QStringLiteral("Mensah-Owusu"));

    // A removed family leaves the list and the count; the query still applies after a refresh.
    model.setQuery(QStringLiteral("osei"));
    QCOMPARE(model.total(), 1);
    Records(s).remove(u"family", added);
    fx.session().notifyWrite();
    QCOMPARE(model.total(), 0);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.query(), QStringLiteral("osei"));
}

void TestModels::familyList_refreshKeepsWhatWasLoaded()
{
    Fixture fx(intermediary());
    Store &s = fx.store();
    QStringList created;
    for (int i = 0; i < 120; ++i)
        created << addFamily(s, QStringLiteral("F-K%1").arg(i, 3, 10, QLatin1Char('0')),
                             QStringLiteral("Familie %1").arg(i), QStringLiteral("Laak"));
    FamilyListModel model;
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 100);

    // The user has scrolled to row 80 when a sync brings a change: the list must still hold
    // the rows it showed (else the view falls back to the first page, at the top).
    fx.remoteUpdate(QStringLiteral("family"), created.at(3), {{"name", "Familie Drie"}}, kColleague);
    fx.session().notifyRemoteChange();
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.total(), 120);
    QCOMPARE(model.data(model.index(0), FamilyListModel::IdRole).toString(), created.at(3));
    QVERIFY(model.canFetchMore({}));

    // A new search starts from the first page again.
    model.setQuery(QStringLiteral("familie"));
    QCOMPARE(model.rowCount(), 50);
}

void TestModels::timeline_oneFamilyNewestFirst()
{
    Fixture fx(intermediary());
    Store &s = fx.store();
    const QDate today = QDate::currentDate();
    const QString a = addFamily(s, QStringLiteral("F-TIM01"), QStringLiteral("Benali"));
    const QString b = addFamily(s, QStringLiteral("F-TIM02"), QStringLiteral("Mensah"));

    const QString longNote = QString(200, u'x');
    const QString firstVisit = addVisit(s, a, today.addDays(-30), {}, longNote);
    {
        Visit v = *VisitRepository(s).get(firstVisit);
        v.riskFactors = {QStringLiteral("rf01"), QStringLiteral("rf07")};
        VisitRepository(s).save(v);
    }
    const QString consentP = addConsent(s, a, kProvider, today.addDays(-20));
    const QString consentQ = addConsent(s, a, kOtherProvider, today.addDays(-15));
    ConsentRepository(s).withdraw(consentQ, today.addDays(-3), QStringLiteral("Wil dit niet meer"));
    const QString laterVisit = addVisit(s, a, today.addDays(-10), {}, QStringLiteral("Tweede bezoek"));
    const QString referral = addReferral(s, a, kProvider, consentP);
    ReferralRepository(s).send(referral);
    const QString mine = MessageRepository(s).post(referral, QStringLiteral("Graag een afspraak"));
    // The caseworker acknowledges on the provider's side; it arrives with a pull.
    fx.remoteUpdate(QStringLiteral("referral"), referral,
                    {{"status", "received"}, {"status_at", double(g_wall)}, {"status_by", kCaseworker}},
                    kCaseworker, kCaseworkerNode);
    const QString theirs = fx.remoteCreate(QStringLiteral("message"),
                                           {{"referral_id", referral}, {"kind", "status"}, {"status", "received"}},
                                           kCaseworker, kCaseworkerNode);

    // Another family's history must not show.
    const QString otherVisit = addVisit(s, b, today.addDays(-1));
    const QString otherConsent = addConsent(s, b, kProvider, today.addDays(-2));
    const QString otherReferral = addReferral(s, b, kProvider, otherConsent);
    ReferralRepository(s).send(otherReferral);
    const QString otherMessage = MessageRepository(s).post(otherReferral, QStringLiteral("Andere familie"));

    TimelineModel model;
    watch(&model);
    QSignalSpy countChanged(&model, &TimelineModel::countChanged);
    QCOMPARE(model.rowCount(), 0);
    model.setFamilyId(a);
    QCOMPARE(countChanged.count(), 1);
    QCOMPARE(model.count(), 8);
    QCOMPARE(strings(model, TimelineModel::KindRole),
             (QStringList{"message", "message", "referral", "consent_withdrawn", "visit", "consent", "consent", "visit"}));
    QCOMPARE(strings(model, TimelineModel::IdRole),
             (QStringList{theirs, mine, referral, consentQ, laterVisit, consentQ, consentP, firstVisit}));
    QCOMPARE(strings(model, TimelineModel::DateRole),
             (QStringList{iso(today), iso(today), iso(today), iso(today.addDays(-3)), iso(today.addDays(-10)),
                          iso(today.addDays(-15)), iso(today.addDays(-20)), iso(today.addDays(-30))}));
    QCOMPARE(strings(model, TimelineModel::StatusRole),
             (QStringList{"received", "", "received", "", "", "withdrawn", "active", ""}));
    QCOMPARE(strings(model, TimelineModel::AuthorRole),
             (QStringList{kCaseworker, kMe, kMe, kMe, kMe, kMe, kMe, kMe}));
    QCOMPARE(model.data(model.index(0), TimelineModel::ReferralRole).toString(), referral);
    QCOMPARE(model.data(model.index(1), TimelineModel::DetailRole).toString(), QStringLiteral("Graag een afspraak"));
    QCOMPARE(model.data(model.index(2), TimelineModel::DetailRole).toString(), kProvider);
    QCOMPARE(model.data(model.index(3), TimelineModel::DetailRole).toString(), kOtherProvider);
    QCOMPARE(model.data(model.index(7), TimelineModel::CodesRole).toStringList(),
             (QStringList{"rf01", "rf07"}));
    QCOMPARE(model.data(model.index(7), TimelineModel::DetailRole).toString(), longNote.left(140));
    for (const QString &foreign : {otherVisit, otherConsent, otherReferral, otherMessage})
        QVERIFY2(!strings(model, TimelineModel::IdRole).contains(foreign), qPrintable(foreign));

    // A new visit today, saved elsewhere in the app, comes in at the top of today's items.
    const QString todayVisit = addVisit(s, a, today);
    fx.session().notifyWrite();
    QCOMPARE(model.count(), 9);
    QCOMPARE(model.data(model.index(0), TimelineModel::IdRole).toString(), todayVisit);

    // The other family's page shows only its own.
    model.setFamilyId(b);
    QCOMPARE(idSet(model, TimelineModel::IdRole),
             (QSet<QString>{otherVisit, otherConsent, otherReferral, otherMessage}));
}

void TestModels::thread_orderAuthorsAndPost()
{
    Fixture fx(intermediary());
    Store &s = fx.store();
    const QDate today = QDate::currentDate();
    const QString family = addFamily(s, QStringLiteral("F-THR01"), QStringLiteral("Benali"));
    const QString consent = addConsent(s, family, kProvider, today);
    const QString referral = addReferral(s, family, kProvider, consent);
    ReferralRepository(s).send(referral);
    const QString other = addReferral(s, family, kProvider, consent);
    MessageRepository(s).post(other, QStringLiteral("Niet deze draad"));

    const QString welcome = fx.remoteCreate(QStringLiteral("message"),
                                            {{"referral_id", referral}, {"kind", "text"}, {"body", "Welkom, ik bel u morgen"}},
                                            kCaseworker, kCaseworkerNode);

    ThreadModel model;
    watch(&model);
    model.setReferralId(referral);
    QCOMPARE(model.count(), 1);

    QVERIFY(model.post(QStringLiteral("\n  Dank u, tot dinsdag  \n")));
    QCOMPARE(model.count(), 2); // the session's write notice reloads the thread
    // Written offline earlier on the caseworker's device, pulled only now: it goes first.
    const QString earlier = fx.remoteCreate(QStringLiteral("message"),
                                            {{"referral_id", referral}, {"kind", "text"}, {"body", "Verwijzing ontvangen"},
                                             {"created_at", double(g_wall - 60000)}},
                                            kCaseworker, kCaseworkerNode);
    const QString later = fx.remoteCreate(QStringLiteral("message"),
                                          {{"referral_id", referral}, {"kind", "status"}, {"status", "intake_planned"}},
                                          kCaseworker, kCaseworkerNode);
    fx.session().notifyRemoteChange();

    QCOMPARE(model.count(), 4);
    QCOMPARE(strings(model, ThreadModel::BodyRole),
             (QStringList{"Verwijzing ontvangen", "Welkom, ik bel u morgen", "Dank u, tot dinsdag", ""}));
    QCOMPARE(strings(model, ThreadModel::AuthorNameRole),
             (QStringList{"Daan de Vries", "Daan de Vries", "Amina El Idrissi", "Daan de Vries"}));
    QCOMPARE(column(model, ThreadModel::MineRole), (QVariantList{false, false, true, false}));
    QCOMPARE(strings(model, ThreadModel::KindRole), (QStringList{"text", "text", "text", "status"}));
    QCOMPARE(model.data(model.index(3), ThreadModel::StatusRole).toString(), QStringLiteral("intake_planned"));
    QCOMPARE(model.data(model.index(0), ThreadModel::IdRole).toString(), earlier);
    QCOMPARE(model.data(model.index(1), ThreadModel::IdRole).toString(), welcome);
    QCOMPARE(model.data(model.index(3), ThreadModel::IdRole).toString(), later);
    const QVariantList at = column(model, ThreadModel::AtRole);
    for (int i = 1; i < at.size(); ++i)
        QVERIFY(at[i - 1].toDouble() <= at[i].toDouble());

    // What post() stored: a text message of this referral, by me, trimmed, queued for the push.
    const QString postedId = model.data(model.index(2), ThreadModel::IdRole).toString();
    const auto posted = Records(s).get(u"message", postedId);
    QVERIFY(posted);
    QCOMPARE(posted->value(u"referral_id").toString(), referral);
    QCOMPARE(posted->value(u"kind").toString(), QStringLiteral("text"));
    QCOMPARE(posted->value(u"body").toString(), QStringLiteral("Dank u, tot dinsdag"));
    QCOMPARE(posted->value(u"created_by").toString(), kMe);
    const auto queued = fx.outbox(QStringLiteral("message"));
    QVERIFY(std::any_of(queued.begin(), queued.end(), [&](const test::OutboxRow &r) { return r.recordId == postedId; }));

    // Nothing to send: refused, nothing written.
    const auto before = fx.outbox(QStringLiteral("message")).size();
    QVERIFY(!model.post(QString()));
    QVERIFY(!model.post(QStringLiteral("  \n\t ")));
    QCOMPARE(fx.outbox(QStringLiteral("message")).size(), before);
    QCOMPARE(model.count(), 4);

    ThreadModel none;
    watch(&none);
    QCOMPARE(none.rowCount(), 0);
    QVERIFY(!none.post(QStringLiteral("Aan niemand")));
    QCOMPARE(fx.outbox(QStringLiteral("message")).size(), before);
}

void TestModels::thread_entriesOfOneMillisecondKeepTheirOrder()
{
    // A status change and the text written right after it, or a clock that stands still: entries
    // of one millisecond. Each author's come in the order they were written, here and wherever
    // they are pulled to (in the order the server numbered them).
    Fixture fx(intermediary());
    Store &s = fx.store();
    const QString family = addFamily(s, QStringLiteral("F-THR02"), QStringLiteral("Benali"));
    const QString referral = addReferral(s, family, kProvider, addConsent(s, family, kProvider, QDate::currentDate()));
    s.setWallSource(&test::frozenWall);
    QStringList mine, theirs;
    for (int i = 0; i < 10; ++i) {
        mine << QStringLiteral("bericht %1").arg(i);
        MessageRepository(s).post(referral, mine.back());
        theirs << QStringLiteral("antwoord %1").arg(i);
        fx.remoteCreate(QStringLiteral("message"),
                        {{"referral_id", referral}, {"kind", "text"}, {"body", theirs.back()},
                         {"created_at", double(test::g_wallMs)}},
                        kCaseworker, kCaseworkerNode);
    }
    QStringList mineSeen, theirsSeen;
    for (const Message &m : MessageRepository(s).thread(referral)) {
        QCOMPARE(m.meta.createdAt, test::g_wallMs);
        (m.meta.createdBy == kMe ? mineSeen : theirsSeen) << m.body;
    }
    QCOMPARE(mineSeen, mine);
    QCOMPARE(theirsSeen, theirs);
}

void TestModels::hours_monthNavigationAndTotals()
{
    Fixture fx(intermediary());
    Store &s = fx.store();
    auto entry = [&](const QDate &d, const char *activity, int minutes, double km = 0, int cents = 0) {
        TimeEntry e;
        e.userId = kMe;
        e.date = d;
        e.activity = QLatin1StringView(activity);
        e.minutes = minutes;
        e.distanceKm = km;
        e.expensesCents = cents;
        return TimeEntryRepository(s).save(e);
    };
    const QString dec15 = entry({2024, 12, 15}, "home_visit", 90, 12.5, 350);
    const QString dec31 = entry({2024, 12, 31}, "phone_call", 30);
    const QString jan1 = entry({2025, 1, 1}, "going_along", 45, 3.2);
    const QString jan20 = entry({2025, 1, 20}, "training", 60, 0, 1250);
    const QString removed = entry({2025, 1, 25}, "travel", 15, 40, 900);
    TimeEntryRepository(s).remove(removed);
    const QString feb1 = entry({2025, 2, 1}, "meeting", 20);
    // A colleague's hours reach this device too; they are not this user's to claim.
    fx.remoteCreate(QStringLiteral("time_entry"),
                    {{"user_id", kColleague}, {"date", "2025-01-10"}, {"activity", "home_visit"}, {"minutes", 120},
                     {"distance_km", 8}, {"expenses_cents", 500}},
                    kColleague, QStringLiteral("3333333333333333"));

    HoursModel model;
    watch(&model);
    // It opens on the current month.
    QCOMPARE(model.year(), QDate::currentDate().year());
    QCOMPARE(model.month(), QDate::currentDate().month());

    QSignalSpy monthChanged(&model, &HoursModel::monthChanged);
    QSignalSpy totalsChanged(&model, &HoursModel::totalsChanged);
    model.setMonth(2025, 1);
    QCOMPARE(monthChanged.count(), 1);
    QVERIFY(totalsChanged.count() >= 1);
    QCOMPARE(model.count(), 2);
    QCOMPARE(strings(model, HoursModel::IdRole), (QStringList{jan20, jan1}));
    QCOMPARE(strings(model, HoursModel::DateRole), (QStringList{"2025-01-20", "2025-01-01"}));
    QCOMPARE(strings(model, HoursModel::ActivityRole), (QStringList{"training", "going_along"}));
    QCOMPARE(model.totalMinutes(), 105);
    QCOMPARE(model.totalKm(), 3.2);
    QCOMPARE(model.totalExpensesCents(), 1250.0);

    // Back across the year boundary, and forward again.
    model.previousMonth();
    QCOMPARE(model.year(), 2024);
    QCOMPARE(model.month(), 12);
    QCOMPARE(strings(model, HoursModel::IdRole), (QStringList{dec31, dec15}));
    QCOMPARE(model.totalMinutes(), 120);
    QCOMPARE(model.totalKm(), 12.5);
    QCOMPARE(model.totalExpensesCents(), 350.0);
    QCOMPARE(model.data(model.index(1), HoursModel::KmRole).toDouble(), 12.5);
    QCOMPARE(model.data(model.index(1), HoursModel::ExpensesRole).toInt(), 350);
    QCOMPARE(model.data(model.index(1), HoursModel::MinutesRole).toInt(), 90);

    model.nextMonth();
    QCOMPARE(model.year(), 2025);
    QCOMPARE(model.month(), 1);
    QCOMPARE(model.totalMinutes(), 105);
    model.nextMonth();
    QCOMPARE(model.month(), 2);
    QCOMPARE(strings(model, HoursModel::IdRole), QStringList{feb1});
    QCOMPARE(model.totalMinutes(), 20);
    model.nextMonth();
    QCOMPARE(model.count(), 0);
    QCOMPARE(model.totalMinutes(), 0);
    QCOMPARE(model.totalKm(), 0.0);
    QCOMPARE(model.totalExpensesCents(), 0.0);

    // No month 13 or 0.
    model.setMonth(2025, 13);
    model.setMonth(2025, 0);
    QCOMPARE(model.year(), 2025);
    QCOMPARE(model.month(), 3);

    // Removing an entry from the list: written to the store, and the month follows.
    model.setMonth(2024, 12);
    model.remove(dec31);
    QCOMPARE(strings(model, HoursModel::IdRole), QStringList{dec15});
    QCOMPARE(model.totalMinutes(), 90);
    QVERIFY(TimeEntryRepository(s).get(dec31)->meta.deleted);

    // An entry that is no longer there (removed on another page meanwhile): no exception
    // escapes into QML, nothing changes.
    model.remove(Ids::newId());
    QCOMPARE(strings(model, HoursModel::IdRole), QStringList{dec15});
}

void TestModels::agenda_followUpsAndIntakes()
{
    Fixture fx(intermediary());
    Store &s = fx.store();
    const QDate today = QDate::currentDate();

    // Follow-ups.
    const QString fa = addFamily(s, QStringLiteral("F-AGA01"), QStringLiteral("A"));
    addVisit(s, fa, today.addDays(-20), today.addDays(-1));        // done by the newer visit below
    const QString a2 = addVisit(s, fa, today.addDays(-3), today.addDays(5));
    const QString fb = addFamily(s, QStringLiteral("F-AGB02"), QStringLiteral("B"));
    const QString b1 = addVisit(s, fb, today.addDays(-10), today);   // due today
    const QString fc = addFamily(s, QStringLiteral("F-AGC03"), QStringLiteral("C"));
    addVisit(s, fc, today.addDays(-30), today.addDays(-15));          // too long ago
    const QString fd = addFamily(s, QStringLiteral("F-AGD04"), QStringLiteral("D"));
    addVisit(s, fd, today.addDays(-5), today.addDays(8));             // beyond the week
    const QString ff = addFamily(s, QStringLiteral("F-AGF05"), QStringLiteral("F"));
    const QString f1 = addVisit(s, ff, today.addDays(-12), today.addDays(-2)); // overdue
    // A colleague's family and visit, pulled from the server: not on my agenda.
    const QString fe = fx.remoteCreate(QStringLiteral("family"),
                                       {{"code", "F-AGE06"}, {"intermediary_id", kColleague}}, kColleague);
    fx.remoteCreate(QStringLiteral("visit"),
                    {{"family_id", fe}, {"date", iso(today.addDays(-2))}, {"follow_up_on", iso(today.addDays(1))},
                     {"intermediary_id", kColleague}},
                    kColleague);

    // Intakes the provider planned (pulled), for referrals of mine and of a colleague.
    const QString consent = addConsent(s, fa, kProvider, today.addDays(-30));
    auto plannedIntake = [&](bool joins, bool invited, int inDays, const char *time) {
        const QString r = addReferral(s, fa, kProvider, consent, joins);
        ReferralRepository(s).send(r);
        fx.remoteUpdate(QStringLiteral("referral"), r,
                        {{"status", "intake_planned"}, {"intake_on", iso(today.addDays(inDays))},
                         {"intake_time", time}, {"intake_place", "Leyweg 5"}, {"intermediary_invited", invited}},
                        kCaseworker, kCaseworkerNode);
        return r;
    };
    const QString r1 = plannedIntake(true, false, 2, "10:00");
    plannedIntake(false, false, 1, "11:00");                    // I do not go along
    const QString r3 = plannedIntake(false, true, 4, "09:30");  // invited by the caseworker
    plannedIntake(true, false, 9, "10:00");                     // beyond the week
    plannedIntake(true, false, -1, "10:00");                    // yesterday
    const QString colleagues = fx.remoteCreate(
        QStringLiteral("referral"),
        {{"family_id", fe}, {"provider_id", kProvider}, {"intermediary_id", kColleague}, {"intermediary_joins", true},
         {"state", "sent"}, {"status", "intake_planned"}, {"intake_on", iso(today.addDays(3))}, {"intake_time", "13:00"}},
        kColleague);

    AgendaModel model;
    watch(&model);
    QCOMPARE(strings(model, AgendaModel::IdRole), (QStringList{f1, b1, r1, r3, a2}));
    QCOMPARE(strings(model, AgendaModel::KindRole),
             (QStringList{"follow_up", "follow_up", "intake", "intake", "follow_up"}));
    QCOMPARE(strings(model, AgendaModel::FamilyRole), (QStringList{ff, fb, fa, fa, fa}));
    QCOMPARE(strings(model, AgendaModel::DateRole),
             (QStringList{iso(today.addDays(-2)), iso(today), iso(today.addDays(2)), iso(today.addDays(4)),
                          iso(today.addDays(5))}));
    QCOMPARE(strings(model, AgendaModel::TimeRole), (QStringList{"", "", "10:00", "09:30", ""}));
    QCOMPARE(model.data(model.index(2), AgendaModel::PlaceRole).toString(), QStringLiteral("Leyweg 5"));
    QCOMPARE(model.dueToday(), 2);
    QVERIFY2(!strings(model, AgendaModel::IdRole).contains(colleagues),
             "a colleague's intake is on this intermediary's agenda");

    // Visiting family B today does the follow-up: it leaves the agenda.
    QSignalSpy countChanged(&model, &AgendaModel::countChanged);
    addVisit(s, fb, today);
    fx.session().notifyWrite();
    QCOMPARE(countChanged.count(), 1);
    QCOMPARE(strings(model, AgendaModel::IdRole), (QStringList{f1, r1, r3, a2}));
    QCOMPARE(model.dueToday(), 1);
}

void TestModels::meetings_newestFirst()
{
    Fixture fx(DeviceIdentity{idFor("device:fatma"), kColleague, QStringLiteral("Fatma"),
                              QStringLiteral("contact_woman"), kMigrantOrg, QStringLiteral("Stichting Brug"),
                              QStringLiteral("migrant_org"), QStringLiteral("4444444444444444")});
    Store &s = fx.store();
    auto meeting = [&](const QDate &d, const char *place, int women, int men, int children, bool requested) {
        Meeting m;
        m.date = d;
        m.placeKind = QLatin1StringView(place);
        m.placeName = QStringLiteral("Buurthuis De Mussen");
        m.theme = QStringLiteral("parenting");
        m.women = women;
        m.men = men;
        m.children = children;
        m.providerRequested = requested;
        m.providerId = requested ? kProvider : QString();
        m.contactWomanId = kColleague;
        return MeetingRepository(s).save(m);
    };
    const QString march = meeting({2025, 3, 4}, "mosque", 12, 3, 7, true);
    const QString jan = meeting({2025, 1, 14}, "community_centre", 8, 0, 2, false);
    const QString feb = meeting({2025, 2, 11}, "school", 20, 5, 0, false);
    const QString gone = meeting({2025, 2, 20}, "library", 4, 0, 0, false);
    Records(s).remove(u"meeting", gone);

    MeetingListModel model;
    watch(&model);
    QCOMPARE(model.count(), 3);
    QCOMPARE(strings(model, MeetingListModel::IdRole), (QStringList{march, feb, jan}));
    QCOMPARE(strings(model, MeetingListModel::DateRole), (QStringList{"2025-03-04", "2025-02-11", "2025-01-14"}));
    QCOMPARE(strings(model, MeetingListModel::PlaceKindRole), (QStringList{"mosque", "school", "community_centre"}));
    QCOMPARE(column(model, MeetingListModel::AttendanceRole), (QVariantList{22, 25, 10}));
    QCOMPARE(column(model, MeetingListModel::RequestedRole), (QVariantList{true, false, false}));
    QCOMPARE(model.data(model.index(0), MeetingListModel::ThemeRole).toString(), QStringLiteral("parenting"));
    QCOMPARE(model.data(model.index(0), MeetingListModel::PlaceNameRole).toString(), QStringLiteral("Buurthuis De Mussen"));

    const QString april = meeting({2025, 4, 1}, "home", 3, 1, 4, false);
    fx.session().notifyWrite();
    QCOMPARE(model.count(), 4);
    QCOMPARE(model.data(model.index(0), MeetingListModel::IdRole).toString(), april);
}

void TestModels::inbox_orderFiltersAndFresh()
{
    Fixture fx(caseworker());
    const QString intermediaryNode = QStringLiteral("1111111111111111");
    // What a provider's device receives for referrals addressed to it.
    auto family = [&](const char *code) {
        return fx.remoteCreate(QStringLiteral("family"), {{"code", code}, {"intermediary_id", kMe}}, kMe, intermediaryNode);
    };
    const qint64 t = g_wall;
    auto referral = [&](const QString &familyId, const QString &provider, const char *urgency, qint64 sentAt,
                        const QString &service, const char *state = "sent") {
        const QString consent = fx.remoteCreate(
            QStringLiteral("consent"),
            {{"family_id", familyId}, {"provider_id", provider}, {"shares", QJsonArray{"identity"}},
             {"purpose", "referral"}, {"given_on", iso(QDate::currentDate())}, {"method", "signed"}},
            kMe, intermediaryNode);
        return fx.remoteCreate(QStringLiteral("referral"),
                               {{"family_id", familyId}, {"provider_id", provider}, {"service_id", service.isEmpty() ? QJsonValue() : QJsonValue(service)},
                                {"consent_id", consent}, {"reason_family", "Zorgen over school"},
                                {"urgency", urgency}, {"state", state}, {"sent_at", double(sentAt)},
                                {"intermediary_id", kMe}},
                               kMe, intermediaryNode);
    };
    const QString fa = family("F-INA01"), fb = family("F-INB02"), fc = family("F-INC03"), fd = family("F-IND04"),
                  fe = family("F-INE05");
    const QString a = referral(fa, kProvider, "urgent", t - 4000, kServiceA);
    const QString b = referral(fb, kProvider, "normal", t - 2000, kServiceB);
    const QString c = referral(fc, kProvider, "soon", t - 3000, kServiceA);
    const QString d = referral(fd, kProvider, "urgent", t - 5000, kServiceA);
    fx.remoteUpdate(QStringLiteral("referral"), d, {{"status", "received"}, {"status_by", kCaseworker}}, kCaseworker,
                    kCaseworkerNode);
    const QString e = referral(fe, kProvider, "normal", t - 1000, kServiceB);
    fx.remoteUpdate(QStringLiteral("referral"), e,
                    {{"status", "intake_planned"}, {"intake_on", iso(QDate::currentDate().addDays(3))}}, kCaseworker,
                    kCaseworkerNode);
    referral(fa, kOtherProvider, "urgent", t - 1500, QString());        // another provider's
    referral(fb, kProvider, "urgent", 0, kServiceA, "draft");           // not sent

    InboxModel model;
    watch(&model);
    QSignalSpy filterChanged(&model, &InboxModel::filterChanged);
    // New first, then by urgency, then the most recently sent.
    QCOMPARE(strings(model, InboxModel::IdRole), (QStringList{a, c, b, d, e}));
    QCOMPARE(model.count(), 5);
    QCOMPARE(model.newCount(), 3);
    QCOMPARE(strings(model, InboxModel::FamilyCodeRole), (QStringList{"F-INA01", "F-INC03", "F-INB02", "F-IND04", "F-INE05"}));
    QCOMPARE(strings(model, InboxModel::StatusRole), (QStringList{"sent", "sent", "sent", "received", "intake_planned"}));
    QCOMPARE(strings(model, InboxModel::UrgencyRole), (QStringList{"urgent", "soon", "normal", "urgent", "normal"}));
    QCOMPARE(model.data(model.index(4), InboxModel::IntakeRole).toString(), iso(QDate::currentDate().addDays(3)));
    QCOMPARE(model.data(model.index(0), InboxModel::SentRole).toDouble(), double(t - 4000));
    QCOMPARE(model.data(model.index(0), InboxModel::ReasonRole).toString(), QStringLiteral("Zorgen over school"));

    model.setStatus(QStringLiteral("new"));
    QCOMPARE(strings(model, InboxModel::IdRole), (QStringList{a, c, b}));
    model.setStatus(QStringLiteral("received"));
    QCOMPARE(strings(model, InboxModel::IdRole), QStringList{d});
    model.setStatus(QString());
    model.setServiceId(kServiceB);
    QCOMPARE(strings(model, InboxModel::IdRole), (QStringList{b, e}));
    model.setStatus(QStringLiteral("new"));
    QCOMPARE(strings(model, InboxModel::IdRole), QStringList{b});
    QCOMPARE(filterChanged.count(), 5);
    model.setStatus(QString());
    model.setServiceId(QString());
    QCOMPARE(model.count(), 5);

    // Fresh: everything, until the caseworker has looked; then only what arrived since.
    QCOMPARE(model.freshCount(), 5);
    QCOMPARE(column(model, InboxModel::FreshRole), (QVariantList{true, true, true, true, true}));
    model.markSeen();
    QCOMPARE(model.freshCount(), 5); // the open page keeps its marks; next time they are gone
    model.reload();
    QCOMPARE(model.freshCount(), 0);
    QCOMPARE(column(model, InboxModel::FreshRole), (QVariantList{false, false, false, false, false}));

    const QString ff = family("F-INF06");
    const QString arrived = referral(ff, kProvider, "soon", g_wall + 1000, kServiceA);
    fx.session().notifyRemoteChange();
    QCOMPARE(model.count(), 6);
    QCOMPARE(model.freshCount(), 1);
    QCOMPARE(model.newCount(), 4);
    const int row = int(strings(model, InboxModel::IdRole).indexOf(arrived));
    QCOMPARE(row, 1); // new and soon: after the urgent new one
    QCOMPARE(model.data(model.index(row), InboxModel::FreshRole).toBool(), true);
}

void TestModels::conflicts_keepEitherValue()
{
    Fixture fx(intermediary());
    Store &s = fx.store();
    Family f;
    f.code = QStringLiteral("F-CON01");
    f.name = QStringLiteral("Benali");
    f.languages = {QStringLiteral("ar")};
    f.intermediaryId = kMe;
    const QString family = FamilyRepository(s).save(f);
    const QString visit = addVisit(s, family, QDate::currentDate());
    const QString otherNode = QStringLiteral("3333333333333333");

    // The server logged writes that lost against this device's (conflicts come with a pull).
    auto conflict = [&](const QString &entity, const QString &recordId, const char *field, const QJsonValue &winner,
                        const QJsonValue &loser) {
        const QString winnerStamp = Records(s).get(entity, recordId)->stamps.value(QLatin1StringView(field)).toString();
        return fx.remoteCreate(QStringLiteral("conflict"),
                               {{"entity", entity}, {"record_id", recordId}, {"field", field},
                                {"winner_value", winner}, {"winner_stamp", winnerStamp}, {"loser_value", loser},
                                {"loser_stamp", Hlc{g_wall - 5000, 0, otherNode}.toString()}},
                               idFor("user:server"));
    };
    const QString onName = conflict(QStringLiteral("family"), family, "name", QStringLiteral("Benali"), QStringLiteral("Ben Ali"));
    const QString onDuration = conflict(QStringLiteral("visit"), visit, "duration_min", 45, 60);
    const QString onLanguages = conflict(QStringLiteral("family"), family, "languages", QJsonArray{"ar"},
                                         QJsonArray{"ar", "ber"});
    const QString settled = conflict(QStringLiteral("family"), family, "name", QStringLiteral("Benali"), QStringLiteral("Bennali"));
    fx.remoteUpdate(QStringLiteral("conflict"), settled,
                    {{"resolved_at", double(g_wall)}, {"resolved_by", kColleague}, {"resolution", "kept_winner"}},
                    kColleague);

    ConflictListModel onFamily;
    watch(&onFamily);
    ConflictListModel onVisit;
    watch(&onVisit);
    // The banner of a page whose record is not saved yet (a new visit) has no record id.
    ConflictListModel unsaved;
    watch(&unsaved);
    QCOMPARE(unsaved.count(), 0);
    onFamily.setRecordId(family);
    onVisit.setRecordId(visit);
    QCOMPARE(strings(onFamily, ConflictListModel::IdRole), (QStringList{onName, onLanguages}));
    QCOMPARE(strings(onVisit, ConflictListModel::IdRole), QStringList{onDuration});
    QCOMPARE(strings(onFamily, ConflictListModel::FieldRole), (QStringList{"name", "languages"}));
    QCOMPARE(strings(onFamily, ConflictListModel::EntityRole), (QStringList{"family", "family"}));
    QCOMPARE(strings(onFamily, ConflictListModel::KeptRole),
             (QStringList{"Benali", Labels::joined(QStringLiteral("language"), {QStringLiteral("ar")})}));
    QCOMPARE(strings(onFamily, ConflictListModel::OtherRole),
             (QStringList{"Ben Ali", Labels::joined(QStringLiteral("language"), {QStringLiteral("ar"), QStringLiteral("ber")})}));
    QVERIFY(onFamily.data(onFamily.index(1), ConflictListModel::OtherRole).toString().contains(u"Tamazight"));
    QCOMPARE(onFamily.data(onFamily.index(0), ConflictListModel::OtherAuthorRole).toString(), otherNode);

    // Keep what is there: only the conflict is closed, the family is not written again.
    const auto familyWrites = fx.outbox(QStringLiteral("family")).size();
    onFamily.keepCurrent(onName);
    QCOMPARE(strings(onFamily, ConflictListModel::IdRole), QStringList{onLanguages});
    QCOMPARE(fx.outbox(QStringLiteral("family")).size(), familyWrites);
    QCOMPARE(FamilyRepository(s).get(family)->name, QStringLiteral("Benali"));
    const auto closed = Records(s).get(u"conflict", onName);
    QCOMPARE(closed->value(u"resolution").toString(), QStringLiteral("kept_winner"));
    QCOMPARE(closed->value(u"resolved_by").toString(), kMe);
    QVERIFY(closed->value(u"resolved_at").toDouble() > 0);
    auto conflictWrites = fx.outbox(QStringLiteral("conflict"));
    QCOMPARE(conflictWrites.size(), size_t(1));
    QCOMPARE(conflictWrites.back().recordId, onName);
    // That write reloaded every model: the new visit's banner must still show nothing.
    QCOMPARE(unsaved.count(), 0);

    // Keep the other value: written to the family as a new change, and the conflict closed.
    onFamily.keepOther(onLanguages);
    QCOMPARE(onFamily.count(), 0);
    QCOMPARE(FamilyRepository(s).get(family)->languages, (QStringList{"ar", "ber"}));
    const auto familyQueue = fx.outbox(QStringLiteral("family"));
    QCOMPARE(familyQueue.size(), familyWrites + 1);
    QCOMPARE(familyQueue.back().fields.value(u"languages").toArray(), (QJsonArray{"ar", "ber"}));
    QCOMPARE(Records(s).get(u"conflict", onLanguages)->value(u"resolution").toString(), QStringLiteral("kept_loser"));

    // On the visit: the duration goes back to the other device's value (an integer field).
    QCOMPARE(onVisit.data(onVisit.index(0), ConflictListModel::KeptRole).toString(), QLocale().toString(45));
    onVisit.keepOther(onDuration);
    QCOMPARE(onVisit.count(), 0);
    QCOMPARE(VisitRepository(s).get(visit)->durationMin, 60);
    QCOMPARE(fx.outbox(QStringLiteral("visit")).back().fields.value(u"duration_min").toInt(), 60);

    // An unknown conflict: nothing happens.
    const auto writes = test::outboxRows(s).size();
    onVisit.keepCurrent(Ids::newId());
    QCOMPARE(test::outboxRows(s).size(), writes);
}

void TestModels::recordView_followsTheStore()
{
    Fixture fx(intermediary());
    Store &s = fx.store();
    const QString family = addFamily(s, QStringLiteral("F-VIE01"), QStringLiteral("Osei"));
    RecordView view;
    QSignalSpy changed(&view, &RecordView::changed);
    view.setEntity(QStringLiteral("family"));
    view.setRecordId(family);
    QVERIFY(view.exists());
    QCOMPARE(view.values().value(QStringLiteral("name")).toString(), QStringLiteral("Osei"));

    Records(s).update(u"family", family, {{"name", "Osei-Mensah"}});
    fx.session().notifyWrite();
    QCOMPARE(view.values().value(QStringLiteral("name")).toString(), QStringLiteral("Osei-Mensah"));
    Records(s).remove(u"family", family);
    fx.session().notifyWrite();
    QVERIFY(!view.exists());
    QVERIFY(changed.count() >= 4);

    view.setEntity(QStringLiteral("no_such_entity"));
    QVERIFY(!view.exists());
    QVERIFY(view.values().isEmpty());
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
