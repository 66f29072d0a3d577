#pragma once

#include <QString>

namespace brug {

/// The enrolled device behind a request's token, and what the server remembers of it.
struct DeviceContext
{
    QString deviceId;
    QString userId;
    QString orgId;
    QString orgKind;
    QString role;
    QString node;
    bool userActive = true;
    bool revoked = false;
    qint64 lastBatch = 0;
    QByteArray lastAck;     ///< the ack answered for lastBatch, for replays
    qint64 lastServed = 0;
    qint64 lastSeen = 0;    ///< ms since the epoch, as recorded (0: never)

    [[nodiscard]] bool isProviderSide() const { return role == u"caseworker" || role == u"manager"; }
};

} // namespace brug
