#pragma once

#include "contentcoding.h"
#include "syncstate.h"
#include "synctransport.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <memory>

class QNetworkRequest;

namespace brug {

class Store;
struct SyncResponse;

/// The device's sync engine (docs/sync-protocol.md §8-§10): pushes the outbox in bounded
/// batches and pulls what is new, one round trip per step; survives cuts at any byte; backs off
/// and retries; reports state and progress for the interface. Runs on the thread of its store;
/// its requests and their answers are carried and read on a network thread (SyncTransport).
class SyncClient : public QObject
{
    Q_OBJECT
public:
    explicit SyncClient(Store &store, SyncTransport::NetworkFactory network = {}, QObject *parent = nullptr);
    ~SyncClient() override;

    [[nodiscard]] SyncState state() const { return m_state; }
    /// Plain words for the user when state is Error or Offline; empty otherwise.
    [[nodiscard]] QString reason() const { return m_reason; }
    [[nodiscard]] QString reasonCode() const { return m_reasonCode; }
    [[nodiscard]] QDateTime lastSynced() const { return m_lastSynced; }
    /// How far this device's clock was ahead of the server's (negative: behind) at the last
    /// answer, in milliseconds; 0 before any. A clock hours off stamps new writes and dates
    /// wrongly, so the interface says so.
    [[nodiscard]] qint64 clockOffsetMs() const { return m_clockOffsetMs; }
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] qint64 pendingChanges();

    struct Progress
    {
        qint64 itemsDone = 0;
        qint64 itemsTotal = 0;
        qint64 bytesDone = 0;
        qint64 bytesTotal = 0;
    };
    [[nodiscard]] Progress progress() const { return m_progress; }

    /// Soft limits per request (tests make them small to force many pages and batches).
    void setLimits(int batchChanges, qint64 batchBytes, qint64 pullBytes);
    /// Retries after a failure: first delay and cap (tests use short ones).
    void setBackoff(int firstMs, int maxMs);

public slots:
    /// Starts a sync now unless one is running; a failure schedules a retry with backoff.
    void syncNow();
    void cancelRetry();

signals:
    void stateChanged(brug::SyncState state);
    void progressChanged();
    /// One sync run ended: ok, or failed with the state and reason set.
    void finished(bool ok);
    /// The server ordered this device erased (revoked, or its user deactivated). The owner must
    /// close the store and erase it; the engine stops.
    void wipeRequested();
    /// Records changed by a pull (entities touched), so views can refresh.
    void dataChanged(const QStringList &entities);

private:
    struct PreparedBatch;
    struct Outgoing;
    void step();
    /// The next request of the run: the outbox's batch (if any) and the pull; throws StoreError.
    [[nodiscard]] Outgoing nextRequest();
    [[nodiscard]] QNetworkRequest syncRequest() const;
    void send(const Outgoing &outgoing);
    void onUploadProgress(quint64 request, qint64 sent, qint64 total);
    void prepareNext(qint64 seq, qint64 afterEntry);
    void askNextPage(const SyncResponse &page);
    void abandonReply();
    void applyOrFail(const SyncResponse &response, qint64 batchSeq);
    void onAnswer(SyncTransport::Answer &answer);
    void applyResponse(const SyncResponse &response, qint64 batchSeq);
    void fail(SyncState state, const QString &code, const QString &reason, bool retry);
    /// Requests from now on go in `coding` (docs/sync-protocol.md §1), here and in the store.
    void setRequestCoding(ContentCoding coding);
    [[nodiscard]] bool restampAhead(qint64 serverTime);
    void setState(SyncState state);
    void finishOk();

    Store &m_store;
    SyncTransport m_transport;
    quint64 m_request = 0;    ///< the request whose answer is awaited (0: none); others are ignored
    qint64 m_uploadBase = 0;  ///< m_progress.bytesDone when m_request was sent
    qint64 m_prepareAfter = 0; ///< the last outbox entry of m_request's batch, when more wait after it
    bool m_pageAsked = false; ///< m_request is the next pull page, asked before this one was applied
    qint64 m_sentBatch = 0; ///< the batch m_request carries, 0 if none
    ContentCoding m_sentCoding = ContentCoding::Identity; ///< m_request's body's coding
    /// zstd once the server has said it reads it, gzip before (docs/sync-protocol.md §1).
    ContentCoding m_requestCoding = ContentCoding::Gzip;
    bool m_batchFormed = false; ///< this sync has formed a batch
    /// The next batch, written and compressed while the one before is on the server.
    std::unique_ptr<PreparedBatch> m_prepared;
    QTimer m_retry;
    SyncState m_state = SyncState::UpToDate;
    QString m_reason;
    QString m_reasonCode;
    QDateTime m_lastSynced;
    qint64 m_clockOffsetMs = 0;
    Progress m_progress;
    bool m_running = false;
    bool m_again = false;
    bool m_restamped = false; ///< this run already stamped its outbox again (stamp_ahead)
    int m_batchChanges = 5000;
    qint64 m_batchBytes = 2 * 1024 * 1024;
    qint64 m_pullBytes = 2 * 1024 * 1024;
    int m_backoffFirst = 2000;
    int m_backoffMax = 5 * 60 * 1000;
    int m_backoff = 0;
    QStringList m_touched;
    qint64 m_requestSince = 0;
    qint64 m_batchSize = 0; ///< changes in the batch of the request in flight
};

} // namespace brug
