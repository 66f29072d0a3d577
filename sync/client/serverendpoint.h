#pragma once

#include "contentcoding.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>

namespace brug {

/// Where the server is and how a request to it is made: URL, token, JSON and compression.
struct ServerEndpoint
{
    /// How hard a request body is compressed with gzip, for a server that does not read zstd.
    /// Level 2, not 6: in the initial push of 10,000 records the device's CPU fell by a third
    /// (compressing was 38% of it) and the push's wall time by a fifth, for 5% more bytes up.
    static constexpr int kRequestGzipLevel = 2;

    QUrl base;       ///< e.g. http://127.0.0.1:8787
    QByteArray token;

    [[nodiscard]] QNetworkRequest request(const QString &path) const;
    /// Why no request may go to `url`, as an error code (docs/sync-protocol.md §2), or empty.
    /// Families' data travels only over TLS: plain http goes only to this machine (the local
    /// demo server, tests), or anywhere when BRUG_ALLOW_HTTP=1 (a developer's test server).
    [[nodiscard]] static QString transportProblem(const QUrl &url);
    /// A server address as a person types it: without a scheme it is https://, except for
    /// this machine (the local demo server speaks plain http).
    [[nodiscard]] static QUrl fromUserInput(const QString &text);
    /// The error code for a reply that got no HTTP answer: "tls" when the server's certificate
    /// was refused (nothing was sent), else "network".
    [[nodiscard]] static QString failureCode(const QNetworkReply &reply);
    /// `data` in `coding` (zstd, or gzip at kRequestGzipLevel); empty when compressing failed.
    [[nodiscard]] static QByteArray compress(ContentCoding coding, const QByteArray &data);
    /// The coding a device sends its requests in to a server whose answers carry `serverReads`
    /// (their Accept-Encoding): zstd when it says so, else gzip (docs/sync-protocol.md §1).
    [[nodiscard]] static ContentCoding requestCoding(QByteArrayView serverReads);
    /// The store's state key that keeps it between runs of the app.
    static constexpr const char *kRequestCodingState = "request_coding";
    /// The body compressed in `coding` (with the header set on `request`) when that saves bytes.
    [[nodiscard]] static QByteArray encodeBody(QNetworkRequest &request, const QByteArray &json, ContentCoding coding);
};

} // namespace brug
