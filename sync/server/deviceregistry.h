#pragma once

#include "devicecontext.h"

#include <optional>
#include <vector>

namespace brug {

class ServerDatabase;

/// A device as the admin list shows it.
struct DeviceInfo
{
    QString id;
    QString name;
    QString platform;
    QString userId;
    QString userName;
    QString orgId;
    qint64 createdAt = 0;
    qint64 lastSeen = 0;
    qint64 revokedAt = 0;
};

/// Enrolled devices: token lookup (tokens are stored only as SHA-256), what each device has
/// synced, revocation.
class DeviceRegistry
{
public:
    explicit DeviceRegistry(const ServerDatabase &db);

    [[nodiscard]] std::optional<DeviceContext> authenticate(const QByteArray &token) const;
    void recordBatch(const QString &deviceId, qint64 seq, const QByteArray &ack) const;
    /// The cursor a device was served, and when it was seen; written when the cursor moved or
    /// the last sighting is a minute old (kSeenResolutionMs).
    void recordServed(const DeviceContext &device, qint64 cursor, qint64 now) const;
    static constexpr qint64 kSeenResolutionMs = 60 * 1000;
    [[nodiscard]] std::vector<DeviceInfo> list(const QString &orgId = QString()) const;
    /// Returns false when there is no such device.
    bool revoke(const QString &deviceId, qint64 now) const;

    [[nodiscard]] static QString hashSecret(const QByteArray &secret);
    [[nodiscard]] static QByteArray newToken();

private:
    const ServerDatabase &m_db;
};

} // namespace brug
