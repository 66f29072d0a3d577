// The other hand (issue 5), end to end against a real brug-server: an intermediary refers, the
// caseworker asks for information, the intermediary answers, the caseworker plans the intake
// and closes with an outcome; every step is seen on both sides after a sync, each in its own
// language. The caseworker never sees fields outside the consent, nor another provider's
// referrals.
#include "actions.h"
#include "consentrepository.h"
#include "labels.h"
#include "language.h"
#include "messagerepository.h"
#include "referralrepository.h"
#include "serverprocess.h"
#include "session.h"
#include "testdevice.h"

#include <QJsonArray>
#include <QtTest>

using namespace brug;
using namespace brug::test;

class TestE2eCaseworker : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> server;
    QJsonObject demo;
    std::unique_ptr<TestDevice> amal, sanne, other;
    std::unique_ptr<Language> language;
    QString providerId, otherProviderId, familyId, referralId, otherReferralId;

    QString code(const char *key) const { return demo.value(u"codes").toObject().value(QLatin1StringView(key)).toString(); }

    /// A status word as the user of a device reads it, in that user's language.
    QString statusIn(const QString &lang, const QString &status)
    {
        language->setCode(lang);
        return Labels::label(QStringLiteral("referral_status"), status);
    }

    void syncBoth()
    {
        QVERIFY(amal->sync());
        QVERIFY(sanne->sync());
        QVERIFY(amal->sync());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        language = std::make_unique<Language>();
        server = std::make_unique<ServerProcess>();
        QString error;
        QVERIFY2(server->start(&error), qPrintable(error));
        demo = server->seedDemo();
        providerId = demo.value(u"organisations").toObject().value(u"provider").toString();
        // A second provider with a caseworker of its own.
        otherProviderId = server->admin({QStringLiteral("create-org"), QStringLiteral("--name"), QStringLiteral("Tweede Hulp"),
                                         QStringLiteral("--kind"), QStringLiteral("provider")}).value(u"id").toString();
        const QString otherUser = server->admin({QStringLiteral("create-user"), QStringLiteral("--org"), otherProviderId,
                                                 QStringLiteral("--name"), QStringLiteral("Other"), QStringLiteral("--role"),
                                                 QStringLiteral("caseworker")}).value(u"id").toString();
        const QString otherCode = server->admin({QStringLiteral("enrol-code"), QStringLiteral("--user"), otherUser}).value(u"code").toString();
        amal = std::make_unique<TestDevice>(QStringLiteral("amal"));
        sanne = std::make_unique<TestDevice>(QStringLiteral("sanne"));
        other = std::make_unique<TestDevice>(QStringLiteral("other"));
        QVERIFY2(amal->enrol(server->url(), code("amal"), &error), qPrintable(error));
        QVERIFY2(sanne->enrol(server->url(), code("sanne"), &error), qPrintable(error));
        QVERIFY2(other->enrol(server->url(), otherCode, &error), qPrintable(error));
        QVERIFY(amal->sync());
    }

    void intermediaryRefers()
    {
        Records r = amal->records();
        familyId = r.create(u"family", {{QStringLiteral("code"), QStringLiteral("F-CASE1")},
                                        {QStringLiteral("name"), QStringLiteral("Familie Owusu")},
                                        {QStringLiteral("phone"), QStringLiteral("06 0000 1111")},
                                        {QStringLiteral("country_of_origin"), QStringLiteral("GH")},
                                        {QStringLiteral("children"), QJsonArray{QJsonObject{{QStringLiteral("birth_year"), 2016}}}}});
        const QString consentId = amal->giveConsent(familyId, providerId, {QStringLiteral("identity"), QStringLiteral("children")},
                                                    QDate::currentDate());
        Referral ref;
        ref.familyId = familyId;
        ref.providerId = providerId;
        ref.consentId = consentId;
        ref.reasonFamily = QStringLiteral("We want help with our son");
        ref.urgency = QStringLiteral("soon");
        ref.intermediaryJoins = true;
        referralId = ReferralRepository(amal->store()).saveDraft(ref);
        ReferralRepository(amal->store()).send(referralId);

        // A referral of the same family to the other provider, with its own consent.
        Referral ref2 = ref;
        ref2.providerId = otherProviderId;
        ref2.consentId = amal->giveConsent(familyId, otherProviderId, {QStringLiteral("identity"), QStringLiteral("contact")},
                                           QDate::currentDate());
        otherReferralId = ReferralRepository(amal->store()).saveDraft(ref2);
        ReferralRepository(amal->store()).send(otherReferralId);
        syncBoth();
        QVERIFY(other->sync());
    }

    void caseworkerSeesOnlyWhatTheConsentShares()
    {
        const auto family = sanne->records().get(u"family", familyId);
        QVERIFY(family.has_value());
        QCOMPARE(family->value(u"name").toString(), QStringLiteral("Familie Owusu"));
        QVERIFY2(family->value(u"phone").isNull(), "contact is shared with the other provider only");
        QVERIFY2(family->value(u"country_of_origin").isNull(), "background is not shared");
        const auto inbox = ReferralRepository(sanne->store()).inbox(providerId);
        QVERIFY(std::any_of(inbox.begin(), inbox.end(), [&](const Referral &r) { return r.id == referralId; }));
        QVERIFY2(!sanne->records().get(u"referral", otherReferralId).has_value(), "another provider's referral");
        // And the other provider sees its own referral with its own share: contact, no children.
        const auto seenByOther = other->records().get(u"family", familyId);
        QVERIFY(seenByOther.has_value());
        QCOMPARE(seenByOther->value(u"phone").toString(), QStringLiteral("06 0000 1111"));
        QVERIFY(seenByOther->value(u"children").isNull());
        QVERIFY(!other->records().get(u"referral", referralId).has_value());
    }

    void caseworkerAsksAndIntermediaryAnswers()
    {
        ReferralRepository(sanne->store()).updateStatus(referralId, QStringLiteral("received"), {});
        ReferralRepository(sanne->store()).updateStatus(referralId, QStringLiteral("more_info"),
                                                       {{QStringLiteral("question"), QStringLiteral("Which school does he attend?")}},
                                                       QStringLiteral("Which school does he attend?"));
        syncBoth();
        const auto seen = ReferralRepository(amal->store()).get(referralId);
        QCOMPARE(seen->status, QStringLiteral("more_info"));
        QCOMPARE(seen->question, QStringLiteral("Which school does he attend?"));
        // The intermediary reads the status in Arabic, the caseworker in Dutch.
        const QString arabic = statusIn(QStringLiteral("ar"), seen->status);
        const QString dutch = statusIn(QStringLiteral("nl"), seen->status);
        QVERIFY2(arabic != dutch && !arabic.isEmpty() && arabic != QStringLiteral("more_info"), qPrintable(arabic));
        QVERIFY2(std::any_of(arabic.begin(), arabic.end(), [](QChar c) { return c.script() == QChar::Script_Arabic; }),
                 "the status word is in Arabic script");
        MessageRepository(amal->store()).post(referralId, QStringLiteral("De Vliegerschool in Lombok."));
        syncBoth();
        const auto thread = MessageRepository(sanne->store()).thread(referralId);
        QVERIFY(std::any_of(thread.begin(), thread.end(), [](const Message &m) { return m.body == u"De Vliegerschool in Lombok."; }));
    }

    void caseworkerPlansTheIntakeAndCloses()
    {
        const QString intake = QDate::currentDate().addDays(3).toString(Qt::ISODate);
        ReferralRepository(sanne->store()).updateStatus(referralId, QStringLiteral("intake_planned"),
                                                       {{QStringLiteral("intake_on"), intake},
                                                        {QStringLiteral("intake_time"), QStringLiteral("14:30")},
                                                        {QStringLiteral("intermediary_invited"), true}});
        syncBoth();
        auto seen = ReferralRepository(amal->store()).get(referralId);
        QCOMPARE(seen->status, QStringLiteral("intake_planned"));
        QCOMPARE(seen->intakeOn.toString(Qt::ISODate), intake);
        QVERIFY(seen->intermediaryInvited);
        QCOMPARE(statusIn(QStringLiteral("tr"), seen->status) == statusIn(QStringLiteral("nl"), seen->status), false);

        ReferralRepository(sanne->store()).updateStatus(referralId, QStringLiteral("closed"),
                                                       {{QStringLiteral("outcome"), QStringLiteral("helped")}});
        syncBoth();
        seen = ReferralRepository(amal->store()).get(referralId);
        QCOMPARE(seen->status, QStringLiteral("closed"));
        QCOMPARE(seen->outcome, QStringLiteral("helped"));
        // Every decision is in the thread on both sides, with who made it.
        for (TestDevice *d : {amal.get(), sanne.get()}) {
            QStringList statuses;
            for (const Message &m : MessageRepository(d->store()).thread(referralId))
                if (m.kind == u"status") {
                    statuses << m.status;
                    QCOMPARE(m.meta.createdBy, sanne->store().identity().userId);
                }
            QCOMPARE(statuses, QStringList({QStringLiteral("received"), QStringLiteral("more_info"),
                                            QStringLiteral("intake_planned"), QStringLiteral("closed")}));
        }
    }

    void cleanupTestCase()
    {
        language->setCode(QStringLiteral("nl"));
    }
};

QTEST_GUILESS_MAIN(TestE2eCaseworker)
#include "tst_e2e_caseworker.moc"
