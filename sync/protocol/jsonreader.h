#pragma once

#include "protocolerror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVarLengthArray>
#include <optional>

namespace brug {

/// Reads one JSON object strictly: members checked by type, unknown members refused. The first
/// problem is kept as a ProtocolError with its path; later reads then do nothing.
class JsonReader
{
public:
    JsonReader(const QJsonObject &object, QString path, std::optional<ProtocolError> *error);

    [[nodiscard]] bool has(const QString &key) const { return m_object.contains(key); }
    QString string(const QString &key, bool required = true);
    qint64 integer(const QString &key, bool required, qint64 min, qint64 max, qint64 fallback = 0);
    bool boolean(const QString &key, bool required, bool fallback = false);
    QJsonObject object(const QString &key, bool required = true);
    QJsonArray array(const QString &key, bool required = true);
    /// Refuses every member not read so far (call last).
    void noOthers();
    void fail(const QString &code, const QString &message, const QString &member = QString());
    [[nodiscard]] QString pathOf(const QString &member) const;
    [[nodiscard]] bool ok() const { return !m_error->has_value(); }

private:
    QJsonValue take(const QString &key, bool required, QJsonValue::Type type, const char *expected);

    QJsonObject m_object;
    QString m_path;
    std::optional<ProtocolError> *m_error;
    /// Members read so far: a handful, so a list (hashing a QString costs more than comparing).
    QVarLengthArray<QString, 12> m_seen;
};

} // namespace brug
