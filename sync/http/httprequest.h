#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace brug {

// One request as the handler sees it: complete, within the limits, and already decoded, so that
// handlers never deal with transport concerns (size limits, gzip, chunking).
struct HttpRequest
{
    QByteArray method;
    // As sent on the request line, still percent-encoded: routing compares it byte for byte and an
    // early decode would make "/v1/a%2Fb" and "/v1/a/b" the same route.
    QByteArray path;
    QByteArray query; // the part after '?', without the '?'; empty when there is none
    // Names lower-cased because HTTP header names are case-insensitive; a header sent more than
    // once is joined with ", " (RFC 9110 5.3).
    QHash<QByteArray, QByteArray> headers;
    QByteArray body; // already gunzipped when the request said Content-Encoding: gzip
    QString peer;    // remote address as text, for rate limits and logs

    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
};

} // namespace brug
