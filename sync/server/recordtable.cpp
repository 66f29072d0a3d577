#include "recordtable.h"

#include "serverclock.h"
#include "serverdatabase.h"

#include <QDateTime>
#include <QJsonObject>
#include <algorithm>

namespace brug {

namespace {
/// "?,?,?" for an IN list of `values`, which are appended to `args`.
QString appendPlaceholders(const QStringList &values, QVariantList &args)
{
    QStringList marks;
    for (const QString &v : values) {
        marks << QStringLiteral("?");
        args << v;
    }
    return marks.join(u',');
}

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}
} // namespace

RecordTable::RecordTable(const ServerDatabase &db)
    : m_db(db),
      m_columns(QStringLiteral("entity, id, org_id, audience, provider_id, family_id, referral_id, seq, ") +
                db.utf8Column(QStringLiteral("body"))),
      m_update(QStringLiteral("UPDATE records SET org_id = ?, audience = ?, provider_id = ?, family_id = ?, "
                              "referral_id = ?, seq = ?, body = %1 WHERE entity = ? AND id = ?")
                   .arg(db.utf8Placeholder())),
      m_updateBody(QStringLiteral("UPDATE records SET seq = ?, body = %1 WHERE entity = ? AND id = ?")
                       .arg(db.utf8Placeholder())),
      m_insert(QStringLiteral("INSERT INTO records (org_id, audience, provider_id, family_id, referral_id, seq, "
                              "body, entity, id) VALUES (?,?,?,?,?,?,%1,?,?)")
                   .arg(db.utf8Placeholder()))
{
}

ServerRecord RecordTable::fromRow(const ServerRows &q)
{
    ServerRecord r;
    r.entity = q.value(0).toString();
    r.id = q.value(1).toString();
    r.orgId = q.value(2).toString();
    r.audience = q.value(3).toString();
    r.providerId = q.value(4).toString();
    r.familyId = q.value(5).toString();
    r.referralId = q.value(6).toString();
    r.seq = q.value(7).toLongLong();
    r.parseBody(q.value(8).toByteArray());
    r.exists = true;
    r.storedPlacement = r.placement();
    return r;
}

