#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace brug {

// What a handler answers. The server adds Content-Length, Date and Connection itself and may gzip
// the body (and then sets Content-Encoding and Vary), so handlers set neither.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpResponse json(int status, const QJsonObject &object);
    /// A body that is JSON text already.
    static HttpResponse jsonText(int status, QByteArray text);
    // The protocol's error body (docs/sync-protocol.md section 2), exactly
    // {"error":{"code":...,"message":...,"path":...}}; "path" only when one element is at fault.
    static HttpResponse error(int status, const QString &code, const QString &message,
                              const QString &path = {});
};

} // namespace brug
