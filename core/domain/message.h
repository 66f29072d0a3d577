#pragma once

#include "recordmeta.h"

namespace brug {

/// One entry of a referral's thread: a text, or a status change recorded for both sides.
struct Message
{
    QString id;
    QString referralId;
    QString kind = QStringLiteral("text");  ///< text, status
    QString body;
    QString status;                         ///< for kind status: the new status
    RecordMeta meta;

    [[nodiscard]] QJsonObject toFields() const;
    [[nodiscard]] static Message fromRecord(const Record &r);
};

} // namespace brug
