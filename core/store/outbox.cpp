#include "outbox.h"

#include "recordcodec.h"
#include "rowstamps.h"
#include "schema.h"
#include "store.h"
#include "writableby.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace brug {

namespace {
const QString kAcked = QStringLiteral("acked_batch");
const QString kPending = QStringLiteral("pending_batch");
// The last outbox entry of the pending batch: the batch is every entry up to it (entries only
// ever leave the outbox, and new ones come after). Stores whose pending batch was formed before
// this key existed marked its entries in the `batch` column instead; that is still read.
const QString kPendingLast = QStringLiteral("pending_last");

QJsonObject parse(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

int columnOf(const EntityDef &def, const QString &field)
{
    for (size_t i = 0; i < def.fields.size(); ++i)
        if (def.fields[i].name == field)
            return int(i);
    return 0;
}

QHash<QString, QString> toHash(const QJsonObject &o)
{
    QHash<QString, QString> h;
    for (auto it = o.begin(); it != o.end(); ++it)
        h.insert(it.key(), it.value().toString());
    return h;
}
} // namespace

QString OutboxBatch::key() const
{
    if (entries.empty())
        return QString();
    return QStringLiteral("%1-%2-%3").arg(entries.front()).arg(entries.back()).arg(entries.size());
}

Outbox::Outbox(Store &store) : m_store(store) {}

qint64 Outbox::pendingCount()
{
    return m_store.db().scalar(QStringLiteral("SELECT count(*) FROM outbox"));
}

qint64 Outbox::ackedBatch()
{
    return m_store.stateInt(kAcked);
}

std::pair<QString, qint64> Outbox::pendingEntries(qint64 seq)
{
    const qint64 last = m_store.stateInt(kPendingLast);
    if (last > 0)
        return {QStringLiteral("seq <= ?"), last};
    return {QStringLiteral("batch = ?"), seq};
}

OutboxBatch Outbox::load(qint64 seq, Fields fields)
{
    const auto [where, value] = pendingEntries(seq);
    OutboxBatch b = loadWhere(where, {value}, fields);
    b.seq = seq;
    return b;
}

OutboxBatch Outbox::loadWhere(const QString &where, const QVariantList &values, Fields fields)
{
    OutboxBatch b;
    Statement &s = m_store.db().prepare(
        QStringLiteral("SELECT seq, entity, record_id, fields, stamp, stamps, bases, resend FROM outbox "
                       "WHERE %1 ORDER BY seq").arg(where));
    for (qsizetype i = 0; i < values.size(); ++i)
        s.bind(int(i) + 1, values[i].toLongLong());
    while (s.step()) {
        RecordChange c;
        c.entity = s.text(1);
        c.id = s.text(2);
        c.stamp = s.text(4);
        if (fields == Fields::AsText && s.isNull(5))
            c.fieldsText = s.utf8(3); // written by compact(): one JSON object
        else
            c.fields = parse(s.utf8(3));
        if (!s.isNull(5)) {
            const QJsonObject overrides = parse(s.utf8(5));
            for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it)
                if (c.fields.contains(it.key()) && it->toString() != c.stamp)
                    c.stamps.insert(it.key(), it->toString());
        }
        if (!s.isNull(6))
            c.bases = toHash(parse(s.utf8(6)));
        c.resend = s.int64(7) != 0;
        b.entries.push_back(s.int64(0));
        b.changes.push_back(std::move(c));
    }
    s.reset();
    return b;
}

