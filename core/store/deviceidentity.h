#pragma once

#include <QString>

namespace brug {

/// Who this device is on the server: set at enrolment, stamped on every write.
struct DeviceIdentity
{
    QString deviceId;
    QString userId;
    QString userName;
    QString role;     ///< intermediary, contact_woman, coordinator, caseworker, manager
    QString orgId;
    QString orgName;
    QString orgKind;  ///< migrant_org, provider, municipality
    QString node;     ///< HLC node: 16 hex digits

    [[nodiscard]] bool isValid() const { return !deviceId.isEmpty() && !userId.isEmpty() && node.size() == 16; }
    [[nodiscard]] bool isProviderSide() const { return role == u"caseworker" || role == u"manager"; }
};

} // namespace brug
