#include "syncservice.h"

#include "admin.h"
#include "batchreading.h"
#include "deviceregistry.h"
#include "pullbuilder.h"
#include "pushapplier.h"
#include "recordtable.h"
#include "serverdatabase.h"
#include "syncmessages.h"
#include "syncrequesttext.h"
#include "visibility.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QThread>
#include <QThreadPool>
#include <algorithm>
#include <functional>
#include <memory>
#include <tuple>

Q_LOGGING_CATEGORY(lcSync, "brug.server.sync")

namespace brug {

namespace {
qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

HttpResponse errorResponse(const ProtocolError &e)
{
    return HttpResponse::error(e.status, e.code, e.message, e.path);
}

const ProtocolError kNotJsonType{415, QStringLiteral("unsupported_media_type"),
                                 QStringLiteral("the body must be application/json"), {}};
// A large batch is read on up to this many threads (SyncRequestText).
const int kReadThreads = std::min(QThread::idealThreadCount(), 4);

std::optional<QJsonObject> parseBody(const HttpRequest &request, std::optional<ProtocolError> *error)
{
    if (!request.header("content-type").startsWith("application/json")) {
        *error = kNotJsonType;
        return std::nullopt;
    }
    return SyncRequestText::parseObject(request.body, error);
}

// A stamp from a clock far ahead would win every later write of its field until real time
// caught up, and carry forward the clock of every device that saw it (docs/sync-protocol.md §5).
// Changes [from, to) of a batch are checked.
std::optional<HttpResponse> refuseStampAhead(const std::vector<RecordChange> &changes, size_t from, size_t to,
                                             qint64 serverTime)
{
    // Decoded stamps are valid: they begin with 13 digits of wall time, which compare as text.
    const QString limit = QStringLiteral("%1").arg(serverTime + kMaxStampAheadMs, 13, 10, QLatin1Char('0'));
    for (size_t i = from; i < to; ++i) {
        const RecordChange &c = changes[i];
        // Most changes stamp all their fields with one stamp: compared once.
        if (const QString *shared = c.sharedStamp(); shared && QStringView(*shared).left(13) <= limit)
            continue;
        for (auto it = c.fields.constBegin(); it != c.fields.constEnd(); ++it) {
            const QString stamp = c.stampOf(it.key());
            if (QStringView(stamp).left(13) <= limit)
                continue;
            const qint64 wall = QStringView(stamp).left(13).toLongLong();
            HttpResponse resp = HttpResponse::error(
                400, QStringLiteral("stamp_ahead"),
                QStringLiteral("batch.changes[%1]: the stamp of %2 is %3 minutes ahead of the server's clock; "
                               "stamp the batch's changes again")
                    .arg(i)
                    .arg(it.key())
                    .arg((wall - serverTime) / 60000),
                QStringLiteral("batch.changes[%1]").arg(i));
            QJsonObject o = QJsonDocument::fromJson(resp.body).object();
            o.insert(u"server_time", double(serverTime));
            resp.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
            return resp;
        }
    }
    return std::nullopt;
}
/// What a push applies a batch with, for one write transaction.
struct PushWork
{
    PushWork(const ServerDatabase &db, const DeviceContext &device)
        : table(db), visibility(db, table), applier(db, table, visibility, device)
    {
    }
    RecordTable table;
    Visibility visibility;
    PushApplier applier;
};

/// Frees `held` on another thread. A large batch's changes and records took 2 to 3 ms to free,
/// after its answer was ready and before it went out, while the device waited for it.
template <typename... T>
void freeElsewhere(T &&...held)
{
    auto bundle = std::make_shared<std::tuple<std::decay_t<T>...>>(std::forward<T>(held)...);
    // Moved, not copied, into the task: the last reference must be the task's.
    std::function<void()> task = [bundle = std::move(bundle)]() mutable { bundle.reset(); };
    QThreadPool::globalInstance()->start(std::move(task));
}
} // namespace

SyncService::SyncService(const ServerDatabase &db) : m_db(db) {}

QString SyncService::storeId()
{
    // Read per request: a store restored from another copy may carry another identity.
    return m_db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'store_id'")).toString();
}

HttpResponse SyncService::handle(const HttpRequest &request)
{
    struct Route
    {
        const char *path;
        const char *method;
    };
    static const Route routes[] = {{"/v1/health", "GET"}, {"/v1/enrol", "POST"}, {"/v1/sync", "POST"}};
    for (const Route &r : routes) {
        if (request.path != r.path)
            continue;
        if (request.method != r.method) {
            HttpResponse resp = HttpResponse::error(405, QStringLiteral("method_not_allowed"),
                                                    QStringLiteral("use %1").arg(QLatin1StringView(r.method)));
            resp.headers.append(qMakePair(QByteArray("Allow"), QByteArray(r.method)));
            return resp;
        }
        try {
            if (request.path == "/v1/health")
                return health();
            if (request.path == "/v1/enrol")
                return enrol(request);
            return sync(request);
        } catch (const std::exception &e) {
            // The store failed: nothing was committed. Say so without detail; log the reason.
            qCWarning(lcSync) << "request failed:" << e.what();
            return HttpResponse::error(500, QStringLiteral("internal"),
                                       QStringLiteral("the server failed; nothing was applied; try again later"));
        }
    }
    return HttpResponse::error(404, QStringLiteral("not_found"), QStringLiteral("no such endpoint"));
}

HttpResponse SyncService::health()
{
    return HttpResponse::json(200, {{QStringLiteral("ok"), true},
                                    {QStringLiteral("protocol"), kProtocolVersion},
                                    {QStringLiteral("store_id"), storeId()},
                                    {QStringLiteral("server_time"), double(now())}});
}

HttpResponse SyncService::enrol(const HttpRequest &request)
{
    std::optional<ProtocolError> error;
    const auto body = parseBody(request, &error);
    if (!body)
        return errorResponse(*error);
    const EnrolRequest e = EnrolRequest::fromJson(*body, &error);
    if (error)
        return errorResponse(*error);
    auto result = Admin(m_db).enrol(e, request.peer);
    if (auto *err = std::get_if<ProtocolError>(&result))
        return errorResponse(*err);
    const EnrolResponse &ok = std::get<EnrolResponse>(result);
    qCInfo(lcSync) << "device enrolled" << ok.deviceId << "user" << ok.userId;
    return HttpResponse::json(201, ok.toJson());
}

HttpResponse SyncService::sync(const HttpRequest &request)
{
    const QByteArray auth = request.header("authorization");
    if (!auth.startsWith("Bearer "))
        return HttpResponse::error(401, QStringLiteral("unauthorized"), QStringLiteral("a Bearer token is required"));
    DeviceRegistry devices(m_db);
    const std::optional<DeviceContext> device = devices.authenticate(auth.mid(7).trimmed());
    if (!device)
        return HttpResponse::error(401, QStringLiteral("unauthorized"), QStringLiteral("unknown token; enrol this device again"));
    if (device->revoked) {
        HttpResponse resp = HttpResponse::error(410, QStringLiteral("device_revoked"),
                                                QStringLiteral("this device was revoked; erase its data"));
        QJsonObject o = QJsonDocument::fromJson(resp.body).object();
        o.insert(u"action", QStringLiteral("wipe"));
        resp.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        return resp;
    }

    if (!request.header("content-type").startsWith("application/json"))
        return errorResponse(kNotJsonType);
    // A large batch is applied while its later changes are still being read (BatchReading);
    // any other request is read whole first.
    std::unique_ptr<BatchReading> reading =
        kReadThreads > 1 ? BatchReading::start(request.body, kReadThreads, SyncRequestText::kSplitFrom) : nullptr;
    std::optional<ReadSyncRequest> read;
    bool checked = false;
    // Every change read and checked, or the answer the protocol gives: what the reading under
    // way does not take is read again as one document, which names the error.
    const auto readFully = [&]() -> std::optional<HttpResponse> {
        if (checked)
            return std::nullopt;
        if (reading && !read)
            read = reading->finish();
        std::optional<ProtocolError> error;
        if (!read)
            read = SyncRequestText::read(request.body, &error, 1);
        if (!read)
            return errorResponse(*error);
        const std::vector<RecordChange> &changes = read->request.changes;
        if (auto refused = refuseStampAhead(changes, 0, changes.size(), now())) {
            // Worth an operator's eye: a device's clock is off, or this server's is.
            qCWarning(lcSync) << "device" << device->deviceId << "batch" << read->request.batchSeq
                              << "refused: stamps ahead of the server's clock";
            return refused;
        }
        checked = true;
        return std::nullopt;
    };
    if (!reading)
        if (auto refused = readFully())
            return *refused;
    // The request around its changes: the same from either reading.
    const SyncRequest &req = reading ? reading->request() : read->request;

    SyncResponse resp;
    resp.storeId = storeId();
    // The server forgot what this device had synced: it was restored from an older copy.
    const bool resync = (!req.storeId.isEmpty() && req.storeId != resp.storeId) ||
                        req.ackedBatch > device->lastBatch || req.cursor > device->lastServed;

    qint64 pullFrom = req.cursor;
    std::unique_ptr<PushWork> done; // the applied batch's records
    if (req.hasBatch) {
        // Below the last applied: a power cut took the acknowledgements the device had received
        // (it does not wait for the disk when it stores them, docs/sync-protocol.md §8). Applied
        // again, which changes nothing it applied before; refusing it left the device unable to
        // push anything, ever.
        const bool earlier = req.batchSeq < device->lastBatch && !resync;
        std::optional<SyncResponse> stored;
        if (req.batchSeq == device->lastBatch && !device->lastAck.isEmpty()) {
            std::optional<ProtocolError> ackError;
            stored = SyncResponse::fromJson(QJsonDocument::fromJson(device->lastAck).object(), &ackError);
        }
        // The same seq with another key is the batch formed again with other changes: applied.
        if (stored && stored->ackKey == req.batchKey) {
            // Answered only for a request the protocol takes, as any other.
            if (auto refused = readFully())
                return *refused;
            resp.hasAck = true;
            resp.ackBatch = stored->ackBatch;
            resp.ackKey = stored->ackKey;
            resp.applied = stored->applied;
            resp.rejected = stored->rejected;
            resp.replay = true;
        } else {
            for (bool applied = false; !applied;) {
                WriteTransaction tx(m_db);
                auto work = std::make_unique<PushWork>(m_db, *device);
                RecordTable &table = work->table;
                Visibility &visibility = work->visibility;
                PushApplier &applier = work->applier;
                table.beginSequence();
                const qint64 before = table.currentSeq();
                const qint64 serverTime = now();
                // A change that cannot be read, or is stamped ahead, stops the reading's apply:
                // it is rolled back, and the whole request read again gives the answer.
                const auto readyToApply = [&](size_t next) -> size_t {
                    const size_t there = reading->waitFor(next);
                    return there > next && !refuseStampAhead(reading->changes(), next, there, serverTime) ? there : 0;
                };
                const PushApplier::Result result =
                    read ? applier.apply(read->request.changes, read->texts)
                         : applier.apply(reading->changes(), reading->texts(), readyToApply);
                if (!result.complete) {
                    if (auto refused = readFully())
                        return *refused;
                    continue; // read whole now, and nothing refused: applied from that
                }
                visibility.refreshFamilies(
                    result.families, [&applier](const QString &entity, const QString &id) { return applier.known(entity, id); },
                    [&applier](const QString &entity, const QString &id) { return applier.made(entity, id); });
                // Only the device's own writes took numbers (and grant events, which only provider
                // devices receive), and it had everything before them: its pull may start after the
                // batch (docs/sync-protocol.md §8) instead of reading it back.
                const qint64 unseen = device->isProviderSide() ? 0 : visibility.eventCount();
                if (!resync && req.cursor == before && req.since >= req.cursor &&
                    table.currentSeq() - before == result.ownSeqs + unseen)
                    pullFrom = table.currentSeq();
                table.finishSequence();
                resp.hasAck = true;
                resp.ackBatch = req.batchSeq;
                resp.ackKey = req.batchKey;
                resp.applied = result.applied;
                resp.rejected = result.rejected;
                SyncResponse ackOnly;
                ackOnly.storeId = resp.storeId;
                ackOnly.hasAck = true;
                ackOnly.ackBatch = resp.ackBatch;
                ackOnly.ackKey = resp.ackKey;
                ackOnly.applied = resp.applied;
                ackOnly.rejected = resp.rejected;
                // The highest batch and its ack stay: a late copy of an old request must not make
                // the device's next one look ahead of this store (§9).
                if (!earlier)
                    devices.recordBatch(device->deviceId, req.batchSeq, ackOnly.toJsonText());
                tx.commit();
                applied = true;
                done = std::move(work);
                qCInfo(lcSync) << "device" << device->deviceId << "batch" << req.batchSeq
                               << (earlier ? "applied again" : "applied") << result.applied << "rejected"
                               << result.rejected.size();
            }
        }
    }

    if (resync) {
        resp.action = QStringLiteral("resync");
        resp.cursor = 0;
        devices.recordServed(*device, 0, now());
        // The device's batches up to acked_batch were applied once (in the store that was lost):
        // take its numbering, or its next request, the first batch of re-sends, would still be
        // "ahead" and be answered resync again, queueing every record a second time.
        if (!req.hasBatch && req.ackedBatch > device->lastBatch)
            devices.recordBatch(device->deviceId, req.ackedBatch, QByteArray());
        qCWarning(lcSync) << "device" << device->deviceId << "is ahead of this store: asked to resync";
    } else if (!device->userActive) {
        resp.action = req.outboxRemaining > 0 ? QStringLiteral("finish_push") : QStringLiteral("wipe");
        resp.cursor = req.cursor;
    } else if (req.pull) {
        const RecordTable table(m_db);
        PullBuilder builder(m_db, table);
        const PullPage page = builder.build(*device, pullFrom, pullFrom == req.cursor ? req.since : pullFrom, req.maxBytes);
        resp.encodedChanges = page.changes;
        resp.cursor = page.cursor;
        resp.more = page.more;
        devices.recordServed(*device, page.cursor, now());
    } else {
        resp.cursor = req.cursor;
    }
    resp.serverTime = now();
    HttpResponse answer = HttpResponse::jsonText(200, resp.toJsonText());
    if (reading)
        freeElsewhere(std::move(reading), std::move(read), std::move(done));
    return answer;
}

} // namespace brug
