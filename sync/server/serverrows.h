#pragma once

#include <QSqlQuery>
#include <QVariant>
#include <memory>

struct sqlite3_stmt;

namespace brug {

/// The rows of a SELECT run by ServerDatabase::select(): read with next() and value(), as from
/// a QSqlQuery. They are read from this thread's prepared statement for the SQL, or from one
/// of their own while another ServerRows reads that. The statement is reset when they are
/// destroyed, so no read stays open after its reader is done. On PostgreSQL a connection reads
/// one result at a time (QPSQL reads forward-only results row by row): finish one first.
class ServerRows
{
public:
    /// A statement kept across requests, and whether a ServerRows is reading it now. On SQLite
    /// it is SQLite's own statement (see ServerDatabase::statement); on PostgreSQL a QSqlQuery.
    struct Statement
    {
        Statement() = default;
        Statement(const Statement &) = delete;
        Statement &operator=(const Statement &) = delete;
        ~Statement();

        QSqlQuery query;
        sqlite3_stmt *native = nullptr;
        bool busy = false;
    };

    explicit ServerRows(std::shared_ptr<Statement> statement);
    ServerRows(ServerRows &&other) noexcept;
    ServerRows(const ServerRows &) = delete;
    ServerRows &operator=(const ServerRows &) = delete;
    ServerRows &operator=(ServerRows &&) = delete;
    ~ServerRows();

    /// Throws ServerStoreError with SQLite's reason for `st`'s failure and the start of its SQL,
    /// after resetting it so that it can run again.
    [[noreturn]] static void failNative(sqlite3_stmt *st);

    /// The next row; false after the last. Throws ServerStoreError when SQLite fails to read.
    bool next();
    [[nodiscard]] QVariant value(int column) const;

private:
    std::shared_ptr<Statement> m_statement; ///< null once moved from
};

} // namespace brug
