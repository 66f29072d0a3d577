#include "enroller.h"

#include "outbox.h"
#include "serverendpoint.h"
#include "store.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace brug {

Enroller::Enroller(Store &store, QNetworkAccessManager &network, QObject *parent)
    : QObject(parent), m_store(store), m_network(network)
{
}

void Enroller::enrol(const QUrl &server, const QString &code, const QString &deviceName, const QString &platform)
{
    if (const QString problem = ServerEndpoint::transportProblem(server); !problem.isEmpty()) {
        // Asynchronous like every other outcome, so the caller's connections are in place.
        QMetaObject::invokeMethod(this, [this, problem] {
            emit failed(problem, QStringLiteral("refused to send the enrolment code to this address"));
        }, Qt::QueuedConnection);
        return;
    }
    ServerEndpoint endpoint{server, {}};
    QNetworkRequest request = endpoint.request(QStringLiteral("/v1/enrol"));
    const EnrolRequest body{code, deviceName, platform};
    QNetworkReply *reply = m_network.post(request, QJsonDocument(body.toJson()).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, server] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == 0) {
            emit failed(ServerEndpoint::failureCode(*reply), reply->errorString());
            return;
        }
        if (status != 201) {
            const ProtocolError e = ProtocolError::fromJson(status, json);
            emit failed(e.code, e.message);
            return;
        }
        std::optional<ProtocolError> error;
        const EnrolResponse e = EnrolResponse::fromJson(json, &error);
        if (error) {
            emit failed(error->code, error->message);
            return;
        }
        try {
            Transaction tx(m_store.db());
            m_store.setIdentity(DeviceIdentity{e.deviceId, e.userId, e.userName, e.role, e.orgId,
                                               e.orgName, e.orgKind, e.node});
            m_store.setState(QStringLiteral("server_url"), server.toString());
            m_store.setState(QStringLiteral("token"), e.token);
            // What this server reads, from its answer, so that the first sync need not guess.
            m_store.setState(QString::fromLatin1(ServerEndpoint::kRequestCodingState),
                             QString::fromLatin1(ContentCodings::name(
                                 ServerEndpoint::requestCoding(reply->rawHeader(QByteArrayLiteral("Accept-Encoding"))))));
            m_store.setState(QStringLiteral("store_id"), QString());
            m_store.setState(QStringLiteral("cursor"), qint64(0));
            // A new enrolment is a new device to the server: batch numbers start again, and
            // whatever this store already holds is offered again, since that server may lack it.
            m_store.setState(QStringLiteral("acked_batch"), qint64(0));
            m_store.setState(QStringLiteral("pending_batch"), qint64(0));
            m_store.db().exec(QStringLiteral("UPDATE outbox SET batch = NULL"));
            Outbox(m_store).enqueueResendAll();
            m_store.followServerTime(e.serverTime);
            m_store.saveClock();
            tx.commit();
        } catch (const StoreError &err) {
            emit failed(QStringLiteral("store"), err.message());
            return;
        }
        emit succeeded();
    });
}

} // namespace brug
