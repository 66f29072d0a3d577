#pragma once

#include <QNetworkRequest>
#include <QString>
#include <QUrl>

namespace brug {

/// Where the server is and how a request to it is made: URL, token, JSON and gzip headers.
struct ServerEndpoint
{
    QUrl base;       ///< e.g. http://127.0.0.1:8787
    QByteArray token;

    [[nodiscard]] QNetworkRequest request(const QString &path) const;
    /// The body gzip-compressed (with the header set on `request`) when that saves bytes.
    [[nodiscard]] static QByteArray encodeBody(QNetworkRequest &request, const QByteArray &json);
};

} // namespace brug
