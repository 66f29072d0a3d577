// What a pull reads on the server (PullBuilder, PullQueries). A device receives its organisation's
// records and the public ones, or for a provider what its grants allow, page by page, each record
// once; and each of the queries behind that reads one index in sequence order and stops at its
// limit, so that a page's cost does not grow with other organisations' records. On SQLite and
// PostgreSQL (the plans on SQLite, where the SQL fixes them).
#include "devicecontext.h"
#include "pullbuilder.h"
#include "pullqueries.h"
#include "recordtable.h"
#include "serverdatabase.h"
#include "serverprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <set>

using namespace brug;
using namespace brug::test;

class TestPullQueries : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> server; // only for its store: a folder or a new database
    std::optional<ServerDatabase> db;
    const QString orgA = QStringLiteral("org-a"), orgB = QStringLiteral("org-b"), provider = QStringLiteral("prov-p");
    std::set<QString> ownOfA, publicOnes, granted; // "entity/id"
    std::vector<QString> grantedReferrals;

    static DeviceContext device(const QString &org, const QString &role)
    {
        DeviceContext d;
        d.deviceId = QStringLiteral("device-") + org;
        d.userId = QStringLiteral("user-") + org;
        d.orgId = org;
        d.role = role;
        d.node = QStringLiteral("0000000000000000");
        return d;
    }

    void write(RecordTable &table, const QString &entity, const QString &id, const QString &org, const QString &audience,
               const QJsonObject &fields = {})
    {
        QJsonObject f = fields;
        f.insert(QStringLiteral("note"), QStringLiteral("text"));
        table.writeAsServer(entity, id, org, audience, f);
    }

    /// Every page from `cursor` on, as "entity/id" in the order received; `*end` is the last cursor.
    std::vector<QString> pullAll(const DeviceContext &d, qint64 cursor, qint64 *end = nullptr, int *pages = nullptr)
    {
        RecordTable table(*db);
        PullBuilder builder(*db, table);
        std::vector<QString> got;
        const qint64 since = cursor;
        for (int page = 1;; ++page) {
            const PullPage p = builder.build(d, cursor, since, 2048);
            for (const QByteArray &text : p.changes) {
                const QJsonObject c = QJsonDocument::fromJson(text).object();
                got.push_back(c.value(u"e").toString() + u'/' + c.value(u"id").toString());
            }
            cursor = p.cursor;
            if (pages)
                *pages = page;
            if (!p.more)
                break;
            if (page > 1000)
                return {QStringLiteral("endless")};
        }
        if (end)
            *end = cursor;
        return got;
    }

    static std::set<QString> once(const std::vector<QString> &got)
    {
        std::set<QString> s(got.begin(), got.end());
        return s.size() == got.size() ? s : std::set<QString>{QStringLiteral("a record came twice")};
    }

    QStringList plan(const QString &sql, const QVariantList &args)
    {
        QStringList lines;
        QSqlQuery q = db->exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql, args);
        while (q.next())
            lines << q.value(3).toString();
        return lines;
    }

