#include "serverdatabase.h"

#include <QDir>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QUrl>
#include <QUuid>
#include <algorithm>
#include <sqlite3.h>
#include <vector>

namespace brug {

namespace {
constexpr int kSchemaVersion = 5;

// Portable SQL: runs on SQLite 3.40 and PostgreSQL 15 alike.
const char *const kSchemaV1[] = {
    "CREATE TABLE meta (key VARCHAR(64) PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE orgs (id VARCHAR(36) PRIMARY KEY, kind VARCHAR(20) NOT NULL, name TEXT NOT NULL)",
    "CREATE TABLE accounts (user_id VARCHAR(36) PRIMARY KEY, org_id VARCHAR(36) NOT NULL,"
    " role VARCHAR(20) NOT NULL, name TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1)",
    "CREATE TABLE devices (id VARCHAR(36) PRIMARY KEY, user_id VARCHAR(36) NOT NULL,"
    " org_id VARCHAR(36) NOT NULL, name TEXT NOT NULL, platform TEXT NOT NULL,"
    " token_hash VARCHAR(64) NOT NULL UNIQUE, node VARCHAR(16) NOT NULL, created_at BIGINT NOT NULL,"
    " last_seen BIGINT, last_batch BIGINT NOT NULL DEFAULT 0, last_ack TEXT,"
    " last_served BIGINT NOT NULL DEFAULT 0, revoked_at BIGINT)",
    "CREATE TABLE enrol_codes (code_hash VARCHAR(64) PRIMARY KEY, user_id VARCHAR(36) NOT NULL,"
    " created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL, used_at BIGINT, device_id VARCHAR(36))",
    "CREATE TABLE enrol_failures (peer VARCHAR(64) NOT NULL, at BIGINT NOT NULL)",
    "CREATE INDEX enrol_failures_peer ON enrol_failures(peer, at)",
    // Every record, its fields as JSON {field: [value, stamp, seq]}; the columns beside it say
    // who may receive it, so a pull is an indexed query.
    "CREATE TABLE records (entity VARCHAR(20) NOT NULL, id VARCHAR(36) NOT NULL,"
    " org_id VARCHAR(36), audience VARCHAR(12) NOT NULL, provider_id VARCHAR(36),"
    " family_id VARCHAR(36), referral_id VARCHAR(36), seq BIGINT NOT NULL, body TEXT NOT NULL,"
    " PRIMARY KEY (entity, id))",
    "CREATE INDEX records_seq ON records(seq)",
    "CREATE INDEX records_org_seq ON records(org_id, seq)",
    "CREATE INDEX records_family ON records(family_id)",
    "CREATE INDEX records_referral ON records(referral_id)",
    // What each provider may see of a shared record, and the events that widen or narrow it.
    "CREATE TABLE grants (provider_id VARCHAR(36) NOT NULL, entity VARCHAR(20) NOT NULL,"
    " id VARCHAR(36) NOT NULL, family_id VARCHAR(36) NOT NULL, mask TEXT NOT NULL,"
    " PRIMARY KEY (provider_id, entity, id))",
    "CREATE INDEX grants_family ON grants(family_id)",
    "CREATE TABLE grant_events (seq BIGINT PRIMARY KEY, provider_id VARCHAR(36) NOT NULL,"
    " entity VARCHAR(20) NOT NULL, id VARCHAR(36) NOT NULL, kind VARCHAR(8) NOT NULL)",
    "CREATE INDEX grant_events_provider ON grant_events(provider_id, seq)",
};

/// The steps from one schema version to the next. A new store is made at version 1 and taken
/// through every step, so that a new store and an upgraded one are the same.
struct SchemaUpgrade
{
    int to;
    std::vector<const char *> statements;
};
const SchemaUpgrade kUpgrades[] = {
    // After a push, the grants of each family it touched are worked out again from the keys of
    // the family's records; with entity and id in the index that read needs no table row (it
    // was a tenth of a push's time, mostly reading rows back from the WAL).
    {2, {"DROP INDEX records_family", "CREATE INDEX records_family ON records(family_id, entity, id)"}},
    // Bodies may hold the stamp and sequence most of a record's fields share once, under ""
    // (ServerRecord::bodyJson). Bodies of version 2 read as before and are rewritten when their
    // record next changes; the version is raised so that an older brug-server, which would read
    // those fields without a stamp, refuses the store.
    {3, {}},
    // Only messages (and their conflicts) have a referral_id: the index held a NULL entry for
    // every other record, one B-tree insert of six in each record a push makes. `referral_id = ?`
    // implies the condition, so SQLite and PostgreSQL use the partial index where they used the
    // whole one.
    {4, {"DROP INDEX records_referral",
         "CREATE INDEX records_referral ON records(referral_id) WHERE referral_id IS NOT NULL"}},
    // The public records (organisations, users, services, contact persons) in sequence order, so
    // that a pull reads them apart from the organisation's own (records_org_seq). Both read
    // together by `seq` made every device's first pull read every organisation's records.
    {5, {"CREATE INDEX records_public ON records(seq) WHERE audience = 'public'"}},
};

// Prepared statements kept per connection (so per thread). Preparing costs as much as a small
// write on SQLite (parsing the SQL was a third of the server's work in a one-record sync), and
// round trips on PostgreSQL (prepare, and deallocate when the query is destroyed).
struct StatementCache
{
    QHash<QString, std::shared_ptr<ServerRows::Statement>> bySql;
    sqlite3 *handle = nullptr; ///< SQLite: the connection's own, which the statements run on
};

// This thread's connection of a ServerDatabase (and of its copies, which share its prefix's
// text), found again without building its name or taking QSqlDatabase's global lock: a
// request runs thousands of statements.
struct ThreadConnection
{
    QString prefix; ///< held, so that its data pointer cannot name another ServerDatabase
    QString name;
    QSqlDatabase db;
    StatementCache statements; // declared last: finalized before the connection is let go
};

ThreadConnection &threadConnection(const QString &prefix)
{
    thread_local std::vector<std::unique_ptr<ThreadConnection>> connections;
    thread_local ThreadConnection *last = nullptr;
    if (last && last->prefix.constData() == prefix.constData())
        return *last;
    for (const auto &c : connections)
        if (c->prefix.constData() == prefix.constData())
            return *(last = c.get());
    auto made = std::make_unique<ThreadConnection>();
    made->prefix = prefix;
    made->name = prefix + QLatin1Char('-') + QString::number(quintptr(QThread::currentThreadId()), 16);
    last = made.get();
    connections.push_back(std::move(made));
    return *last;
}
constexpr qsizetype kMaxCachedStatements = 256;

} // namespace

ServerDatabase::ServerDatabase(Backend backend, QString target)
    : m_backend(backend), m_target(std::move(target)),
      m_connectionPrefix(QStringLiteral("brug-") + QUuid::createUuid().toString(QUuid::Id128).left(8))
{
}

ServerDatabase ServerDatabase::sqlite(const QString &dataDir)
{
    return ServerDatabase(Backend::Sqlite, QDir(dataDir).absolutePath());
}

ServerDatabase ServerDatabase::postgres(const QString &url)
{
    return ServerDatabase(Backend::Postgres, url);
}

QString ServerDatabase::describe() const
{
    if (m_backend == Backend::Sqlite)
        return QStringLiteral("SQLite in %1").arg(m_target);
    const QUrl url(m_target);
    return QStringLiteral("PostgreSQL %1:%2/%3").arg(url.host()).arg(url.port(5432)).arg(url.path().mid(1));
}

QSqlDatabase ServerDatabase::connection() const
{
    ThreadConnection &tc = threadConnection(m_connectionPrefix);
    if (tc.db.isOpen())
        return tc.db;
    const QString &name = tc.name;
    QSqlDatabase db;
    if (m_backend == Backend::Sqlite) {
        if (!QDir().mkpath(m_target))
            throw ServerStoreError(QStringLiteral("cannot create the data folder %1").arg(m_target).toStdString());
        db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QDir(m_target).filePath(QStringLiteral("brug-server.db")));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        const QUrl url(m_target);
        if (url.scheme() != u"postgresql" && url.scheme() != u"postgres")
            throw ServerStoreError("the database URL must start with postgresql://");
        db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                          : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setDatabaseName(url.path().mid(1));
        db.setUserName(url.userName());
        db.setPassword(url.password());
    }
    tc.statements = StatementCache{}; // statements of a connection that was closed
    if (!db.open())
        throw ServerStoreError(QStringLiteral("cannot open %1: %2")
                                   .arg(describe(), db.lastError().text())
                                   .toStdString());
    if (m_backend == Backend::Sqlite) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
        // 32 MiB of page cache (SQLite's default is 2 MiB): a batch of 2 MiB of records with
        // their five indexes spilled out of the default cache in the middle of its transaction.
        q.exec(QStringLiteral("PRAGMA cache_size=-32768"));
        // A checkpoint in the request that filled the WAL cost that request as much as its own
        // batch (it copies the whole WAL into the database and syncs it).
        if (m_backgroundCheckpoints)
            q.exec(QStringLiteral("PRAGMA wal_autocheckpoint=16384"));
    }
    tc.db = db;
    return db;
}

