#pragma once

#include "bodydecoder.h"

#include <memory>

namespace brug {

// Gunzips a request body piece by piece as it arrives; buffers at most the cap. Accepts several
// concatenated gzip members, as gunzip does; anything else after a member is an error. Internal
// to brughttp.
class GzipInflater final : public BodyDecoder
{
public:
    explicit GzipInflater(qint64 maxInflatedBytes);
    ~GzipInflater() override;
    GzipInflater(const GzipInflater &) = delete;
    GzipInflater &operator=(const GzipInflater &) = delete;

    State feed(const char *data, qint64 size) override;
    State finish() override;
    [[nodiscard]] State state() const override { return m_state; }
    [[nodiscard]] QByteArray takeOutput() override { return std::move(m_output); }

private:
    struct Stream;
    std::unique_ptr<Stream> m_stream;
    qint64 m_max;
    QByteArray m_output;
    State m_state = State::Ok;
    bool m_inMember = false; // bytes of a member were seen and its end was not yet reached
    bool m_sawMember = false;
};

} // namespace brug
