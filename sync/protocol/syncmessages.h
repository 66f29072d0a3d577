#pragma once

#include "protocolerror.h"
#include "recordchange.h"

#include <QJsonObject>
#include <optional>
#include <vector>

namespace brug {

constexpr int kProtocolVersion = 1;
/// How far ahead of the server's clock a pushed stamp may be (docs/sync-protocol.md §5).
constexpr qint64 kMaxStampAheadMs = 15 * 60 * 1000;
constexpr int kMaxBatchChanges = 5000;

/// The body of POST /v1/sync (docs/sync-protocol.md §8).
struct SyncRequest
{
    QString storeId;               ///< empty before the first sync
    qint64 cursor = 0;
    /// Where the device's current run of pull pages began: fields are sent when their own
    /// sequence is above it (§8). -1: the same as cursor (not sent).
    qint64 since = -1;
    qint64 ackedBatch = 0;
    bool hasBatch = false;
    qint64 batchSeq = 0;
    /// Names the changes the batch holds (§8); empty: not sent.
    QString batchKey;
    std::vector<RecordChange> changes;
    qint64 outboxRemaining = 0;
    bool pull = true;
    qint64 maxBytes = 1 << 20;

    /// The body as compact JSON text, written directly (a batch is thousands of changes).
    [[nodiscard]] QByteArray toJsonText() const;
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static SyncRequest fromJson(const QJsonObject &json, std::optional<ProtocolError> *error);
    /// The members of `batch.changes` as toJsonText writes them, without the brackets.
    static void appendChanges(QByteArray &out, const std::vector<RecordChange> &changes);
    /// toJsonText cut around the batch's changes, which go between the two parts (a device
    /// writes the changes of its next batch while the batch before is on the server).
    [[nodiscard]] std::pair<QByteArray, QByteArray> jsonTextAroundChanges() const;
};

/// One rejected change of a batch.
struct Rejection
{
    int index = 0;
    QString code;
    QString field;
    QString message;
};

/// The answer to POST /v1/sync.
struct SyncResponse
{
    QString storeId;
    qint64 serverTime = 0;
    bool hasAck = false;
    qint64 ackBatch = 0;
    QString ackKey;                ///< the acknowledged batch's key; empty if it had none
    int applied = 0;
    bool replay = false;
    std::vector<Rejection> rejected;
    std::vector<RecordChange> changes;
    /// Changes that are wire JSON text already (the server's pull writes them so); sent after
    /// `changes`. fromJson reads every change into `changes`.
    std::vector<QByteArray> encodedChanges;
    qint64 cursor = 0;
    bool more = false;
    QString action;                ///< empty, resync, finish_push, wipe

    /// The body as compact JSON text, written directly (a page is thousands of changes).
    [[nodiscard]] QByteArray toJsonText() const;
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static SyncResponse fromJson(const QJsonObject &json, std::optional<ProtocolError> *error);
};

/// The body of POST /v1/enrol and its answer (§3).
struct EnrolRequest
{
    QString code;
    QString deviceName;
    QString platform;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static EnrolRequest fromJson(const QJsonObject &json, std::optional<ProtocolError> *error);
};

struct EnrolResponse
{
    QString deviceId;
    QString token;
    QString node;
    QString userId;
    QString userName;
    QString role;
    QString orgId;
    QString orgName;
    QString orgKind;
    QString storeId;
    qint64 serverTime = 0;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static EnrolResponse fromJson(const QJsonObject &json, std::optional<ProtocolError> *error);
};

} // namespace brug
