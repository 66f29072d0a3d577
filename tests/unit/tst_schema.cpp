// The schema description and the migrated store agree: every entity has its table with exactly
// the descriptor's columns, and every catalogue a field names exists.

#include "catalogue.h"
#include "migrations.h"
#include "schema.h"
#include "storetestutil.h"

#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace brug;
using namespace brug::test;

namespace {
QString sqlType(FieldType t)
{
    switch (t) {
    case FieldType::Int:
    case FieldType::Ms:
    case FieldType::Bool: return QStringLiteral("INTEGER");
    case FieldType::Num: return QStringLiteral("REAL");
    default: return QStringLiteral("TEXT");
    }
}
} // namespace

class TestSchema : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyEntityHasItsCommonFields()
    {
        const QStringList meta = {QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                  QStringLiteral("created_by"), QStringLiteral("updated_by"),
                                  QStringLiteral("updated_device"), QStringLiteral("deleted")};
        QVERIFY(Schema::entities().size() >= 12);
        for (const EntityDef &e : Schema::entities()) {
            QSet<QString> seen;
            for (const FieldDef &f : e.fields) {
                QVERIFY2(!seen.contains(f.name), qPrintable(e.name + u'.' + f.name + QStringLiteral(" twice")));
                seen.insert(f.name);
                QCOMPARE(f.meta, Schema::isMetaField(f.name));
            }
            for (const QString &m : meta)
                QVERIFY2(e.field(m) && e.field(m)->meta, qPrintable(e.name + u'.' + m));
            QCOMPARE(Schema::entity(e.name), &e);
            // The store writes a row's fields as a 64-bit mask of them (Records::rowSql).
            QVERIFY2(e.fields.size() <= 64, qPrintable(e.name));
        }
        QVERIFY(!Schema::entity(u"families"));
    }

    void everyEntityHasATableWithExactlyItsColumns()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto store = createStore(dir.filePath(QStringLiteral("store.db")));
        for (const EntityDef &e : Schema::entities()) {
            Statement &s = store->db().prepare(QStringLiteral("PRAGMA table_info(\"%1\")").arg(e.table()));
            QMap<QString, QString> columns; // name -> declared type
            int rows = 0;
            while (s.step()) {
                columns.insert(s.text(1), s.text(2).toUpper());
                ++rows;
            }
            s.reset();
            QVERIFY2(rows > 0, qPrintable(QStringLiteral("no table for ") + e.name));

            QStringList expected = {QStringLiteral("id"), QStringLiteral("_stamps")};
            for (const FieldDef &f : e.fields)
                expected << f.name;
            if (e.name == u"family")
                expected << QStringLiteral("search_key");
            expected.sort();
            QStringList actual = columns.keys();
            actual.sort();
            QCOMPARE(rows, int(actual.size()));
            QCOMPARE(actual, expected);

            for (const FieldDef &f : e.fields)
                QVERIFY2(columns.value(f.name) == sqlType(f.type),
                         qPrintable(QStringLiteral("%1.%2 is %3").arg(e.name, f.name, columns.value(f.name))));
        }
    }

    void bookkeepingTablesExist()
    {
        QTemporaryDir dir;
        auto store = createStore(dir.filePath(QStringLiteral("store.db")));
        for (const char *t : {"device_state", "outbox", "rejected"}) {
            const qint64 n = scalar(*store, QStringLiteral("SELECT count(*) FROM sqlite_master "
                                                           "WHERE type = 'table' AND name = '%1'")
                                                .arg(QLatin1StringView(t)));
            QVERIFY2(n == 1, t);
        }
    }

    void storeIsWalWithFullSync()
    {
        QTemporaryDir dir;
        auto store = createStore(dir.filePath(QStringLiteral("store.db")));
        QCOMPARE(textScalar(*store, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
        QCOMPARE(scalar(*store, QStringLiteral("PRAGMA synchronous")), qint64(2)); // FULL
        QCOMPARE(scalar(*store, QStringLiteral("PRAGMA user_version")), qint64(Migrations::latestVersion()));
    }

    void everyCatalogueAFieldNamesExists()
    {
        for (const EntityDef &e : Schema::entities())
            for (const FieldDef &f : e.fields)
                if (f.type == FieldType::Code || f.type == FieldType::Codes)
                    QVERIFY2(!Catalogue::items(f.catalogue).empty(),
                             qPrintable(e.name + u'.' + f.name + QStringLiteral(" -> ") + f.catalogue));
    }

    void riskFactorsFollowTheBrochure()
    {
        const auto rf = Catalogue::items(u"risk_factor");
        QCOMPARE(rf.size(), size_t(17));
        QMap<QString, int> clusters;
        for (size_t i = 0; i < rf.size(); ++i) {
            QCOMPARE(QString(rf[i].code), QStringLiteral("rf%1").arg(i + 1, 2, 10, QLatin1Char('0')));
            clusters[QString(rf[i].group)] += 1;
            QVERIFY(Catalogue::contains(u"risk_cluster", QString(rf[i].group)));
        }
        QCOMPARE(clusters.value(QStringLiteral("awareness")), 5);
        QCOMPARE(clusters.value(QStringLiteral("trust")), 5);
        QCOMPARE(clusters.value(QStringLiteral("quality")), 7);
        // Every action answers known risk factors (table 4).
        for (const CatalogueItem &a : Catalogue::items(u"action")) {
            QVERIFY2(!a.related.empty(), a.code.data());
            for (QLatin1StringView r : a.related)
                QVERIFY2(Catalogue::contains(u"risk_factor", QString(r)), r.data());
        }
    }

    void entityCatalogueListsTheSchema()
    {
        QStringList fromSchema, fromCatalogue;
        for (const EntityDef &e : Schema::entities())
            fromSchema << e.name;
        for (const CatalogueItem &i : Catalogue::items(u"entity"))
            fromCatalogue << QString(i.code);
        fromSchema.sort();
        fromCatalogue.sort();
        QCOMPARE(fromCatalogue, fromSchema);
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
