#pragma once

#include "recordmeta.h"

namespace brug {

/// A fixed contact person of a provider, as the cooperation agreement names them.
struct ContactPerson
{
    QString id;
    QString providerId;
    QString name;
    QString function;
    QString phone;
    QString email;
    QStringList languages;
    QString availability;
    RecordMeta meta;

    [[nodiscard]] QJsonObject toFields() const;
    [[nodiscard]] static ContactPerson fromRecord(const Record &r);
};

} // namespace brug
