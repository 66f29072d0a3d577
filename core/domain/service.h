#pragma once

#include "recordmeta.h"

namespace brug {

/// A service of a provider in the directory.
struct Service
{
    QString id;
    QString providerId;
    QString name;
    QString description;
    int ageFrom = 0;
    int ageTo = 0;
    QString phone;
    QString address;
    QString intakeInfo;
    QStringList languages;
    RecordMeta meta;

    [[nodiscard]] QJsonObject toFields() const;
    [[nodiscard]] static Service fromRecord(const Record &r);
};

} // namespace brug
