#pragma once

#include "recordmeta.h"

namespace brug {

/// What a family agreed may be shared, with which provider, for what, given when and how.
struct Consent
{
    QString id;
    QString familyId;
    QString providerId;
    QStringList shares;        ///< share catalogue: identity, contact, area, background, children
    QString purpose;
    QString purposeNote;
    QDate givenOn;
    QString method;            ///< verbal_witness, signed, interpreter
    QString witness;
    QString interpreterLanguage;
    QDate withdrawnOn;
    QString withdrawnNote;
    RecordMeta meta;

    [[nodiscard]] bool isActive() const { return givenOn.isValid() && !withdrawnOn.isValid() && !meta.deleted; }
    [[nodiscard]] QJsonObject toFields() const;
    [[nodiscard]] static Consent fromRecord(const Record &r);
};

} // namespace brug
