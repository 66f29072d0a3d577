#include "gzip.h"

#include <zlib.h>

namespace brug {

QByteArray Gzip::compress(const QByteArray &data, int level)
{
    z_stream z{};
    // 15 + 16: a gzip header and trailer rather than a zlib one.
    if (deflateInit2(&z, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(qsizetype(deflateBound(&z, uLong(data.size())) + 32));
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return rc == Z_STREAM_END ? out : QByteArray();
}

QByteArray Gzip::decompress(const QByteArray &data, qint64 maxBytes, InflateError *error)
{
    *error = InflateError::None;
    z_stream z{};
    if (inflateInit2(&z, 15 + 16) != Z_OK) {
        *error = InflateError::Corrupt;
        return {};
    }
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    QByteArray out;
    char chunk[64 * 1024];
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        z.next_out = reinterpret_cast<Bytef *>(chunk);
        z.avail_out = sizeof chunk;
        rc = inflate(&z, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            *error = InflateError::Corrupt;
            break;
        }
        const qsizetype produced = qsizetype(sizeof chunk - z.avail_out);
        if (out.size() + produced > maxBytes) {
            *error = InflateError::TooLarge;
            break;
        }
        out.append(chunk, produced);
        if (rc == Z_OK && z.avail_in == 0 && produced == 0) {
            *error = InflateError::Corrupt; // truncated stream
            break;
        }
    }
    inflateEnd(&z);
    return *error == InflateError::None ? out : QByteArray();
}

} // namespace brug
