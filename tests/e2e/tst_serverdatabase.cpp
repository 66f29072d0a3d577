// The provider server's store keeps one prepared statement per SQL text and thread. These check
// what that must not change: a read of the same SQL inside another gets rows of its own, a
// reader that stops early leaves nothing open, a failed statement is prepared again, and
// transactions still commit and roll back. And a record's update writes the columns beside its
// body only when they change; a push's new records are written many to a statement. On SQLite and on PostgreSQL, as the server runs.
#include "recordtable.h"
#include "serverdatabase.h"
#include "serverprocess.h"

#include <QtTest>

using namespace brug;
using namespace brug::test;

class TestServerDatabase : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> server; // only for its store: a folder or a new database
    std::optional<ServerDatabase> db;
    const QString orgIds = QStringLiteral("SELECT id FROM orgs ORDER BY id");

    void addOrg(const QString &id)
    {
        db->run(QStringLiteral("INSERT INTO orgs (id, kind, name) VALUES (?, ?, ?)"),
                {id, QStringLiteral("provider"), QStringLiteral("Org ") + id});
    }

private slots:
    void initTestCase()
    {
        server = std::make_unique<ServerProcess>(ServerProcess::backendFromEnv());
        const QStringList args = server->storeArgs();
        db = args.value(0) == u"--database" ? ServerDatabase::postgres(args.value(1)) : ServerDatabase::sqlite(args.value(1));
        db->migrate();
        for (const char *id : {"org-1", "org-2", "org-3"})
            addOrg(QString::fromLatin1(id));
    }

    void sameSqlInsideARead()
    {
        if (db->backend() == ServerDatabase::Backend::Postgres)
            QSKIP("QPSQL reads a forward-only result row by row, one result per connection at a time; "
                  "the server reads one result at a time on either backend");
        QStringList outer, inner;
        ServerRows rows = db->select(orgIds);
        QVERIFY(rows.next());
        outer << rows.value(0).toString();
        {
            ServerRows again = db->select(orgIds);
            while (again.next())
                inner << again.value(0).toString();
        }
        QCOMPARE(db->scalar(orgIds).toString(), QStringLiteral("org-1"));
        while (rows.next())
            outer << rows.value(0).toString();
        const QStringList all{QStringLiteral("org-1"), QStringLiteral("org-2"), QStringLiteral("org-3")};
        QCOMPARE(inner, all);
        QCOMPARE(outer, all);
    }

    void readerStoppedEarlyStartsOverNextTime()
    {
        {
            ServerRows rows = db->select(orgIds);
            QVERIFY(rows.next());
        }
        // Nothing left open: a write on this connection and a read of it from the same statement.
        {
            WriteTransaction tx(*db);
            addOrg(QStringLiteral("org-0"));
            tx.commit();
        }
        ServerRows rows = db->select(orgIds);
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toString(), QStringLiteral("org-0"));
        db->run(QStringLiteral("DELETE FROM orgs WHERE id = ?"), {QStringLiteral("org-0")});
    }

    void failedStatementRunsAgain()
    {
        QVERIFY_THROWS_EXCEPTION(ServerStoreError, addOrg(QStringLiteral("org-1"))); // a duplicate key
        addOrg(QStringLiteral("org-4"));
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM orgs")).toInt(), 4);
        QVERIFY_THROWS_EXCEPTION(ServerStoreError, db->select(QStringLiteral("SELECT nothing FROM orgs")));
        QCOMPARE(db->scalar(QStringLiteral("SELECT name FROM orgs WHERE id = ?"), {QStringLiteral("org-4")}).toString(),
                 QStringLiteral("Org org-4"));
    }

    void transactionsCommitAndRollBack()
    {
        for (int round = 0; round < 2; ++round) { // the second round runs the kept statements
            {
                WriteTransaction tx(*db);
                addOrg(QStringLiteral("org-gone"));
            }
            QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM orgs WHERE id = ?"), {QStringLiteral("org-gone")}).toInt(), 0);
            {
                WriteTransaction tx(*db);
                addOrg(QStringLiteral("org-kept-%1").arg(round));
                tx.commit();
            }
            QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM orgs WHERE id = ?"),
                                {QStringLiteral("org-kept-%1").arg(round)}).toInt(), 1);
        }
    }

    void recordUpdateKeepsItsIndexedColumnsRight()
    {
        RecordTable table(*db);
        auto write = [&](const QJsonObject &fields) {
            WriteTransaction tx(*db);
            table.beginSequence();
            table.writeAsServer(QStringLiteral("visit"), QStringLiteral("visit-1"), QStringLiteral("org-1"),
                                QStringLiteral("org"), fields);
            table.finishSequence();
            tx.commit();
        };
        auto visitsOf = [&](const QString &family) {
            return db->scalar(QStringLiteral("SELECT count(*) FROM records WHERE family_id = ? AND entity = 'visit'"), {family}).toInt();
        };
        write({{QStringLiteral("family_id"), QStringLiteral("family-a")}, {QStringLiteral("note"), QStringLiteral("first")}});
        const qint64 first = table.storedSeq();
        write({{QStringLiteral("note"), QStringLiteral("second")}}); // the body and seq alone
        QCOMPARE(visitsOf(QStringLiteral("family-a")), 1);
        QCOMPARE(db->scalar(QStringLiteral("SELECT seq FROM records WHERE entity = 'visit' AND id = 'visit-1'")).toLongLong(),
                 first + 1);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM records WHERE seq > ?"), {first}).toInt(), 1);
        QCOMPARE(table.load(QStringLiteral("visit"), QStringLiteral("visit-1"))->text(QStringLiteral("note")),
                 QStringLiteral("second"));
        write({{QStringLiteral("family_id"), QStringLiteral("family-b")}}); // moved: the columns too
        QCOMPARE(visitsOf(QStringLiteral("family-a")), 0);
        QCOMPARE(visitsOf(QStringLiteral("family-b")), 1);
    }

    // A push's new records are written a hundred to a statement (RecordTable::deferInserts): a
    // record made and changed again before they are written is written as it was last, every
    // read of the table sees them, and a batch larger than one statement is written whole.
    void deferredInsertsAreWrittenAsLastSavedAndReadBeforeTheyAre()
    {
        WriteTransaction tx(*db);
        RecordTable table(*db);
        table.beginSequence();
        table.deferInserts();
        auto make = [&](const QString &entity, const QString &id, const QString &family, const QString &note) {
            ServerRecord r;
            r.entity = entity;
            r.id = id;
            r.orgId = QStringLiteral("org-1");
            r.audience = QStringLiteral("org");
            r.seq = table.nextSeq();
            r.fields.insert(QStringLiteral("family_id"), FieldState{family, QStringLiteral("1-0-a"), r.seq});
            r.fields.insert(QStringLiteral("note"), FieldState{note, QStringLiteral("1-0-a"), r.seq});
            r.deriveAudienceColumns();
            return r;
        };
        const int count = 250; // three statements: 100, 100 and 50
        for (int i = 0; i < count; ++i) {
            ServerRecord r = make(QStringLiteral("visit"), QStringLiteral("deferred-%1").arg(i), QStringLiteral("family-d"),
                                  QStringLiteral("first"));
            table.save(r);
            QVERIFY(r.exists);
            if (i % 50 == 7) { // changed again in the same batch: its body and its family
                r.seq = table.nextSeq();
                r.fields.insert(QStringLiteral("family_id"), FieldState{QStringLiteral("family-e"), QStringLiteral("1-0-b"), r.seq});
                r.fields.insert(QStringLiteral("note"), FieldState{QStringLiteral("second"), QStringLiteral("1-0-b"), r.seq});
                r.deriveAudienceColumns();
                table.save(r);
            }
        }
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM records WHERE id LIKE 'deferred-%'")).toInt(), 0);
        // A read writes them first.
        const auto families = table.loadFamilies({QStringLiteral("family-d"), QStringLiteral("family-e")},
                                                 {QStringLiteral("visit")});
        QCOMPARE(families.value(QStringLiteral("family-d")).size(), size_t(count - 5));
        QCOMPARE(families.value(QStringLiteral("family-e")).size(), size_t(5));
        for (const ServerRecord &r : families.value(QStringLiteral("family-e")))
            QCOMPARE(r.text(QStringLiteral("note")), QStringLiteral("second"));
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM records WHERE id LIKE 'deferred-%'")).toInt(), count);
        // Saved after a read: written at the next one, or at the end of the sequence.
        ServerRecord late = make(QStringLiteral("visit"), QStringLiteral("deferred-late"), QStringLiteral("family-d"),
                                 QStringLiteral("late"));
        table.save(late);
        QCOMPARE(table.load(QStringLiteral("visit"), QStringLiteral("deferred-late"))->text(QStringLiteral("note")),
                 QStringLiteral("late"));
        ServerRecord last = make(QStringLiteral("family"), QStringLiteral("deferred-last"), QStringLiteral("deferred-last"),
                                 QStringLiteral("last"));
        table.save(last);
        table.finishSequence();
        tx.commit();
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM records WHERE id LIKE 'deferred-%'")).toInt(), count + 2);
        QCOMPARE(db->scalar(QStringLiteral("SELECT max(seq) FROM records")).toLongLong(), table.storedSeq());

        // Read back by keys of several entities, more than one statement's worth, with ids it lacks.
        QHash<QString, QStringList> keys;
        for (int i = 0; i < count; ++i)
            keys[QStringLiteral("visit")] << QStringLiteral("deferred-%1").arg(i);
        keys[QStringLiteral("visit")] << QStringLiteral("no-such-visit");
        keys[QStringLiteral("family")] << QStringLiteral("deferred-last") << QStringLiteral("deferred-0");
        for (int i = 0; i < 300; ++i)
            keys[QStringLiteral("referral")] << QStringLiteral("no-such-referral-%1").arg(i);
        QSet<QString> got;
        for (const ServerRecord &r : table.loadKeys(keys))
            got.insert(r.entity + u'/' + r.id);
        QCOMPARE(got.size(), count + 1);
        QVERIFY(got.contains(QStringLiteral("family/deferred-last")));
        QVERIFY(got.contains(QStringLiteral("visit/deferred-249")));
        QVERIFY(!got.contains(QStringLiteral("family/deferred-0")));
    }

    // On SQLite the statements run on SQLite's own API, not through QSqlQuery: the values must
    // go in and come back as QSQLITE (and QPSQL) give them.
    void valuesKeepTheirTypes()
    {
        db->exec(QStringLiteral("CREATE TABLE typed (k VARCHAR(8) PRIMARY KEY, i BIGINT, d DOUBLE PRECISION, "
                                "b INTEGER, s TEXT, e TEXT, n TEXT, tn TEXT)"));
        const qint64 big = (qint64(1) << 53) + 7;
        QCOMPARE(db->run(QStringLiteral("INSERT INTO typed VALUES (?,?,?,?,?,?,?,?)"),
                         {QStringLiteral("row"), big, 2.5, 7, QStringLiteral("wörd ﺏ"), QStringLiteral(""),
                          QString(), QVariant(QMetaType::fromType<QString>())}),
                 1);
        ServerRows rows = db->select(QStringLiteral("SELECT i, d, b, s, e, n, tn FROM typed WHERE k = ?"), {QStringLiteral("row")});
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toLongLong(), big);
        QCOMPARE(rows.value(1).toDouble(), 2.5);
        QCOMPARE(rows.value(2).toInt(), 7);
        QCOMPARE(rows.value(3).toString(), QStringLiteral("wörd ﺏ"));
        QVERIFY(!rows.value(4).isNull());
        QCOMPARE(rows.value(4).toString(), QString(u""_qs));
        QVERIFY(rows.value(5).isNull()); // a null QString is NULL, not ''
        QVERIFY(rows.value(6).isNull());
        QVERIFY(!rows.next());
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM typed WHERE n IS NULL AND e IS NOT NULL")).toInt(), 1);
        QCOMPARE(db->run(QStringLiteral("UPDATE typed SET i = i + 1 WHERE k = ?"), {QStringLiteral("none")}), 0);
    }

    void tooFewValuesAreRefused()
    {
        QVERIFY_THROWS_EXCEPTION(ServerStoreError,
                                 db->run(QStringLiteral("UPDATE orgs SET name = ? WHERE id = ?"), {QStringLiteral("x")}));
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM orgs WHERE name = ?"), {QStringLiteral("x")}).toInt(), 0);
    }

    void lazyWriteLeavesFullDurability()
    {
        QCOMPARE(db->runLazy(QStringLiteral("UPDATE orgs SET name = ? WHERE id = ?"),
                             {QStringLiteral("Renamed"), QStringLiteral("org-2")}), 1);
        QCOMPARE(db->scalar(QStringLiteral("SELECT name FROM orgs WHERE id = ?"), {QStringLiteral("org-2")}).toString(),
                 QStringLiteral("Renamed"));
        if (db->backend() == ServerDatabase::Backend::Sqlite)
            QCOMPARE(db->scalar(QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
    }
};

QTEST_GUILESS_MAIN(TestServerDatabase)
#include "tst_serverdatabase.moc"
