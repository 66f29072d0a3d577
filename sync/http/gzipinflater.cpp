#include "gzipinflater.h"

#include <zlib.h>

namespace brug {

struct GzipInflater::Stream
{
    z_stream z{};
    bool initialised = false;
};

GzipInflater::GzipInflater(qint64 maxInflatedBytes)
    : m_stream(std::make_unique<Stream>()), m_max(maxInflatedBytes)
{
    // 16 + MAX_WBITS: gzip framing only; a raw zlib or deflate stream is not what the client said.
    if (inflateInit2(&m_stream->z, 16 + MAX_WBITS) == Z_OK)
        m_stream->initialised = true;
    else
        m_state = State::Corrupt;
}

GzipInflater::~GzipInflater()
{
    if (m_stream->initialised)
        inflateEnd(&m_stream->z);
}

GzipInflater::State GzipInflater::feed(const char *data, qint64 size)
{
    if (m_state != State::Ok)
        return m_state;
    z_stream &z = m_stream->z;
    // Bodies are at most a few MiB, but zlib counts in uInt: feed in slices to stay correct anyway.
    constexpr qint64 slice = 1 << 20;
    char out[64 * 1024];
    while (size > 0) {
        const qint64 take = qMin(size, slice);
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
        z.avail_in = uInt(take);
        data += take;
        size -= take;
        for (;;) {
            if (!m_inMember) {
                if (z.avail_in == 0)
                    break;
                // A new member starts (gunzip accepts concatenated members).
                if (m_sawMember && inflateReset(&z) != Z_OK)
                    return m_state = State::Corrupt;
                m_inMember = true;
                m_sawMember = true;
            }
            z.next_out = reinterpret_cast<Bytef *>(out);
            z.avail_out = sizeof out;
            const int rc = inflate(&z, Z_NO_FLUSH);
            const qint64 produced = qint64(sizeof out) - z.avail_out;
            if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR)
                return m_state = State::Corrupt;
            // Checked before appending so that the buffer never holds more than the cap.
            if (m_output.size() + produced > m_max)
                return m_state = State::TooLarge;
            m_output.append(out, produced);
            if (rc == Z_STREAM_END) {
                m_inMember = false;
                continue;
            }
            // A full output buffer may mean zlib holds more output for input already consumed.
            if (rc == Z_BUF_ERROR || (z.avail_in == 0 && z.avail_out != 0))
                break;
        }
    }
    return m_state;
}

GzipInflater::State GzipInflater::finish()
{
    // Stopped inside a member, or no member at all: not a complete gzip body.
    if (m_state == State::Ok && (m_inMember || !m_sawMember))
        m_state = State::Corrupt;
    return m_state;
}

} // namespace brug
