#pragma once

#include "recordchange.h"

#include <QString>
#include <QVariantList>
#include <utility>
#include <vector>

namespace brug {

class Store;

/// One push batch: a sequence number and the outbox entries it carries, fixed until acknowledged.
struct OutboxBatch
{
    qint64 seq = 0;
    std::vector<qint64> entries;       ///< outbox seq of each change, same order
    std::vector<RecordChange> changes;
    [[nodiscard]] bool isEmpty() const { return entries.empty(); }
    /// Names the entries the batch holds, for the server (docs/sync-protocol.md §8): entries
    /// are numbered without reuse and never change, so first, last and count say which they are.
    [[nodiscard]] QString key() const;
};

/// A change the server refused, kept for the user to see.
struct RejectedChange
{
    qint64 seq = 0;
    QString entity;
    QString recordId;
    QStringList fields;
    QString code;
    QString message;
    qint64 rejectedAt = 0;
};

/// The local writes waiting to be pushed (docs/sync-protocol.md §8).
class Outbox
{
public:
    explicit Outbox(Store &store);

    /// How a batch's changes hold their fields: parsed, or (for a batch read only to be sent)
    /// as the text the outbox stores, in RecordChange::fieldsText, wherever the fields of a
    /// change share one stamp. Parsing each change's fields only to write them out again was
    /// half of what forming a batch cost a device.
    enum class Fields { Parsed, AsText };

    [[nodiscard]] qint64 pendingCount();
    /// The batch waiting for its acknowledgement, or a new one from the oldest entries.
    [[nodiscard]] OutboxBatch currentBatch(int maxChanges = 5000, qint64 maxBytes = 1 << 20,
                                           Fields fields = Fields::Parsed);
    /// The batch that would follow one ending at entry `afterEntry`, numbered `seq`, not made
    /// pending: a device prepares it while the batch before is on the server.
    [[nodiscard]] OutboxBatch batchAfter(qint64 afterEntry, qint64 seq, int maxChanges, qint64 maxBytes,
                                         Fields fields = Fields::Parsed);
    /// Makes a batch from batchAfter the pending one, if it still is what the outbox would send
    /// next: no batch pending, its seq the next, its entries the oldest. False if not.
    bool adoptBatch(const OutboxBatch &batch);
    /// The server applied batch `seq`; `rejected` holds (index in batch, code, message).
    struct Rejection
    {
        int index = 0;
        QString code;
        QString message;
    };
    void acknowledge(qint64 seq, const std::vector<Rejection> &rejected);
    /// One change the server refused outright (400 naming it): out of the queue, kept for the user.
    void rejectEntry(qint64 outboxSeq, const QString &code, const QString &message);
    /// After a server restore: every field of every record this device may write, queued again
    /// with its original stamp as a re-send. Returns how many records were queued.
    int enqueueResendAll();

    [[nodiscard]] std::vector<RejectedChange> rejectedChanges();
    [[nodiscard]] qint64 ackedBatch();

private:
    /// Which outbox rows are pending batch `seq`: the condition (one `?`) and its value.
    std::pair<QString, qint64> pendingEntries(qint64 seq);
    OutboxBatch load(qint64 seq, Fields fields = Fields::Parsed);
    OutboxBatch loadWhere(const QString &where, const QVariantList &values, Fields fields);
    /// The last entry and count of a batch of the oldest entries after `afterEntry`.
    std::pair<qint64, int> boundsAfter(qint64 afterEntry, int maxChanges, qint64 maxBytes);
    void moveToRejected(qint64 outboxSeq, const QString &code, const QString &message);

    Store &m_store;
};

} // namespace brug
