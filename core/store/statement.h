#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

struct sqlite3_stmt;

namespace brug {

class Database;

/// One prepared SQLite statement; reset after each use so the cache can hand it out again.
class Statement
{
public:
    Statement(Database &db, sqlite3_stmt *stmt);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, const QString &value);
    Statement &bind(int index, QStringView value);
    Statement &bind(int index, const char *utf8);
    Statement &bindText(int index, const QByteArray &utf8);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QByteArray &blob);
    Statement &bindNull(int index);
    Statement &bind(int index, const QVariant &value);

    /// Steps once; true while there is a row to read.
    [[nodiscard]] bool step();
    /// Steps to completion for statements that return no rows.
    void run();
    void reset();

    [[nodiscard]] int columnCount() const;
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] QByteArray utf8(int column) const;
    [[nodiscard]] qint64 int64(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] int columnType(int column) const;

private:
    Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace brug
