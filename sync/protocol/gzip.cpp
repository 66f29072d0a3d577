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

} // namespace brug
