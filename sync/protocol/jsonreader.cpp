#include "jsonreader.h"

#include <cmath>

namespace brug {

JsonReader::JsonReader(const QJsonObject &object, QString path, std::optional<ProtocolError> *error)
    : m_object(object), m_path(std::move(path)), m_error(error)
{
}

QString JsonReader::pathOf(const QString &member) const
{
    if (member.isEmpty())
        return m_path;
    return m_path.isEmpty() ? member : m_path + QLatin1Char('.') + member;
}

void JsonReader::fail(const QString &code, const QString &message, const QString &member)
{
    if (m_error->has_value())
        return;
    const QString p = pathOf(member);
    *m_error = ProtocolError{400, code, p.isEmpty() ? message : p + QStringLiteral(": ") + message, p};
}

QJsonValue JsonReader::take(const QString &key, bool required, QJsonValue::Type type,
                            const char *expected)
{
    if (!m_seen.contains(key))
        m_seen.append(key);
    if (!ok())
        return QJsonValue::Undefined;
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) {
        if (required)
            fail(QStringLiteral("missing_field"), QStringLiteral("required"), key);
        return QJsonValue::Undefined;
    }
    if (it->type() != type) {
        if (!required && it->isNull())
            return QJsonValue::Undefined;
        fail(QStringLiteral("wrong_type"), QStringLiteral("expected %1").arg(QLatin1StringView(expected)), key);
        return QJsonValue::Undefined;
    }
    return *it;
}

QString JsonReader::string(const QString &key, bool required)
{
    return take(key, required, QJsonValue::String, "a string").toString();
}

qint64 JsonReader::integer(const QString &key, bool required, qint64 min, qint64 max, qint64 fallback)
{
    const QJsonValue v = take(key, required, QJsonValue::Double, "an integer");
    if (v.isUndefined())
        return fallback;
    const double d = v.toDouble();
    if (d != std::floor(d)) {
        fail(QStringLiteral("wrong_type"), QStringLiteral("expected an integer"), key);
        return fallback;
    }
    if (d < double(min) || d > double(max)) {
        fail(QStringLiteral("invalid_value"), QStringLiteral("out of range %1-%2").arg(min).arg(max), key);
        return fallback;
    }
    return qint64(d);
}

bool JsonReader::boolean(const QString &key, bool required, bool fallback)
{
    const QJsonValue v = take(key, required, QJsonValue::Bool, "true or false");
    return v.isUndefined() ? fallback : v.toBool();
}

QJsonObject JsonReader::object(const QString &key, bool required)
{
    return take(key, required, QJsonValue::Object, "an object").toObject();
}

QJsonArray JsonReader::array(const QString &key, bool required)
{
    return take(key, required, QJsonValue::Array, "an array").toArray();
}

void JsonReader::noOthers()
{
    for (auto it = m_object.begin(); it != m_object.end(); ++it)
        if (!m_seen.contains(it.key())) {
            fail(QStringLiteral("unknown_field"), QStringLiteral("not part of the protocol"), it.key());
            return;
        }
}

} // namespace brug
