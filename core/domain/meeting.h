#pragma once

#include "recordmeta.h"

namespace brug {

/// A neighbourhood meeting a contact woman ran: where, about what, who came, what came up.
struct Meeting
{
    QString id;
    QDate date;
    QString placeKind;
    QString placeName;
    QString neighbourhood;
    QString theme;
    QString themeNote;
    QString language;
    int women = 0;
    int men = 0;
    int children = 0;
    int newcomers = 0;
    QString questions;
    QStringList needs;
    bool providerPresent = false;
    bool providerRequested = false;
    QString providerId;
    QString contactWomanId;
    RecordMeta meta;

    [[nodiscard]] int attendance() const { return women + men + children; }
    [[nodiscard]] QJsonObject toFields() const;
    [[nodiscard]] static Meeting fromRecord(const Record &r);
};

} // namespace brug
