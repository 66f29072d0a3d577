// The outbox (docs/sync-protocol.md §8, §9): bounded batches kept unchanged until acknowledged,
// rejections moved aside, and the re-send of everything a role may write after a server restore.

#include "ids.h"
#include "outbox.h"
#include "records.h"
#include "storetestutil.h"

#include <QJsonDocument>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace brug;
using namespace brug::test;

namespace {
const QString kRemoteNode = QStringLiteral("00000000000000ff");
const QString kProviderId = QStringLiteral("3f2e1d0c-b9a8-4776-8554-433221100fed");
const QString kIntermediaryId = QStringLiteral("11111111-2222-4333-8444-555555555555");

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

RecordChange remote(const QString &entity, const QString &id, const QJsonObject &fields, qint64 wall)
{
    RecordChange c;
    c.entity = entity;
    c.id = id;
    c.fields = fields;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        c.stamps.insert(it.key(), Hlc{wall, 0, kRemoteNode}.toString());
    return c;
}

std::vector<qint64> seqs(const std::vector<OutboxRow> &rows)
{
    std::vector<qint64> out;
    for (const OutboxRow &r : rows)
        out.push_back(r.seq);
    return out;
}
} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;

    void open(const DeviceIdentity &id = identity())
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = createStore(m_dir->filePath(s("store.db")), id);
    }

    std::vector<QString> writeVisits(int n, int noteLength = 10)
    {
        Records records(*m_store);
        std::vector<QString> ids;
        for (int i = 0; i < n; ++i)
            ids.push_back(records.create(u"visit", {{s("note"), QString(noteLength + i, u'n')},
                                                    {s("duration_min"), i}}));
        return ids;
    }

    /// The same batch: number, entries, and every change's fields and stamps.
    static void sameBatch(const OutboxBatch &a, const OutboxBatch &b)
    {
        QCOMPARE(a.seq, b.seq);
        QCOMPARE(a.entries, b.entries);
        QCOMPARE(a.changes.size(), b.changes.size());
        for (size_t i = 0; i < a.changes.size(); ++i) {
            QCOMPARE(a.changes[i].fields, b.changes[i].fields);
            QCOMPARE(a.changes[i].allStamps(), b.changes[i].allStamps());
        }
    }

    void ackEverything()
    {
        Outbox outbox(*m_store);
        for (OutboxBatch b = outbox.currentBatch(); !b.isEmpty(); b = outbox.currentBatch())
            outbox.acknowledge(b.seq, {});
        QCOMPARE(outbox.pendingCount(), qint64(0));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void fieldsAsTextAreTheParsedFields()
    {
        open();
        const auto ids = writeVisits(3);
        Records(*m_store).update(u"visit", ids[1], {{s("note"), s("a \"quoted\" note, ü and \n a newline")}});
        QVERIFY(Outbox(*m_store).enqueueResendAll() > 0); // re-sends keep a stamp per field
        Outbox outbox(*m_store);
        const OutboxBatch parsed = outbox.batchAfter(0, 1, 5000, 1 << 24);
        const OutboxBatch text = outbox.batchAfter(0, 1, 5000, 1 << 24, Outbox::Fields::AsText);
        QCOMPARE(text.entries, parsed.entries);
        int asText = 0, asFields = 0;
        for (size_t i = 0; i < parsed.changes.size(); ++i) {
            const RecordChange &p = parsed.changes[i], &t = text.changes[i];
            QVERIFY(p.fieldsText.isEmpty());
            QCOMPARE(t.entity, p.entity);
            QCOMPARE(t.id, p.id);
            QCOMPARE(t.stamp, p.stamp);
            QCOMPARE(t.bases, p.bases);
            QCOMPARE(t.resend, p.resend);
            if (t.fieldsText.isEmpty()) {
                ++asFields;
                QCOMPARE(t.fields, p.fields);
                QCOMPARE(t.stamps, p.stamps);
            } else {
                ++asText;
                QVERIFY(t.fields.isEmpty());
                QVERIFY2(p.stamps.isEmpty(), "as text only when every field has the change's stamp");
                QCOMPARE(QJsonDocument::fromJson(t.fieldsText).object(), p.fields);
            }
        }
        QCOMPARE(asText, 4);
        QVERIFY(asFields > 0);
    }

    void batchIsBoundedByCount()
    {
        open();
        const auto ids = writeVisits(10);
        Outbox outbox(*m_store);
        QCOMPARE(outbox.pendingCount(), qint64(10));
        QCOMPARE(outbox.ackedBatch(), qint64(0));
        const OutboxBatch b = outbox.currentBatch(4);
        QCOMPARE(b.seq, qint64(1));
        QCOMPARE(b.changes.size(), size_t(4));
        QCOMPARE(b.entries.size(), size_t(4));
        for (size_t i = 0; i < 4; ++i) {
            QCOMPARE(b.changes[i].entity, s("visit"));
            QCOMPARE(b.changes[i].id, ids[i]); // oldest first
            QCOMPARE(b.changes[i].fields.value(u"duration_min").toInt(), int(i));
            QVERIFY(!b.changes[i].resend);
            // Every field has its stamp.
            for (const QString &k : b.changes[i].fields.keys())
                QVERIFY(Hlc::isValid(b.changes[i].stampOf(k)));
        }
    }

    void batchIsBoundedByBytes()
    {
        open();
        writeVisits(12, 900);
        // What each entry weighs, as the store counts it.
        std::vector<std::pair<qint64, qint64>> sizes; // seq, bytes
        Statement &st = m_store->db().prepare(s("SELECT seq, bytes FROM outbox ORDER BY seq"));
        while (st.step())
            sizes.emplace_back(st.int64(0), st.int64(1));
        st.reset();
        QCOMPARE(sizes.size(), size_t(12));
        const qint64 maxBytes = 3500;
        qint64 total = 0;
        size_t expected = 0;
        while (expected < sizes.size() && total + sizes[expected].second <= maxBytes)
            total += sizes[expected++].second;
        QVERIFY(expected >= 2 && expected < 12);

        Outbox outbox(*m_store);
        const OutboxBatch b = outbox.currentBatch(5000, maxBytes);
        QCOMPARE(b.entries.size(), expected);
        for (size_t i = 0; i < expected; ++i)
            QCOMPARE(b.entries[i], sizes[i].first);
    }

    void oversizedChangeStillGoesOutAlone()
    {
        open();
        writeVisits(3, 15000);
        Outbox outbox(*m_store);
        const OutboxBatch b = outbox.currentBatch(5000, 1024);
        QCOMPARE(b.changes.size(), size_t(1));
    }

    void sameBatchUntilAcknowledged()
    {
        open();
        writeVisits(6);
        Outbox outbox(*m_store);
        const OutboxBatch first = outbox.currentBatch(3);
        // Asked again, with other limits, after new writes: the very same batch.
        writeVisits(2);
        const OutboxBatch again = outbox.currentBatch(5000);
        sameBatch(again, first);
        if (QTest::currentTestFailed())
            return;
        // An old or foreign acknowledgement does not release it.
        outbox.acknowledge(first.seq - 1, {});
        QCOMPARE(outbox.currentBatch().entries, first.entries);

        // Also after a restart (the answer to the push may never have arrived).
        const QString path = m_store->path();
        m_store.reset();
        m_store = Store::open(path, kPassphrase);
        Outbox reopened(*m_store);
        const OutboxBatch afterRestart = reopened.currentBatch(1);
        QCOMPARE(afterRestart.seq, first.seq);
        QCOMPARE(afterRestart.entries, first.entries);
    }

    void aBatchMarkedTheOldWayIsStillTheBatch()
    {
        // Stores before 2026-11-30 marked a batch's entries in outbox.batch instead of keeping
        // its last entry in device_state: such a pending batch is sent again whole, acknowledged,
        // and then batches go on the new way.
        open();
        writeVisits(5);
        Database &db = m_store->db();
        db.exec(s("UPDATE outbox SET batch = 1 WHERE seq IN (SELECT seq FROM outbox ORDER BY seq LIMIT 2)"));
        m_store->setState(s("pending_batch"), qint64(1));
        Outbox outbox(*m_store);
        const OutboxBatch old = outbox.currentBatch(5000);
        QCOMPARE(old.seq, qint64(1));
        QCOMPARE(old.changes.size(), size_t(2));
        outbox.acknowledge(old.seq, {});
        QCOMPARE(outbox.pendingCount(), qint64(3));
        const OutboxBatch next = outbox.currentBatch(5000);
        QCOMPARE(next.seq, qint64(2));
        QCOMPARE(next.changes.size(), size_t(3));
        QVERIFY(next.entries.front() > old.entries.back());
        outbox.acknowledge(next.seq, {});
        QCOMPARE(outbox.pendingCount(), qint64(0));
    }

    void acknowledgeRemovesTheBatchAndMovesOn()
    {
        open();
        writeVisits(7);
        Outbox outbox(*m_store);
        const OutboxBatch b1 = outbox.currentBatch(3);
        outbox.acknowledge(b1.seq, {});
        QCOMPARE(outbox.ackedBatch(), b1.seq);
        QCOMPARE(outbox.pendingCount(), qint64(4));
        const auto left = seqs(outboxRows(*m_store));
        for (qint64 e : b1.entries)
            QVERIFY(std::find(left.begin(), left.end(), e) == left.end());

        const OutboxBatch b2 = outbox.currentBatch(3);
        QCOMPARE(b2.seq, b1.seq + 1); // batch seqs increase by one
        QVERIFY(b2.entries.front() > b1.entries.back());
        outbox.acknowledge(b2.seq, {});
        const OutboxBatch b3 = outbox.currentBatch(3);
        QCOMPARE(b3.seq, b2.seq + 1);
        QCOMPARE(b3.changes.size(), size_t(1));
        outbox.acknowledge(b3.seq, {});
        QCOMPARE(outbox.ackedBatch(), b3.seq);
        QVERIFY(outbox.currentBatch().isEmpty());
        QCOMPARE(outbox.pendingCount(), qint64(0));
        QVERIFY(outbox.rejectedChanges().empty());
    }

    void theNextBatchIsPreparedAndAdoptedOnceTheOneBeforeIsAcknowledged()
    {
        open();
        writeVisits(7);
        Outbox outbox(*m_store);
        const OutboxBatch b1 = outbox.currentBatch(3);
        // Prepared while b1 is on the server: the three entries after it, the same changes the
        // outbox would form next, and nothing decided yet.
        const OutboxBatch next = outbox.batchAfter(b1.entries.back(), b1.seq + 1, 3, 1 << 20);
        QCOMPARE(next.seq, b1.seq + 1);
        QCOMPARE(next.entries.size(), size_t(3));
        QVERIFY(next.entries.front() > b1.entries.back());
        QCOMPARE(outbox.currentBatch(3).entries, b1.entries);
        // Not while b1 waits for its acknowledgement.
        QVERIFY(!outbox.adoptBatch(next));
        outbox.acknowledge(b1.seq, {});
        // Not under another number, nor when its entries are not the oldest.
        OutboxBatch renumbered = next;
        renumbered.seq += 1;
        QVERIFY(!outbox.adoptBatch(renumbered));
        OutboxBatch skipping = next;
        skipping.entries.erase(skipping.entries.begin());
        QVERIFY(!outbox.adoptBatch(skipping));
        QVERIFY(outbox.adoptBatch(next));
        const OutboxBatch b2 = outbox.currentBatch(5000);
        sameBatch(b2, next);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(b2.key(), next.key());
        outbox.acknowledge(b2.seq, {});
        QCOMPARE(outbox.pendingCount(), qint64(1));
        QVERIFY(outbox.batchAfter(outbox.currentBatch().entries.back(), b2.seq + 2, 3, 1 << 20).isEmpty());
    }

    void rejectedIndexesMoveToTheRejectedList()
    {
        open();
        const auto ids = writeVisits(5);
        Outbox outbox(*m_store);
        const OutboxBatch b = outbox.currentBatch();
        QCOMPARE(b.changes.size(), size_t(5));
        outbox.acknowledge(b.seq, {{1, s("field_not_owned"), s("status is the provider's")},
                                   {3, s("immutable"), s("messages never change")}});
        QCOMPARE(outbox.pendingCount(), qint64(0));
        const auto rejected = outbox.rejectedChanges();
        QCOMPARE(rejected.size(), size_t(2));
        QCOMPARE(rejected[0].recordId, ids[1]);
        QCOMPARE(rejected[0].entity, s("visit"));
        QCOMPARE(rejected[0].code, s("field_not_owned"));
        QCOMPARE(rejected[0].message, s("status is the provider's"));
        QVERIFY(rejected[0].fields.contains(s("note")));
        QCOMPARE(rejected[0].seq, b.entries[1]);
        QVERIFY(rejected[0].rejectedAt > 0);
        QCOMPARE(rejected[1].recordId, ids[3]);
        QCOMPARE(rejected[1].code, s("immutable"));
        // Never sent again.
        QVERIFY(outbox.currentBatch().isEmpty());
    }

    void rejectEntryTakesOneChangeOut()
    {
        open();
        const auto ids = writeVisits(3);
        Outbox outbox(*m_store);
        const auto rows = outboxRows(*m_store);
        outbox.rejectEntry(rows[1].seq, s("invalid_value"), s("note: too long"));
        QCOMPARE(outbox.pendingCount(), qint64(2));
        QCOMPARE(outbox.rejectedChanges().size(), size_t(1));
        QCOMPARE(outbox.rejectedChanges().front().recordId, ids[1]);
        const OutboxBatch b = outbox.currentBatch();
        QCOMPARE(b.changes.size(), size_t(2));
        QCOMPARE(b.changes[0].id, ids[0]);
        QCOMPARE(b.changes[1].id, ids[2]);
    }

    void resendQueuesEveryWritableRecordWithItsOriginalStamps()
    {
        open();
        Records records(*m_store);
        const QString family = records.create(u"family", {{s("code"), s("F-1")}, {s("name"), s("Ayşe")}});
        const QString visit = records.create(u"visit", {{s("family_id"), family}, {s("note"), s("eerste")}});
        QVERIFY(records.update(u"visit", visit, {{s("duration_min"), 30}}));
        const QString referral = records.create(u"referral", {{s("family_id"), family},
                                                              {s("provider_id"), kProviderId},
                                                              {s("state"), s("sent")}});
        const QString message = records.create(u"message", {{s("referral_id"), referral},
                                                            {s("kind"), s("text")}, {s("body"), s("Hallo")}});
        // The provider answered; organisations and users come from the server.
        const qint64 t = g_wallMs;
        records.applyRemote(remote(s("referral"), referral, {{s("status"), s("intake_planned")},
                                                             {s("intake_on"), s("2026-12-01")}}, t));
        const QString org = Ids::newId();
        records.applyRemote(remote(s("organisation"), org, {{s("name"), s("Al Amal")}}, t));
        const QString user = Ids::newId();
        records.applyRemote(remote(s("user"), user, {{s("display_name"), s("Fatima")}}, t));
        ackEverything();

        Outbox outbox(*m_store);
        QCOMPARE(outbox.enqueueResendAll(), 4); // family, visit, referral, message
        const auto rows = outboxRows(*m_store);
        QCOMPARE(rows.size(), size_t(4));
        QSet<QString> queued;
        for (const OutboxRow &r : rows) {
            QVERIFY(r.resend);
            queued.insert(r.recordId);
        }
        QCOMPARE(queued, (QSet<QString>{family, visit, referral, message}));

        const OutboxBatch b = outbox.currentBatch();
        QCOMPARE(b.changes.size(), size_t(4));
        for (const RecordChange &c : b.changes) {
            QVERIFY(c.resend);
            QVERIFY(c.bases.isEmpty());
            const auto rec = records.get(c.entity, c.id);
            QVERIFY(rec.has_value());
            // Every field the role writes, with its value and the stamp of its last write.
            for (auto it = c.fields.begin(); it != c.fields.end(); ++it) {
                QCOMPARE(it.value(), rec->value(it.key()));
                QCOMPARE(c.stampOf(it.key()), rec->stamps.value(it.key()).toString());
            }
            if (c.id == referral) {
                QVERIFY(c.fields.contains(u"state"));
                QVERIFY(!c.fields.contains(u"status")); // the provider's field
                QVERIFY(!c.fields.contains(u"intake_on"));
            }
            if (c.id == visit) {
                QCOMPARE(c.fields.value(u"duration_min").toInt(), 30);
                QCOMPARE(c.stampOf(s("note")), rec->stamps.value(u"created_at").toString());
                QVERIFY(c.stampOf(s("duration_min")) > c.stampOf(s("note")));
            }
        }
    }

    void resendForACaseworkerQueuesOnlyProviderFieldsAndMessages()
    {
        open(identity(s("caseworker")));
        Records records(*m_store);
        const qint64 t = g_wallMs;
        const QString family = Ids::newId(), consent = Ids::newId(), referral = Ids::newId();
        records.applyRemote(remote(s("family"), family, {{s("code"), s("F-1")},
                                                         {s("intermediary_id"), kIntermediaryId}}, t));
        records.applyRemote(remote(s("consent"), consent, {{s("family_id"), family},
                                                           {s("provider_id"), kProviderId},
                                                           {s("shares"), QJsonArray{s("identity")}}}, t));
        records.applyRemote(remote(s("referral"), referral,
                                   {{s("family_id"), family}, {s("consent_id"), consent},
                                    {s("provider_id"), kProviderId}, {s("state"), s("sent")},
                                    {s("reason_family"), s("rust in huis")},
                                    {s("created_by"), kIntermediaryId}}, t));
        const QString theirs = Ids::newId();
        records.applyRemote(remote(s("message"), theirs, {{s("referral_id"), referral},
                                                          {s("kind"), s("text")},
                                                          {s("body"), s("Graag een intake")}}, t));
        // The caseworker plans the intake and writes back.
        QVERIFY(records.update(u"referral", referral, {{s("status"), s("intake_planned")},
                                                       {s("intake_on"), s("2026-12-01")}}));
        const QString mine = records.create(u"message", {{s("referral_id"), referral},
                                                         {s("kind"), s("text")}, {s("body"), s("Dinsdag")}});
        ackEverything();

        Outbox outbox(*m_store);
        QCOMPARE(outbox.enqueueResendAll(), 3); // the referral's provider side and two messages
        const OutboxBatch b = outbox.currentBatch();
        QSet<QString> ids;
        for (const RecordChange &c : b.changes) {
            ids.insert(c.id);
            QVERIFY(c.resend);
            QVERIFY(c.entity == u"referral" || c.entity == u"message");
            if (c.entity == u"referral") {
                QCOMPARE(c.fields.value(u"status").toString(), s("intake_planned"));
                QVERIFY(c.fields.contains(u"intake_on"));
                for (const char *owners : {"state", "reason_family", "family_id", "consent_id", "provider_id"})
                    QVERIFY2(!c.fields.contains(QLatin1StringView(owners)), owners);
            }
        }
        QCOMPARE(ids, (QSet<QString>{referral, theirs, mine}));
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
