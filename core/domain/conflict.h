#pragma once

#include "recordmeta.h"

#include <QJsonValue>

namespace brug {

/// Two writes of the same field that did not see each other: the server kept the newer and
/// logged the other here, so nothing disappears unseen. The user may keep either.
struct Conflict
{
    QString id;
    QString entity;
    QString recordId;
    QString field;
    QJsonValue winnerValue;
    QString winnerStamp;
    QJsonValue loserValue;
    QString loserStamp;
    qint64 resolvedAt = 0;
    QString resolvedBy;
    QString resolution;      ///< kept_winner, kept_loser
    RecordMeta meta;

    [[nodiscard]] bool isOpen() const { return resolvedAt == 0; }
    [[nodiscard]] static Conflict fromRecord(const Record &r);
};

} // namespace brug