namespace {
// On SQLite the server runs its statements on the connection's sqlite3 handle itself, not
// through QSqlQuery: QSqlResult::bindValue formats a placeholder name and hashes it for every
// value bound, and with the QVariant conversions around it that was as much of a push's server
// time as SQLite's own work. QSQLITE opened the connection and still owns it (and its busy
// timeout); brug-server links the same system SQLite it loads. Only functions that SQLCipher
// also has are called: a test that links the device's store (SQLCipher) beside this one binds
// QSQLITE and these calls alike to SQLCipher, which comes first; a function only the system
// SQLite had would be called with SQLCipher's handle.
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        if (sqlite3 *h = *static_cast<sqlite3 *const *>(v.constData()))
            return h;
    throw ServerStoreError("the SQLite connection has no handle");
}

// As QSQLITE binds: a null QString or QByteArray is NULL, bytes are a BLOB, numbers are numbers.
int bindNative(sqlite3_stmt *st, int index, const QVariant &v)
{
    if (v.isNull())
        return sqlite3_bind_null(st, index);
    switch (v.typeId()) {
    case QMetaType::QString: {
        const QString &s = *static_cast<const QString *>(v.constData());
        if (s.isNull())
            return sqlite3_bind_null(st, index);
        // Ids, stamps and codes are ASCII: bound as UTF-8, the store's encoding, which SQLite
        // then need not convert (binding them as UTF-16 was 6% of the instructions of a large push).
        constexpr qsizetype kShort = 128;
        if (s.size() <= kShort) {
            char ascii[kShort];
            const auto *p = reinterpret_cast<const char16_t *>(s.constData());
            qsizetype i = 0;
            for (; i < s.size() && p[i] < 0x80; ++i)
                ascii[i] = char(p[i]);
            if (i == s.size())
                return sqlite3_bind_text(st, index, ascii, int(i), SQLITE_TRANSIENT);
        }
        // constData, not utf16(): utf16() copies a QStringLiteral to terminate it.
        return sqlite3_bind_text16(st, index, s.constData(), int(s.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
    }
    case QMetaType::QByteArray: {
        const QByteArray &b = *static_cast<const QByteArray *>(v.constData());
        if (b.isNull())
            return sqlite3_bind_null(st, index);
        return sqlite3_bind_blob(st, index, b.constData(), int(b.size()), SQLITE_TRANSIENT);
    }
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(st, index, v.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(st, index, v.toDouble());
    default: {
        const QString s = v.toString();
        return sqlite3_bind_text16(st, index, s.constData(), int(s.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
    }
    }
}
} // namespace

std::shared_ptr<ServerRows::Statement> ServerDatabase::statement(const QString &sql) const
{
    QSqlDatabase db = connection();
    StatementCache &cache = threadConnection(m_connectionPrefix).statements;
    std::shared_ptr<ServerRows::Statement> &slot = cache.bySql[sql];
    if (slot && !slot->busy)
        return slot;
    auto made = std::make_shared<ServerRows::Statement>();
    QString error;
    if (m_backend == Backend::Sqlite) {
        if (!cache.handle)
            cache.handle = sqliteHandle(db);
        if (sqlite3_prepare16_v2(cache.handle, sql.constData(), int(sql.size() * sizeof(char16_t)), &made->native,
                                 nullptr) != SQLITE_OK)
            error = QString::fromUtf8(sqlite3_errmsg(cache.handle));
        else if (!made->native)
            error = QStringLiteral("not a statement");
    } else {
        made->query = QSqlQuery(db);
        made->query.setForwardOnly(true);
        if (!made->query.prepare(sql))
            error = made->query.lastError().text();
    }
    if (!error.isNull()) {
        if (!slot)
            cache.bySql.remove(sql);
        throw ServerStoreError(QStringLiteral("prepare failed: %1 [%2]").arg(error, sql.left(80)).toStdString());
    }
    if (slot)
        return made; // the cached one is being read: this one is used once
    if (cache.bySql.size() > kMaxCachedStatements) {
        cache.bySql.clear(); // readers keep theirs alive
        cache.bySql.insert(sql, made);
    } else {
        slot = made;
    }
    return made;
}

std::shared_ptr<ServerRows::Statement> ServerDatabase::execStatement(const QString &sql, const QVariantList &args) const
{
    std::shared_ptr<ServerRows::Statement> st = statement(sql);
    if (sqlite3_stmt *native = st->native) {
        // Only bound here; stepped by run() or by the reader.
        if (args.size() != sqlite3_bind_parameter_count(native))
            throw ServerStoreError(QStringLiteral("query failed: %1 values for %2 parameters [%3]")
                                       .arg(args.size())
                                       .arg(sqlite3_bind_parameter_count(native))
                                       .arg(sql.left(80))
                                       .toStdString());
        for (int i = 0; i < args.size(); ++i)
            if (bindNative(native, i + 1, args[i]) != SQLITE_OK)
                ServerRows::failNative(native);
        return st;
    }
    for (int i = 0; i < args.size(); ++i)
        st->query.bindValue(i, args[i]);
    if (!st->query.exec()) {
        const QString error = st->query.lastError().text();
        StatementCache &cache = threadConnection(m_connectionPrefix).statements;
        if (cache.bySql.value(sql) == st)
            cache.bySql.remove(sql);
        throw ServerStoreError(QStringLiteral("query failed: %1 [%2]").arg(error, sql.left(80)).toStdString());
    }
    return st;
}

bool ServerDatabase::tryRun(const QString &sql) const
{
    try {
        run(sql, {});
        return true;
    } catch (const ServerStoreError &) {
        return false;
    }
}

QString ServerDatabase::utf8Column(const QString &column) const
{
    return m_backend == Backend::Sqlite ? QStringLiteral("CAST(%1 AS BLOB)").arg(column) : column;
}

QString ServerDatabase::utf8Placeholder() const
{
    // A BLOB cast to TEXT is read as text in the database's encoding (UTF-8): no conversion.
    return m_backend == Backend::Sqlite ? QStringLiteral("CAST(? AS TEXT)") : QStringLiteral("?");
}

QVariant ServerDatabase::utf8Value(const QByteArray &utf8) const
{
    return m_backend == Backend::Sqlite ? QVariant(utf8) : QVariant(QString::fromUtf8(utf8));
}

int ServerDatabase::run(const QString &sql, const QVariantList &args) const
{
    std::shared_ptr<ServerRows::Statement> st = execStatement(sql, args);
    if (sqlite3_stmt *native = st->native) {
        int rc;
        while ((rc = sqlite3_step(native)) == SQLITE_ROW) {
        }
        if (rc != SQLITE_DONE)
            ServerRows::failNative(native);
        const int rows = sqlite3_changes(sqlite3_db_handle(native));
        sqlite3_reset(native);
        return rows;
    }
    const int rows = st->query.numRowsAffected();
    st->query.finish();
    return rows;
}

ServerRows ServerDatabase::select(const QString &sql, const QVariantList &args) const
{
    return ServerRows(execStatement(sql, args));
}

QSqlQuery ServerDatabase::exec(const QString &sql, const QVariantList &args) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (args.isEmpty()) {
        // PostgreSQL cannot prepare DDL; a query without parameters needs no preparing anyway.
        if (!q.exec(sql))
            throw ServerStoreError(QStringLiteral("query failed: %1 [%2]")
                                       .arg(q.lastError().text(), sql.left(80))
                                       .toStdString());
        return q;
    }
    if (!q.prepare(sql))
        throw ServerStoreError(QStringLiteral("prepare failed: %1 [%2]")
                                   .arg(q.lastError().text(), sql.left(80))
                                   .toStdString());
    for (int i = 0; i < args.size(); ++i)
        q.bindValue(i, args[i]);
    if (!q.exec())
        throw ServerStoreError(QStringLiteral("query failed: %1 [%2]")
                                   .arg(q.lastError().text(), sql.left(80))
                                   .toStdString());
    return q;
}

QVariant ServerDatabase::scalar(const QString &sql, const QVariantList &args) const
{
    ServerRows rows = select(sql, args);
    return rows.next() ? rows.value(0) : QVariant();
}

int ServerDatabase::runLazy(const QString &sql, const QVariantList &args) const
{
    if (m_backend != Backend::Sqlite)
        return run(sql, args);
    tryRun(QStringLiteral("PRAGMA synchronous=NORMAL"));
    struct Restore
    {
        const ServerDatabase &db;
        ~Restore() { db.tryRun(QStringLiteral("PRAGMA synchronous=FULL")); }
    } restore{*this};
    return run(sql, args);
}

void ServerDatabase::checkpoint() const
{
    if (m_backend != Backend::Sqlite)
        return;
    QSqlQuery q(connection());
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}

void ServerDatabase::beginWrite() const
{
    if (m_backend == Backend::Sqlite) {
        // Prepared once, as COMMIT; a store locked past the busy timeout throws from here.
        run(QStringLiteral("BEGIN IMMEDIATE"), {});
    } else {
        QSqlQuery q(connection());
        if (!q.exec(QStringLiteral("BEGIN")) ||
            !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(727274)")))
            throw ServerStoreError(QStringLiteral("cannot start a write: %1").arg(q.lastError().text()).toStdString());
    }
}

void ServerDatabase::commit() const
{
    if (m_backend == Backend::Sqlite) {
        run(QStringLiteral("COMMIT"), {});
        return;
    }
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("COMMIT")))
        throw ServerStoreError(QStringLiteral("commit failed: %1").arg(q.lastError().text()).toStdString());
}

void ServerDatabase::rollback() const
{
    if (m_backend == Backend::Sqlite && tryRun(QStringLiteral("ROLLBACK")))
        return;
    QSqlQuery q(connection());
    q.exec(QStringLiteral("ROLLBACK"));
}

int ServerDatabase::schemaVersion() const
{
    if (!connection().tables().contains(QStringLiteral("meta")))
        return 0;
    return scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")).toInt();
}

void ServerDatabase::migrate() const
{
    if (checkVersion(schemaVersion()) == kSchemaVersion)
        return;
    WriteTransaction tx(*this);
    // Read again under the write lock: another server process may have just done it.
    const int version = checkVersion(schemaVersion());
    if (version == kSchemaVersion)
        return;
    if (version == 0) {
        for (const char *sql : kSchemaV1)
            exec(QString::fromLatin1(sql));
        exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', '1')"));
        exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('store_id', ?)"),
             {QUuid::createUuid().toString(QUuid::WithoutBraces)});
        exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('seq', '0')"));
    }
    for (const SchemaUpgrade &step : kUpgrades) {
        if (step.to <= std::max(version, 1))
            continue;
        for (const char *sql : step.statements)
            exec(QString::fromLatin1(sql));
    }
    exec(QStringLiteral("UPDATE meta SET value = ? WHERE key = 'schema_version'"), {QString::number(kSchemaVersion)});
    tx.commit();
    if (version > 0)
        qInfo("brug-server: store schema upgraded from version %d to %d", version, kSchemaVersion);
}

int ServerDatabase::checkVersion(int version) const
{
    if (version > kSchemaVersion)
        throw ServerStoreError(QStringLiteral("%1 holds schema version %2; this brug-server knows up to %3")
                                   .arg(describe())
                                   .arg(version)
                                   .arg(kSchemaVersion)
                                   .toStdString());
    return version;
}

WriteTransaction::WriteTransaction(const ServerDatabase &db) : m_db(db)
{
    m_db.beginWrite();
}

WriteTransaction::~WriteTransaction()
{
    if (!m_done)
        m_db.rollback();
}

void WriteTransaction::commit()
{
    m_db.commit();
    m_done = true;
}

} // namespace brug