OutboxBatch Outbox::currentBatch(int maxChanges, qint64 maxBytes, Fields fields)
{
    const qint64 pending = m_store.stateInt(kPending);
    if (pending > 0) {
        OutboxBatch b = load(pending, fields);
        if (!b.isEmpty())
            return b;
    }
    // Entries only join after the last one, and only the sync engine takes any out: the bounds
    // read here still hold below. (A sync with nothing to push then changes no setting.)
    const auto [last, n] = boundsAfter(0, maxChanges, maxBytes);
    if (n == 0)
        return OutboxBatch{};
    // No fsync for this: if a power cut takes it, the batch is formed again, perhaps with more
    // entries, and its key tells the server it is not the one it may have applied (§8).
    RelaxedDurability relaxed(m_store.db());
    Transaction tx(m_store.db());
    const qint64 seq = std::max(ackedBatch(), pending) + 1;
    // The batch is fixed by its last entry, not by marking each entry: rewriting every row of a
    // 2 MiB batch (and again to delete it) was most of what a push cost the device.
    m_store.setState(kPending, seq);
    m_store.setState(kPendingLast, last);
    tx.commit();
    return load(seq, fields);
}

std::pair<qint64, int> Outbox::boundsAfter(qint64 afterEntry, int maxChanges, qint64 maxBytes)
{
    Statement &s = m_store.db().prepare(
        QStringLiteral("SELECT seq, bytes FROM outbox WHERE seq > ? ORDER BY seq LIMIT ?"));
    s.bind(1, afterEntry);
    s.bind(2, qint64(maxChanges));
    qint64 bytes = 0, last = -1;
    int n = 0;
    while (s.step()) {
        const qint64 size = s.int64(1);
        if (n > 0 && bytes + size > maxBytes)
            break;
        bytes += size;
        last = s.int64(0);
        ++n;
    }
    s.reset();
    return {last, n};
}

OutboxBatch Outbox::batchAfter(qint64 afterEntry, qint64 seq, int maxChanges, qint64 maxBytes, Fields fields)
{
    Transaction tx(m_store.db()); // one snapshot for the bounds and the rows
    const auto [last, n] = boundsAfter(afterEntry, maxChanges, maxBytes);
    if (n == 0)
        return OutboxBatch{};
    OutboxBatch b = loadWhere(QStringLiteral("seq > ? AND seq <= ?"), {afterEntry, last}, fields);
    b.seq = seq;
    tx.commit();
    return b;
}

bool Outbox::adoptBatch(const OutboxBatch &batch)
{
    if (batch.isEmpty())
        return false;
    // Bookkeeping that a power cut may take, as in currentBatch.
    RelaxedDurability relaxed(m_store.db());
    Transaction tx(m_store.db());
    const qint64 pending = m_store.stateInt(kPending);
    if (pending > 0 && !load(pending).isEmpty())
        return false;
    if (batch.seq != std::max(ackedBatch(), pending) + 1)
        return false;
    Statement &s = m_store.db().prepare(QStringLiteral("SELECT min(seq), count(*) FROM outbox WHERE seq <= ?"));
    s.bind(1, batch.entries.back());
    const bool oldest = s.step() && s.int64(0) == batch.entries.front() && s.int64(1) == qint64(batch.entries.size());
    s.reset();
    if (!oldest)
        return false;
    m_store.setState(kPending, batch.seq);
    m_store.setState(kPendingLast, batch.entries.back());
    tx.commit();
    return true;
}

void Outbox::acknowledge(qint64 seq, const std::vector<Rejection> &rejected)
{
    Transaction tx(m_store.db());
    if (!rejected.empty()) {
        const OutboxBatch b = load(seq);
        for (const Rejection &r : rejected)
            if (r.index >= 0 && size_t(r.index) < b.entries.size())
                moveToRejected(b.entries[size_t(r.index)], r.code, r.message);
    }
    if (m_store.stateInt(kPending) == seq) {
        const auto [where, value] = pendingEntries(seq);
        Statement &d = m_store.db().prepare(QStringLiteral("DELETE FROM outbox WHERE %1").arg(where));
        d.bind(1, value);
        d.run();
        m_store.setState(kPending, qint64(0));
        m_store.setState(kPendingLast, qint64(0));
    }
    if (seq > ackedBatch())
        m_store.setState(kAcked, seq);
    tx.commit();
}

