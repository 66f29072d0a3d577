// Records: local writes and their outbox entries in one transaction, only changed fields written,
// pulled changes merged field by field by stamp (docs/sync-protocol.md §6), family search keys.

#include "ids.h"
#include "records.h"
#include "searchkey.h"
#include "storetestutil.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace brug;
using namespace brug::test;

namespace {
const QString kRemoteNode = QStringLiteral("00000000000000ff");
const QString kProviderId = QStringLiteral("3f2e1d0c-b9a8-4776-8554-433221100fed");

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QString remoteStamp(qint64 wall, int counter = 0)
{
    return Hlc{wall, quint32(counter), kRemoteNode}.toString();
}

RecordChange change(const QString &entity, const QString &id, const QJsonObject &fields,
                    const QString &stamp)
{
    RecordChange c;
    c.entity = entity;
    c.id = id;
    c.fields = fields;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        c.stamps.insert(it.key(), stamp);
    return c;
}

bool familyMatches(Store &store, const QString &id, const QString &query)
{
    Statement &st = store.db().prepare(
        QStringLiteral("SELECT count(*) FROM family WHERE id = ? AND instr(search_key, ?) > 0"));
    st.bind(1, id).bind(2, SearchKey::fold(query));
    const bool hit = st.step() && st.int64(0) == 1;
    st.reset();
    return hit;
}
} // namespace

