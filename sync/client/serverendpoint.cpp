#include "serverendpoint.h"

#include "gzip.h"

namespace brug {

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

QByteArray ServerEndpoint::encodeBody(QNetworkRequest &request, const QByteArray &json)
{
    if (json.size() < 1024)
        return json;
    const QByteArray gz = Gzip::compress(json);
    if (gz.isEmpty() || gz.size() >= json.size())
        return json;
    request.setRawHeader("Content-Encoding", "gzip");
    return gz;
}

} // namespace brug
