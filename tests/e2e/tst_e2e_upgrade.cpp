// A provider server upgraded in place: a store written by an older brug-server (schema versions 1
// to 4) is brought to the current version when the new binary starts, and keeps everything it
// held; referrals keep reaching the provider afterwards, and records stored in the older form
// are read, pulled and merged as before. A store of a newer version is refused with a
// clear message and left as it was. A real brug-server, on SQLite and on PostgreSQL.
#include "consentrepository.h"
#include "referralrepository.h"
#include "serverdatabase.h"
#include "serverrecord.h"
#include "serverprocess.h"
#include "testdevice.h"

#include <QJsonArray>
#include <QJsonDocument>
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

    /// The condition of the index records_referral ("" for an index of every row).
    /// A partial index's condition, as SQLite and PostgreSQL both write it; "" for a whole index,
    /// "none" when there is no such index.
    QString indexCondition(const ServerDatabase &db, const QString &name) const
    {
        const QVariant def = db.backend() == ServerDatabase::Backend::Sqlite
                                 ? db.scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = ?"), {name})
                                 : db.scalar(QStringLiteral("SELECT indexdef FROM pg_indexes WHERE indexname = ?"), {name});
        if (!def.isValid())
            return QStringLiteral("none");
        const QString sql = def.toString();
        const qsizetype where = sql.indexOf(u" WHERE ", 0, Qt::CaseInsensitive);
        return where < 0 ? QString() : sql.mid(where + 7).remove(u'(').remove(u')').remove(QStringLiteral("::text")).trimmed();
    }
    QString referralIndexCondition(const ServerDatabase &db) const
    {
        return indexCondition(db, QStringLiteral("records_referral"));
    }
    QString publicIndexCondition(const ServerDatabase &db) const
    {
        return indexCondition(db, QStringLiteral("records_public"));
    }

    /// Rewrites every record's body as brug-server before schema version 3 stored it: each field
    /// as [value, stamp, seq]. Returns how many bodies were in the shorter form before.
    int storeBodiesInTheLongForm(const ServerDatabase &db) const
    {
        int shorter = 0;
        QSqlQuery q = db.exec(QStringLiteral("SELECT entity, id, body FROM records"));
        std::vector<std::tuple<QString, QString, QByteArray>> rewritten;
        while (q.next()) {
            const QByteArray body = q.value(2).toString().toUtf8();
            shorter += body.startsWith(R"({"":[)");
            ServerRecord r;
            r.parseBody(body);
            QJsonObject o;
            for (auto it = r.fields.begin(); it != r.fields.end(); ++it)
                o.insert(it.key(), QJsonArray{it->value(), it->stamp, double(it->seq)});
            rewritten.emplace_back(q.value(0).toString(), q.value(1).toString(),
                                   QJsonDocument(o).toJson(QJsonDocument::Compact));
        }
        for (const auto &[entity, id, body] : rewritten)
            db.exec(QStringLiteral("UPDATE records SET body = ? WHERE entity = ? AND id = ?"),
                    {QString::fromUtf8(body), entity, id});
        return shorter;
    }

    QString bodyOf(const ServerDatabase &db, const QString &entity, const QString &id) const
    {
        return db.scalar(QStringLiteral("SELECT body FROM records WHERE entity = ? AND id = ?"), {entity, id}).toString();
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
        QCOMPARE(db.schemaVersion(), 5);
        QCOMPARE(familyIndexColumns(db), (QStringList{"family_id", "entity", "id"}));
        QCOMPARE(referralIndexCondition(db), QStringLiteral("referral_id IS NOT NULL"));
        QCOMPARE(publicIndexCondition(db), QStringLiteral("audience = 'public'"));
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
            QVERIFY(storeBodiesInTheLongForm(db) > 0);
            db.exec(QStringLiteral("DROP INDEX records_family"));
            db.exec(QStringLiteral("CREATE INDEX records_family ON records(family_id)"));
            db.exec(QStringLiteral("DROP INDEX records_referral"));
            db.exec(QStringLiteral("CREATE INDEX records_referral ON records(referral_id)"));
            db.exec(QStringLiteral("DROP INDEX records_public"));
            db.exec(QStringLiteral("UPDATE meta SET value = '1' WHERE key = 'schema_version'"));
            QCOMPARE(db.schemaVersion(), 1);
            QCOMPARE(familyIndexColumns(db), QStringList{"family_id"});
            QCOMPARE(referralIndexCondition(db), QString());
            QCOMPARE(publicIndexCondition(db), QStringLiteral("none"));
        }
        QString error;
        QVERIFY2(server->start(&error), qPrintable(error));
        {
            const ServerDatabase db = store();
            QCOMPARE(db.schemaVersion(), 5);
            QCOMPARE(familyIndexColumns(db), (QStringList{"family_id", "entity", "id"}));
            QCOMPARE(referralIndexCondition(db), QStringLiteral("referral_id IS NOT NULL"));
            QCOMPARE(publicIndexCondition(db), QStringLiteral("audience = 'public'"));
        }
        QCOMPARE(server->admin({QStringLiteral("dump")}).value(u"records").toArray().size(), recordsBefore);

        // Grants are still worked out from the family's records: a new referral reaches the provider.
        const QString after = sendReferral("F-UP002");
        QVERIFY(ayse->sync());
        QVERIFY(sanne->sync());
        QVERIFY(sanne->records().get(u"referral", after).has_value());
        QVERIFY(sanne->records().get(u"referral", before).has_value());
    }

    void bodiesOfVersion2AreReadPulledAndMerged()
    {
        const QString referral = sendReferral("F-UP003");
        QVERIFY(ayse->sync());
        QVERIFY(sanne->sync());

        server->stop();
        {
            const ServerDatabase db = store();
            QVERIFY(storeBodiesInTheLongForm(db) > 0);
            db.exec(QStringLiteral("DROP INDEX records_public")); // made at version 5
            db.exec(QStringLiteral("UPDATE meta SET value = '2' WHERE key = 'schema_version'"));
        }
        QString error;
        QVERIFY2(server->start(&error), qPrintable(error));
        QCOMPARE(store().schemaVersion(), 5);
        QVERIFY(!bodyOf(store(), QStringLiteral("referral"), referral).startsWith(u"{\"\":["));

        // A new device of the same organisation pulls every record from the older bodies.
        const QString ayseUser = demo.value(u"users").toObject().value(u"ayse").toString();
        const QString newCode = server->admin({QStringLiteral("enrol-code"), QStringLiteral("--user"), ayseUser}).value(u"code").toString();
        TestDevice second(QStringLiteral("ayse-second"));
        QVERIFY2(second.enrol(server->url(), newCode, &error), qPrintable(error));
        QVERIFY(second.sync());
        const QHash<QString, QJsonObject> mine = ayse->snapshot(), pulled = second.snapshot();
        int compared = 0;
        for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
            if (!it.key().startsWith(u"referral/") && !it.key().startsWith(u"family/") && !it.key().startsWith(u"consent/"))
                continue;
            QVERIFY2(pulled.value(it.key()) == it.value(), qPrintable(it.key()));
            ++compared;
        }
        QVERIFY(compared >= 9); // three families, each with its consent and referral

        // The caseworker's status on the older body merges with the fields it kept, and the
        // record is stored again in the shorter form.
        ReferralRepository(sanne->store()).updateStatus(referral, QStringLiteral("received"), {});
        QVERIFY(sanne->sync());
        QVERIFY(ayse->sync());
        QCOMPARE(ayse->records().get(u"referral", referral)->fields.value(u"status").toString(), QStringLiteral("received"));
        QCOMPARE(ayse->records().get(u"referral", referral)->fields.value(u"reason_family").toString(), QStringLiteral("reason"));
        QVERIFY(second.sync());
        QCOMPARE(second.snapshot().value(QStringLiteral("referral/") + referral), ayse->snapshot().value(QStringLiteral("referral/") + referral));
        QVERIFY(bodyOf(store(), QStringLiteral("referral"), referral).startsWith(u"{\"\":["));
    }

    void aNewerStoreIsRefusedAndLeftAsItWas()
    {
        server->stop();
        store().exec(QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'"));
        QString error;
        QVERIFY(!server->start(&error));
        QVERIFY2(error.contains(u"holds schema version 99; this brug-server knows up to 5"), qPrintable(error));
        QCOMPARE(store().schemaVersion(), 99);

        store().exec(QStringLiteral("UPDATE meta SET value = '5' WHERE key = 'schema_version'"));
        QVERIFY2(server->start(&error), qPrintable(error));
        QVERIFY(ayse->sync());
    }
};

QTEST_GUILESS_MAIN(TestE2eUpgrade)
#include "tst_e2e_upgrade.moc"