class TestRecords : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Records> m_records;

    qint64 outboxCount() { return scalar(*m_store, QStringLiteral("SELECT count(*) FROM outbox")); }

    QString newFamily(const QString &name = s("Ayşe Yılmaz"))
    {
        return m_records->create(u"family", {{s("code"), s("F-001")},
                                             {s("name"), name},
                                             {s("neighbourhood"), s("Kanaleneiland")},
                                             {s("languages"), QJsonArray{s("tr"), s("nl")}}});
    }

    void installOutboxFailure(const QString &recordId)
    {
        m_store->db().exec(QStringLiteral(
            "CREATE TEMP TRIGGER fail_outbox BEFORE INSERT ON outbox WHEN NEW.record_id = '%1' "
            "BEGIN SELECT RAISE(ABORT, 'injected outbox failure'); END").arg(recordId));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        g_wallMs = 1764489600000;
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = createStore(m_dir->filePath(s("store.db")));
        m_store->setWallSource(frozenWall);
        m_records = std::make_unique<Records>(*m_store);
    }

    void cleanup()
    {
        m_records.reset();
        m_store.reset();
        m_dir.reset();
    }

    void createStoresFieldsMetaAndOneOutboxEntry()
    {
        const QString id = newFamily();
        const auto r = m_records->get(u"family", id);
        QVERIFY(r.has_value());
        QCOMPARE(r->value(u"name").toString(), s("Ayşe Yılmaz"));
        QCOMPARE(r->value(u"languages").toArray(), (QJsonArray{s("tr"), s("nl")}));
        QCOMPARE(r->value(u"phone"), QJsonValue(QJsonValue::Null));
        QCOMPARE(r->value(u"created_at").toInteger(), g_wallMs);
        QCOMPARE(r->value(u"updated_at").toInteger(), g_wallMs);
        QCOMPARE(r->value(u"created_by").toString(), kUserId);
        QCOMPARE(r->value(u"updated_by").toString(), kUserId);
        QCOMPARE(r->value(u"updated_device").toString(), kDeviceId);
        QCOMPARE(r->isDeleted(), false);

        const auto rows = outboxRows(*m_store);
        QCOMPARE(rows.size(), size_t(1));
        const OutboxRow &o = rows.front();
        QCOMPARE(o.entity, s("family"));
        QCOMPARE(o.recordId, id);
        QCOMPARE(sortedKeys(o.fields),
                 (QStringList{s("code"), s("created_at"), s("created_by"), s("deleted"),
                              s("languages"), s("name"), s("neighbourhood"), s("updated_at"),
                              s("updated_by"), s("updated_device")}));
        QCOMPARE(o.fields.value(u"name").toString(), s("Ayşe Yılmaz"));
        QVERIFY(Hlc::isValid(o.stamp));
        QVERIFY(o.bases.isEmpty());
        // Every written field carries that write's stamp in the record.
        for (const QString &k : o.fields.keys())
            QCOMPARE(r->stamps.value(k).toString(), o.stamp);
        QVERIFY(!r->stamps.contains(u"phone"));
    }

    void updateWritesOnlyChangedFields()
    {
        const QString id = newFamily();
        const QString createStamp = outboxRows(*m_store).front().stamp;
        g_wallMs += 1000;
        QVERIFY(m_records->update(u"family", id, {{s("code"), s("F-001")},           // same
                                                  {s("name"), s("Ayşe Demir")},      // changed
                                                  {s("languages"), QJsonArray{s("tr"), s("nl")}}, // same
                                                  {s("phone"), s("0612345678")}}));  // new
        const auto rows = outboxRows(*m_store);
        QCOMPARE(rows.size(), size_t(2));
        const OutboxRow &o = rows.back();
        QCOMPARE(sortedKeys(o.fields), (QStringList{s("name"), s("phone"), s("updated_at"),
                                                    s("updated_by"), s("updated_device")}));
        QVERIFY(o.stamp > createStamp);
        // The base of a field is the stamp the device held before writing it.
        QCOMPARE(o.bases.value(u"name").toString(), createStamp);
        QVERIFY(!o.bases.contains(u"phone"));

        const auto r = m_records->get(u"family", id);
        QCOMPARE(r->value(u"name").toString(), s("Ayşe Demir"));
        QCOMPARE(r->value(u"updated_at").toInteger(), g_wallMs);
        QCOMPARE(r->value(u"created_at").toInteger(), g_wallMs - 1000);
        QCOMPARE(r->stamps.value(u"name").toString(), o.stamp);
        QCOMPARE(r->stamps.value(u"code").toString(), createStamp); // untouched
    }

    void noOpUpdateReturnsFalseAndQueuesNothing()
    {
        const QString id = newFamily();
        const QString t = m_records->create(u"time_entry", {{s("distance_km"), 12}, {s("minutes"), 90},
                                                           {s("date"), s("2026-11-30")}});
        const auto before = m_records->get(u"family", id);
        QCOMPARE(outboxCount(), qint64(2));
        g_wallMs += 1000;
        QCOMPARE(m_records->update(u"family", id, {{s("name"), s("Ayşe Yılmaz")},
                                                   {s("languages"), QJsonArray{s("tr"), s("nl")}}}),
                 false);
        QCOMPARE(m_records->update(u"family", id, {}), false);
        QCOMPARE(m_records->update(u"time_entry", t, {{s("distance_km"), 12.0}, {s("minutes"), 90.0},
                                                     {s("date"), s("2026-11-30")}}),
                 false);
        QCOMPARE(outboxCount(), qint64(2));
        const auto after = m_records->get(u"family", id);
        QCOMPARE(after->fields, before->fields);
        QCOMPARE(after->stamps, before->stamps);
    }

    void removeWritesATombstone()
    {
        const QString id = newFamily();
        m_records->remove(u"family", id);
        const auto r = m_records->get(u"family", id);
        QVERIFY(r.has_value()); // a deleted record stays
        QVERIFY(r->isDeleted());
        QCOMPARE(r->value(u"name").toString(), s("Ayşe Yılmaz"));
        const auto rows = outboxRows(*m_store);
        QCOMPARE(rows.size(), size_t(2));
        QCOMPARE(sortedKeys(rows.back().fields),
                 (QStringList{s("deleted"), s("updated_at"), s("updated_by"), s("updated_device")}));
        QCOMPARE(rows.back().fields.value(u"deleted"), QJsonValue(true));
        // Undelete is a later write of false.
        QVERIFY(m_records->update(u"family", id, {{s("deleted"), false}}));
        QVERIFY(!m_records->get(u"family", id)->isDeleted());
    }

    void refusedWritesChangeNothing_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("kind");
        const int invalid = int(StoreError::Kind::Invalid);
        QTest::newRow("invalid value") << s("invalid") << invalid;
        QTest::newRow("unknown field") << s("unknown") << invalid;
        QTest::newRow("meta field") << s("meta") << invalid;
        QTest::newRow("unknown entity") << s("entity") << invalid;
        QTest::newRow("create with an existing id") << s("duplicate") << invalid;
        QTest::newRow("update of a missing record") << s("missing") << int(StoreError::Kind::NotFound);
        QTest::newRow("invalid value in an update") << s("badupdate") << invalid;
    }
    void refusedWritesChangeNothing()
    {
        QFETCH(QString, what);
        QFETCH(int, kind);
        const QString id = newFamily();
        const auto before = m_records->get(u"family", id);
        const auto err = storeErrorFrom([&] {
            if (what == u"invalid")
                m_records->create(u"visit", {{s("date"), s("2026-02-30")}, {s("note"), s("x")}});
            else if (what == u"unknown")
                m_records->create(u"visit", {{s("colour"), s("red")}});
            else if (what == u"meta")
                m_records->update(u"family", id, {{s("created_by"), kUserId}});
            else if (what == u"entity")
                m_records->create(u"families", {{s("code"), s("x")}});
            else if (what == u"duplicate")
                m_records->createWithId(u"family", id, {{s("code"), s("F-002")}});
            else if (what == u"missing")
                m_records->update(u"family", Ids::newId(), {{s("code"), s("F-003")}});
            else if (what == u"badupdate")
                m_records->update(u"family", id, {{s("name"), s("ok")}, {s("preferred_language"), s("xx")}});
        });
        QVERIFY(err.has_value());
        QCOMPARE(int(err->kind()), kind);
        QCOMPARE(outboxCount(), qint64(1));
        QCOMPARE(scalar(*m_store, s("SELECT count(*) FROM visit")), qint64(0));
        QCOMPARE(scalar(*m_store, s("SELECT count(*) FROM family")), qint64(1));
        QCOMPARE(m_records->get(u"family", id)->fields, before->fields);
    }

    void writesNeedAnIdentity()
    {
        QTemporaryDir dir;
        auto store = Store::create(dir.filePath(s("bare.db")), kPassphrase, KeyFile::Profile::Fast);
        Records records(*store);
        const auto err = storeErrorFrom([&] { records.create(u"family", {{s("code"), s("F-1")}}); });
        QVERIFY(err && err->kind() == StoreError::Kind::Invalid);
        QCOMPARE(scalar(*store, s("SELECT count(*) FROM family")), qint64(0));
        QCOMPARE(scalar(*store, s("SELECT count(*) FROM outbox")), qint64(0));
    }

    void rolledBackTransactionLeavesNeitherRowNorOutbox()
    {
        const QString kept = newFamily();
        QString lost;
        {
            Transaction tx(m_store->db());
            lost = newFamily(s("Fatima"));
            QVERIFY(m_records->update(u"family", kept, {{s("phone"), s("0611111111")}}));
            m_records->create(u"visit", {{s("family_id"), lost}, {s("note"), s("first visit")}});
            QCOMPARE(outboxCount(), qint64(4)); // visible inside the transaction
        } // no commit
        QVERIFY(!m_records->get(u"family", lost).has_value());
        QCOMPARE(m_records->get(u"family", kept)->value(u"phone"), QJsonValue(QJsonValue::Null));
        QCOMPARE(scalar(*m_store, s("SELECT count(*) FROM visit")), qint64(0));
        QCOMPARE(outboxCount(), qint64(1));
        QCOMPARE(outboxRows(*m_store).front().recordId, kept);
    }

    void committedTransactionKeepsEveryWriteWithItsOutboxEntry()
    {
        QString family, visit;
        {
            Transaction tx(m_store->db());
            family = newFamily();
            visit = m_records->create(u"visit", {{s("family_id"), family}, {s("duration_min"), 45}});
            tx.commit();
        }
        QVERIFY(m_records->get(u"family", family).has_value());
        QVERIFY(m_records->get(u"visit", visit).has_value());
        const auto rows = outboxRows(*m_store);
        QCOMPARE(rows.size(), size_t(2));
        QCOMPARE(rows[0].recordId, family);
        QCOMPARE(rows[1].recordId, visit);
        QVERIFY(rows[1].stamp > rows[0].stamp);
    }

    // The record and its outbox entry are one write: if the outbox insert fails, no record.
    void failedOutboxInsertLeavesNoRecord()
    {
        const QString id = Ids::newId();
        installOutboxFailure(id);
        const auto err = storeErrorFrom([&] {
            m_records->createWithId(u"family", id, {{s("code"), s("F-9")}, {s("name"), s("Zwartewaterkloof")}});
        });
        QVERIFY(err.has_value());
        QVERIFY(!errorText(*err).contains(s("Zwartewaterkloof")));
        QVERIFY(!m_records->get(u"family", id).has_value());
        QCOMPARE(outboxCount(), qint64(0));
    }

    // The same inside a caller's transaction that goes on after the failed write (e.g. saving a
    // visit and a time entry, skipping one that fails): the failed write must leave nothing
    // half-done behind for the outer commit to make permanent.
    void failedWriteInsideOuterTransactionLeavesNoHalfRecord_data()
    {
        QTest::addColumn<bool>("afterFlat");
        QTest::newRow("first transaction") << false;
        // A flat transaction before must not leave the next one's guards without savepoints.
        QTest::newRow("after flat transactions") << true;
    }
    void failedWriteInsideOuterTransactionLeavesNoHalfRecord()
    {
        QFETCH(bool, afterFlat);
        if (afterFlat) {
            {
                Transaction committed(m_store->db(), Transaction::Nesting::Flat);
                newFamily();
                committed.commit();
            }
            Transaction rolledBack(m_store->db(), Transaction::Nesting::Flat);
            newFamily();
        }
        const qint64 before = outboxCount();
        const QString bad = Ids::newId();
        installOutboxFailure(bad);
        QString good;
        {
            Transaction tx(m_store->db());
            good = newFamily();
            const auto err = storeErrorFrom([&] {
                m_records->createWithId(u"family", bad, {{s("code"), s("F-9")}});
            });
            QVERIFY(err.has_value());
            tx.commit();
        }
        QVERIFY(m_records->get(u"family", good).has_value());
        QCOMPARE(outboxCount(), before + 1);
        QVERIFY2(!m_records->get(u"family", bad).has_value(),
                 "the family row of the failed write was committed without its outbox entry");
        QCOMPARE(scalar(*m_store, s("SELECT count(*) FROM family")), outboxCount());
    }

    // A flat transaction (applying a sync answer) takes no savepoints for the guards inside it:
    // a failed write inside leaves its first half in the transaction, which is why its owner
    // never commits after an error. Leaving rolls back all of it, the guards' writes too.
    void flatTransactionLeavesUndoingToItsOwner()
    {
        const QString kept = newFamily();
        const QString bad = Ids::newId();
        installOutboxFailure(bad);
        {
            Transaction tx(m_store->db(), Transaction::Nesting::Flat);
            newFamily();
            QVERIFY(m_records->update(u"family", kept, {{s("name"), s("Changed")}}));
            const auto err = storeErrorFrom([&] { m_records->createWithId(u"family", bad, {{s("code"), s("F-9")}}); });
            QVERIFY(err.has_value());
            QVERIFY2(m_records->get(u"family", bad).has_value(), "the guard inside took a savepoint");
        }
        QCOMPARE(scalar(*m_store, s("SELECT count(*) FROM family")), qint64(1));
        QCOMPARE(outboxCount(), qint64(1));
        QVERIFY(m_records->get(u"family", kept)->fields.value(u"name").toString() != u"Changed");
    }

    // A row keeps the stamp its fields share once (RowStamps); a row a store wrote before, with
    // every stamp in full, reads and merges the same, and is written the short way next time.
    void rowsKeepTheirSharedStampOnceAndOldRowsStillMerge()
    {
        auto column = [this](const QString &id) {
            Statement &st = m_store->db().prepare(QStringLiteral("SELECT _stamps FROM family WHERE id = ?"));
            st.bind(1, id);
            const QByteArray text = st.step() ? st.utf8(0) : QByteArray();
            st.reset();
            return text;
        };
        const QString id = newFamily();
        const QJsonObject stamps = m_records->get(u"family", id)->stamps;
        const QString created = stamps.value(u"name").toString();
        QVERIFY(column(id).startsWith("{\"*\":\"" + created.toLatin1() + '"'));
        QCOMPARE(column(id).count(created.toLatin1()), 1);

        // As a store before the short form wrote it.
        const QByteArray full = QJsonDocument(stamps).toJson(QJsonDocument::Compact);
        Statement &put = m_store->db().prepare(QStringLiteral("UPDATE family SET _stamps = ? WHERE id = ?"));
        put.bindText(1, full).bind(2, id);
        put.run();
        QCOMPARE(column(id), full);
        QCOMPARE(m_records->get(u"family", id)->stamps, stamps);

        // An older remote write loses, a newer one wins, field by field.
        m_records->applyRemote(change(s("family"), id, {{s("name"), s("older")}}, remoteStamp(g_wallMs - 1000)));
        QCOMPARE(m_records->get(u"family", id)->value(u"name").toString(), s("Ayşe Yılmaz"));
        m_records->applyRemote(change(s("family"), id, {{s("phone"), s("0612345678")}}, remoteStamp(g_wallMs + 1000)));
        const auto after = m_records->get(u"family", id);
        QCOMPARE(after->value(u"phone").toString(), s("0612345678"));
        QCOMPARE(after->stamps.value(u"phone").toString(), remoteStamp(g_wallMs + 1000));
        QCOMPARE(after->stamps.value(u"name").toString(), created);
        QVERIFY(column(id).startsWith("{\"*\":\"" + created.toLatin1() + '"'));
    }

    void stampsKeepIncreasingAcrossReopen()
    {
        newFamily();
        const QString first = outboxRows(*m_store).back().stamp;
        const QString path = m_store->path();
        m_records.reset();
        m_store.reset();
        g_wallMs -= 3600 * 1000; // the device clock went back an hour while the app was closed
        m_store = Store::open(path, kPassphrase);
        m_store->setWallSource(frozenWall);
        m_records = std::make_unique<Records>(*m_store);
        newFamily();
        const QString second = outboxRows(*m_store).back().stamp;
        QVERIFY2(second > first, qPrintable(second + s(" <= ") + first));
        QCOMPARE(Hlc::parse(second)->node, kNode);
    }

    // --- pulled changes -------------------------------------------------------------------

    void remoteChangeCreatesARecordWithoutOutboxEntry()
    {
        const QString id = Ids::newId();
        const auto res = m_records->applyRemote(change(s("family"), id,
            {{s("code"), s("R-1")}, {s("name"), s("Kwame Mensah")}, {s("created_by"), kUserId}},
            remoteStamp(g_wallMs - 5000)));
        QVERIFY(res.created);
        QCOMPARE(res.fieldsApplied, 3);
        const auto r = m_records->get(u"family", id);
        QVERIFY(r.has_value());
        QCOMPARE(r->value(u"name").toString(), s("Kwame Mensah"));
        QCOMPARE(r->stamps.value(u"name").toString(), remoteStamp(g_wallMs - 5000));
        QCOMPARE(outboxCount(), qint64(0));
        QVERIFY(familyMatches(*m_store, id, s("kwame")));
        QVERIFY(familyMatches(*m_store, id, s("r-1")));

        // A later pulled name is found, and the code it did not change still is.
        QCOMPARE(m_records->applyRemote(change(s("family"), id, {{s("name"), s("Ama Owusu")}}, remoteStamp(g_wallMs - 4000)))
                     .fieldsApplied, 1);
        QVERIFY(familyMatches(*m_store, id, s("owusu")));
        QVERIFY(!familyMatches(*m_store, id, s("kwame")));
        QVERIFY(familyMatches(*m_store, id, s("r-1")));
    }

    void newerRemoteStampWins()
    {
        const QString id = newFamily();
        const auto res = m_records->applyRemote(
            change(s("family"), id, {{s("name"), s("Ayşe Kaya")}}, remoteStamp(g_wallMs + 1000)));
        QCOMPARE(res.fieldsApplied, 1);
        QVERIFY(!res.created);
        const auto r = m_records->get(u"family", id);
        QCOMPARE(r->value(u"name").toString(), s("Ayşe Kaya"));
        QCOMPARE(r->stamps.value(u"name").toString(), remoteStamp(g_wallMs + 1000));
        QCOMPARE(r->value(u"code").toString(), s("F-001"));
        QCOMPARE(outboxCount(), qint64(1));
        QVERIFY(familyMatches(*m_store, id, s("kaya")));
        QVERIFY(!familyMatches(*m_store, id, s("yilmaz")));
    }

    void olderRemoteStampLoses()
    {
        const QString id = newFamily();
        const auto before = m_records->get(u"family", id);
        const auto res = m_records->applyRemote(
            change(s("family"), id, {{s("name"), s("Old Name")}}, remoteStamp(g_wallMs - 1000)));
        QCOMPARE(res.fieldsApplied, 0);
        const auto after = m_records->get(u"family", id);
        QCOMPARE(after->fields, before->fields);
        QCOMPARE(after->stamps, before->stamps);
        QCOMPARE(outboxCount(), qint64(1));
    }

    void equalStampIsTheSameWrite()
    {
        const QString id = newFamily();
        const auto before = m_records->get(u"family", id);
        const QString stamp = before->stamps.value(u"name").toString();
        // The same stamp means the same write: even a different value there must not replace it.
        const auto res = m_records->applyRemote(change(s("family"), id, {{s("name"), s("Other")}}, stamp));
        QCOMPARE(res.fieldsApplied, 0);
        QCOMPARE(m_records->get(u"family", id)->fields, before->fields);
        // And applying a pulled change twice is harmless.
        const QString rid = Ids::newId();
        const RecordChange c = change(s("visit"), rid, {{s("note"), s("remote")}}, remoteStamp(g_wallMs));
        QCOMPARE(m_records->applyRemote(c).fieldsApplied, 1);
        const auto once = m_records->get(u"visit", rid);
        QCOMPARE(m_records->applyRemote(c).fieldsApplied, 0);
        QCOMPARE(m_records->get(u"visit", rid)->fields, once->fields);
        QCOMPARE(outboxCount(), qint64(1));
    }

    void differentFieldsFromTwoWritersAreBothKept()
    {
        const QString id = newFamily();
        const QString createStamp = m_records->get(u"family", id)->stamps.value(u"name").toString();
        g_wallMs += 10000;
        QVERIFY(m_records->update(u"family", id, {{s("name"), s("Ayşe Local")}}));
        // Another device changed the phone meanwhile, with a stamp before our name change.
        const QString theirs = remoteStamp(g_wallMs - 5000);
        QVERIFY(theirs > createStamp);
        QCOMPARE(m_records->applyRemote(change(s("family"), id, {{s("phone"), s("0687654321")}}, theirs))
                     .fieldsApplied, 1);
        const auto r = m_records->get(u"family", id);
        QCOMPARE(r->value(u"name").toString(), s("Ayşe Local"));
        QCOMPARE(r->value(u"phone").toString(), s("0687654321"));
        QCOMPARE(outboxCount(), qint64(2));
    }

    void localWriteAfterRemoteIsNewer()
    {
        const QString id = newFamily();
        const QString future = remoteStamp(g_wallMs + 3600 * 1000, 7); // a device an hour ahead
        m_records->applyRemote(change(s("family"), id, {{s("name"), s("From the future")}}, future));
        QVERIFY(m_records->update(u"family", id, {{s("name"), s("Mine")}}));
        const auto r = m_records->get(u"family", id);
        QVERIFY(r->stamps.value(u"name").toString() > future);
        QCOMPARE(r->value(u"name").toString(), s("Mine"));
        QCOMPARE(outboxRows(*m_store).back().bases.value(u"name").toString(), future);
    }

    void invalidRemoteChangeChangesNothing_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("invalid value") << s("value");
        QTest::newRow("unknown field") << s("field");
        QTest::newRow("bad stamp") << s("stamp");
        QTest::newRow("bad id") << s("id");
    }
    void invalidRemoteChangeChangesNothing()
    {
        QFETCH(QString, what);
        const QString id = newFamily();
        const auto before = m_records->get(u"family", id);
        RecordChange c = change(s("family"), id, {{s("name"), s("Changed")}, {s("phone"), s("06")}},
                                remoteStamp(g_wallMs + 1000));
        if (what == u"value")
            c.fields.insert(s("preferred_language"), s("klingon"));
        else if (what == u"field")
            c.fields.insert(s("favourite_colour"), s("red"));
        else if (what == u"stamp")
            c.stamps.insert(s("phone"), s("tomorrow"));
        else
            c.id = s("not-an-id");
        if (what == u"value" || what == u"field")
            c.stamps.insert(c.fields.keys().last(), remoteStamp(g_wallMs + 1000));
        const auto err = storeErrorFrom([&] { m_records->applyRemote(c); });
        QVERIFY(err && err->kind() == StoreError::Kind::Invalid);
        QCOMPARE(m_records->get(u"family", id)->fields, before->fields);
        QCOMPARE(m_records->get(u"family", id)->stamps, before->stamps);
    }

    void dropRemovesAReferralWithItsMessagesAndConflicts()
    {
        const QString family = newFamily();
        auto referral = [&] {
            return m_records->create(u"referral", {{s("family_id"), family},
                                                   {s("provider_id"), kProviderId},
                                                   {s("state"), s("sent")},
                                                   {s("reason_family"), s("Wij willen rust in huis")}});
        };
        auto message = [&](const QString &ref, const QString &body) {
            return m_records->create(u"message", {{s("referral_id"), ref}, {s("kind"), s("text")},
                                                  {s("body"), body}});
        };
        const QString dropped = referral();
        const QString kept = referral();
        const QString m1 = message(dropped, s("Wanneer is de intake?"));
        const QString m2 = message(dropped, s("Volgende week"));
        const QString m3 = message(kept, s("Dank u"));
        auto conflictOn = [&](const QString &entity, const QString &recordId) {
            const QString cid = Ids::newId();
            m_records->applyRemote(change(s("conflict"), cid,
                                          {{s("entity"), entity}, {s("record_id"), recordId},
                                           {s("field"), s("body")}},
                                          remoteStamp(g_wallMs)));
            return cid;
        };
        const QString c1 = conflictOn(s("message"), m1);
        const QString c2 = conflictOn(s("referral"), dropped);
        const QString c3 = conflictOn(s("message"), m3);
        const qint64 outbox = outboxCount();

        RecordChange drop;
        drop.entity = s("referral");
        drop.id = dropped;
        drop.drop = true;
        const auto res = m_records->applyRemote(drop);
        QVERIFY(res.dropped);

        QVERIFY(!m_records->get(u"referral", dropped).has_value());
        QVERIFY(!m_records->get(u"message", m1).has_value());
        QVERIFY(!m_records->get(u"message", m2).has_value());
        QVERIFY(!m_records->get(u"conflict", c1).has_value());
        QVERIFY(!m_records->get(u"conflict", c2).has_value());
        QVERIFY(m_records->get(u"referral", kept).has_value());
        QVERIFY(m_records->get(u"message", m3).has_value());
        QVERIFY(m_records->get(u"conflict", c3).has_value());
        QVERIFY(m_records->get(u"family", family).has_value());
        QCOMPARE(outboxCount(), outbox); // a drop is not a local write
    }

    // --- search -----------------------------------------------------------------------------

    void foldIgnoresCaseAndDiacritics_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("typed");
        QTest::newRow("turkish cedilla") << s("Ayşe") << s("ayse");
        QTest::newRow("turkish upper") << s("AYŞE") << s("ayşe");
        QTest::newRow("dotless i") << s("Yılmaz") << s("yilmaz");
        QTest::newRow("dotted capital I") << s("İlhan") << s("ilhan");
        QTest::newRow("g breve") << s("Doğan") << s("dogan");
        QTest::newRow("dutch diaeresis") << s("Zoë") << s("zoe");
        QTest::newRow("twi open e") << s("Ɛsi") << s("ɛsi");
        QTest::newRow("arabic harakat") << s("فَاطِمَة") << s("فاطمة");
        QTest::newRow("arabic shadda") << s("مُحَمَّد") << s("محمد");
        QTest::newRow("arabic hamza on alef") << s("أحمد") << s("احمد");
        QTest::newRow("arabic tatweel") << s("عـــلي") << s("علي");
    }
    void foldIgnoresCaseAndDiacritics()
    {
        QFETCH(QString, stored);
        QFETCH(QString, typed);
        QCOMPARE(SearchKey::fold(stored), SearchKey::fold(typed));
    }

    void familySearchKeyFollowsTheFamily()
    {
        const QString ayse = newFamily(s("Ayşe Yılmaz"));
        const QString fatima = m_records->create(u"family", {{s("code"), s("F-002")},
                                                             {s("name"), s("فَاطِمَة الزَّهْرَاء")},
                                                             {s("neighbourhood"), s("Overvecht")}});
        QVERIFY(familyMatches(*m_store, ayse, s("ayse")));
        QVERIFY(familyMatches(*m_store, ayse, s("YILMAZ")));
        QVERIFY(familyMatches(*m_store, ayse, s("f-001")));
        QVERIFY(familyMatches(*m_store, ayse, s("kanalen")));
        QVERIFY(!familyMatches(*m_store, ayse, s("fatima")));
        QVERIFY(familyMatches(*m_store, fatima, s("فاطمة")));
        QVERIFY(familyMatches(*m_store, fatima, s("الزهراء")));
        QVERIFY(familyMatches(*m_store, fatima, s("overvecht")));
        QVERIFY(!familyMatches(*m_store, fatima, s("ayse")));
        // A query never matches across two fields.
        QVERIFY(!familyMatches(*m_store, ayse, s("yilmaz kanaleneiland")));

        QVERIFY(m_records->update(u"family", ayse, {{s("name"), s("Ayşe Öztürk")}}));
        QVERIFY(familyMatches(*m_store, ayse, s("ozturk")));
        QVERIFY(!familyMatches(*m_store, ayse, s("yilmaz")));
        QVERIFY(m_records->update(u"family", ayse, {{s("neighbourhood"), s("Lombok")}}));
        QVERIFY(familyMatches(*m_store, ayse, s("lombok")));
        QVERIFY(familyMatches(*m_store, ayse, s("ozturk")));
    }
};

QTEST_GUILESS_MAIN(TestRecords)
#include "tst_records.moc"
