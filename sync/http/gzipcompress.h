#pragma once

#include <QByteArray>

namespace brug {

// gzip framing (not zlib's), because that is what Content-Encoding: gzip means. Internal to
// brughttp. Returns an empty array if zlib fails, and the caller then sends the body uncompressed.
QByteArray gzipCompress(const QByteArray &data, int level = 6);

} // namespace brug
