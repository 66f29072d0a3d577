#include "zstddecoder.h"

#include <zstd.h>

#include <algorithm>

namespace brug {

ZstdDecoder::ZstdDecoder(qint64 maxOutputBytes, qint64 expectedBytes)
    : m_ctx(ZSTD_createDCtx()), m_max(maxOutputBytes)
{
    if (expectedBytes > 0)
        m_output.resize(qsizetype(std::min(expectedBytes, m_max) + 1));
    if (!m_ctx || ZSTD_isError(ZSTD_DCtx_setParameter(m_ctx, ZSTD_d_windowLogMax, kMaxWindowLog)))
        m_state = State::Corrupt;
}

ZstdDecoder::~ZstdDecoder()
{
    ZSTD_freeDCtx(m_ctx);
}

BodyDecoder::State ZstdDecoder::fail(State state)
{
    m_state = state;
    m_output = QByteArray(); // what was decompressed goes now, not when the body ends
    m_used = 0;
    return m_state;
}

BodyDecoder::State ZstdDecoder::feed(const char *data, qint64 size)
{
    if (m_state != State::Ok || size <= 0)
        return m_state;
    ZSTD_inBuffer in{data, size_t(size), 0};
    for (;;) {
        // Room grows by doubling up to one step past the cap, so that passing the cap shows.
        constexpr qint64 step = 64 * 1024;
        if (m_output.size() - m_used < step) {
            const qint64 room = std::min(std::max<qint64>(m_output.size() * 2, m_used + step), m_max + step);
            m_output.resize(qsizetype(room));
        }
        ZSTD_outBuffer out{m_output.data() + m_used, size_t(m_output.size() - m_used), 0};
        const size_t rc = ZSTD_decompressStream(m_ctx, &out, &in);
        if (ZSTD_isError(rc))
            return fail(State::Corrupt);
        m_used += qint64(out.pos);
        if (m_used > m_max)
            return fail(State::TooLarge);
        m_sawFrame = true;
        m_inFrame = rc != 0; // 0: a frame ended and all of it is out; what follows starts another
        // All input read, and the frame ended or output room was left: nothing is held back. (Asked
        // again after a frame's end, the decoder would wait for the next frame's header.)
        if (in.pos == in.size && (rc == 0 || out.pos < out.size))
            return m_state;
    }
}

BodyDecoder::State ZstdDecoder::finish()
{
    if (m_state == State::Ok && (m_inFrame || !m_sawFrame))
        return fail(State::Corrupt);
    return m_state;
}

QByteArray ZstdDecoder::takeOutput()
{
    m_output.resize(qsizetype(m_used));
    m_used = 0;
    return std::move(m_output);
}

} // namespace brug
