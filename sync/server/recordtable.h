#pragma once

#include "serverrecord.h"

#include <QHash>
#include <QStringList>
#include <QVariantList>
#include <functional>
#include <optional>
#include <vector>

namespace brug {

class ServerDatabase;
class ServerRows;

/// A record the caller already holds, current as stored (or nullptr): spares parsing its body.
using KnownRecord = std::function<const ServerRecord *(const QString &entity, const QString &id)>;

/// The server's `records` table: load, store, and hand out sequence numbers inside the
/// one write transaction.
class RecordTable
{
public:
    explicit RecordTable(const ServerDatabase &db);

    /// A record from a row of the columns entity, id, org_id, audience, provider_id, family_id,
    /// referral_id, seq, and the body as UTF-8 bytes (ServerDatabase::utf8Column), in that order.
    [[nodiscard]] static ServerRecord fromRow(const ServerRows &row);
    [[nodiscard]] std::optional<ServerRecord> load(const QString &entity, const QString &id) const;
    /// Loads records of several entities at once (entity -> ids; missing ones are absent), in
    /// one statement per few hundred: a push looks up every record of its batch before it.
    [[nodiscard]] std::vector<ServerRecord> loadKeys(const QHash<QString, QStringList> &idsByEntity) const;
    /// The records of these entities that belong to each family (its `family_id` column; a
    /// family's own record has its id there), a few hundred families per query.
    [[nodiscard]] QHash<QString, std::vector<ServerRecord>> loadFamilies(const QStringList &familyIds,
                                                                         const QStringList &entities,
                                                                         const KnownRecord &known = {}) const;
    /// Inserts or updates; `record.exists` says which, and is true afterwards. `body`: the
    /// record's body when the caller has it as text already (else bodyJson() is written).
    /// While inserts are deferred, a new record is written with the next flushInserts().
    void save(ServerRecord &record, const QByteArray &body = {});
    /// Until flushInserts(), new records are kept and then written a hundred to a statement:
    /// on PostgreSQL each statement is a round trip made while holding the store's write lock,
    /// which every other push waits for. Every read of this table writes them first.
    void deferInserts() { m_deferInserts = true; }
    void flushInserts() const;
    /// Writes fields as the server itself (admin commands, demo data, conflict records), with
    /// the server clock's stamp; needs beginSequence() in a write transaction.
    ServerRecord writeAsServer(const QString &entity, const QString &id, const QString &orgId,
                               const QString &audience, const QJsonObject &fields);

    /// Sequence numbers: read once at the start of a write transaction, written back at its end.
    void beginSequence();
    [[nodiscard]] qint64 nextSeq();
    [[nodiscard]] qint64 currentSeq() const { return m_seq; }
    void finishSequence();
    [[nodiscard]] qint64 storedSeq() const;

private:
    const ServerDatabase &m_db;
    const QString m_columns; ///< fromRow's
    const QString m_update;
    const QString m_updateBody; ///< seq and body alone
    const QString m_insert;
    bool m_deferInserts = false;
    /// Rows of new records not yet written (m_insert's values, in its order), and where each
    /// record's row is, for a record changed again before they are.
    /// Mutable: reading the table writes them first, and a read does not change what it holds.
    mutable QVariantList m_pendingRows;
    mutable QHash<QString, qsizetype> m_pendingAt; ///< "entity/id" -> its first value in m_pendingRows
    qint64 m_seq = 0;
    qint64 m_start = 0;
};

} // namespace brug
