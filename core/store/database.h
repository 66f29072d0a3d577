#pragma once

#include "statement.h"
#include "storeerror.h"

#include <QHash>
#include <unordered_map>
#include <QString>
#include <memory>

struct sqlite3;

namespace brug {

/// The one way into an SQLCipher database file: opened with a raw key, statements prepared and
/// cached, SQLite errors turned into StoreError naming the file.
class Database
{
public:
    enum class Mode { OpenExisting, CreateIfMissing };

    /// Opens (or creates) `path` with a 32-byte raw key; throws StoreError.
    [[nodiscard]] static std::unique_ptr<Database> open(const QString &path, const QByteArray &key,
                                                        Mode mode);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    void exec(const QString &sql);
    /// A cached prepared statement, reset and ready to bind. Valid until the Database is gone.
    [[nodiscard]] Statement &prepare(const QString &sql);
    [[nodiscard]] qint64 scalar(const QString &sql);
    [[nodiscard]] int changes() const;
    [[nodiscard]] bool inTransaction() const;
    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] sqlite3 *handle() const { return m_db; }
    /// A fresh savepoint name for nested transactions.
    [[nodiscard]] QString nextSavepoint() { return QStringLiteral("sp%1").arg(++m_savepoints); }

    /// Throws the StoreError that matches an SQLite result code.
    [[noreturn]] void fail(int rc, const QString &context) const;

private:
    Database(sqlite3 *db, QString path);
    void checkReadable();

    sqlite3 *m_db = nullptr;
    QString m_path;
    int m_savepoints = 0;
    bool m_flat = false; ///< the open transaction's Nesting is Flat (set by its owner at BEGIN)
    friend class Transaction;
    struct Hash
    {
        size_t operator()(const QString &s) const noexcept { return qHash(s); }
    };
    std::unordered_map<QString, std::unique_ptr<Statement>, Hash> m_cache;
};

/// While it lives, commits on this connection are durable against a crash of the app but not of
/// the device (WAL with synchronous = NORMAL: no fsync at commit; the next FULL commit, or a
/// checkpoint, makes them durable too, in order). Only for writes that can be made again from
/// elsewhere — what a pull brought, sync bookkeeping — never for the user's own writes. Outside
/// a transaction only (it does nothing inside one).
class RelaxedDurability
{
public:
    explicit RelaxedDurability(Database &db);
    ~RelaxedDurability();
    RelaxedDurability(const RelaxedDurability &) = delete;
    RelaxedDurability &operator=(const RelaxedDurability &) = delete;

private:
    Database &m_db;
    bool m_active = false;
};

/// Begins a transaction (IMMEDIATE, so a writer never fails half-way on a lock) and rolls it
/// back unless commit() is called. A nested guard is a savepoint: if it is not committed, only
/// its own writes are undone, so a caller that catches an error never keeps half a write.
class Transaction
{
public:
    /// How the guards opened inside this transaction nest. `Flat`: they join it and take no
    /// savepoint, for an owner that never commits after an error inside (applying a sync answer).
    /// SQLite copies each page a savepoint changes into a sub-journal, and SQLCipher 3 encrypts
    /// every copy: in a sync of 100 records edited on both sides the savepoints of applying the
    /// answer and of acknowledging the batch were 150 of the 500 pages the device encrypted.
    /// Without an open transaction a guard begins its own either way.
    enum class Nesting { Savepoints, Flat };
    explicit Transaction(Database &db, Nesting inner = Nesting::Savepoints);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    Database &m_db;
    bool m_owner = false;
    bool m_done = false;
    QString m_savepoint;
};

} // namespace brug
