#pragma once

#include "recordmeta.h"

#include <QList>

namespace brug {

/// One child of a family: only what the work needs, no names.
struct Child
{
    int birthYear = 0;   ///< 0: unknown
    QString gender;      ///< f, m, x or empty

    friend bool operator==(const Child &, const Child &) = default;
};

/// A family an intermediary works with. The code is what lists show; name and contact details
/// are sensitive and reach a provider only through a consent that shares them.
struct Family
{
    QString id;
    QString code;
    QString name;
    QString phone;
    QString address;
    QString postcode;
    QString neighbourhood;
    QString countryOfOrigin;
    QStringList languages;
    QString preferredLanguage;
    QList<Child> children;
    QString intermediaryId;
    bool active = true;
    RecordMeta meta;

    [[nodiscard]] QJsonObject toFields() const;
    [[nodiscard]] static Family fromRecord(const Record &r);
};

} // namespace brug
