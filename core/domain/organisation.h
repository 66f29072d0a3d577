#pragma once

#include "recordmeta.h"

namespace brug {

/// A migrant organisation, a youth-care provider or a municipality, with its directory details.
struct Organisation
{
    QString id;
    QString name;
    QString kind;            ///< migrant_org, provider, municipality
    QString city;
    QString address;
    QString postcode;
    QString phone;
    QString email;
    QString website;
    QString openingHours;
    QString description;
    QStringList languages;
    RecordMeta meta;

    [[nodiscard]] QJsonObject toFields() const;
    [[nodiscard]] static Organisation fromRecord(const Record &r);
};

} // namespace brug
