#pragma once

#include <QByteArray>

namespace brug {

/// gzip (RFC 1952) for HTTP bodies. Returns an empty array if it fails (the caller then sends the
/// body as it is). Inflating is brughttp's GzipInflater on the server, and Qt's on devices.
namespace Gzip {
[[nodiscard]] QByteArray compress(const QByteArray &data, int level = 6);
} // namespace Gzip

} // namespace brug