std::optional<ServerRecord> RecordTable::load(const QString &entity, const QString &id) const
{
    flushInserts();
    ServerRows q = m_db.select(QStringLiteral("SELECT %1 FROM records WHERE entity = ? AND id = ?").arg(m_columns),
                               {entity, id});
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

std::vector<ServerRecord> RecordTable::loadKeys(const QHash<QString, QStringList> &idsByEntity) const
{
    flushInserts();
    std::vector<ServerRecord> out;
    constexpr qsizetype kChunk = 400;
    QStringList terms;
    QVariantList args;
    auto run = [&] {
        ServerRows q = m_db.select(QStringLiteral("SELECT %1 FROM records WHERE %2").arg(m_columns, terms.join(QLatin1String(" OR "))),
                                   args);
        while (q.next())
            out.push_back(fromRow(q));
        terms.clear();
        args.clear();
    };
    for (auto it = idsByEntity.cbegin(); it != idsByEntity.cend(); ++it) {
        for (qsizetype start = 0; start < it.value().size();) {
            const qsizetype room = kChunk - (args.size() - terms.size());
            const QStringList ids = it.value().mid(start, room);
            args << it.key();
            terms << QStringLiteral("(entity = ? AND id IN (%1))").arg(appendPlaceholders(ids, args));
            start += ids.size();
            if (args.size() - terms.size() >= kChunk)
                run();
        }
    }
    if (!terms.isEmpty())
        run();
    return out;
}

QHash<QString, std::vector<ServerRecord>> RecordTable::loadFamilies(const QStringList &familyIds,
                                                                  const QStringList &entities,
                                                                  const KnownRecord &known) const
{
    flushInserts();
    QHash<QString, std::vector<ServerRecord>> out;
    // Keys first (from the index alone), bodies only for what the caller does not hold: after
    // a push most of a family's records are in the batch.
    QHash<QString, QStringList> missing; // entity -> ids
    constexpr qsizetype kChunk = 200;
    for (qsizetype start = 0; start < familyIds.size(); start += kChunk) {
        QVariantList args;
        const QString families = appendPlaceholders(familyIds.mid(start, kChunk), args);
        const QString kinds = appendPlaceholders(entities, args);
        ServerRows q = m_db.select(QStringLiteral("SELECT entity, id, family_id FROM records "
                                                  "WHERE family_id IN (%1) AND entity IN (%2)")
                                       .arg(families, kinds),
                                   args);
        while (q.next()) {
            const QString entity = q.value(0).toString();
            const QString id = q.value(1).toString();
            if (const ServerRecord *have = known ? known(entity, id) : nullptr)
                out[q.value(2).toString()].push_back(*have);
            else
                missing[entity] << id;
        }
    }
    for (ServerRecord &r : loadKeys(missing))
        out[r.familyId].push_back(std::move(r));
    return out;
}

void RecordTable::save(ServerRecord &r, const QByteArray &body)
{
    const QVariant text = m_db.utf8Value(body.isEmpty() ? r.bodyJson() : body);
    std::array<QString, 5> placement = r.placement();
    const auto row = [&] {
        return QVariantList{orNull(r.orgId), r.audience, orNull(r.providerId), orNull(r.familyId),
                            orNull(r.referralId), r.seq, text, r.entity, r.id};
    };
    if (!m_pendingAt.isEmpty()) {
        // Made earlier in this batch and not written yet: its row is written as it is now.
        const auto at = m_pendingAt.constFind(r.entity + QLatin1Char('/') + r.id);
        if (at != m_pendingAt.cend()) {
            const QVariantList args = row();
            std::copy(args.cbegin(), args.cend(), m_pendingRows.begin() + *at);
            r.storedPlacement = std::move(placement);
            return;
        }
    }
    if (!r.exists && m_deferInserts) {
        m_pendingAt.insert(r.entity + QLatin1Char('/') + r.id, m_pendingRows.size());
        m_pendingRows.append(row());
        r.exists = true;
        r.storedPlacement = std::move(placement);
        return;
    }
    if (r.exists && placement == r.storedPlacement) {
        // Only the columns that changed: SQLite rewrites the entry of every index on a column
        // the UPDATE sets, changed or not (the family and referral indexes, a third of an edit).
        m_db.run(m_updateBody, {r.seq, text, r.entity, r.id});
        return;
    }
    m_db.run(r.exists ? m_update : m_insert, row());
    r.exists = true;
    r.storedPlacement = std::move(placement);
}

void RecordTable::flushInserts() const
{
    if (m_pendingRows.isEmpty())
        return;
    constexpr qsizetype kColumns = 9;
    constexpr qsizetype kRowsPerStatement = 100;
    const QString row = QStringLiteral("(?,?,?,?,?,?,%1,?,?)").arg(m_db.utf8Placeholder());
    // The statement text stays the same for every full chunk: prepared once per connection.
    const QString head = m_insert.left(m_insert.indexOf(QLatin1String("VALUES")) + 7);
    QVariantList rows;
    rows.swap(m_pendingRows);
    m_pendingAt.clear();
    for (qsizetype start = 0; start < rows.size(); start += kColumns * kRowsPerStatement) {
        const qsizetype count = std::min(kColumns * kRowsPerStatement, rows.size() - start);
        QStringList marks(count / kColumns, row);
        m_db.run(head + marks.join(u','), rows.mid(start, count));
    }
}

ServerRecord RecordTable::writeAsServer(const QString &entity, const QString &id, const QString &orgId,
                                        const QString &audience, const QJsonObject &fields)
{
    ServerRecord r = load(entity, id).value_or(ServerRecord{});
    if (!r.exists) {
        r.entity = entity;
        r.id = id;
    }
    r.orgId = orgId;
    r.audience = audience;
    const QString stamp = ServerClock::instance().next();
    const qint64 seq = nextSeq();
    QJsonObject all = fields;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    all.insert(QStringLiteral("updated_at"), double(now));
    if (!r.fields.contains(QStringLiteral("created_at"))) {
        all.insert(QStringLiteral("created_at"), double(now));
        all.insert(QStringLiteral("deleted"), false);
    }
    for (auto it = all.begin(); it != all.end(); ++it)
        r.fields.insert(it.key(), FieldState{it.value(), stamp, seq});
    r.seq = seq;
    r.deriveAudienceColumns();
    save(r);
    return r;
}

qint64 RecordTable::storedSeq() const
{
    return m_db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'seq'")).toString().toLongLong();
}

void RecordTable::beginSequence()
{
    m_start = m_seq = storedSeq();
}

qint64 RecordTable::nextSeq()
{
    return ++m_seq;
}

void RecordTable::finishSequence()
{
    flushInserts();
    if (m_seq != m_start)
        m_db.run(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'seq'"), {QString::number(m_seq)});
}

} // namespace brug
