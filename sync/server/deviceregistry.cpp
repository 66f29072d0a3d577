#include "deviceregistry.h"

#include "serverdatabase.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace brug {

DeviceRegistry::DeviceRegistry(const ServerDatabase &db) : m_db(db) {}

QString DeviceRegistry::hashSecret(const QByteArray &secret)
{
    return QString::fromLatin1(QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex());
}

QByteArray DeviceRegistry::newToken()
{
    QByteArray raw(32, '\0');
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(raw.data()),
                                         reinterpret_cast<quint32 *>(raw.data() + raw.size()));
    return "brug_" + raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<DeviceContext> DeviceRegistry::authenticate(const QByteArray &token) const
{
    if (token.size() < 10 || token.size() > 200)
        return std::nullopt;
    ServerRows q = m_db.select(QStringLiteral(
        "SELECT d.id, d.user_id, d.org_id, o.kind, a.role, d.node, a.active, d.revoked_at, "
        "d.last_batch, d.last_ack, d.last_served, d.last_seen FROM devices d "
        "JOIN accounts a ON a.user_id = d.user_id JOIN orgs o ON o.id = d.org_id "
        "WHERE d.token_hash = ?"),
        {hashSecret(token)});
    if (!q.next())
        return std::nullopt;
    DeviceContext c;
    c.deviceId = q.value(0).toString();
    c.userId = q.value(1).toString();
    c.orgId = q.value(2).toString();
    c.orgKind = q.value(3).toString();
    c.role = q.value(4).toString();
    c.node = q.value(5).toString();
    c.userActive = q.value(6).toInt() != 0;
    c.revoked = !q.value(7).isNull();
    c.lastBatch = q.value(8).toLongLong();
    c.lastAck = q.value(9).toByteArray();
    c.lastServed = q.value(10).toLongLong();
    c.lastSeen = q.value(11).toLongLong();
    return c;
}

void DeviceRegistry::recordBatch(const QString &deviceId, qint64 seq, const QByteArray &ack) const
{
    m_db.run(QStringLiteral("UPDATE devices SET last_batch = ?, last_ack = ? WHERE id = ?"),
             {seq, QString::fromUtf8(ack), deviceId});
}

void DeviceRegistry::recordServed(const DeviceContext &device, qint64 cursor, qint64 now) const
{
    // A device that syncs again with nothing new changes nothing worth a write: a minute is
    // fine enough for when it was last seen (a write was a tenth of such a request's work).
    if (cursor == device.lastServed && now >= device.lastSeen && now - device.lastSeen < kSeenResolutionMs)
        return;
    // Written after every pull, so without an fsync of its own: lost in a power cut, the
    // device's next request may look ahead of the store and be asked to resync, which is safe.
    m_db.runLazy(QStringLiteral("UPDATE devices SET last_served = ?, last_seen = ? WHERE id = ?"),
                 {cursor, now, device.deviceId});
}

std::vector<DeviceInfo> DeviceRegistry::list(const QString &orgId) const
{
    QString sql = QStringLiteral(
        "SELECT d.id, d.name, d.platform, d.user_id, a.name, d.org_id, d.created_at, d.last_seen, "
        "d.revoked_at FROM devices d JOIN accounts a ON a.user_id = d.user_id");
    QVariantList args;
    if (!orgId.isEmpty()) {
        sql += QStringLiteral(" WHERE d.org_id = ?");
        args << orgId;
    }
    sql += QStringLiteral(" ORDER BY d.created_at");
    ServerRows q = m_db.select(sql, args);
    std::vector<DeviceInfo> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                       q.value(6).toLongLong(), q.value(7).toLongLong(), q.value(8).toLongLong()});
    return out;
}

bool DeviceRegistry::revoke(const QString &deviceId, qint64 now) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"),
                            {now, deviceId});
    if (q.numRowsAffected() > 0)
        return true;
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM devices WHERE id = ?"), {deviceId}).toInt() > 0;
}

} // namespace brug
