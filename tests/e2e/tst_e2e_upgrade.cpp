// A provider server upgraded in place: a store written by an older brug-server (schema version 1)
// is brought to the current version when the new binary starts, and keeps everything it held;
// referrals keep reaching the provider afterwards. A store of a newer version is refused with a
// clear message and left as it was. A real brug-server, on SQLite and on PostgreSQL.
#include "consentrepository.h"
#include "referralrepository.h"
#include "serverdatabase.h"
#include "serverprocess.h"
#include "testdevice.h"

#include <QtTest>

using namespace brug;
using namespace brug::test;

class TestE2eUpgrade : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> server;
    QJsonObject demo;
    std::unique_ptr<TestDevice> ayse, sanne;
    QString providerId;

    QString code(const char *key) const
    {
        return demo.value(u"codes").toObject().value(QLatin1StringView(key)).toString();
    }

    /// The same store the server uses, opened from the test.
    ServerDatabase store() const
    {
        const QStringList args = server->storeArgs();
        return args.value(0) == u"--database" ? ServerDatabase::postgres(args.value(1))
                                              : ServerDatabase::sqlite(args.value(1));
    }

    /// The columns of the index records_family, in order.
    QStringList familyIndexColumns(const ServerDatabase &db) const
    {
        QStringList columns;
        if (db.backend() == ServerDatabase::Backend::Sqlite) {
            QSqlQuery q = db.exec(QStringLiteral("PRAGMA index_info(records_family)"));
            while (q.next())
                columns << q.value(2).toString();
        } else {
            const QString def = db.scalar(QStringLiteral("SELECT indexdef FROM pg_indexes WHERE indexname = ?"),
                                          {QStringLiteral("records_family")}).toString();
            const qsizetype open = def.lastIndexOf(u'(');
            for (const QString &c : def.mid(open + 1).chopped(1).split(u','))
                columns << c.trimmed();
        }
        return columns;
    }

    /// A family with a consent and a referral sent to the provider; returns the referral's id.
    QString sendReferral(const char *familyCode)
    {
        const QString family = ayse->records().create(u"family", {{"code", familyCode}, {"name", "Familie Upgrade"}});
        Consent c;
        c.familyId = family;
        c.providerId = providerId;
        c.shares = {"identity"};
        c.purpose = "referral";
        c.givenOn = QDate(2026, 11, 20);
        c.method = "verbal_witness";
        c.witness = "witness";
        const QString consent = ConsentRepository(ayse->store()).save(c);
        ReferralRepository referrals(ayse->store());
        Referral r;
        r.familyId = family;
        r.providerId = providerId;
        r.consentId = consent;
        r.reasonFamily = "reason";
        r.reasonIntermediary = "view";
        r.urgency = "soon";
        const QString id = referrals.saveDraft(r);
        referrals.send(id);
        return id;
    }

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
        ayse = std::make_unique<TestDevice>(QStringLiteral("ayse"));
        sanne = std::make_unique<TestDevice>(QStringLiteral("sanne"));
        QVERIFY2(ayse->enrol(server->url(), code("ayse"), &error), qPrintable(error));
        QVERIFY2(sanne->enrol(server->url(), code("sanne"), &error), qPrintable(error));
    }

    void aNewStoreIsAtTheCurrentVersion()
    {
        const ServerDatabase db = store();
        QCOMPARE(db.schemaVersion(), 2);
        QCOMPARE(familyIndexColumns(db), (QStringList{"family_id", "entity", "id"}));
    }

    void aVersion1StoreIsUpgradedAndKeepsItsData()
    {
        const QString before = sendReferral("F-UP001");
        QVERIFY(ayse->sync());
        QVERIFY(sanne->sync());
        QVERIFY(sanne->records().get(u"referral", before).has_value());
        const qsizetype recordsBefore = server->admin({QStringLiteral("dump")}).value(u"records").toArray().size();
        QVERIFY(recordsBefore > 0);

        // The store as brug-server version 1 left it.
        server->stop();
        {
            const ServerDatabase db = store();
            db.exec(QStringLiteral("DROP INDEX records_family"));
            db.exec(QStringLiteral("CREATE INDEX records_family ON records(family_id)"));
            db.exec(QStringLiteral("UPDATE meta SET value = '1' WHERE key = 'schema_version'"));
            QCOMPARE(db.schemaVersion(), 1);
            QCOMPARE(familyIndexColumns(db), QStringList{"family_id"});
        }
        QString error;
        QVERIFY2(server->start(&error), qPrintable(error));
        {
            const ServerDatabase db = store();
            QCOMPARE(db.schemaVersion(), 2);
            QCOMPARE(familyIndexColumns(db), (QStringList{"family_id", "entity", "id"}));
        }
        QCOMPARE(server->admin({QStringLiteral("dump")}).value(u"records").toArray().size(), recordsBefore);

        // Grants are still worked out from the family's records: a new referral reaches the provider.
        const QString after = sendReferral("F-UP002");
        QVERIFY(ayse->sync());
        QVERIFY(sanne->sync());
        QVERIFY(sanne->records().get(u"referral", after).has_value());
        QVERIFY(sanne->records().get(u"referral", before).has_value());
    }

    void aNewerStoreIsRefusedAndLeftAsItWas()
    {
        server->stop();
        store().exec(QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'"));
        QString error;
        QVERIFY(!server->start(&error));
        QVERIFY2(error.contains(u"holds schema version 99; this brug-server knows up to 2"), qPrintable(error));
        QCOMPARE(store().schemaVersion(), 99);

        store().exec(QStringLiteral("UPDATE meta SET value = '2' WHERE key = 'schema_version'"));
        QVERIFY2(server->start(&error), qPrintable(error));
        QVERIFY(ayse->sync());
    }
};

QTEST_GUILESS_MAIN(TestE2eUpgrade)
#include "tst_e2e_upgrade.moc"
