// Numbered migrations at open: a fresh store is at the latest version, a reopened store keeps its
// data, and a store from a newer Brug is refused and left byte-identical.

#include "migrations.h"
#include "records.h"
#include "storetestutil.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace brug;
using namespace brug::test;

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void freshStoreIsAtTheLatestVersion()
    {
        QVERIFY(Migrations::latestVersion() >= 1);
        QTemporaryDir dir;
        auto store = createStore(dir.filePath(QStringLiteral("store.db")));
        QCOMPARE(scalar(*store, QStringLiteral("PRAGMA user_version")),
                 qint64(Migrations::latestVersion()));
    }

    void reopeningKeepsDataAndVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.db"));
        QString id;
        {
            auto store = createStore(path);
            id = Records(*store).create(u"family", {{QStringLiteral("code"), QStringLiteral("F-7")}});
        }
        for (int i = 0; i < 2; ++i) {
            auto store = Store::open(path, kPassphrase);
            QCOMPARE(scalar(*store, QStringLiteral("PRAGMA user_version")),
                     qint64(Migrations::latestVersion()));
            const auto f = Records(*store).get(u"family", id);
            QVERIFY(f.has_value());
            QCOMPARE(f->value(u"code").toString(), QStringLiteral("F-7"));
            QCOMPARE(store->identity().userId, kUserId);
            // Running the migrations again on an up-to-date store does nothing.
            Migrations::run(store->db());
            QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM family")), qint64(1));
        }
    }

    void newerSchemaIsRefusedAndLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.db"));
        {
            auto store = createStore(path);
            (void)Records(*store).create(u"family", {{QStringLiteral("code"), QStringLiteral("F-8")}});
            store->db().exec(QStringLiteral("PRAGMA user_version = 99"));
        }
        const auto before = snapshot(dir.path());
        QVERIFY(before.contains(QStringLiteral("store.db")));

        const auto err = storeErrorFrom([&] { (void)Store::open(path, kPassphrase); });
        QVERIFY(err.has_value());
        QVERIFY2(err->kind() == StoreError::Kind::NewerSchema, err->what());
        QCOMPARE(err->file(), path);
        QVERIFY(errorText(*err).contains(path));
        QVERIFY2(err->message().contains(QStringLiteral("99")), qPrintable(err->message()));
        QCOMPARE(snapshot(dir.path()), before);

        // Still refused the second time: nothing was half-upgraded or reset.
        const auto again = storeErrorFrom([&] { (void)Store::open(path, kPassphrase); });
        QVERIFY(again && again->kind() == StoreError::Kind::NewerSchema);
        QCOMPARE(snapshot(dir.path()), before);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
