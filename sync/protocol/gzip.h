#pragma once

#include <QByteArray>
#include <optional>

namespace brug {

/// gzip (RFC 1952) for HTTP bodies. Compressing returns an empty array if it fails (the caller
/// then sends the body as it is). Inflating stops at a cap, so a small bomb cannot fill memory.
namespace Gzip {
[[nodiscard]] QByteArray compress(const QByteArray &data, int level = 6);
enum class InflateError { None, Corrupt, TooLarge };
[[nodiscard]] QByteArray decompress(const QByteArray &data, qint64 maxBytes, InflateError *error);
} // namespace Gzip

} // namespace brug
