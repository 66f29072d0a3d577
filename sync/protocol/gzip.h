#pragma once

#include <QByteArray>

#include <optional>

namespace brug {

/// gzip (RFC 1952) for HTTP bodies. Inflating a request on the server is brughttp's GzipInflater
/// (piece by piece as the body arrives); devices inflate a whole response with `decompress`.
namespace Gzip {
/// Empty if it fails (the caller then sends the body as it is).
[[nodiscard]] QByteArray compress(const QByteArray &data, int level = 6);
/// The inflated data of one or more concatenated gzip members, or nullopt when the data is not
/// gzip, is cut short or corrupt, or inflates past `maxBytes`.
[[nodiscard]] std::optional<QByteArray> decompress(const QByteArray &data, qsizetype maxBytes);
} // namespace Gzip

} // namespace brug
