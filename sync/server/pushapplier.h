#pragma once

#include "changetext.h"
#include "devicecontext.h"
#include "recordchange.h"
#include "serverrecord.h"
#include "syncmessages.h"

#include <QSet>
#include <functional>
#include <unordered_map>
#include <unordered_set>
#include <optional>
#include <vector>

namespace brug {

struct EntityDef;
class RecordTable;
class ServerDatabase;
class Visibility;

/// Applies one push batch inside the caller's write transaction: who may write what (§10),
/// the per-field merge (§6), conflict records, and the families whose grants must be refreshed.
class PushApplier
{
public:
    PushApplier(const ServerDatabase &db, RecordTable &table, Visibility &visibility,
                const DeviceContext &device);

    struct Result
    {
        int applied = 0;
        std::vector<Rejection> rejected;
        QSet<QString> families;   ///< families whose referrals or consents changed
        qint64 ownSeqs = 0;       ///< sequence numbers taken by the device's own writes
        bool complete = true;     ///< false: `ready` stopped it part way (the caller rolls back)
    };
    /// Says when changes are there to apply, for a batch still being read (BatchReading): called
    /// with the first change not yet known to be there, it returns where the changes there from
    /// it on end (past it), or 0 to stop.
    using Ready = std::function<size_t(size_t next)>;
    /// `texts`: each change's text in the request (ChangeText), or empty; a record a change
    /// makes is stored from it. `ready`: nothing when every change is there already.
    [[nodiscard]] Result apply(const std::vector<RecordChange> &changes, const std::vector<ChangeText> &texts = {},
                               const Ready &ready = {});
    /// A record this batch loaded or wrote, as it is now stored; nullptr when not at hand.
    [[nodiscard]] const ServerRecord *known(const QString &entity, const QString &id) const;
    /// Whether this batch made the record (it was not on the server before).
    [[nodiscard]] bool made(const QString &entity, const QString &id) const;

private:
    /// `names`: the change's field names (c.fields.keys()), in the object's order.
    [[nodiscard]] std::optional<Rejection> authorize(const RecordChange &c, const QStringList &names,
                                                     const ServerRecord *current);
    [[nodiscard]] std::optional<Rejection> authorizeConflictResend(const RecordChange &c, const ServerRecord *current);
    /// What this device's role writes of an entity (WritableBy::mayWrite), worked out once a
    /// batch: every field of every change is checked against it.
    struct Writable
    {
        bool any = false;       ///< a field other than the meta fields
        QSet<QString> fields;
    };
    const Writable &writableOf(const EntityDef &def);
    /// The record a conflict is about, when it exists on the server.
    [[nodiscard]] const ServerRecord *conflictSubject(const RecordChange &c, const ServerRecord *current);
    void merge(const RecordChange &c, const QStringList &names, ServerRecord &record);
    void logConflict(const ServerRecord &record, const QString &field, const FieldState &winner,
                     const QJsonValue &loserValue, const QString &loserStamp);
    ServerRecord *cached(const QString &entity, const QString &id);
    /// Loads the records of changes [from, to) and their referrals not loaded yet.
    void prefetch(const std::vector<RecordChange> &changes, size_t from, size_t to);

    const ServerDatabase &m_db;
    RecordTable &m_table;
    Visibility &m_visibility;
    const DeviceContext &m_device;
    /// A record's entity and id, kept apart: a batch looks records up tens of thousands of
    /// times, and joining the two into one string allocated a key at each.
    struct RecordKey
    {
        QString entity;
        QString id;
        friend bool operator==(const RecordKey &a, const RecordKey &b) { return a.id == b.id && a.entity == b.entity; }
    };
    struct KeyHash
    {
        size_t operator()(const RecordKey &k) const noexcept { return qHash(k.id); }
    };
    /// Records loaded or new. Node-based, so a reference held while another record is loaded
    /// stays valid.
    std::unordered_map<RecordKey, ServerRecord, KeyHash> m_cache;
    QHash<QString, QString> m_orgKinds;
    QHash<QString, Writable> m_writable; ///< entity -> what the role writes of it
    std::unordered_set<RecordKey, KeyHash> m_made; ///< the records this batch made
    qint64 m_recordSeq = 0;
};

} // namespace brug
