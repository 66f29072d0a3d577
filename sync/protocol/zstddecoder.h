#pragma once

#include "bodydecoder.h"

struct ZSTD_DCtx_s;

namespace brug {

/// Decompresses zstd (RFC 8878) as it arrives: one frame or several one after another, as
/// `zstd -d` reads them. A frame that needs a window over 8 MiB is Corrupt before any of it is
/// decompressed, so that a request cannot make the server set aside more memory than that.
class ZstdDecoder final : public BodyDecoder
{
public:
    static constexpr int kMaxWindowLog = 23; ///< 8 MiB (docs/sync-protocol.md §1)

    /// `expectedBytes`: how much output to make room for at first (a frame says its size).
    explicit ZstdDecoder(qint64 maxOutputBytes, qint64 expectedBytes = 0);
    ~ZstdDecoder() override;
    ZstdDecoder(const ZstdDecoder &) = delete;
    ZstdDecoder &operator=(const ZstdDecoder &) = delete;

    State feed(const char *data, qint64 size) override;
    State finish() override;
    [[nodiscard]] State state() const override { return m_state; }
    [[nodiscard]] QByteArray takeOutput() override;

private:
    State fail(State state);

    ZSTD_DCtx_s *m_ctx = nullptr;
    qint64 m_max;
    QByteArray m_output; ///< its first m_used bytes are output; the rest is room for more
    qint64 m_used = 0;
    State m_state = State::Ok;
    bool m_inFrame = false; ///< bytes of a frame were read and its end was not yet reached
    bool m_sawFrame = false;
};

} // namespace brug
