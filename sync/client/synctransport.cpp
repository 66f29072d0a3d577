#include "synctransport.h"

#include "contentcoding.h"
#include "serverendpoint.h"
#include "syncmessages.h"

#include <QJsonDocument>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>

namespace brug {

namespace {
// Far above a page of a pull (at most 8 MiB of changes and the record that passes it): past it,
// a body is not a sync answer.
constexpr qsizetype kMaxResponseBytes = 64 * 1024 * 1024;

// One network thread for all the engines of a process (the app has one; a benchmark fleet has
// hundreds, and each network manager has a thread of its own inside Qt already).
std::shared_ptr<QThread> networkThread()
{
    static QMutex mutex;
    static std::weak_ptr<QThread> shared;
    QMutexLocker lock(&mutex);
    if (std::shared_ptr<QThread> thread = shared.lock())
        return thread;
    std::shared_ptr<QThread> thread(new QThread, [](QThread *t) {
        t->quit();
        t->wait();
        delete t;
    });
    thread->setObjectName(QStringLiteral("brug-sync-net"));
    thread->start();
    shared = thread;
    return thread;
}
} // namespace

SyncTransport::SyncTransport(NetworkFactory factory, QObject *parent)
    : QObject(parent), m_thread(networkThread()), m_context(new QObject), m_factory(std::move(factory))
{
    m_context->moveToThread(m_thread.get());
}

SyncTransport::~SyncTransport()
{
    QThread *owner = QThread::currentThread();
    QMetaObject::invokeMethod(m_context, [this, owner] {
        for (QNetworkReply *reply : std::as_const(m_replies)) {
            reply->disconnect(m_context);
            reply->abort();
        }
        m_replies.clear();
        delete m_network;
        m_network = nullptr;
        // Handed back so that it can be deleted here, on the owner's thread, once nothing on
        // the network thread refers to it.
        m_context->moveToThread(owner);
    }, Qt::BlockingQueuedConnection);
    delete m_context;
}

quint64 SyncTransport::post(const QNetworkRequest &request, const QByteArray &body)
{
    const quint64 id = ++m_lastId;
    QMetaObject::invokeMethod(m_context, [this, id, request, body] { start(id, request, body); }, Qt::QueuedConnection);
    return id;
}

void SyncTransport::abort(quint64 request)
{
    QMetaObject::invokeMethod(m_context, [this, request] {
        if (QNetworkReply *reply = m_replies.value(request))
            reply->abort();
    }, Qt::QueuedConnection);
}

void SyncTransport::dispose(std::unique_ptr<SyncResponse> page)
{
    // The call, and the last reference to the page with it, is destroyed on the network thread.
    QMetaObject::invokeMethod(m_context, [p = std::shared_ptr<SyncResponse>(std::move(page))] {}, Qt::QueuedConnection);
}

void SyncTransport::start(quint64 id, const QNetworkRequest &request, const QByteArray &body)
{
    if (!m_network) {
        m_network = m_factory ? m_factory().release() : new QNetworkAccessManager;
        m_network->setParent(m_context);
    }
    // Asked for by name, so that Qt leaves the body as it came and it is decompressed here in one
    // piece: gzip at about a third of the cost of Qt's own inflating, and zstd, which Qt 6.4
    // does not read.
    QNetworkRequest asking = request;
    asking.setRawHeader("Accept-Encoding", ContentCodings::kClientReads);
    QNetworkReply *reply = m_network->post(asking, body);
    m_replies.insert(id, reply);
    connect(reply, &QNetworkReply::uploadProgress, m_context, [this, id](qint64 sent, qint64 total) {
        QMetaObject::invokeMethod(this, [this, id, sent, total] { emit uploadProgress(id, sent, total); },
                                  Qt::QueuedConnection);
    });
    connect(reply, &QNetworkReply::finished, m_context, [this, id, reply] { finish(id, reply); });
}

void SyncTransport::finish(quint64 id, QNetworkReply *reply)
{
    m_replies.remove(id);
    reply->deleteLater();
    auto answer = std::make_shared<Answer>();
    answer->request = id;
    answer->status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QByteArray data = reply->isOpen() ? reply->readAll() : QByteArray(); // closed once aborted
    answer->bytes = data.size();
    answer->serverReads = reply->rawHeader("Accept-Encoding");
    if (const QByteArray coding = reply->rawHeader("Content-Encoding"); answer->status != 0 && !coding.isEmpty()) {
        std::optional<QByteArray> plain = ContentCodings::decompress(coding, data, kMaxResponseBytes);
        data = plain ? std::move(*plain) : QByteArray(); // not JSON: answered as a body that does not parse
    }
    if (answer->status == 0) {
        answer->failureCode = ServerEndpoint::failureCode(*reply);
        answer->errorString = reply->errorString();
    } else {
        QJsonParseError parseError{};
        const QJsonObject json = QJsonDocument::fromJson(data, &parseError).object();
        if (answer->status != 200) {
            answer->body = json;
        } else if (parseError.error == QJsonParseError::NoError) {
            std::optional<ProtocolError> error;
            auto response = std::make_unique<SyncResponse>(SyncResponse::fromJson(json, &error));
            if (!error)
                answer->response = std::move(response);
        }
    }
    QMetaObject::invokeMethod(this, [this, answer] { emit answered(answer); }, Qt::QueuedConnection);
}

} // namespace brug
