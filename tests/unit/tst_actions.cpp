// The steps with rules of their own (Actions): a referral goes out only on an active consent of
// the same family for the same provider; the caseworker's decisions write the provider's fields
// and a status entry in the thread, and nothing of the referring side.
#include "uitestfixture.h"

#include "actions.h"
#include "messagerepository.h"
#include "threadmodel.h"

#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace brug;
using namespace brug::uitest;

namespace {
QString stateOf(Store &s, const QString &referralId)
{
    return ReferralRepository(s).get(referralId)->state;
}
} // namespace

class TestActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void sendReferralNeedsActiveConsent();
    void caseworkerDecisions();
};

void TestActions::sendReferralNeedsActiveConsent()
{
    Fixture fx(intermediary());
    Store &s = fx.store();
    Actions actions;
    const QDate today = QDate::currentDate();
    const QString fa = addFamily(s, QStringLiteral("F-ACT01"), QStringLiteral("Benali"));
    const QString fb = addFamily(s, QStringLiteral("F-ACT02"), QStringLiteral("Mensah"));
    const QString active = addConsent(s, fa, kProvider, today.addDays(-7));
    const QString forOther = addConsent(s, fa, kOtherProvider, today.addDays(-7));
    const QString withdrawn = addConsent(s, fa, kProvider, today.addDays(-30));
    ConsentRepository(s).withdraw(withdrawn, today.addDays(-10), QString());
    const QString ofOtherFamily = addConsent(s, fb, kProvider, today.addDays(-7));

    const QString needsConsent = QStringLiteral("A referral needs the family's consent. Record the consent first.");
    const QString missingOrWithdrawn =
        QStringLiteral("The consent for this provider is missing or was withdrawn. Record a new consent first.");
    auto refused = [&](const QString &referral, const QString &why) {
        const auto queued = fx.outbox(QStringLiteral("referral")).size();
        QCOMPARE(actions.sendReferral(referral), why);
        QCOMPARE(stateOf(s, referral), QStringLiteral("draft"));
        QCOMPARE(ReferralRepository(s).get(referral)->sentAt, 0);
        QCOMPARE(fx.outbox(QStringLiteral("referral")).size(), queued);
    };
    refused(addReferral(s, fa, kProvider, QString()), needsConsent);
    refused(addReferral(s, fa, kProvider, withdrawn), missingOrWithdrawn);
    refused(addReferral(s, fa, kProvider, forOther), missingOrWithdrawn);
    refused(addReferral(s, fa, kProvider, ofOtherFamily), missingOrWithdrawn);
    refused(addReferral(s, fa, QString(), active), QStringLiteral("Choose a provider first."));
    QCOMPARE(actions.sendReferral(Ids::newId()), QStringLiteral("This referral is no longer there."));

    // With an active consent of this family for this provider: sent, and queued for the push.
    QSignalSpy written(&fx.session(), &Session::localWrite);
    const QString ok = addReferral(s, fa, kProvider, active);
    QCOMPARE(actions.sendReferral(ok), QString());
    QCOMPARE(written.count(), 1);
    const Referral sent = *ReferralRepository(s).get(ok);
    QCOMPARE(sent.state, QStringLiteral("sent"));
    QVERIFY(sent.sentAt > 0);
    const auto queue = fx.outbox(QStringLiteral("referral"));
    QCOMPARE(queue.back().recordId, ok);
    QCOMPARE(queue.back().fields.value(u"state").toString(), QStringLiteral("sent"));

    // Once the family withdraws that consent, no further referral may rest on it.
    QCOMPARE(actions.withdrawConsent(active, QStringLiteral("2025-02-30"), QString()), QStringLiteral("This date does not exist."));
    QVERIFY(ConsentRepository(s).get(active)->isActive());
    QCOMPARE(actions.withdrawConsent(active, iso(today), QStringLiteral("Wil het zelf regelen")), QString());
    QVERIFY(!ConsentRepository(s).get(active)->isActive());
    refused(addReferral(s, fa, kProvider, active), missingOrWithdrawn);

    // Withdrawing a referral.
    QCOMPARE(actions.withdrawReferral(ok), QString());
    QCOMPARE(stateOf(s, ok), QStringLiteral("withdrawn"));
}

