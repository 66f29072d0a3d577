#pragma once

#include "record.h"
#include "recordchange.h"
#include "schema.h"

#include <QJsonObject>
#include <QVariantList>
#include <optional>
#include <vector>

namespace brug {

class Store;

/// Reads and writes records of any entity: local writes go to the table and the outbox in one
/// transaction; pulled changes merge field by field, last writer by stamp wins.
class Records
{
public:
    explicit Records(Store &store);

    [[nodiscard]] std::optional<Record> get(QStringView entity, const QString &id);
    /// Records of an entity matching `where` (SQL after WHERE, may end in ORDER BY / LIMIT),
    /// with `args` bound in order. Deleted records are included unless `where` excludes them.
    [[nodiscard]] std::vector<Record> query(QStringView entity, const QString &where,
                                            const QVariantList &args = {});

    /// Creates a record with a new id; throws StoreError(Invalid) for a field that does not fit.
    QString create(QStringView entity, const QJsonObject &fields);
    /// Creates a record with a chosen id (demo data, tests).
    void createWithId(QStringView entity, const QString &id, const QJsonObject &fields);
    /// Writes the fields that differ from what is stored; returns false when nothing changed.
    bool update(QStringView entity, const QString &id, const QJsonObject &fields);
    /// Tombstones the record (deleted = true).
    void remove(QStringView entity, const QString &id);

    struct ApplyResult
    {
        int fieldsApplied = 0;
        bool created = false;
        bool dropped = false;
    };
    /// Merges a pulled change; writes no outbox entry. Throws StoreError(Invalid) on bad data.
    /// The clock, which has seen the change's stamps, is saved with it unless `persistClock` is
    /// false: then the caller saves it in the same transaction (a pull applies many changes).
    ApplyResult applyRemote(const RecordChange &change, bool persistClock = true);
    /// Merges a page of pulled changes, all or none: a bad change throws and leaves none of them
    /// written. One savepoint for the page, not one per change: SQLCipher encrypts each page a
    /// savepoint first touches into its sub-journal, which per change cost more than the write.
    /// In a flat transaction (the sync engine's) it takes none, and the caller's rollback undoes
    /// the page. Saves the clock with them unless `persistClock` is false.
    void applyRemoteAll(const std::vector<RecordChange> &changes, bool persistClock = true);

    [[nodiscard]] static const EntityDef &entityDef(QStringView entity);

private:
    ApplyResult merge(const RecordChange &change);
    bool write(const EntityDef &def, const QString &id, QJsonObject fields, bool create);
    [[nodiscard]] static int fieldIndex(const EntityDef &def, const QString &name);
    /// The statement that writes the fields in `mask` (bits by schema index) of one row.
    [[nodiscard]] static const QString &rowSql(const EntityDef &def, quint64 mask, bool exists, bool withSearchKey);
    /// Inserts or updates the row with these fields; `stampsJson` is the row's whole `_stamps`.
    void storeRow(const EntityDef &def, const QString &id, const QJsonObject &fields,
                  const QByteArray &stampsJson, bool exists);
    void updateSearchKey(const QString &familyId);
    void dropRecord(const QString &entity, const QString &id);

    Store &m_store;
};

} // namespace brug
