#pragma once

#include "recordmeta.h"

namespace brug {

/// A person who uses Brug, as every device sees them: a name and a role, no contact details.
struct UserProfile
{
    QString id;
    QString orgId;
    QString displayName;
    QString role;
    bool active = true;
    QStringList languages;
    RecordMeta meta;

    [[nodiscard]] static UserProfile fromRecord(const Record &r);
};

} // namespace brug