void TestActions::caseworkerDecisions()
{
    Fixture fx(caseworker());
    Store &s = fx.store();
    Actions actions;
    const QString node = QStringLiteral("1111111111111111");
    const QString family = fx.remoteCreate(QStringLiteral("family"), {{"code", "F-CW001"}, {"intermediary_id", kMe}}, kMe, node);
    const QString consent = fx.remoteCreate(
        QStringLiteral("consent"),
        {{"family_id", family}, {"provider_id", kProvider}, {"shares", QJsonArray{"identity"}}, {"purpose", "referral"},
         {"given_on", iso(QDate::currentDate())}, {"method", "signed"}},
        kMe, node);
    const QString referral = fx.remoteCreate(
        QStringLiteral("referral"),
        {{"family_id", family}, {"provider_id", kProvider}, {"consent_id", consent}, {"reason_family", "Ruzie thuis"},
         {"urgency", "soon"}, {"state", "sent"}, {"sent_at", double(g_wall)}, {"intermediary_id", kMe}},
        kMe, node);

    ThreadModel thread;
    watch(&thread);
    thread.setReferralId(referral);
    QCOMPARE(thread.count(), 0);

    auto current = [&] { return *ReferralRepository(s).get(referral); };
    const int messagesBefore = int(MessageRepository(s).thread(referral).size());

    QCOMPARE(actions.acknowledge(referral), QString());
    QCOMPARE(current().status, QStringLiteral("received"));
    QCOMPARE(current().statusBy, kCaseworker);
    QVERIFY(current().statusAt > 0);

    // Refused without what the intermediary needs to hear: nothing written.
    QCOMPARE(actions.askInformation(referral, QStringLiteral("  ")), QStringLiteral("Write the question."));
    QCOMPARE(actions.planIntake(referral, QStringLiteral("2025-02-30"), QStringLiteral("10:00"), QString(), false, false),
             QStringLiteral("Choose the day of the intake."));
    QCOMPARE(actions.planIntake(referral, iso(QDate::currentDate().addDays(3)), QStringLiteral("25:00"), QString(),
                                false, false),
             QStringLiteral("Write the time as 14:30."));
    QCOMPARE(actions.decline(referral, QStringLiteral(" "), QStringLiteral("Buurtteam")),
             QStringLiteral("Write why, so the intermediary can explain it to the family."));
    QCOMPARE(actions.close(referral, QString(), QString()), QStringLiteral("Choose the outcome."));
    QCOMPARE(current().status, QStringLiteral("received"));
    QCOMPARE(int(MessageRepository(s).thread(referral).size()), messagesBefore + 1);

    QCOMPARE(actions.askInformation(referral, QStringLiteral(" Naar welke school gaat hij? ")), QString());
    QCOMPARE(current().status, QStringLiteral("more_info"));
    QCOMPARE(current().question, QStringLiteral("Naar welke school gaat hij?"));

    const QDate intake = QDate::currentDate().addDays(3);
    QCOMPARE(actions.planIntake(referral, iso(intake), QStringLiteral("14:30"), QStringLiteral(" Leyweg 5 "), true, true),
             QString());
    QCOMPARE(current().status, QStringLiteral("intake_planned"));
    QCOMPARE(current().intakeOn, intake);
    QCOMPARE(current().intakeTime, QStringLiteral("14:30"));
    QCOMPARE(current().intakePlace, QStringLiteral("Leyweg 5"));
    QVERIFY(current().interpreterBooked);
    QVERIFY(current().intermediaryInvited);

    QCOMPARE(actions.startCare(referral), QString());
    QCOMPARE(current().status, QStringLiteral("in_care"));
    QCOMPARE(actions.decline(referral, QStringLiteral("Past niet bij ons aanbod"), QStringLiteral(" Buurtteam ")), QString());
    QCOMPARE(current().status, QStringLiteral("declined"));
    QCOMPARE(current().declineReason, QStringLiteral("Past niet bij ons aanbod"));
    QCOMPARE(current().suggestion, QStringLiteral("Buurtteam"));
    QCOMPARE(actions.close(referral, QStringLiteral("referred_on"), QStringLiteral("Naar het buurtteam")), QString());
    QCOMPARE(current().status, QStringLiteral("closed"));
    QCOMPARE(current().outcome, QStringLiteral("referred_on"));
    QCOMPARE(current().outcomeNote, QStringLiteral("Naar het buurtteam"));
    // The referring side's content is untouched.
    QCOMPARE(current().state, QStringLiteral("sent"));
    QCOMPARE(current().reasonFamily, QStringLiteral("Ruzie thuis"));

    // Each decision is also a status entry in the thread, by this caseworker, in order.
    QCOMPARE(thread.count(), 6);
    QCOMPARE(strings(thread, ThreadModel::KindRole), QStringList(6, QStringLiteral("status")));
    QCOMPARE(strings(thread, ThreadModel::StatusRole),
             (QStringList{"received", "more_info", "intake_planned", "in_care", "declined", "closed"}));
    QCOMPARE(strings(thread, ThreadModel::BodyRole),
             (QStringList{"", "Naar welke school gaat hij?", "", "", "Past niet bij ons aanbod", "Naar het buurtteam"}));
    QCOMPARE(column(thread, ThreadModel::MineRole), QVariantList(6, true));
    QCOMPARE(strings(thread, ThreadModel::AuthorNameRole), QStringList(6, QStringLiteral("Daan de Vries")));

    // What goes to the server: only the provider's fields of the referral (and the meta fields).
    const QSet<QString> allowed{"status", "status_at", "status_by", "question", "intake_on", "intake_time",
                                "intake_place", "interpreter_booked", "intermediary_invited", "decline_reason",
                                "suggestion", "outcome", "outcome_note", "updated_at", "updated_by", "updated_device"};
    const auto queue = fx.outbox(QStringLiteral("referral"));
    QCOMPARE(queue.size(), size_t(6));
    for (const test::OutboxRow &row : queue)
        for (const QString &field : row.fields.keys())
            QVERIFY2(allowed.contains(field), qPrintable(field));
    QCOMPARE(fx.outbox(QStringLiteral("message")).size(), size_t(6));

    QVERIFY(!actions.acknowledge(Ids::newId()).isEmpty());
}

QTEST_MAIN(TestActions)
#include "tst_actions.moc"