void Outbox::moveToRejected(qint64 outboxSeq, const QString &code, const QString &message)
{
    Statement &c = m_store.db().prepare(QStringLiteral(
        "INSERT OR REPLACE INTO rejected (seq, entity, record_id, fields, code, message, rejected_at) "
        "SELECT seq, entity, record_id, fields, ?, ?, ? FROM outbox WHERE seq = ?"));
    c.bind(1, code).bind(2, message).bind(3, m_store.now()).bind(4, outboxSeq);
    c.run();
    Statement &d = m_store.db().prepare(QStringLiteral("DELETE FROM outbox WHERE seq = ?"));
    d.bind(1, outboxSeq);
    d.run();
}

void Outbox::rejectEntry(qint64 outboxSeq, const QString &code, const QString &message)
{
    Transaction tx(m_store.db());
    moveToRejected(outboxSeq, code, message);
    tx.commit();
}

int Outbox::enqueueResendAll()
{
    const DeviceIdentity &me = m_store.identity();
    Transaction tx(m_store.db());
    int queued = 0;
    for (const EntityDef &def : Schema::entities()) {
        // Public records this device may write are only its own organisation's.
        const bool publicEntity = def.audience == Audience::Public;
        QStringList cols;
        for (const FieldDef &f : def.fields)
            cols << QStringLiteral("\"%1\"").arg(f.name);
        Statement &s = m_store.db().prepare(
            QStringLiteral("SELECT id, _stamps, %1 FROM \"%2\"").arg(cols.join(u','), def.name));
        std::vector<std::tuple<QString, QByteArray, QByteArray>> rows;
        while (s.step()) {
            const QJsonObject stamps = RowStamps::read(s.utf8(1));
            QJsonObject fields, fieldStamps;
            int col = 2;
            for (const FieldDef &f : def.fields) {
                const QJsonValue v = RecordCodec::read(s, col++, f);
                const QString stamp = stamps.value(QString(f.name)).toString();
                // Conflicts go back whole: the server takes one only if it would have made it itself.
                if (stamp.isEmpty() || (!WritableBy::mayWrite(me.role, def, f) && def.name != u"conflict"))
                    continue;
                fields.insert(QString(f.name), v);
                fieldStamps.insert(QString(f.name), stamp);
            }
            if (!WritableBy::hasContent(def, fields))
                continue;
            if (publicEntity) {
                const QString owner = def.name == u"organisation"
                                          ? s.text(0)
                                          : s.text(2 + columnOf(def, QStringLiteral("provider_id")));
                if (owner != me.orgId)
                    continue;
            }
            rows.emplace_back(s.text(0), QJsonDocument(fields).toJson(QJsonDocument::Compact),
                              QJsonDocument(fieldStamps).toJson(QJsonDocument::Compact));
        }
        s.reset();
        Statement &ins = m_store.db().prepare(QStringLiteral(
            "INSERT INTO outbox (entity, record_id, fields, stamp, stamps, resend, bytes) "
            "VALUES (?,?,?,?,?,1,?)"));
        for (const auto &[id, fields, stamps] : rows) {
            const QJsonObject st = parse(stamps);
            ins.bind(1, def.table()).bind(2, id).bind(3, QString::fromUtf8(fields));
            ins.bind(4, st.begin().value().toString());
            ins.bind(5, QString::fromUtf8(stamps));
            ins.bind(6, qint64(fields.size() + stamps.size() + 100));
            ins.run();
            ++queued;
        }
    }
    tx.commit();
    return queued;
}

std::vector<RejectedChange> Outbox::rejectedChanges()
{
    std::vector<RejectedChange> out;
    Statement &s = m_store.db().prepare(QStringLiteral(
        "SELECT seq, entity, record_id, fields, code, message, rejected_at FROM rejected "
        "ORDER BY seq"));
    while (s.step()) {
        RejectedChange r;
        r.seq = s.int64(0);
        r.entity = s.text(1);
        r.recordId = s.text(2);
        r.fields = parse(s.utf8(3)).keys();
        r.code = s.text(4);
        r.message = s.text(5);
        r.rejectedAt = s.int64(6);
        out.push_back(r);
    }
    s.reset();
    return out;
}

} // namespace brug
