#pragma once

#include "serverrows.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>
#include <stdexcept>

namespace brug {

/// A failure of the server's store; the message names the query's purpose, never data.
class ServerStoreError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/// The provider server's database: SQLite (a folder, no setup) or PostgreSQL (a URL), through
/// QtSql. One connection per thread, opened on first use, since QSqlDatabase is per-thread. On
/// SQLite, select() and run() use SQLite's own API on that connection (see the .cpp).
class ServerDatabase
{
public:
    enum class Backend { Sqlite, Postgres };

    /// `dataDir` for SQLite, or `url` postgresql://user:pass@host:port/dbname for PostgreSQL.
    static ServerDatabase sqlite(const QString &dataDir);
    static ServerDatabase postgres(const QString &url);

    [[nodiscard]] Backend backend() const { return m_backend; }
    [[nodiscard]] QString describe() const;
    /// This thread's connection; throws ServerStoreError when it cannot be opened.
    [[nodiscard]] QSqlDatabase connection() const;
    /// Creates the schema or upgrades it; refuses a newer one.
    void migrate() const;
    /// The store's schema version; 0 for an empty store.
    [[nodiscard]] int schemaVersion() const;

    /// `column` as SQL that yields its text as UTF-8 bytes (a QByteArray), the placeholder that
    /// stores such bytes as text, and the value to bind there. On SQLite the driver would turn
    /// each text into a QString (UTF-16) and SQLite would turn it back, both ways, and record
    /// bodies are most of the bytes the server reads and writes. QPSQL moves text as UTF-8.
    [[nodiscard]] QString utf8Column(const QString &column) const;
    [[nodiscard]] QString utf8Placeholder() const;
    [[nodiscard]] QVariant utf8Value(const QByteArray &utf8) const;

    /// Runs `sql` with `args`, prepared anew; throws on failure. The query is positioned before
    /// the first row. For schema changes and admin commands; requests use select() and run().
    QSqlQuery exec(const QString &sql, const QVariantList &args = {}) const;
    /// Runs a SELECT on this thread's prepared statement for `sql`, kept across calls; throws on
    /// failure. The rows are positioned before the first.
    [[nodiscard]] ServerRows select(const QString &sql, const QVariantList &args = {}) const;
    /// The first column of the first row of a SELECT (select()), or an invalid QVariant.
    [[nodiscard]] QVariant scalar(const QString &sql, const QVariantList &args = {}) const;
    /// Runs a write (INSERT, UPDATE, DELETE) on this thread's prepared statement for `sql`, kept
    /// across calls; returns the rows affected. For the statements a request runs many times.
    int run(const QString &sql, const QVariantList &args) const;
    /// run() for a write outside any transaction that may be lost in a power cut (bookkeeping
    /// such as when a device was last seen): on SQLite it commits without an fsync (WAL,
    /// synchronous NORMAL; the next FULL commit makes it durable, in order). PostgreSQL: run().
    int runLazy(const QString &sql, const QVariantList &args) const;
    /// Starts the one-writer-at-a-time transaction: BEGIN IMMEDIATE on SQLite, an advisory
    /// transaction lock on PostgreSQL, so sequence numbers commit in order even with several
    /// server processes on one database.
    void beginWrite() const;
    /// SQLite: connections opened from now on leave WAL checkpoints to checkpoint() (a serving
    /// server runs it on a timer, off the request threads); they checkpoint by themselves only
    /// when the WAL passes 64 MiB. PostgreSQL: no effect.
    void setBackgroundCheckpoints(bool on) { m_backgroundCheckpoints = on; }
    /// SQLite: copies what the WAL holds into the database without waiting for anyone (PASSIVE).
    void checkpoint() const;
    void commit() const;
    void rollback() const;

private:
    ServerDatabase(Backend backend, QString target);
    /// This thread's prepared statement for `sql` (see statementCache in the .cpp), or a new
    /// one of its own while a ServerRows reads that.
    std::shared_ptr<ServerRows::Statement> statement(const QString &sql) const;
    std::shared_ptr<ServerRows::Statement> execStatement(const QString &sql, const QVariantList &args) const;
    /// run() without parameters, for what may fail harmlessly (PRAGMA, ROLLBACK): false then.
    bool tryRun(const QString &sql) const;
    /// `version`, or throws when it is newer than this binary knows.
    int checkVersion(int version) const;
    Backend m_backend;
    QString m_target;      ///< data dir or URL
    QString m_connectionPrefix;
    bool m_backgroundCheckpoints = false;
};

/// Rolls the write transaction back unless committed.
class WriteTransaction
{
public:
    explicit WriteTransaction(const ServerDatabase &db);
    ~WriteTransaction();
    void commit();

private:
    const ServerDatabase &m_db;
    bool m_done = false;
};

} // namespace brug
