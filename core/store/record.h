#pragma once

#include <QJsonObject>
#include <QString>

namespace brug {

/// A record as the store holds it: current field values and the stamp of each field's last write.
struct Record
{
    QString entity;
    QString id;
    QJsonObject fields;
    QJsonObject stamps;

    [[nodiscard]] bool isDeleted() const { return fields.value(u"deleted").toBool(); }
    [[nodiscard]] QJsonValue value(QStringView field) const { return fields.value(field); }
};

} // namespace brug
