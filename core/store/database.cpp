#include "database.h"

#define SQLITE_HAS_CODEC 1
#include <sqlite3.h>

#include <QDir>
#include <QFileInfo>

namespace brug {

namespace {
StoreError::Kind kindFor(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_NOTADB: return StoreError::Kind::NotADatabase;
    case SQLITE_CORRUPT: return StoreError::Kind::Corrupt;
    case SQLITE_FULL: return StoreError::Kind::DiskFull;
    case SQLITE_READONLY: return StoreError::Kind::ReadOnly;
    case SQLITE_CANTOPEN: return StoreError::Kind::ReadOnly;
    case SQLITE_PERM: return StoreError::Kind::ReadOnly;
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return StoreError::Kind::Busy;
    case SQLITE_IOERR: return StoreError::Kind::Io;
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_RANGE: return StoreError::Kind::Invalid;
    default: return StoreError::Kind::Internal;
    }
}
} // namespace

Statement::Statement(Database &db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, const QString &value)
{
    return bind(index, QStringView(value));
}

Statement &Statement::bind(int index, QStringView value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray u = value.toUtf8();
    const int rc = sqlite3_bind_text(m_stmt, index, u.constData(), int(u.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        m_db.fail(rc, QStringLiteral("bind"));
    return *this;
}

Statement &Statement::bind(int index, const char *utf8)
{
    const int rc = sqlite3_bind_text(m_stmt, index, utf8, -1, SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        m_db.fail(rc, QStringLiteral("bind"));
    return *this;
}

Statement &Statement::bindText(int index, const QByteArray &utf8)
{
    const int rc = sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        m_db.fail(rc, QStringLiteral("bind"));
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK)
        m_db.fail(rc, QStringLiteral("bind"));
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    const int rc = sqlite3_bind_double(m_stmt, index, value);
    if (rc != SQLITE_OK)
        m_db.fail(rc, QStringLiteral("bind"));
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    const int rc = sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()),
                                     SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        m_db.fail(rc, QStringLiteral("bind"));
    return *this;
}

Statement &Statement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK)
        m_db.fail(rc, QStringLiteral("bind"));
    return *this;
}

Statement &Statement::bind(int index, const QVariant &value)
{
    if (value.isNull())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return bind(index, value.toDouble());
    case QMetaType::QByteArray:
        return bind(index, value.toByteArray());
    default:
        return bind(index, value.toString());
    }
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    m_db.fail(rc, QString::fromUtf8(sqlite3_sql(m_stmt)).left(60));
}

void Statement::run()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

int Statement::columnType(int column) const
{
    return sqlite3_column_type(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!p)
        return QString();
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::utf8(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!p)
        return QByteArray();
    return QByteArray(p, sqlite3_column_bytes(m_stmt, column));
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

Database::Database(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)) {}

Database::~Database()
{
    m_cache.clear();
    sqlite3_close(m_db);
}

void Database::fail(int rc, const QString &context) const
{
    const QString msg = QStringLiteral("%1: %2").arg(context, QString::fromUtf8(sqlite3_errstr(rc)));
    throw StoreError(kindFor(rc), m_path, msg);
}

std::unique_ptr<Database> Database::open(const QString &path, const QByteArray &key, Mode mode)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (!exists && mode == Mode::OpenExisting)
        throw StoreError(StoreError::Kind::NotFound, path, QStringLiteral("no store at this path"));
    if (exists && !info.isFile())
        throw StoreError(StoreError::Kind::NotADatabase, path, QStringLiteral("not a file"));
    if (!exists && !info.dir().exists())
        throw StoreError(StoreError::Kind::ReadOnly, path, QStringLiteral("the folder does not exist"));

    sqlite3 *raw = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX |
                      (exists ? 0 : SQLITE_OPEN_CREATE);
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags, nullptr);
    std::unique_ptr<Database> db(new Database(raw, path));
    if (rc != SQLITE_OK) {
        if ((rc & 0xff) == SQLITE_CANTOPEN)
            throw StoreError(StoreError::Kind::ReadOnly, path,
                             exists ? QStringLiteral("the store cannot be opened for writing")
                                    : QStringLiteral("the store cannot be created in this folder"));
        db->fail(rc, QStringLiteral("open"));
    }
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, 5000);

    if (key.size() != 32)
        throw StoreError(StoreError::Kind::Internal, path, QStringLiteral("key must be 32 bytes"));
    const QByteArray pragma = "PRAGMA key = \"x'" + key.toHex() + "'\";";
    db->exec(QString::fromLatin1(pragma));
    // The same page size on SQLCipher 3 and 4, so a store made here opens on either.
    db->exec(QStringLiteral("PRAGMA cipher_page_size = 4096;"));
    db->checkReadable();
    return db;
}

