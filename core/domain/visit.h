#pragma once

#include "recordmeta.h"

namespace brug {

/// A home visit: the intermediary's own notes, never shared with a provider.
struct Visit
{
    QString id;
    QString familyId;
    QDate date;
    int durationMin = 0;
    QStringList present;       ///< person catalogue
    QString language;
    QString interpreter;       ///< interpreter catalogue
    QStringList topics;
    QStringList riskFactors;   ///< rf01..rf17
    QStringList actions;
    QString note;
    QDate followUpOn;
    QString intermediaryId;
    RecordMeta meta;

    [[nodiscard]] QJsonObject toFields() const;
    [[nodiscard]] static Visit fromRecord(const Record &r);
};

} // namespace brug
