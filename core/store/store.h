#pragma once

#include "database.h"
#include "deviceidentity.h"
#include "hlc.h"
#include "keyfile.h"

#include <QString>
#include <memory>
#include <optional>

namespace brug {

/// One device's encrypted store: the file, its key, its schema, who the device is and its clock.
class Store
{
public:
    /// Makes a new store at `path` (refuses to touch an existing file); throws StoreError.
    [[nodiscard]] static std::unique_ptr<Store> create(const QString &path, const QString &passphrase,
                                                       KeyFile::Profile profile = KeyFile::Profile::Device);
    /// Opens an existing store; throws StoreError (WrongPassphrase, Corrupt, NewerSchema, ...).
    [[nodiscard]] static std::unique_ptr<Store> open(const QString &path, const QString &passphrase);
    [[nodiscard]] static bool exists(const QString &path);
    /// Erases the store for good: the key file is overwritten first, then every file removed.
    static bool erase(const QString &path);

    ~Store();

    [[nodiscard]] Database &db() { return *m_db; }
    [[nodiscard]] const QString &path() const { return m_db->path(); }

    [[nodiscard]] const DeviceIdentity &identity() const { return m_identity; }
    void setIdentity(const DeviceIdentity &identity);

    [[nodiscard]] QString state(const QString &key, const QString &fallback = QString());
    [[nodiscard]] qint64 stateInt(const QString &key, qint64 fallback = 0);
    void setState(const QString &key, const QString &value);
    void setState(const QString &key, qint64 value);

    [[nodiscard]] HlcClock &clock() { return m_clock; }
    /// Persists the clock inside the caller's transaction, so a restart never reissues a stamp.
    void saveClock();
    /// The device's clock as it is, not corrected: the dates the user sees and fills in.
    [[nodiscard]] qint64 now() const;
    /// Folds in the server's clock (docs/sync-protocol.md §5): stamps never fall behind it, and
    /// when this device's clock is more than a minute off, they are issued from the server's
    /// time, over restarts too. Returns how far ahead this device's clock is (negative: behind).
    qint64 followServerTime(qint64 serverTime);
    /// For tests: a fixed or stepping wall clock.
    void setWallSource(HlcClock::WallSource wall);

private:
    explicit Store(std::unique_ptr<Database> db);
    void load();

    std::unique_ptr<Database> m_db;
    DeviceIdentity m_identity;
    HlcClock m_clock{QString()};
    HlcClock::WallSource m_wall = nullptr;
};

} // namespace brug
