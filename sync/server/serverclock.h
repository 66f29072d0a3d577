#pragma once

#include "hlc.h"

#include <QMutex>

namespace brug {

/// Stamps for what the server writes itself (admin commands, conflict records). Each process
/// takes a fresh random node, so two server processes never issue the same stamp.
class ServerClock
{
public:
    static ServerClock &instance();
    [[nodiscard]] QString next();
    void observe(const QString &stamp);
    [[nodiscard]] QString node() const;

private:
    ServerClock();
    mutable QMutex m_mutex;
    HlcClock m_clock;
};

} // namespace brug
