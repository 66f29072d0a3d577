#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace brug {

/// The content codings of HTTP bodies (docs/sync-protocol.md §1).
enum class ContentCoding { Identity, Gzip, Zstd };

namespace ContentCodings {
/// What a server sends in `Accept-Encoding` on every response: the codings it reads.
inline constexpr char kServerReads[] = "zstd, gzip";
/// What a client sends in `Accept-Encoding`: the codings it reads in a response.
inline constexpr char kClientReads[] = "zstd, gzip";

/// The coding a `Content-Encoding` value names (none or `identity`: Identity); nullopt for a
/// coding this project does not read.
[[nodiscard]] std::optional<ContentCoding> fromName(QByteArrayView contentEncoding);
/// The name for `Content-Encoding`; empty for Identity.
[[nodiscard]] QByteArray name(ContentCoding coding);
/// Whether an `Accept-Encoding` value lists `coding` with a weight above 0 (`*` lists all).
[[nodiscard]] bool accepts(QByteArrayView acceptEncoding, ContentCoding coding);
/// The coding for a response to a request that said `acceptEncoding`: of zstd and gzip, the one
/// with the higher weight, zstd when equal; Identity when it accepts neither.
[[nodiscard]] ContentCoding preferred(QByteArrayView acceptEncoding);
/// `data` in `coding` (gzip at `gzipLevel`); empty when compressing failed.
[[nodiscard]] QByteArray compress(ContentCoding coding, const QByteArray &data, int gzipLevel);
/// The body a response's `Content-Encoding` names, decompressed; nullopt when it does not
/// decompress, decompresses past `maxBytes`, or names a coding this project does not read.
[[nodiscard]] std::optional<QByteArray> decompress(QByteArrayView contentEncoding, const QByteArray &data,
                                                   qsizetype maxBytes);
} // namespace ContentCodings

} // namespace brug
