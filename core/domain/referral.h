#pragma once

#include "recordmeta.h"

namespace brug {

/// A referral of a family to a provider. The referring side writes its content and `state`
/// (draft, sent, withdrawn); the provider writes `status` and the intake, never the same field.
struct Referral
{
    QString id;
    // Written by the migrant organisation.
    QString familyId;
    QString providerId;
    QString serviceId;
    QString consentId;
    QString reasonFamily;        ///< in the family's own words
    QString reasonIntermediary;
    QStringList riskFactors;
    QString urgency = QStringLiteral("normal");
    QString language;
    bool interpreterNeeded = false;
    bool intermediaryJoins = false;
    QString intermediaryId;
    QString state = QStringLiteral("draft");
    qint64 sentAt = 0;
    // Written by the provider.
    QString status;
    qint64 statusAt = 0;
    QString statusBy;
    QString question;
    QDate intakeOn;
    QString intakeTime;          ///< HH:MM
    QString intakePlace;
    bool interpreterBooked = false;
    bool intermediaryInvited = false;
    QString declineReason;
    QString suggestion;
    QString outcome;
    QString outcomeNote;
    RecordMeta meta;

    /// What the user sees: the provider's status once there is one, else the referring state.
    [[nodiscard]] QString displayStatus() const { return status.isEmpty() ? state : status; }
    [[nodiscard]] QJsonObject contentFields() const;
    [[nodiscard]] QJsonObject providerFields() const;
    [[nodiscard]] static Referral fromRecord(const Record &r);
};

} // namespace brug
