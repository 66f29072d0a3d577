#include "syncclient.h"

#include "outbox.h"
#include "records.h"
#include "restamper.h"
#include "serverendpoint.h"
#include "store.h"
#include "syncmessages.h"

#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QRegularExpression>

#ifdef __GLIBC__
#include <malloc.h>
#endif

Q_LOGGING_CATEGORY(lcClient, "brug.sync.client")

namespace brug {

namespace {
const QString kCursor = QStringLiteral("cursor");
const QString kStoreId = QStringLiteral("store_id");
// The cursor at which the current run of pull pages began (docs/sync-protocol.md §8).
const QString kPullBase = QStringLiteral("pull_base");
// "zstd" once the server has said that it reads zstd (docs/sync-protocol.md §1).
const QString kRequestCoding = QString::fromLatin1(ServerEndpoint::kRequestCodingState);

// A run that moved this many changes freed tens of MB, much of it on the network thread.
constexpr qint64 kLargeRun = 1000;

// glibc keeps what a thread freed in that thread's arena, where the other threads cannot use
// it: after a first pull of 10,000 records the process stayed 70 MB larger until it ended.
void releaseFreedMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}
} // namespace

SyncClient::SyncClient(Store &store, SyncTransport::NetworkFactory network, QObject *parent)
    : QObject(parent), m_store(store), m_transport(std::move(network))
{
    connect(&m_transport, &SyncTransport::uploadProgress, this, &SyncClient::onUploadProgress);
    connect(&m_transport, &SyncTransport::answered, this, [this](const std::shared_ptr<SyncTransport::Answer> &answer) {
        if (answer->request == m_request)
            onAnswer(*answer);
    });
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SyncClient::syncNow);
    const qint64 last = m_store.stateInt(QStringLiteral("last_synced"));
    if (last)
        m_lastSynced = QDateTime::fromMSecsSinceEpoch(last);
    if (!m_store.identity().isValid() || m_store.state(QStringLiteral("token")).isEmpty())
        m_state = SyncState::NotEnrolled;
}

SyncClient::~SyncClient()
{
    abandonReply();
}

qint64 SyncClient::pendingChanges()
{
    return Outbox(m_store).pendingCount();
}

void SyncClient::setLimits(int batchChanges, qint64 batchBytes, qint64 pullBytes)
{
    m_batchChanges = batchChanges;
    m_batchBytes = batchBytes;
    m_pullBytes = pullBytes;
}

void SyncClient::setBackoff(int firstMs, int maxMs)
{
    m_backoffFirst = firstMs;
    m_backoffMax = maxMs;
}

void SyncClient::cancelRetry()
{
    m_retry.stop();
}