private slots:
    void initTestCase()
    {
        server = std::make_unique<ServerProcess>(ServerProcess::backendFromEnv());
        const QStringList args = server->storeArgs();
        db = args.value(0) == u"--database" ? ServerDatabase::postgres(args.value(1)) : ServerDatabase::sqlite(args.value(1));
        db->migrate();
        for (const auto &[id, kind] : {std::pair{orgA, "migrant_org"}, std::pair{orgB, "migrant_org"}, std::pair{provider, "provider"}})
            db->exec(QStringLiteral("INSERT INTO orgs (id, kind, name) VALUES (?, ?, ?)"), {id, QString::fromLatin1(kind), id});

        // Another organisation writes ten times as much, in between; both have public records.
        RecordTable table(*db);
        WriteTransaction tx(*db);
        table.beginSequence();
        for (int i = 0; i < 600; ++i) {
            const QString n = QString::number(i);
            write(table, QStringLiteral("visit"), QStringLiteral("b-visit-") + n, orgB, QStringLiteral("org"));
            if (i % 50 == 0) {
                write(table, QStringLiteral("user"), QStringLiteral("b-user-") + n, orgB, QStringLiteral("public"));
                publicOnes.insert(QStringLiteral("user/b-user-") + n);
            }
            if (i % 100 == 0) {
                write(table, QStringLiteral("user"), QStringLiteral("a-user-") + n, orgA, QStringLiteral("public"));
                publicOnes.insert(QStringLiteral("user/a-user-") + n);
            }
            if (i % 10 == 0) {
                write(table, QStringLiteral("visit"), QStringLiteral("a-visit-") + n, orgA, QStringLiteral("org"));
                ownOfA.insert(QStringLiteral("visit/a-visit-") + n);
            }
            if (i % 5 == 0) {
                const QString referral = QStringLiteral("a-ref-") + n;
                write(table, QStringLiteral("referral"), referral, orgA, QStringLiteral("org"));
                ownOfA.insert(QStringLiteral("referral/") + referral);
                if (i % 30 != 0) { // 100 of 120 granted to the provider, each with a message
                    db->run(QStringLiteral("INSERT INTO grants (provider_id, entity, id, family_id, mask) VALUES (?, 'referral', ?, ?, '*')"),
                            {provider, referral, QStringLiteral("family-") + n});
                    grantedReferrals.push_back(referral);
                    granted.insert(QStringLiteral("referral/") + referral);
                    write(table, QStringLiteral("message"), QStringLiteral("a-msg-") + n, orgA, QStringLiteral("org"),
                          {{QStringLiteral("referral_id"), referral}});
                    ownOfA.insert(QStringLiteral("message/a-msg-") + n);
                    granted.insert(QStringLiteral("message/a-msg-") + n);
                }
            }
        }
        table.finishSequence();
        tx.commit();
        QCOMPARE(grantedReferrals.size(), size_t(100));
    }

    void anOrganisationPullsItsOwnAndThePublicRecordsOnce()
    {
        int pages = 0;
        const std::vector<QString> got = pullAll(device(orgA, QStringLiteral("intermediary")), 0, nullptr, &pages);
        std::set<QString> expected = ownOfA;
        expected.insert(publicOnes.begin(), publicOnes.end());
        QCOMPARE(once(got), expected);
        QVERIFY2(pages > 5, qPrintable(QString::number(pages))); // pages of 2 KiB: the sources were merged across cuts
    }

    void aProviderPullsWhatItWasGrantedWhicheverWayItIsRead()
    {
        const DeviceContext p = device(provider, QStringLiteral("caseworker"));
        // A first pull: hundreds of records since the cursor, 100 grants (read from the grants).
        qint64 cursor = 0;
        std::set<QString> expected = granted;
        expected.insert(publicOnes.begin(), publicOnes.end());
        QCOMPARE(once(pullAll(p, 0, &cursor)), expected);

        // Later pulls: 30 records changed (a few: read from the changes), 80 (more, but fewer than
        // its grants: read from the changes), then 150 (more than its grants: read from the grants
        // again). Each gets what changed of its own.
        for (const int changed : {30, 80, 150}) {
            RecordTable table(*db);
            WriteTransaction tx(*db);
            table.beginSequence();
            for (int i = 0; i < changed - 3; ++i)
                write(table, QStringLiteral("visit"), QStringLiteral("b-later-%1-%2").arg(changed).arg(i), orgB, QStringLiteral("org"));
            const QString referral = grantedReferrals[size_t(changed % 100)];
            write(table, QStringLiteral("referral"), referral, orgA, QStringLiteral("org"), {{QStringLiteral("status"), QStringLiteral("received")}});
            write(table, QStringLiteral("referral"), QStringLiteral("a-ref-30"), orgA, QStringLiteral("org")); // not granted
            const QString message = QStringLiteral("a-msg-later-%1").arg(changed);
            write(table, QStringLiteral("message"), message, orgA, QStringLiteral("org"), {{QStringLiteral("referral_id"), referral}});
            table.finishSequence();
            tx.commit();
            const std::set<QString> expectedNow{QStringLiteral("referral/") + referral, QStringLiteral("message/") + message};
            QCOMPARE(once(pullAll(p, cursor, &cursor)), expectedNow);
        }
    }

    void eachSourceReadsOneIndexInSequenceOrder()
    {
        if (db->backend() != ServerDatabase::Backend::Sqlite)
            QSKIP("PostgreSQL chooses its plans by its statistics; on SQLite the SQL fixes them");
        const PullQueries sql(*db, 4000);
        const QVariantList orgArgs{orgA, 0}, providerArgs{provider, 0};
        const struct
        {
            const char *name;
            QString sql;
            QVariantList args;
            QStringList steps; // the plan's lines, in order
        } cases[] = {
            {"own records", sql.ownRecords, orgArgs, {"SEARCH r USING INDEX records_org_seq (org_id=? AND seq>?)"}},
            {"public records", sql.publicRecords, {0}, {"SEARCH r USING INDEX records_public (seq>?)"}},
            {"granted, by seq", sql.grantedBySeq, providerArgs,
             {"SEARCH r USING INDEX records_seq (seq>?)",
              "SEARCH g USING INDEX sqlite_autoindex_grants_1 (provider_id=? AND entity=? AND id=?)"}},
            {"threads, by seq", sql.threadsBySeq, providerArgs,
             {"SEARCH r USING INDEX records_seq (seq>?)",
              "SEARCH g USING COVERING INDEX sqlite_autoindex_grants_1 (provider_id=? AND entity=? AND id=?)"}},
            {"events", sql.events, providerArgs, {"SEARCH grant_events USING INDEX grant_events_provider (provider_id=? AND seq>?)"}},
            {"grants counted", sql.grantsUpTo, {provider, 10},
             {"CO-ROUTINE g", "SEARCH grants USING COVERING INDEX sqlite_autoindex_grants_1 (provider_id=?)", "SCAN g"}},
        };
        for (const auto &c : cases) {
            const QStringList steps = plan(c.sql, c.args);
            QVERIFY2(steps == c.steps, qPrintable(QString::fromLatin1(c.name) + QStringLiteral(": ") + steps.join(u" | ")));
        }
        // Read from the grants: as many as it has, sorted (a first pull reads them all anyway).
        QCOMPARE(plan(sql.grantedByGrant, providerArgs).value(0),
                 QStringLiteral("SEARCH g USING INDEX sqlite_autoindex_grants_1 (provider_id=?)"));
    }
};

QTEST_GUILESS_MAIN(TestPullQueries)
#include "tst_pullqueries.moc"
