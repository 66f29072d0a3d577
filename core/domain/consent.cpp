#include "consent.h"

namespace brug {

QJsonObject Consent::toFields() const
{
    return {{QStringLiteral("family_id"), Json::id(familyId)},
            {QStringLiteral("provider_id"), Json::id(providerId)},
            {QStringLiteral("shares"), Json::array(shares)},
            {QStringLiteral("purpose"), Json::text(purpose)},
            {QStringLiteral("purpose_note"), Json::text(purposeNote)},
            {QStringLiteral("given_on"), Json::date(givenOn)},
            {QStringLiteral("method"), Json::text(method)},
            {QStringLiteral("witness"), Json::text(witness)},
            {QStringLiteral("interpreter_language"), Json::text(interpreterLanguage)},
            {QStringLiteral("withdrawn_on"), Json::date(withdrawnOn)},
            {QStringLiteral("withdrawn_note"), Json::text(withdrawnNote)}};
}

Consent Consent::fromRecord(const Record &r)
{
    const QJsonObject &f = r.fields;
    Consent x;
    x.id = r.id;
    x.familyId = Json::str(f, u"family_id");
    x.providerId = Json::str(f, u"provider_id");
    x.shares = Json::strings(f, u"shares");
    x.purpose = Json::str(f, u"purpose");
    x.purposeNote = Json::str(f, u"purpose_note");
    x.givenOn = Json::date(f, u"given_on");
    x.method = Json::str(f, u"method");
    x.witness = Json::str(f, u"witness");
    x.interpreterLanguage = Json::str(f, u"interpreter_language");
    x.withdrawnOn = Json::date(f, u"withdrawn_on");
    x.withdrawnNote = Json::str(f, u"withdrawn_note");
    x.meta = RecordMeta::fromRecord(r);
    return x;
}

} // namespace brug