void SyncClient::setState(SyncState state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SyncClient::syncNow()
{
    if (m_state == SyncState::Wiped)
        return;
    if (m_running) {
        m_again = true; // a write during a sync: go round once more at the end
        return;
    }
    if (!m_store.identity().isValid() || m_store.state(QStringLiteral("token")).isEmpty()) {
        setState(SyncState::NotEnrolled);
        emit finished(false);
        return;
    }
    if (const QString problem = ServerEndpoint::transportProblem(QUrl(m_store.state(QStringLiteral("server_url"))));
        !problem.isEmpty()) {
        fail(SyncState::Error, problem, QStringLiteral("refused to sync with this address"), false);
        return;
    }
    // As stored: an enrolment since the last run may have changed it (Enroller).
    m_requestCoding = m_store.state(kRequestCoding) == u"zstd" ? ContentCoding::Zstd : ContentCoding::Gzip;
    m_retry.stop();
    m_prepared.reset();
    m_batchFormed = false;
    m_running = true;
    m_again = false;
    m_restamped = false;
    m_reason.clear();
    m_reasonCode.clear();
    m_touched.clear();
    m_progress = Progress{};
    m_progress.itemsTotal = pendingChanges();
    emit progressChanged();
    setState(SyncState::Syncing);
    step();
}

struct SyncClient::PreparedBatch
{
    OutboxBatch batch;         ///< its entries and seq (the changes are in `packedChanges`)
    ContentCoding coding;      ///< what `packedChanges` is compressed in
    QByteArray packedChanges;  ///< the members of batch.changes as JSON text, one frame or member
};

/// A request formed, not yet sent.
struct SyncClient::Outgoing
{
    QNetworkRequest request;
    QByteArray body;
    qint64 batchSeq = 0;     ///< the batch it carries, 0 if none
    qint64 prepareAfter = 0; ///< its batch's last outbox entry, when more entries wait after it
};

void SyncClient::step()
{
    Outgoing next;
    try {
        next = nextRequest();
    } catch (const StoreError &e) {
        fail(SyncState::Error, QStringLiteral("store"), e.advice(), false);
        return;
    }
    send(next);
}

SyncClient::Outgoing SyncClient::nextRequest()
{
    OutboxBatch batch;
    SyncRequest req;
    std::unique_ptr<PreparedBatch> prepared = std::move(m_prepared);
    if (prepared && prepared->coding != m_requestCoding)
        prepared.reset();
    Outbox outbox(m_store);
    if (prepared && outbox.adoptBatch(prepared->batch)) {
        batch = prepared->batch;
    } else {
        prepared.reset();
        // The first batch of a sync a quarter of the bytes: the next is written while the
        // server applies it, instead of the device and the server taking turns.
        const int quarter = m_batchFormed ? 1 : 4;
        batch = outbox.currentBatch(m_batchChanges, std::max<qint64>(1, m_batchBytes / quarter), Outbox::Fields::AsText);
    }
    m_batchFormed = m_batchFormed || !batch.isEmpty();
    req.storeId = m_store.state(kStoreId);
    req.cursor = m_store.stateInt(kCursor);
    req.since = std::min(m_store.stateInt(kPullBase, req.cursor), req.cursor);
    m_requestSince = req.since;
    req.ackedBatch = outbox.ackedBatch();
    req.hasBatch = !batch.isEmpty();
    req.batchSeq = batch.seq;
    req.batchKey = batch.key();
    req.changes = std::move(batch.changes);
    m_batchSize = qint64(batch.entries.size());
    req.outboxRemaining = outbox.pendingCount() - m_batchSize;
    // A quarter: a small first page reaches the device soon, and the device applies it while
    // the server builds the next, full-size one (askNextPage).
    req.maxBytes = std::max<qint64>(16 * 1024, m_pullBytes / 4);

    Outgoing out;
    out.request = syncRequest();
    if (prepared) {
        // Frames (or members) one after another are one body (docs/sync-protocol.md §1).
        const auto [head, tail] = req.jsonTextAroundChanges();
        out.body = ServerEndpoint::compress(prepared->coding, head) + prepared->packedChanges +
                   ServerEndpoint::compress(prepared->coding, tail);
        out.request.setRawHeader("Content-Encoding", ContentCodings::name(prepared->coding));
    } else {
        out.body = ServerEndpoint::encodeBody(out.request, req.toJsonText(), m_requestCoding);
    }
    out.batchSeq = batch.seq;
    out.prepareAfter = batch.isEmpty() || req.outboxRemaining == 0 ? 0 : batch.entries.back();
    return out;
}

QNetworkRequest SyncClient::syncRequest() const
{
    const ServerEndpoint endpoint{QUrl(m_store.state(QStringLiteral("server_url"))),
                                  m_store.state(QStringLiteral("token")).toLatin1()};
    return endpoint.request(QStringLiteral("/v1/sync"));
}

void SyncClient::send(const Outgoing &outgoing)
{
    m_request = m_transport.post(outgoing.request, outgoing.body);
    m_sentBatch = outgoing.batchSeq;
    // Read back from the request: encodeBody leaves a body too small to gain uncompressed.
    m_sentCoding = ContentCodings::fromName(outgoing.request.rawHeader("Content-Encoding")).value_or(ContentCoding::Identity);
    m_uploadBase = m_progress.bytesDone;
    m_prepareAfter = outgoing.prepareAfter;
}

void SyncClient::onUploadProgress(quint64 request, qint64 sent, qint64 total)
{
    if (request != m_request)
        return;
    m_progress.bytesDone = m_uploadBase + sent;
    m_progress.bytesTotal = std::max(m_progress.bytesTotal, m_uploadBase + total);
    emit progressChanged();
    if (total <= 0 || sent != total)
        return;
    if (m_prepareAfter > 0)
        prepareNext(m_sentBatch + 1, m_prepareAfter);
}

// While a batch is on the server, the device writes and compresses the next one (most of what a
// batch costs the device), so that it goes out as soon as the one before is acknowledged. The
// outbox is only told once it does (adoptBatch): until then nothing is decided.
void SyncClient::prepareNext(qint64 seq, qint64 afterEntry)
{
    if (!m_running || m_prepared || m_sentBatch != seq - 1)
        return;
    try {
        OutboxBatch next = Outbox(m_store).batchAfter(afterEntry, seq, m_batchChanges, m_batchBytes, Outbox::Fields::AsText);
        if (next.isEmpty())
            return;
        QByteArray text;
        SyncRequest::appendChanges(text, next.changes);
        next.changes.clear();
        QByteArray packed = ServerEndpoint::compress(m_requestCoding, text);
        if (!packed.isEmpty())
            m_prepared = std::make_unique<PreparedBatch>(PreparedBatch{std::move(next), m_requestCoding, std::move(packed)});
    } catch (const StoreError &) {
        // Formed the usual way when its turn comes, which reports the store's error if it lasts.
    }
}

// The request for the page after `page` needs only the cursor that page answered and the run's
// base (docs/sync-protocol.md §8), so it goes out before `page` is applied: the server builds the
// next page while the device applies this one. If this page is never applied, the next one is
// dropped unread, and the following request asks again from the stored cursor.
void SyncClient::askNextPage(const SyncResponse &page)
{
    SyncRequest req;
    try {
        Outbox outbox(m_store);
        req.storeId = page.storeId;
        req.cursor = page.cursor;
        req.since = m_requestSince;
        req.ackedBatch = outbox.ackedBatch();
        req.outboxRemaining = outbox.pendingCount();
        req.maxBytes = m_pullBytes;
    } catch (const StoreError &) {
        return; // asked for the usual way after the apply, which reports the store's error
    }
    m_pageAsked = true;
    Outgoing out;
    out.request = syncRequest();
    out.body = ServerEndpoint::encodeBody(out.request, req.toJsonText(), m_requestCoding);
    send(out);
}

void SyncClient::abandonReply()
{
    if (m_request)
        m_transport.abort(m_request);
    m_request = 0;
    m_sentBatch = 0;
    m_pageAsked = false;
}

void SyncClient::applyOrFail(const SyncResponse &response, qint64 batchSeq)
{
    try {
        applyResponse(response, batchSeq);
    } catch (const StoreError &e) {
        abandonReply();
        fail(SyncState::Error, QStringLiteral("store"), e.advice(), false);
    }
}

void SyncClient::onAnswer(SyncTransport::Answer &answer)
{
    const qint64 batchSeq = m_sentBatch;
    const ContentCoding sentCoding = m_sentCoding;
    m_request = 0;
    m_pageAsked = false;
    m_sentBatch = 0;
    const int status = answer.status;
    m_progress.bytesDone += answer.bytes;
    if (status == 0) {
        // No answer at all: the network, not the server. Nothing is lost: the batch stays.
        const QString &code = answer.failureCode;
        fail(code == u"tls" ? SyncState::Error : SyncState::Offline, code, answer.errorString, true);
        return;
    }
    // Learnt from the server's own answers only: a proxy's error page says nothing of the server.
    if (status == 200)
        setRequestCoding(ServerEndpoint::requestCoding(answer.serverReads));
    const QJsonObject &json = answer.body;
    if (status == 415 && sentCoding == ContentCoding::Zstd) {
        // A server that no longer reads zstd (an older one brought back): the same in gzip.
        setRequestCoding(ContentCoding::Gzip);
        step();
        return;
    }
    if (status != 200) {
        const ProtocolError e = ProtocolError::fromJson(status, json);
        if (status == 410 || json.value(u"action").toString() == u"wipe") {
            setState(SyncState::Wiped);
            m_running = false;
            emit wipeRequested();
            emit finished(false);
            return;
        }
        if (status == 401) {
            fail(SyncState::Error, QStringLiteral("unauthorized"),
                 QStringLiteral("The server no longer knows this device. Enrol it again."), false);
            return;
        }
        if (status == 400 && e.code == u"stamp_ahead" && batchSeq > 0) {
            // Writes stamped by a clock far ahead: stamped again, then the batch goes again.
            // Never set aside: they are the user's writes, and nothing is wrong with them.
            try {
                if (!m_restamped && json.value(u"server_time").toDouble() > 0 &&
                    restampAhead(qint64(json.value(u"server_time").toDouble()))) {
                    step();
                    return;
                }
            } catch (const StoreError &err) {
                fail(SyncState::Error, QStringLiteral("store"), err.advice(), false);
                return;
            }
            fail(SyncState::Error, e.code, e.message, true);
            return;
        }
        static const QRegularExpression changePath(QStringLiteral("^batch\\.changes\\[(\\d+)\\]"));
        const auto match = changePath.match(e.path);
        if (status == 400 && match.hasMatch() && batchSeq > 0) {
            // One change the server cannot take: keep it aside for the user, send the rest.
            try {
                const OutboxBatch batch = Outbox(m_store).currentBatch(m_batchChanges, m_batchBytes);
                const size_t index = match.captured(1).toULong();
                if (index < batch.entries.size()) {
                    qCWarning(lcClient) << "change rejected by the server:" << e.code << e.path;
                    Outbox(m_store).rejectEntry(batch.entries[index], e.code, e.message);
                    step();
                    return;
                }
            } catch (const StoreError &err) {
                fail(SyncState::Error, QStringLiteral("store"), err.advice(), false);
                return;
            }
        }
        const bool retry = status >= 500 || status == 429 || status == 408;
        fail(retry ? SyncState::Offline : SyncState::Error, e.code.isEmpty() ? QStringLiteral("http") : e.code,
             e.message.isEmpty() ? QStringLiteral("The server answered %1.").arg(status) : e.message, retry);
        return;
    }
    if (!answer.response) {
        // A cut or mangled answer: the server may have applied the batch; the resend is a replay.
        fail(SyncState::Offline, QStringLiteral("bad_response"),
             QStringLiteral("The answer from the server was incomplete."), true);
        return;
    }
    std::unique_ptr<SyncResponse> response = std::move(answer.response);
    // The request for the next page goes out first: the server builds it while this one is
    // applied (the network thread sends it meanwhile).
    if (response->more && response->action.isEmpty())
        askNextPage(*response);
    applyOrFail(*response, batchSeq);
    m_transport.dispose(std::move(response));
}

void SyncClient::applyResponse(const SyncResponse &response, qint64 batchSeq)
{
    if (response.action == u"wipe") {
        abandonReply();
        setState(SyncState::Wiped);
        m_running = false;
        emit wipeRequested();
        emit finished(false);
        return;
    }
    Outbox outbox(m_store);
    bool last = false; // the sync's last answer: nothing more to pull or push
    {
        // Everything written here can be had again if a power cut takes it: an unsaved ack makes
        // the batch go again (the server answers a replay, or applies it again when batches went
        // after it), an unsaved page is pulled again from the old cursor. So no fsync here: a
        // sync costs one on each side, for the batch.
        RelaxedDurability relaxed(m_store.db());
        // Flat: an error anywhere in here leaves by exception and rolls all of it back.
        Transaction tx(m_store.db(), Transaction::Nesting::Flat);
        if (response.hasAck && batchSeq > 0 && response.ackBatch == batchSeq) {
            std::vector<Outbox::Rejection> rejected;
            for (const Rejection &r : response.rejected)
                rejected.push_back({r.index, r.code, r.message});
            m_progress.itemsDone += m_batchSize;
            outbox.acknowledge(batchSeq, rejected);
        }
        if (response.serverTime > 0)
            m_clockOffsetMs = m_store.followServerTime(response.serverTime);
        if (response.action == u"resync") {
            // The server was restored from an older copy: give back everything it may lack.
            m_store.setState(kCursor, qint64(0));
            m_store.setState(kPullBase, qint64(0));
            m_store.setState(kStoreId, response.storeId);
            const int queued = outbox.enqueueResendAll();
            m_progress.itemsTotal += queued;
            qCWarning(lcClient) << "server asked for a resync; records queued again:" << queued;
        } else {
            Records(m_store).applyRemoteAll(response.changes, false); // the clock is saved below
            for (const RecordChange &c : response.changes)
                if (!m_touched.contains(c.entity))
                    m_touched << c.entity;
            m_progress.itemsDone += qint64(response.changes.size());
            m_store.setState(kCursor, response.cursor);
            // A run of pages keeps its base until its last page; then the base moves on.
            m_store.setState(kPullBase, response.more ? m_requestSince : response.cursor);
            m_store.setState(kStoreId, response.storeId);
        }
        m_store.saveClock();
        const bool morePush = outbox.pendingCount() > 0;
        last = !m_pageAsked && !response.more && !morePush && response.action != u"resync";
        // When the sync ended goes in with its last answer: one write for a sync with nothing
        // new, not two. It is only shown to the user, so no fsync for it either.
        const QDateTime ended = QDateTime::currentDateTime();
        if (last)
            m_store.setState(QStringLiteral("last_synced"), ended.toMSecsSinceEpoch());
        // The next request goes out before this commit, the device's largest cost of an
        // acknowledged batch: the server applies the next batch meanwhile. Should the commit
        // fail, that batch comes first again in the next run, and the server applies a batch
        // numbered below its last again (docs/sync-protocol.md §8).
        if (!last && !m_pageAsked)
            send(nextRequest());
        tx.commit();
        if (last)
            m_lastSynced = ended;
    }
    emit progressChanged();
    if (!last)
        return; // the next page or batch is on its way
    finishOk();
}

void SyncClient::setRequestCoding(ContentCoding coding)
{
    if (coding == m_requestCoding)
        return;
    m_requestCoding = coding;
    try {
        m_store.setState(kRequestCoding, QString::fromLatin1(ContentCodings::name(coding)));
    } catch (const StoreError &) {
        // Kept for this run only; should the next start with the stored coding, its first answer
        // (or a 415) sets it right.
    }
}

bool SyncClient::restampAhead(qint64 serverTime)
{
    m_restamped = true;
    m_prepared.reset(); // written with the old stamps
    // No fsync: if a power cut takes this, the server refuses the old stamps again.
    RelaxedDurability relaxed(m_store.db());
    Transaction tx(m_store.db(), Transaction::Nesting::Flat);
    m_clockOffsetMs = m_store.followServerTime(serverTime);
    const int restamped = Restamper(m_store).restampAfter(serverTime + kMaxStampAheadMs);
    tx.commit();
    qCWarning(lcClient) << "the server refused stamps ahead of its clock; stamped again:" << restamped;
    return restamped > 0;
}

void SyncClient::finishOk()
{
    if (m_progress.itemsDone >= kLargeRun)
        releaseFreedMemory();
    m_running = false;
    m_backoff = 0;
    setState(SyncState::UpToDate);
    if (!m_touched.isEmpty())
        emit dataChanged(m_touched);
    emit finished(true);
    if (m_again)
        QTimer::singleShot(0, this, &SyncClient::syncNow);
}

void SyncClient::fail(SyncState state, const QString &code, const QString &reason, bool retry)
{
    m_running = false;
    m_prepared.reset();
    m_reason = reason;
    m_reasonCode = code;
    qCInfo(lcClient) << "sync failed:" << code;
    setState(state);
    if (!m_touched.isEmpty())
        emit dataChanged(m_touched);
    if (retry) {
        m_backoff = m_backoff ? std::min(m_backoff * 2, m_backoffMax) : m_backoffFirst;
        m_retry.start(m_backoff);
    }
    emit finished(false);
}

} // namespace brug
