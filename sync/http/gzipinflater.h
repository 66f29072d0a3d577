#pragma once

#include <QByteArray>

#include <memory>

namespace brug {

// Gunzips a request body piece by piece as it arrives, so that a body which inflates past the cap
// (a zip bomb: 8 MiB of gzip can be 8 GiB of zeros) is refused having buffered at most the cap.
// Accepts several concatenated gzip members, as gunzip does; anything else after a member is an
// error. Internal to brughttp.
class GzipInflater
{
public:
    enum class State { Ok, Corrupt, TooLarge };

    explicit GzipInflater(qint64 maxInflatedBytes);
    ~GzipInflater();
    GzipInflater(const GzipInflater &) = delete;
    GzipInflater &operator=(const GzipInflater &) = delete;

    // Inflates data and appends it to output(). Once the state is not Ok, further input is ignored.
    State feed(const char *data, qint64 size);
    // Call when the body is complete: a stream that stopped inside a member, or that held no
    // member at all, is Corrupt (the server does not inflate an empty body).
    State finish();

    State state() const { return m_state; }
    QByteArray takeOutput() { return std::move(m_output); }

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
