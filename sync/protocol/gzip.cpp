#include "gzip.h"

#include <libdeflate.h>

#include <array>
#include <memory>

namespace brug {

QByteArray Gzip::compress(const QByteArray &data, int level)
{
    // libdeflate, not zlib: the same gzip about 1.5x faster at a given level, a little smaller.
    // A compressor is some hundreds of KB to set up, so each thread keeps one per level.
    struct Free
    {
        void operator()(libdeflate_compressor *c) const { libdeflate_free_compressor(c); }
    };
    thread_local std::array<std::unique_ptr<libdeflate_compressor, Free>, 13> compressors;
    if (level < 0 || level >= int(compressors.size()))
        return {};
    auto &compressor = compressors[size_t(level)];
    if (!compressor)
        compressor.reset(libdeflate_alloc_compressor(level));
    if (!compressor)
        return {};
    QByteArray out;
    out.resize(qsizetype(libdeflate_gzip_compress_bound(compressor.get(), size_t(data.size()))));
    const size_t written = libdeflate_gzip_compress(compressor.get(), data.constData(), size_t(data.size()),
                                                    out.data(), size_t(out.size()));
    if (written == 0)
        return {};
    out.resize(qsizetype(written));
    return out;
}

std::optional<QByteArray> Gzip::decompress(const QByteArray &data, qsizetype maxBytes)
{
    // libdeflate inflates a member in one call into a buffer of the right size, at about a third
    // of the cost of Qt's inflating with zlib as the body arrives. The size comes from the
    // trailer (ISIZE, the last member's size mod 2^32): exact for one member (libdeflate refuses
    // a member whose ISIZE is wrong), a first guess for several, and never past maxBytes, since
    // the sender writes it.
    struct Free
    {
        void operator()(libdeflate_decompressor *d) const { libdeflate_free_decompressor(d); }
    };
    thread_local std::unique_ptr<libdeflate_decompressor, Free> decompressor(libdeflate_alloc_decompressor());
    if (!decompressor || data.size() < 18 || maxBytes < 0)
        return std::nullopt;
    const auto *trailer = reinterpret_cast<const uchar *>(data.constData() + data.size() - 4);
    const quint32 isize = quint32(trailer[0]) | quint32(trailer[1]) << 8 | quint32(trailer[2]) << 16 | quint32(trailer[3]) << 24;
    // One byte of room past the cap, so that data inflating past it is told from data filling it.
    QByteArray out(std::min<qsizetype>(std::max<qsizetype>(qsizetype(isize), 1024), maxBytes) + 1, Qt::Uninitialized);
    qsizetype in = 0;
    qsizetype used = 0;
    while (in < data.size()) {
        size_t consumed = 0;
        size_t produced = 0;
        const libdeflate_result r = libdeflate_gzip_decompress_ex(
            decompressor.get(), data.constData() + in, size_t(data.size() - in), out.data() + used,
            size_t(out.size() - used), &consumed, &produced);
        if (r == LIBDEFLATE_INSUFFICIENT_SPACE && out.size() <= maxBytes) {
            out.resize(std::min(out.size() * 2, maxBytes + 1));
            continue;
        }
        if (r != LIBDEFLATE_SUCCESS)
            return std::nullopt;
        used += qsizetype(produced);
        in += qsizetype(consumed);
        if (used > maxBytes)
            return std::nullopt;
    }
    out.resize(used);
    return out;
}

} // namespace brug
