#pragma once

#include "devicecontext.h"
#include "pullqueries.h"
#include "recordchange.h"

#include <QByteArray>
#include <vector>

namespace brug {

class RecordTable;
class ServerDatabase;

/// One page of a pull.
struct PullPage
{
    std::vector<QByteArray> changes; ///< each change as wire JSON text (docs/sync-protocol.md §7)
    qint64 cursor = 0;
    bool more = false;
};

/// Builds what a device receives after its cursor (docs/sync-protocol.md §8, §10): its
/// organisation's records and public ones, or for a provider device what its grants allow.
class PullBuilder
{
public:
    PullBuilder(const ServerDatabase &db, const RecordTable &table);
    /// Records changed above `cursor`, each with its fields changed above `since` (<= cursor: the
    /// cursor at which the device's run of pages began, docs/sync-protocol.md §8).
    [[nodiscard]] PullPage build(const DeviceContext &device, qint64 cursor, qint64 since, qint64 maxBytes);

private:
    struct Item;
    void collectRecords(const QString &sql, const QVariantList &args, std::vector<Item> &items,
                        qint64 *bound, bool masked, qint64 maxBytes);
    void collectEvents(const QString &providerId, qint64 cursor, std::vector<Item> &items, qint64 *bound);
    /// Whether the provider's grants are fewer than `changed` records (and those more than a
    /// few): then a pull reads its granted records from its grants rather than from the records
    /// changed since its cursor.
    [[nodiscard]] bool fewerGrantsThan(const QString &providerId, qint64 changed) const;
    void expandGrant(const DeviceContext &device, const Item &event, std::vector<QByteArray> &out,
                     qint64 *bytes);

    const ServerDatabase &m_db;
    const RecordTable &m_table;
    /// Rows read per source for one page: enough that `max_bytes` (the client asks up to 2 MiB), not
    /// this, ends a page of ~1 KB records; each page is a round trip and a transaction on the
    /// device (a first pull of 12,000 records took 13 of them at 1,000, 4 at 4,000).
    static constexpr int kLimit = 4000;
    const PullQueries m_sql;
};

} // namespace brug
