#pragma once

#include <QByteArray>

#include <optional>

namespace brug {

/// zstd (RFC 8878) for HTTP bodies: on a pull page 8% smaller than gzip, in less than half the
/// time (docs/sync-protocol.md §1). The server decompresses a request as it arrives with
/// ZstdDecoder; devices decompress a whole response with `decompress`.
namespace Zstd {
/// Level 3, zstd's default. On a pull page of 1,000 records levels 4 to 6 took 1.2 to 3.7 times
/// as long for at most 2% fewer bytes.
constexpr int kLevel = 3;
/// Empty if it fails (the caller then sends the body as it is).
[[nodiscard]] QByteArray compress(const QByteArray &data, int level = kLevel);
/// The data of one or more concatenated frames, or nullopt when the data is not zstd, is cut
/// short or corrupt, or decompresses past `maxBytes`. A first frame that says its size is
/// decompressed straight into room for it, whatever its window; others as ZstdDecoder does.
[[nodiscard]] std::optional<QByteArray> decompress(const QByteArray &data, qsizetype maxBytes);
} // namespace Zstd

} // namespace brug
