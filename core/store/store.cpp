#include "store.h"

#include "migrations.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <sodium.h>

namespace brug {

namespace {
const QString kClockCorrection = QStringLiteral("clock_correction");
const QStringList kSidecars = {QStringLiteral("-wal"), QStringLiteral("-shm"),
                               QStringLiteral("-journal")};

void configure(Database &db)
{
    // WAL: readers never block the writer; FULL: a committed note survives a dead battery.
    Statement &s = db.prepare(QStringLiteral("PRAGMA journal_mode = WAL"));
    (void)s.step();
    s.reset();
    db.exec(QStringLiteral("PRAGMA synchronous = FULL; PRAGMA foreign_keys = OFF; PRAGMA cache_size = -8192;"));
}
} // namespace

Store::Store(std::unique_ptr<Database> db) : m_db(std::move(db)) {}

Store::~Store() = default;

bool Store::exists(const QString &path)
{
    return QFileInfo::exists(path);
}

std::unique_ptr<Store> Store::create(const QString &path, const QString &passphrase,
                                     KeyFile::Profile profile)
{
    const QString keyPath = KeyFile::pathFor(path);
    if (QFileInfo::exists(path))
        throw StoreError(StoreError::Kind::Invalid, path,
                         QStringLiteral("a file is already there; it was left untouched"));
    const QString building = path + QStringLiteral(".creating");
    if (QFileInfo::exists(keyPath)) {
        // A key file beside the half-built store of an interrupted create belongs to that store
        // and goes with it; any other key file may be the only way into a store moved away.
        if (!QFileInfo::exists(building))
            throw StoreError(StoreError::Kind::Invalid, path,
                             QStringLiteral("a key file is already there (%1); it was left untouched").arg(keyPath));
        QFile::remove(keyPath);
    }
    KeyFile keyFile = KeyFile::generate(profile);
    const QByteArray key = keyFile.deriveKey(passphrase);
    keyFile.check = KeyFile::checkFor(key);

    // The store is built under a temporary name and renamed into place only when complete, so
    // a crash half-way never leaves a file that looks like a store but cannot be opened.
    auto removeBuilding = [&] {
        QFile::remove(building);
        for (const QString &s : kSidecars)
            QFile::remove(building + s);
    };
    removeBuilding();
    bool keySaved = false;
    try {
        {
            auto db = Database::open(building, key, Database::Mode::CreateIfMissing);
            configure(*db);
            Migrations::run(*db);
        } // closed: SQLite folds the WAL back into the file
        keyFile.save(keyPath);
        keySaved = true;
        if (!QFile::rename(building, path))
            throw StoreError(StoreError::Kind::ReadOnly, path, QStringLiteral("cannot move the new store into place"));
    } catch (const StoreError &e) {
        removeBuilding();
        if (keySaved)
            QFile::remove(keyPath);
        if (e.file() == building)
            throw StoreError(e.kind(), path, e.message());
        throw;
    }
    auto db = Database::open(path, key, Database::Mode::OpenExisting);
    configure(*db);
    std::unique_ptr<Store> store(new Store(std::move(db)));
    store->load();
    return store;
}

std::unique_ptr<Store> Store::open(const QString &path, const QString &passphrase)
{
    if (!QFileInfo::exists(path))
        throw StoreError(StoreError::Kind::NotFound, path, QStringLiteral("no store at this path"));
    const QString keyPath = KeyFile::pathFor(path);
    const KeyFile keyFile = KeyFile::load(keyPath);
    QByteArray key;
    try {
        key = keyFile.deriveKey(passphrase);
    } catch (const StoreError &e) {
        throw StoreError(e.kind(), keyPath, e.message());
    }
    if (sodium_memcmp(KeyFile::checkFor(key).constData(), keyFile.check.constData(), 16) != 0)
        throw StoreError(StoreError::Kind::WrongPassphrase, path,
                         QStringLiteral("the passphrase does not open this store"));
    auto db = Database::open(path, key, Database::Mode::OpenExisting);
    // The key is right, so a failure to read page 1 means the file itself is not a store.
    configure(*db);
    Migrations::run(*db);
    std::unique_ptr<Store> store(new Store(std::move(db)));
    store->load();
    return store;
}

bool Store::erase(const QString &path)
{
    const QString keyPath = KeyFile::pathFor(path);
    {
        // Without its salt and parameters the passphrase opens nothing, even from a copy of the
        // database blocks left on the flash.
        QFile key(keyPath);
        if (key.open(QIODevice::ReadWrite)) {
            QByteArray noise(int(std::max<qint64>(key.size(), 256)), '\0');
            randombytes_buf(noise.data(), size_t(noise.size()));
            key.write(noise);
            key.flush();
            key.close();
        }
    }
    bool ok = true;
    for (const QString &f : QStringList{keyPath, path} + QStringList{path + kSidecars[0],
                                                                     path + kSidecars[1],
                                                                     path + kSidecars[2]}) {
        if (QFileInfo::exists(f))
            ok = QFile::remove(f) && ok;
    }
    return ok;
}

void Store::load()
{
    m_identity.deviceId = state(QStringLiteral("device_id"));
    m_identity.userId = state(QStringLiteral("user_id"));
    m_identity.userName = state(QStringLiteral("user_name"));
    m_identity.role = state(QStringLiteral("role"));
    m_identity.orgId = state(QStringLiteral("org_id"));
    m_identity.orgName = state(QStringLiteral("org_name"));
    m_identity.orgKind = state(QStringLiteral("org_kind"));
    m_identity.node = state(QStringLiteral("node"));
    m_clock = HlcClock(m_identity.node, m_wall);
    if (auto last = Hlc::parse(state(QStringLiteral("hlc"))))
        m_clock.restore(*last);
    m_clock.setCorrection(stateInt(kClockCorrection));
}

void Store::setIdentity(const DeviceIdentity &id)
{
    Transaction tx(*m_db);
    setState(QStringLiteral("device_id"), id.deviceId);
    setState(QStringLiteral("user_id"), id.userId);
    setState(QStringLiteral("user_name"), id.userName);
    setState(QStringLiteral("role"), id.role);
    setState(QStringLiteral("org_id"), id.orgId);
    setState(QStringLiteral("org_name"), id.orgName);
    setState(QStringLiteral("org_kind"), id.orgKind);
    setState(QStringLiteral("node"), id.node);
    tx.commit();
    const Hlc last = m_clock.last();
    m_identity = id;
    const qint64 correction = m_clock.correction();
    m_clock = HlcClock(id.node, m_wall);
    m_clock.restore(last);
    m_clock.setCorrection(correction);
}

QString Store::state(const QString &key, const QString &fallback)
{
    Statement &s = m_db->prepare(QStringLiteral("SELECT value FROM device_state WHERE key = ?"));
    s.bind(1, key);
    QString v = fallback;
    if (s.step() && !s.isNull(0))
        v = s.text(0);
    s.reset();
    return v;
}

qint64 Store::stateInt(const QString &key, qint64 fallback)
{
    const QString v = state(key);
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    return ok ? n : fallback;
}

void Store::setState(const QString &key, const QString &value)
{
    // Not INSERT OR REPLACE: a REPLACE inside a transaction writes a statement journal, each of
    // its pages encrypted, and a sync sets a dozen of these (a quarter of the device's CPU in a
    // one-record sync).
    Statement &u = m_db->prepare(QStringLiteral("UPDATE device_state SET value = ? WHERE key = ?"));
    u.bind(1, value).bind(2, key);
    u.run();
    if (m_db->changes() > 0)
        return;
    Statement &i = m_db->prepare(QStringLiteral("INSERT INTO device_state (key, value) VALUES (?, ?)"));
    i.bind(1, key).bind(2, value);
    i.run();
}

void Store::setState(const QString &key, qint64 value)
{
    setState(key, QString::number(value));
}

void Store::saveClock()
{
    setState(QStringLiteral("hlc"), m_clock.last().toString());
}

qint64 Store::now() const
{
    return m_wall ? m_wall() : QDateTime::currentMSecsSinceEpoch();
}

void Store::setWallSource(HlcClock::WallSource wall)
{
    m_wall = wall;
    const Hlc last = m_clock.last();
    const qint64 correction = m_clock.correction();
    m_clock = HlcClock(m_identity.node, wall);
    m_clock.restore(last);
    m_clock.setCorrection(correction);
}

qint64 Store::followServerTime(qint64 serverTime)
{
    // Under a minute the offset is mostly the network's delay, and not worth a write.
    constexpr qint64 kCorrectBeyondMs = 60 * 1000;
    m_clock.observeWall(serverTime);
    const qint64 offset = now() - serverTime;
    const qint64 correction = std::abs(offset) > kCorrectBeyondMs ? offset : 0;
    if (correction != m_clock.correction()) {
        setState(kClockCorrection, correction);
        m_clock.setCorrection(correction);
    }
    return offset;
}

} // namespace brug
