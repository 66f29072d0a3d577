#include "storeerror.h"

namespace brug {

StoreError::StoreError(Kind kind, QString file, QString message)
    : std::runtime_error(QStringLiteral("%1: %2 (%3)")
                             .arg(QLatin1StringView(kindName(kind)), message, file)
                             .toStdString()),
      m_kind(kind), m_file(std::move(file)), m_message(std::move(message))
{
}

const char *StoreError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::WrongPassphrase: return "wrong passphrase";
    case Kind::NotADatabase: return "not a Brug store";
    case Kind::Corrupt: return "damaged store";
    case Kind::NewerSchema: return "store from a newer version";
    case Kind::KeyFileMissing: return "key file missing";
    case Kind::DiskFull: return "disk full";
    case Kind::ReadOnly: return "read-only";
    case Kind::Busy: return "store busy";
    case Kind::Io: return "disk error";
    case Kind::Invalid: return "invalid data";
    case Kind::NotFound: return "not found";
    case Kind::Internal: return "internal error";
    }
    return "error";
}

QString StoreError::advice() const
{
    switch (m_kind) {
    case Kind::WrongPassphrase:
        return QStringLiteral("Check the passphrase and try again.");
    case Kind::NotADatabase:
        return QStringLiteral("The file %1 is not a Brug store. It was left untouched; move it "
                              "away or choose another file.").arg(m_file);
    case Kind::Corrupt:
        return QStringLiteral("The store %1 is damaged. It was left untouched: keep a copy and "
                              "ask your coordinator; synced data can be restored from the server.")
            .arg(m_file);
    case Kind::NewerSchema:
        return QStringLiteral("The store %1 was made by a newer version of Brug. Update the app; "
                              "the store was left untouched.").arg(m_file);
    case Kind::KeyFileMissing:
        return QStringLiteral("The key file beside %1 is missing. Restore it from where the "
                              "store came from; the store was left untouched.").arg(m_file);
    case Kind::DiskFull:
        return QStringLiteral("The disk holding %1 is full. Free some space and try again; "
                              "nothing was lost.").arg(m_file);
    case Kind::ReadOnly:
        return QStringLiteral("Brug cannot write to %1. Check that the folder is writable.")
            .arg(m_file);
    case Kind::Busy:
        return QStringLiteral("Another program is using %1. Close it and try again.").arg(m_file);
    case Kind::Io:
        return QStringLiteral("The disk failed while using %1. Try again; if it keeps failing, "
                              "the device needs attention.").arg(m_file);
    case Kind::Invalid:
    case Kind::NotFound:
    case Kind::Internal:
        return m_message;
    }
    return m_message;
}

} // namespace brug
