#pragma once

#include <QByteArray>

namespace brug {

/// Decompresses a request body piece by piece as it arrives, so that a body which decompresses
/// past the cap (a bomb: 8 MiB of gzip can be 8 GiB of zeros) is refused having buffered about
/// the cap at most. One per content coding (GzipInflater, ZstdDecoder).
class BodyDecoder
{
public:
    enum class State { Ok, Corrupt, TooLarge };

    virtual ~BodyDecoder() = default;

    /// Decompresses data and keeps it for takeOutput(). Once the state is not Ok, further input
    /// is ignored.
    virtual State feed(const char *data, qint64 size) = 0;
    /// Call when the body is complete: a body that stopped inside a frame or member, or that held
    /// none at all, is Corrupt.
    virtual State finish() = 0;
    [[nodiscard]] virtual State state() const = 0;
    [[nodiscard]] virtual QByteArray takeOutput() = 0;
};

} // namespace brug
