#include "serverendpoint.h"

#include <QHostAddress>

namespace brug {

namespace {
/// This machine by name or loopback address (127.0.0.0/8, ::1): where plain http may go.
bool isThisMachine(const QUrl &url)
{
    const QString host = url.host().toLower();
    return host == u"localhost" || QHostAddress(host).isLoopback();
}
} // namespace

QNetworkRequest ServerEndpoint::request(const QString &path) const
{
    QUrl url = base;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + path);
    QNetworkRequest r(url);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    r.setRawHeader("Accept", "application/json");
    if (!token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + token);
    r.setTransferTimeout(60000);
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return r;
}

QString ServerEndpoint::transportProblem(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"https" && scheme != u"http"))
        return QStringLiteral("bad_server_url");
    if (scheme == u"https" || qEnvironmentVariableIntValue("BRUG_ALLOW_HTTP") == 1)
        return QString();
    return isThisMachine(url) ? QString() : QStringLiteral("insecure_server");
}

QUrl ServerEndpoint::fromUserInput(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(u"://"))
        return QUrl(trimmed);
    const bool local = isThisMachine(QUrl(QStringLiteral("http://") + trimmed));
    return QUrl((local ? QStringLiteral("http://") : QStringLiteral("https://")) + trimmed);
}

QString ServerEndpoint::failureCode(const QNetworkReply &reply)
{
    return reply.error() == QNetworkReply::SslHandshakeFailedError ? QStringLiteral("tls") : QStringLiteral("network");
}

QByteArray ServerEndpoint::compress(ContentCoding coding, const QByteArray &data)
{
    return ContentCodings::compress(coding, data, kRequestGzipLevel);
}

ContentCoding ServerEndpoint::requestCoding(QByteArrayView serverReads)
{
    return ContentCodings::accepts(serverReads, ContentCoding::Zstd) ? ContentCoding::Zstd : ContentCoding::Gzip;
}

QByteArray ServerEndpoint::encodeBody(QNetworkRequest &request, const QByteArray &json, ContentCoding coding)
{
    if (json.size() < 1024 || coding == ContentCoding::Identity)
        return json;
    const QByteArray packed = compress(coding, json);
    if (packed.isEmpty() || packed.size() >= json.size())
        return json;
    request.setRawHeader("Content-Encoding", ContentCodings::name(coding));
    return packed;
}

} // namespace brug
