#pragma once

#include "fieldmap.h"

#include <QString>
#include <array>

namespace brug {

/// A record on the server, with the columns that decide who receives it.
struct ServerRecord
{
    QString entity;
    QString id;
    QString orgId;          ///< owning organisation (for public records: the one it describes)
    QString audience;       ///< org, public
    QString providerId;     ///< referral, consent: the provider addressed
    QString familyId;       ///< records of a family
    QString referralId;     ///< message, conflict on a referral or message
    qint64 seq = 0;
    FieldMap fields;
    bool exists = false;    ///< loaded from the store (false: new)
    /// placement() as last read or written: columns that did not change need no index update.
    std::array<QString, 5> storedPlacement;

    /// The columns beside the body: orgId, audience, providerId, familyId, referralId.
    [[nodiscard]] std::array<QString, 5> placement() const { return {orgId, audience, providerId, familyId, referralId}; }

    [[nodiscard]] const QJsonValue &value(QStringView field) const { return fields.value(field).value(); }
    [[nodiscard]] QString text(QStringView field) const { return fields.value(field).value().toString(); }
    [[nodiscard]] QByteArray bodyJson() const;
    void parseBody(const QByteArray &json);
    /// Sets providerId/familyId/referralId from the fields (referralId of a conflict is set by
    /// its creator, who knows what the conflict is about).
    void deriveAudienceColumns();
};

} // namespace brug