void Database::checkReadable()
{
    // The first read decrypts page 1: a wrong key, a non-database file and a damaged header all
    // fail here, before anything is written.
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(m_db, "SELECT count(*) FROM sqlite_master", -1, &stmt, nullptr);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(stmt);
        sqlite3_finalize(stmt);
        if (rc == SQLITE_ROW)
            rc = SQLITE_OK;
    }
    if ((rc & 0xff) == SQLITE_CORRUPT)
        throw StoreError(StoreError::Kind::Corrupt, m_path,
                         QStringLiteral("the file is damaged or truncated"));
    if (rc != SQLITE_OK)
        fail(rc, QStringLiteral("read"));

    // A file cut short still decrypts its first page; its header says how long it should be.
    const qint64 pages = scalar(QStringLiteral("PRAGMA page_count"));
    const qint64 pageSize = scalar(QStringLiteral("PRAGMA page_size"));
    const QString wal = m_path + QStringLiteral("-wal");
    const qint64 onDisk = QFileInfo(m_path).size();
    if (pages > 0 && onDisk < pages * pageSize && !QFileInfo::exists(wal))
        throw StoreError(StoreError::Kind::Corrupt, m_path,
                         QStringLiteral("the file is shorter than its header says (truncated)"));
}

void Database::exec(const QString &sql)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const QString msg = QString::fromUtf8(err ? err : sqlite3_errstr(rc));
        sqlite3_free(err);
        throw StoreError(kindFor(rc), m_path, msg);
    }
}

Statement &Database::prepare(const QString &sql)
{
    auto it = m_cache.find(sql);
    if (it != m_cache.end()) {
        it->second->reset();
        return *it->second;
    }
    sqlite3_stmt *stmt = nullptr;
    const QByteArray u = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_db, u.constData(), int(u.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        const QString msg = QString::fromUtf8(sqlite3_errmsg(m_db));
        throw StoreError(kindFor(rc), m_path, QStringLiteral("prepare: %1").arg(msg));
    }
    auto [inserted, ok] = m_cache.emplace(sql, std::make_unique<Statement>(*this, stmt));
    return *inserted->second;
}

qint64 Database::scalar(const QString &sql)
{
    Statement &s = prepare(sql);
    qint64 v = 0;
    if (s.step())
        v = s.int64(0);
    s.reset();
    return v;
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

RelaxedDurability::RelaxedDurability(Database &db) : m_db(db)
{
    if (db.inTransaction())
        return;
    db.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    m_active = true;
}

RelaxedDurability::~RelaxedDurability()
{
    if (!m_active)
        return;
    try {
        m_db.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    } catch (...) {
        // Only fails on a closed connection; the next open configures FULL again.
    }
}

Transaction::Transaction(Database &db, Nesting inner) : m_db(db)
{
    if (!db.inTransaction()) {
        db.exec(QStringLiteral("BEGIN IMMEDIATE"));
        m_owner = true;
        db.m_flat = inner == Nesting::Flat;
    } else if (db.m_flat) {
        m_done = true; // the owner rolls back everything after an error: nothing of its own to do
    } else {
        m_savepoint = db.nextSavepoint();
        db.exec(QStringLiteral("SAVEPOINT ") + m_savepoint);
    }
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    try {
        if (m_owner)
            m_db.exec(QStringLiteral("ROLLBACK"));
        else if (m_db.inTransaction())
            m_db.exec(QStringLiteral("ROLLBACK TO %1; RELEASE %1").arg(m_savepoint));
    } catch (...) {
        // A failed rollback leaves SQLite to roll back on close; nothing more to do here.
    }
}

void Transaction::commit()
{
    if (m_done)
        return;
    if (m_owner)
        m_db.exec(QStringLiteral("COMMIT"));
    else
        m_db.exec(QStringLiteral("RELEASE ") + m_savepoint);
    m_done = true;
}

} // namespace brug
