#pragma once

#include "ids.h"
#include "record.h"

#include <QDate>
#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace brug {

/// Who made and last changed a record, and when; every value type carries one.
struct RecordMeta
{
    qint64 createdAt = 0;
    QString createdBy;
    qint64 updatedAt = 0;
    QString updatedBy;
    QString updatedDevice;
    bool deleted = false;

    [[nodiscard]] static RecordMeta fromRecord(const Record &r);
};

/// Conversions between JSON field values and the value types' members.
namespace Json {
[[nodiscard]] QString str(const QJsonObject &o, QStringView key);
[[nodiscard]] QStringList strings(const QJsonObject &o, QStringView key);
[[nodiscard]] QDate date(const QJsonObject &o, QStringView key);
[[nodiscard]] int integer(const QJsonObject &o, QStringView key, int fallback = 0);
[[nodiscard]] qint64 int64(const QJsonObject &o, QStringView key);
[[nodiscard]] bool boolean(const QJsonObject &o, QStringView key, bool fallback = false);
[[nodiscard]] QJsonValue text(const QString &s);        ///< empty string -> null
[[nodiscard]] QJsonValue id(const QString &s);          ///< empty -> null
[[nodiscard]] QJsonValue date(const QDate &d);          ///< invalid -> null
[[nodiscard]] QJsonValue ms(qint64 v);                  ///< 0 -> null
[[nodiscard]] QJsonArray array(const QStringList &list);
} // namespace Json

} // namespace brug
