// End to end: two intermediaries of one organisation and one caseworker of a provider, each with
// its own store, against a real brug-server. Visits, consent, referrals, status changes and
// messages flow as the roles allow (docs/sync-protocol.md §10).
#include "consentrepository.h"
#include "conflictrepository.h"
#include "messagerepository.h"
#include "outbox.h"
#include "referralrepository.h"
#include "serverprocess.h"
#include "testdevice.h"

#include <QJsonArray>
#include <QtTest>

using namespace brug;
using namespace brug::test;

namespace {
constexpr qint64 kTwoHours = 2 * 3600 * 1000;
qint64 twoHoursAhead()
{
    return QDateTime::currentMSecsSinceEpoch() + kTwoHours;
}
constexpr qint64 kYear = 365LL * 24 * 3600 * 1000;
qint64 aYearAhead()
{
    return QDateTime::currentMSecsSinceEpoch() + kYear;
}
qint64 wallOf(const QString &stamp)
{
    return QStringView(stamp).left(13).toLongLong();
}
} // namespace

class TestE2eFlow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> server;
    QJsonObject demo;
    std::unique_ptr<TestDevice> amal, kwame, sanne;
    QString providerId, familyId, consentId, referralId, visitId;

    QString user(const char *key) const { return demo.value(u"users").toObject().value(QLatin1StringView(key)).toString(); }
    QString code(const char *key) const { return demo.value(u"codes").toObject().value(QLatin1StringView(key)).toString(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        server = std::make_unique<ServerProcess>();
        QString error;
        QVERIFY2(server->start(&error), qPrintable(error));
        demo = server->seedDemo();
        QVERIFY(!demo.isEmpty());
        providerId = demo.value(u"organisations").toObject().value(u"provider").toString();
        amal = std::make_unique<TestDevice>(QStringLiteral("amal"));
        kwame = std::make_unique<TestDevice>(QStringLiteral("kwame"));
        sanne = std::make_unique<TestDevice>(QStringLiteral("sanne"));
        QVERIFY2(amal->enrol(server->url(), code("amal"), &error), qPrintable(error));
        QVERIFY2(kwame->enrol(server->url(), code("kwame"), &error), qPrintable(error));
        QVERIFY2(sanne->enrol(server->url(), code("sanne"), &error), qPrintable(error));
    }

    void enrolmentCodeIsSingleUse()
    {
        TestDevice other(QStringLiteral("other"));
        QString error;
        QVERIFY(!other.enrol(server->url(), code("amal"), &error));
        QVERIFY2(error.startsWith(u"enrolment_code_invalid"), qPrintable(error));
    }

    void firstSyncBringsTheDirectory()
    {
        QVERIFY(amal->sync());
        QVERIFY(sanne->sync());
        for (TestDevice *d : {amal.get(), sanne.get()}) {
            QVERIFY(d->records().get(u"organisation", providerId).has_value());
            QCOMPARE(d->records().query(u"user", QStringLiteral("1=1")).size(), size_t(6));
            QVERIFY(d->records().query(u"service", QStringLiteral("provider_id = ?"), {providerId}).size() >= 1);
        }
    }

    void visitsReachColleaguesButNeverTheProvider()
    {
        Records r = amal->records();
        familyId = r.create(u"family", {{QStringLiteral("code"), QStringLiteral("F-AB12C")},
                                        {QStringLiteral("name"), QStringLiteral("Familie Benali")},
                                        {QStringLiteral("phone"), QStringLiteral("06 1234 5678")},
                                        {QStringLiteral("neighbourhood"), QStringLiteral("Kanaleneiland")},
                                        {QStringLiteral("country_of_origin"), QStringLiteral("MA")},
                                        {QStringLiteral("languages"), QJsonArray{QStringLiteral("ar"), QStringLiteral("ber")}},
                                        {QStringLiteral("children"), QJsonArray{QJsonObject{{QStringLiteral("birth_year"), 2014}}}},
                                        {QStringLiteral("intermediary_id"), user("amal")}});
        visitId = r.create(u"visit", {{QStringLiteral("family_id"), familyId},
                                      {QStringLiteral("date"), QStringLiteral("2026-11-20")},
                                      {QStringLiteral("duration_min"), 60},
                                      {QStringLiteral("risk_factors"), QJsonArray{QStringLiteral("rf09"), QStringLiteral("rf07")}},
                                      {QStringLiteral("note"), QStringLiteral("private note of the visit")}});
        QVERIFY(amal->sync());
        QCOMPARE(amal->client().pendingChanges(), 0);
        QVERIFY(kwame->sync());
        const auto visit = kwame->records().get(u"visit", visitId);
        QVERIFY(visit.has_value());
        QCOMPARE(visit->value(u"note").toString(), QStringLiteral("private note of the visit"));
        QCOMPARE(kwame->records().get(u"family", familyId)->value(u"name").toString(), QStringLiteral("Familie Benali"));
        QVERIFY(sanne->sync());
        QVERIFY(!sanne->records().get(u"visit", visitId).has_value());
        QVERIFY(!sanne->records().get(u"family", familyId).has_value());
    }

    void aReferralCannotBeSentWithoutConsent()
    {
        Referral ref;
        ref.familyId = familyId;
        ref.providerId = providerId;
        ref.reasonFamily = QStringLiteral("in the family's words");
        ref.reasonIntermediary = QStringLiteral("the intermediary's view");
        ref.urgency = QStringLiteral("soon");
        ref.intermediaryJoins = true;
        referralId = ReferralRepository(amal->store()).saveDraft(ref);
        QVERIFY_THROWS_EXCEPTION(StoreError, ReferralRepository(amal->store()).send(referralId));
    }

    void consentAndReferralReachTheCaseworker()
    {
        Consent c;
        c.familyId = familyId;
        c.providerId = providerId;
        c.shares = {QStringLiteral("identity"), QStringLiteral("children")};
        c.purpose = QStringLiteral("referral");
        c.givenOn = QDate(2026, 11, 20);
        c.method = QStringLiteral("verbal_witness");
        c.witness = QStringLiteral("witness name");
        consentId = ConsentRepository(amal->store()).save(c);
        Records(amal->store()).update(u"referral", referralId, {{QStringLiteral("consent_id"), consentId}});
        ReferralRepository(amal->store()).send(referralId);
        QVERIFY(amal->sync());
        QVERIFY(sanne->sync());

        const auto ref = sanne->records().get(u"referral", referralId);
        QVERIFY(ref.has_value());
        QCOMPARE(ref->value(u"state").toString(), QStringLiteral("sent"));
        QCOMPARE(ref->value(u"reason_family").toString(), QStringLiteral("in the family's words"));
        const auto consent = sanne->records().get(u"consent", consentId);
        QVERIFY(consent.has_value());
        QVERIFY2(consent->value(u"witness").isNull(), "the witness is never shared");
        const auto family = sanne->records().get(u"family", familyId);
        QVERIFY(family.has_value());
        QCOMPARE(family->value(u"code").toString(), QStringLiteral("F-AB12C"));
        QCOMPARE(family->value(u"name").toString(), QStringLiteral("Familie Benali"));   // identity shared
        QVERIFY(family->value(u"children").isArray());                                    // children shared
        QVERIFY2(family->value(u"phone").isNull(), "contact was not shared");
        QVERIFY2(family->value(u"country_of_origin").isNull(), "background was not shared");
        QVERIFY(!sanne->records().get(u"visit", visitId).has_value());
        const auto inbox = ReferralRepository(sanne->store()).inbox(providerId);
        QVERIFY(std::any_of(inbox.begin(), inbox.end(), [&](const Referral &r) { return r.id == referralId; }));
    }

    void caseworkerAnswersAndTheIntermediarySeesIt()
    {
        ReferralRepository(sanne->store()).updateStatus(referralId, QStringLiteral("more_info"),
                                                       {{QStringLiteral("question"), QStringLiteral("Which school?")}});
        MessageRepository(sanne->store()).post(referralId, QStringLiteral("Can we call the mother?"));
        QVERIFY(sanne->sync());
        QCOMPARE(Outbox(sanne->store()).rejectedChanges().size(), size_t(0));
        QVERIFY(amal->sync());
        const auto ref = ReferralRepository(amal->store()).get(referralId);
        QCOMPARE(ref->status, QStringLiteral("more_info"));
        QCOMPARE(ref->question, QStringLiteral("Which school?"));
        QCOMPARE(ref->statusBy, user("sanne"));
        const auto thread = MessageRepository(amal->store()).thread(referralId);
        QCOMPARE(thread.size(), size_t(2)); // the status entry and the text
        QCOMPARE(thread.back().body, QStringLiteral("Can we call the mother?"));

        MessageRepository(amal->store()).post(referralId, QStringLiteral("Yes, in Arabic please."));
        QVERIFY(amal->sync());
        QVERIFY(sanne->sync());
        QCOMPARE(MessageRepository(sanne->store()).thread(referralId).size(), size_t(3));
    }

    // The server writes when a device was last seen as the cursor it served moves, and otherwise
    // at most once a minute: a sync with nothing new writes nothing.
    void lastSeenFollowsTheCursorNotEveryEmptySync()
    {
        auto lastSeen = [this]() -> qint64 {
            QString error;
            const QJsonObject o = server->admin({QStringLiteral("list-devices")}, &error);
            for (const QJsonValue d : o.value(u"devices").toArray())
                if (d.toObject().value(u"user_id").toString() == user("amal"))
                    return qint64(d.toObject().value(u"last_seen").toDouble());
            return -1;
        };
        QVERIFY(amal->sync());
        QVERIFY(amal->sync());
        const qint64 first = lastSeen();
        QVERIFY(first > 0);
        QTest::qWait(20);
        QVERIFY(amal->sync());
        QCOMPARE(lastSeen(), first);

        Records(kwame->store()).update(u"visit", visitId, {{QStringLiteral("duration_min"), 75}});
        QVERIFY(kwame->sync());
        QTest::qWait(20);
        QVERIFY(amal->sync());
        QCOMPARE(Records(amal->store()).get(u"visit", visitId)->fields.value(u"duration_min").toInt(), 75);
        QVERIFY2(lastSeen() > first, "a sync that moved the cursor records when the device was seen");
    }

    // When the last sync ended is shown to the user, also after the app starts again; it is
    // written with the sync's last answer.
    void whenTheLastSyncEndedSurvivesARestart()
    {
        const QDateTime before = QDateTime::currentDateTime();
        QVERIFY(kwame->sync());
        const QDateTime ended = kwame->client().lastSynced();
        QVERIFY(ended.isValid());
        QVERIFY(ended >= before.addMSecs(-1) && ended <= QDateTime::currentDateTime());
        kwame->reopen();
        QCOMPARE(kwame->client().lastSynced().toMSecsSinceEpoch(), ended.toMSecsSinceEpoch());
    }

    void writesARoleDoesNotOwnAreRejectedWithTheReason()
    {
        // The caseworker's device writes the referral's content: the server refuses it.
        Records(sanne->store()).update(u"referral", referralId, {{QStringLiteral("reason_family"), QStringLiteral("changed")}});
        QVERIFY(sanne->sync());
        auto rejected = Outbox(sanne->store()).rejectedChanges();
        QCOMPARE(rejected.size(), size_t(1));
        QCOMPARE(rejected[0].code, QStringLiteral("field_not_owned"));
        QVERIFY(rejected[0].message.contains(u"reason_family"));

        // The intermediary writes the provider's status: refused too.
        Records(amal->store()).update(u"referral", referralId, {{QStringLiteral("status"), QStringLiteral("closed")}});
        QVERIFY(amal->sync());
        rejected = Outbox(amal->store()).rejectedChanges();
        QCOMPARE(rejected.size(), size_t(1));
        QCOMPARE(rejected[0].code, QStringLiteral("field_not_owned"));

        // Neither write reached anyone.
        QVERIFY(kwame->sync());
        const auto ref = ReferralRepository(kwame->store()).get(referralId);
        QCOMPARE(ref->reasonFamily, QStringLiteral("in the family's words"));
        QCOMPARE(ref->status, QStringLiteral("more_info"));
    }

    void differentFieldsOnTwoDevicesAreBothKept()
    {
        Records(amal->store()).update(u"visit", visitId, {{QStringLiteral("duration_min"), 75}});
        Records(kwame->store()).update(u"visit", visitId, {{QStringLiteral("note"), QStringLiteral("kwame's note")}});
        QVERIFY(amal->sync());
        QVERIFY(kwame->sync());
        QVERIFY(amal->sync());
        for (TestDevice *d : {amal.get(), kwame.get()}) {
            const auto v = d->records().get(u"visit", visitId);
            QCOMPARE(v->value(u"duration_min").toInt(), 75);
            QCOMPARE(v->value(u"note").toString(), QStringLiteral("kwame's note"));
            QVERIFY(ConflictRepository(d->store()).openFor(visitId).empty());
        }
    }

    void theSameFieldOnTwoDevicesKeepsTheLoserInTheConflictLog()
    {
        Records(amal->store()).update(u"visit", visitId, {{QStringLiteral("note"), QStringLiteral("amal wrote this")}});
        QTest::qWait(5);
        Records(kwame->store()).update(u"visit", visitId, {{QStringLiteral("note"), QStringLiteral("kwame wrote this")}});
        QVERIFY(kwame->sync());
        QVERIFY(amal->sync());
        QVERIFY(kwame->sync());
        for (TestDevice *d : {amal.get(), kwame.get()}) {
            QCOMPARE(d->records().get(u"visit", visitId)->value(u"note").toString(), QStringLiteral("kwame wrote this"));
            const auto conflicts = ConflictRepository(d->store()).openFor(visitId);
            QCOMPARE(conflicts.size(), size_t(1));
            QCOMPARE(conflicts[0].field, QStringLiteral("note"));
            QCOMPARE(conflicts[0].loserValue.toString(), QStringLiteral("amal wrote this"));
            QCOMPARE(conflicts[0].winnerValue.toString(), QStringLiteral("kwame wrote this"));
        }
        // Amal keeps her own text after all: written again, the conflict closed everywhere.
        const QString conflictId = ConflictRepository(amal->store()).openFor(visitId)[0].id;
        ConflictRepository(amal->store()).resolve(conflictId, true);
        QVERIFY(amal->sync());
        QVERIFY(kwame->sync());
        QCOMPARE(kwame->records().get(u"visit", visitId)->value(u"note").toString(), QStringLiteral("amal wrote this"));
        QVERIFY(ConflictRepository(kwame->store()).openFor(visitId).empty());
    }

    void withdrawnConsentRemovesTheDataFromTheProvider()
    {
        ConsentRepository(amal->store()).withdraw(consentId, QDate(2026, 11, 29), QStringLiteral("family changed its mind"));
        QVERIFY(amal->sync());
        QVERIFY(sanne->sync());
        QVERIFY(!sanne->records().get(u"referral", referralId).has_value());
        QVERIFY(!sanne->records().get(u"family", familyId).has_value());
        QVERIFY(!sanne->records().get(u"consent", consentId).has_value());
        QVERIFY(MessageRepository(sanne->store()).thread(referralId).empty());
        const auto inbox = ReferralRepository(sanne->store()).inbox(providerId);
        QVERIFY(std::none_of(inbox.begin(), inbox.end(), [&](const Referral &r) { return r.id == referralId; }));
        // The intermediary keeps everything, with the withdrawal recorded.
        QVERIFY(ConsentRepository(amal->store()).get(consentId)->withdrawnOn.isValid());
        QVERIFY(amal->records().get(u"referral", referralId).has_value());
    }

    // A grant made again sends the referral whole, with the thread written while it was withdrawn
    // from the provider: the provider's copy had been dropped with everything in it.
    void consentGivenAgainBringsBackTheReferralWithItsThread()
    {
        MessageRepository(amal->store()).post(referralId, QStringLiteral("written while withdrawn"));
        QVERIFY(amal->sync());
        QVERIFY(sanne->sync());
        QVERIFY(!sanne->records().get(u"referral", referralId).has_value());

        const QString again = amal->giveConsent(familyId, providerId, {QStringLiteral("identity")}, QDate(2026, 11, 30));
        Records(amal->store()).update(u"referral", referralId, {{QStringLiteral("consent_id"), again}});
        QVERIFY(amal->sync());
        QVERIFY(sanne->sync());

        const auto ref = sanne->records().get(u"referral", referralId);
        QVERIFY(ref.has_value());
        QCOMPARE(ref->value(u"reason_family").toString(), QStringLiteral("in the family's words"));
        QCOMPARE(ref->value(u"consent_id").toString(), again);
        // The caseworker's own writes come back too: her device had dropped them with the rest.
        QCOMPARE(ref->value(u"status").toString(), QStringLiteral("more_info"));
        QCOMPARE(ref->value(u"question").toString(), QStringLiteral("Which school?"));
        QVERIFY(sanne->records().get(u"consent", again).has_value());
        QVERIFY(!sanne->records().get(u"consent", consentId).has_value()); // the withdrawn one stays away
        const auto thread = MessageRepository(sanne->store()).thread(referralId);
        QCOMPARE(thread.size(), size_t(4)); // the status entry, two texts, and the one written since
        QCOMPARE(thread.back().body, QStringLiteral("written while withdrawn"));
        const auto family = sanne->records().get(u"family", familyId);
        QVERIFY(family.has_value());
        QCOMPARE(family->value(u"name").toString(), QStringLiteral("Familie Benali")); // identity shared
        QVERIFY2(family->value(u"children").isNull(), "children are no longer shared");
    }

    void aDeviceWithAWrongClockLearnsHowFarOffItIs()
    {
        QString error;
        TestDevice ayse(QStringLiteral("ayse"));
        QVERIFY2(ayse.enrol(server->url(), code("ayse"), &error), qPrintable(error));
        QVERIFY(ayse.sync());
        QVERIFY2(qAbs(ayse.client().clockOffsetMs()) < 60 * 1000, qPrintable(QString::number(ayse.client().clockOffsetMs())));
        ayse.store().setWallSource(twoHoursAhead);
        QVERIFY(ayse.sync());
        QVERIFY2(qAbs(ayse.client().clockOffsetMs() - kTwoHours) < 60 * 1000,
                 qPrintable(QString::number(ayse.client().clockOffsetMs())));
    }

    // docs/sync-protocol.md §5: before, a tablet set a year ahead stamped its writes a year ahead,
    // and they beat every later write of the same fields until then.
    void writesOfAClockAYearAheadSyncWithoutOutvotingLaterWrites()
    {
        QString error;
        const QString kwameCode = server->admin({QStringLiteral("enrol-code"), QStringLiteral("--user"), user("kwame")})
                                      .value(u"code").toString();
        TestDevice tablet(QStringLiteral("kwame-tablet"));
        QVERIFY2(tablet.enrol(server->url(), kwameCode, &error), qPrintable(error));
        QVERIFY(tablet.sync());
        QVERIFY(tablet.records().get(u"visit", visitId).has_value());

        // Offline, with the clock a year ahead: two writes to the visit, one new visit.
        tablet.store().setWallSource(aYearAhead);
        tablet.records().update(u"visit", visitId, {{QStringLiteral("note"), QStringLiteral("written a year ahead")}});
        tablet.records().update(u"visit", visitId, {{QStringLiteral("follow_up_on"), QStringLiteral("2026-12-07")}});
        const QString newVisit = tablet.records().create(
            u"visit", {{QStringLiteral("family_id"), familyId}, {QStringLiteral("date"), QStringLiteral("2026-11-30")}});
        QVERIFY(wallOf(tablet.records().get(u"visit", newVisit)->stamps.value(u"date").toString()) >
                QDateTime::currentMSecsSinceEpoch() + kYear / 2);

        // The server refuses the stamps; the tablet stamps its writes again and sends them.
        QVERIFY(tablet.sync());
        QCOMPARE(tablet.client().pendingChanges(), 0);
        QVERIFY(Outbox(tablet.store()).rejectedChanges().empty());
        const qint64 limit = QDateTime::currentMSecsSinceEpoch() + 15 * 60 * 1000;
        const QJsonObject dump = server->admin({QStringLiteral("dump")});
        int seen = 0;
        for (const QJsonValue &v : dump.value(u"records").toArray()) {
            const QJsonObject r = v.toObject();
            const QString id = r.value(u"id").toString();
            if (id != visitId && id != newVisit)
                continue;
            const QJsonObject fields = r.value(u"fields").toObject();
            for (auto it = fields.begin(); it != fields.end(); ++it)
                QVERIFY2(wallOf(it->toObject().value(u"s").toString()) <= limit, qPrintable(it.key()));
            seen += 1;
            if (id == visitId) {
                QCOMPARE(fields.value(u"note").toObject().value(u"v").toString(), QStringLiteral("written a year ahead"));
                QCOMPARE(fields.value(u"follow_up_on").toObject().value(u"v").toString(), QStringLiteral("2026-12-07"));
            }
        }
        QCOMPARE(seen, 2);

        // Its clock now follows the server's: a later write of another device wins, everywhere.
        QVERIFY(amal->sync());
        QCOMPARE(amal->records().get(u"visit", visitId)->value(u"note").toString(), QStringLiteral("written a year ahead"));
        amal->records().update(u"visit", visitId, {{QStringLiteral("note"), QStringLiteral("corrected by amal")}});
        QVERIFY(amal->sync());
        QVERIFY(tablet.sync());
        QCOMPARE(tablet.records().get(u"visit", visitId)->value(u"note").toString(), QStringLiteral("corrected by amal"));
        QVERIFY(ConflictRepository(tablet.store()).openFor(visitId).empty());

        // And its own next write goes in one request, accepted as it is.
        tablet.records().update(u"visit", visitId, {{QStringLiteral("follow_up_on"), QStringLiteral("2026-12-14")}});
        QVERIFY(wallOf(tablet.records().get(u"visit", visitId)->stamps.value(u"follow_up_on").toString()) <= limit + 60000);
        QVERIFY(tablet.sync());
        QVERIFY(amal->sync());
        QCOMPARE(amal->records().get(u"visit", visitId)->value(u"follow_up_on").toString(), QStringLiteral("2026-12-14"));
        QCOMPARE(amal->records().get(u"visit", visitId)->value(u"note").toString(), QStringLiteral("corrected by amal"));
    }

    void revokedDeviceIsWiped()
    {
        const QString deviceId = kwame->store().identity().deviceId;
        QString error;
        QVERIFY(!server->admin({QStringLiteral("revoke-device"), QStringLiteral("--device"), deviceId}, &error).isEmpty());
        Records(kwame->store()).update(u"visit", visitId, {{QStringLiteral("duration_min"), 5}});
        QVERIFY(!kwame->sync());
        QVERIFY(kwame->wasWiped());
        QCOMPARE(kwame->client().state(), SyncState::Wiped);
        // Nothing the revoked device sent was accepted.
        QVERIFY(amal->sync());
        QCOMPARE(amal->records().get(u"visit", visitId)->value(u"duration_min").toInt(), 75);
    }

    void deactivatedUserPushesWhatIsLeftThenWipes()
    {
        QString error;
        TestDevice fatima(QStringLiteral("fatima"));
        QVERIFY2(fatima.enrol(server->url(), code("fatima"), &error), qPrintable(error));
        QVERIFY(fatima.sync());
        const QString meeting = fatima.records().create(u"meeting", {{QStringLiteral("date"), QStringLiteral("2026-11-28")},
                                                                     {QStringLiteral("women"), 14}});
        QVERIFY(!server->admin({QStringLiteral("deactivate-user"), QStringLiteral("--user"), user("fatima")}, &error).isEmpty());
        QVERIFY(!fatima.sync());
        QVERIFY(fatima.wasWiped());
        QVERIFY(amal->sync());
        QVERIFY2(amal->records().get(u"meeting", meeting).has_value(), "what the leaving user had was kept");
    }
};

QTEST_GUILESS_MAIN(TestE2eFlow)
#include "tst_e2e_flow.moc"
