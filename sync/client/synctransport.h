#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QThread;

namespace brug {

struct SyncResponse;

/// Carries the sync engine's requests on a network thread and reads their answers there:
/// receiving, inflating and parsing a 2 MiB pull page no longer waits for (or holds) the thread
/// that applies the page before it, which is also the thread that draws the interface.
/// Used from one thread (its owner's); answers come back to that thread's event loop.
class SyncTransport : public QObject
{
    Q_OBJECT
public:
    /// Makes the network manager, on the network thread (tests and benchmarks time requests).
    using NetworkFactory = std::function<std::unique_ptr<QNetworkAccessManager>()>;

    /// What came back for one request.
    struct Answer
    {
        quint64 request = 0;
        int status = 0;        ///< HTTP status; 0 when no answer came
        QString failureCode;   ///< status 0: "network" or "tls" (ServerEndpoint::failureCode)
        QString errorString;   ///< status 0: Qt's words for it
        qint64 bytes = 0;      ///< body bytes received
        /// The codings the server reads in a request: its Accept-Encoding (RFC 7694).
        QByteArray serverReads;
        QJsonObject body;      ///< the JSON body of an answer other than 200
        /// A 200 answer read as a SyncResponse; null when it did not parse (cut or mangled).
        std::unique_ptr<SyncResponse> response;
    };

    explicit SyncTransport(NetworkFactory factory = {}, QObject *parent = nullptr);
    ~SyncTransport() override;

    /// Sends a POST; its answer comes as answered() with the returned request number.
    quint64 post(const QNetworkRequest &request, const QByteArray &body);
    /// Cuts a request short; its answer (if it comes) is status 0.
    void abort(quint64 request);
    /// Frees a page on the network thread: thousands of changes take milliseconds to free.
    void dispose(std::unique_ptr<SyncResponse> page);

signals:
    void uploadProgress(quint64 request, qint64 sent, qint64 total);
    void answered(const std::shared_ptr<brug::SyncTransport::Answer> &answer);

private:
    // Run on the network thread.
    void start(quint64 id, const QNetworkRequest &request, const QByteArray &body);
    void finish(quint64 id, QNetworkReply *reply);

    std::shared_ptr<QThread> m_thread;
    QObject *m_context = nullptr; ///< lives on the network thread: the parent of what does
    NetworkFactory m_factory;
    quint64 m_lastId = 0;
    // Touched only on the network thread.
    QNetworkAccessManager *m_network = nullptr;
    QHash<quint64, QNetworkReply *> m_replies;
};

} // namespace brug
