#include "serverrows.h"

#include "serverdatabase.h"

#include <sqlite3.h>

namespace brug {

ServerRows::Statement::~Statement()
{
    sqlite3_finalize(native); // no-op on nullptr
}

ServerRows::ServerRows(std::shared_ptr<Statement> statement) : m_statement(std::move(statement))
{
    m_statement->busy = true;
}

ServerRows::ServerRows(ServerRows &&other) noexcept = default;

ServerRows::~ServerRows()
{
    if (!m_statement)
        return;
    if (m_statement->native)
        sqlite3_reset(m_statement->native);
    else
        m_statement->query.finish();
    m_statement->busy = false;
}

bool ServerRows::next()
{
    sqlite3_stmt *st = m_statement->native;
    if (!st)
        return m_statement->query.next();
    const int rc = sqlite3_step(st);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    // A read cut short would look like fewer rows: say it failed instead.
    failNative(st);
}

void ServerRows::failNative(sqlite3_stmt *st)
{
    const QString error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(st)));
    const QString sql = QString::fromUtf8(sqlite3_sql(st)).left(80);
    sqlite3_reset(st);
    throw ServerStoreError(QStringLiteral("query failed: %1 [%2]").arg(error, sql).toStdString());
}

QVariant ServerRows::value(int column) const
{
    sqlite3_stmt *st = m_statement->native;
    if (!st)
        return m_statement->query.value(column);
    // The types QSQLITE gives, so that readers see the same values on either path.
    switch (sqlite3_column_type(st, column)) {
    case SQLITE_INTEGER:
        return QVariant(qlonglong(sqlite3_column_int64(st, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(st, column));
    case SQLITE_TEXT:
        return QVariant(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, column)),
                                          sqlite3_column_bytes(st, column)));
    case SQLITE_BLOB: {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(st, column));
        return QVariant(QByteArray(data, sqlite3_column_bytes(st, column)));
    }
    default:
        return QVariant(QMetaType::fromType<QString>());
    }
}

} // namespace brug
