#include "zstdcodec.h"

#include "zstddecoder.h"

#include <zstd.h>

#include <memory>

namespace brug {

QByteArray Zstd::compress(const QByteArray &data, int level)
{
    // A context holds some MB of tables once used: each thread keeps one.
    struct Free
    {
        void operator()(ZSTD_CCtx *c) const { ZSTD_freeCCtx(c); }
    };
    thread_local std::unique_ptr<ZSTD_CCtx, Free> context(ZSTD_createCCtx());
    if (!context || level < 1 || level > ZSTD_maxCLevel())
        return {};
    // The checksum (4 bytes a frame) tells a damaged body from a good one, as gzip's CRC does.
    if (ZSTD_isError(ZSTD_CCtx_setParameter(context.get(), ZSTD_c_compressionLevel, level))
        || ZSTD_isError(ZSTD_CCtx_setParameter(context.get(), ZSTD_c_checksumFlag, 1)))
        return {};
    QByteArray out(qsizetype(ZSTD_compressBound(size_t(data.size()))), Qt::Uninitialized);
    const size_t written = ZSTD_compress2(context.get(), out.data(), size_t(out.size()), data.constData(), size_t(data.size()));
    if (ZSTD_isError(written))
        return {};
    out.resize(qsizetype(written));
    return out;
}

std::optional<QByteArray> Zstd::decompress(const QByteArray &data, qsizetype maxBytes)
{
    // A frame says its size when the sender knew it: room for the first's from the start.
    const unsigned long long first = ZSTD_getFrameContentSize(data.constData(), size_t(data.size()));
    const bool known = first != ZSTD_CONTENTSIZE_ERROR && first != ZSTD_CONTENTSIZE_UNKNOWN;
    const qint64 expected = known && first <= quint64(maxBytes) ? qint64(first) : 0;
    ZstdDecoder decoder(maxBytes, expected);
    decoder.feed(data.constData(), data.size());
    if (decoder.finish() != BodyDecoder::State::Ok)
        return std::nullopt;
    return decoder.takeOutput();
}

} // namespace brug
