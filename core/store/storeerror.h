#pragma once

#include <QString>
#include <stdexcept>

namespace brug {

/// A store failure the user can act on: what went wrong, with which file, and what to do.
class StoreError : public std::runtime_error
{
public:
    enum class Kind {
        WrongPassphrase, ///< the key does not open this store
        NotADatabase,    ///< the file is not a Brug store (or its first page is damaged)
        Corrupt,         ///< the store is damaged or truncated
        NewerSchema,     ///< made by a newer Brug
        KeyFileMissing,  ///< the store is there but its key file is not
        DiskFull,        ///< no space left: nothing was written
        ReadOnly,        ///< the folder or file cannot be written
        Busy,            ///< another process holds the store
        Io,              ///< the disk failed to read or write
        Invalid,         ///< the caller passed something that does not fit the schema
        NotFound,        ///< no such record
        Internal,        ///< a bug: SQL or API misuse
    };

    StoreError(Kind kind, QString file, QString message);

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] const QString &file() const { return m_file; }
    [[nodiscard]] const QString &message() const { return m_message; }
    /// What the user can do about it, in plain words (English; the app translates by kind).
    [[nodiscard]] QString advice() const;
    [[nodiscard]] static const char *kindName(Kind kind);

private:
    Kind m_kind;
    QString m_file;
    QString m_message;
};

} // namespace brug
