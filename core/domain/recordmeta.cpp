#include "recordmeta.h"


namespace brug {

RecordMeta RecordMeta::fromRecord(const Record &r)
{
    RecordMeta m;
    m.createdAt = Json::int64(r.fields, u"created_at");
    m.createdBy = Json::str(r.fields, u"created_by");
    m.updatedAt = Json::int64(r.fields, u"updated_at");
    m.updatedBy = Json::str(r.fields, u"updated_by");
    m.updatedDevice = Json::str(r.fields, u"updated_device");
    m.deleted = Json::boolean(r.fields, u"deleted");
    return m;
}

QString Json::str(const QJsonObject &o, QStringView key)
{
    return o.value(key).toString();
}

QStringList Json::strings(const QJsonObject &o, QStringView key)
{
    QStringList out;
    for (const QJsonValue &v : o.value(key).toArray())
        out << v.toString();
    return out;
}

QDate Json::date(const QJsonObject &o, QStringView key)
{
    return Dates::parse(o.value(key).toString()).value_or(QDate());
}

int Json::integer(const QJsonObject &o, QStringView key, int fallback)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() ? v.toInt() : fallback;
}

qint64 Json::int64(const QJsonObject &o, QStringView key)
{
    return qint64(o.value(key).toDouble());
}

bool Json::boolean(const QJsonObject &o, QStringView key, bool fallback)
{
    const QJsonValue v = o.value(key);
    return v.isBool() ? v.toBool() : fallback;
}

QJsonValue Json::text(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue Json::id(const QString &s)
{
    return text(s);
}

QJsonValue Json::date(const QDate &d)
{
    return d.isValid() ? QJsonValue(Dates::format(d)) : QJsonValue(QJsonValue::Null);
}

QJsonValue Json::ms(qint64 v)
{
    return v ? QJsonValue(double(v)) : QJsonValue(QJsonValue::Null);
}

QJsonArray Json::array(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace brug
