#pragma once

// Shared helpers for the core's unit tests: a device identity, fast stores in temporary folders,
// raw file inspection and a way to catch a StoreError as a value.

#include "database.h"
#include "deviceidentity.h"
#include "store.h"
#include "storeerror.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <memory>
#include <optional>
#include <vector>

namespace brug::test {

inline const QString kPassphrase = QStringLiteral("een hand kan niet klappen 2011");
inline const QString kDeviceId = QStringLiteral("0b7e3c52-6f0a-4c55-9d35-1f2e3a4b5c6d");
inline const QString kUserId = QStringLiteral("5a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
inline const QString kOrgId = QStringLiteral("7c6b5a49-3827-4165-9f8e-7d6c5b4a3928");
inline const QString kNode = QStringLiteral("9f3a2b1c4d5e6f70");

/// The identity the brief prescribes, with a chosen role.
inline DeviceIdentity identity(const QString &role = QStringLiteral("intermediary"))
{
    return DeviceIdentity{kDeviceId, kUserId,  QStringLiteral("Name"), role,
                          kOrgId,    QStringLiteral("Org"), QStringLiteral("migrant_org"), kNode};
}

/// A new store with the fast key profile (tests only), enrolled as `id`.
inline std::unique_ptr<Store> createStore(const QString &path,
                                          const DeviceIdentity &id = identity())
{
    auto store = Store::create(path, kPassphrase, KeyFile::Profile::Fast);
    store->setIdentity(id);
    return store;
}

/// A frozen, settable wall clock for Store::setWallSource / HlcClock.
inline qint64 g_wallMs = 1764489600000; // 2025-11-30
inline qint64 frozenWall()
{
    return g_wallMs;
}

/// Runs `f` and returns the StoreError it threw, or nothing.
template <typename F>
std::optional<StoreError> storeErrorFrom(F &&f)
{
    try {
        f();
    } catch (const StoreError &e) {
        return e;
    }
    return std::nullopt;
}

/// Everything a user could be shown about an error: what() and the advice.
inline QString errorText(const StoreError &e)
{
    return QString::fromUtf8(e.what()) + QLatin1Char('\n') + e.advice();
}

inline QByteArray readBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.readAll();
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size() && f.flush();
}

inline QByteArray sha256(const QString &path)
{
    return QCryptographicHash::hash(readBytes(path), QCryptographicHash::Sha256).toHex();
}

/// File name -> SHA-256 of every file in a folder: equal snapshots mean nothing was touched,
/// created or removed.
inline QMap<QString, QByteArray> snapshot(const QString &dirPath)
{
    QMap<QString, QByteArray> out;
    const QDir dir(dirPath);
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden | QDir::System))
        out.insert(name, sha256(dir.filePath(name)));
    return out;
}

inline qint64 scalar(Store &store, const QString &sql)
{
    return store.db().scalar(sql);
}

inline QString textScalar(Store &store, const QString &sql)
{
    Statement &s = store.db().prepare(sql);
    QString v;
    if (s.step())
        v = s.text(0);
    s.reset();
    return v;
}

/// One row of the outbox table as the store keeps it.
struct OutboxRow
{
    qint64 seq = 0;
    QString entity;
    QString recordId;
    QJsonObject fields;
    QString stamp;
    QJsonObject stamps;
    QJsonObject bases;
    bool resend = false;
};

inline std::vector<OutboxRow> outboxRows(Store &store, const QString &where = QString())
{
    std::vector<OutboxRow> rows;
    Statement &s = store.db().prepare(
        QStringLiteral("SELECT seq, entity, record_id, fields, stamp, stamps, bases, resend "
                       "FROM outbox %1 ORDER BY seq")
            .arg(where));
    while (s.step()) {
        OutboxRow r;
        r.seq = s.int64(0);
        r.entity = s.text(1);
        r.recordId = s.text(2);
        r.fields = QJsonDocument::fromJson(s.utf8(3)).object();
        r.stamp = s.text(4);
        r.stamps = QJsonDocument::fromJson(s.utf8(5)).object();
        r.bases = QJsonDocument::fromJson(s.utf8(6)).object();
        r.resend = s.int64(7) != 0;
        rows.push_back(r);
    }
    s.reset();
    return rows;
}

inline QStringList sortedKeys(const QJsonObject &o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
}

} // namespace brug::test
