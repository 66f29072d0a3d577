#include "referral.h"

namespace brug {

QJsonObject Referral::contentFields() const
{
    return {{QStringLiteral("family_id"), Json::id(familyId)},
            {QStringLiteral("provider_id"), Json::id(providerId)},
            {QStringLiteral("service_id"), Json::id(serviceId)},
            {QStringLiteral("consent_id"), Json::id(consentId)},
            {QStringLiteral("reason_family"), Json::text(reasonFamily)},
            {QStringLiteral("reason_intermediary"), Json::text(reasonIntermediary)},
            {QStringLiteral("risk_factors"), Json::array(riskFactors)},
            {QStringLiteral("urgency"), Json::text(urgency)},
            {QStringLiteral("language"), Json::text(language)},
            {QStringLiteral("interpreter_needed"), interpreterNeeded},
            {QStringLiteral("intermediary_joins"), intermediaryJoins},
            {QStringLiteral("intermediary_id"), Json::id(intermediaryId)},
            {QStringLiteral("state"), Json::text(state)},
            {QStringLiteral("sent_at"), Json::ms(sentAt)}};
}

QJsonObject Referral::providerFields() const
{
    return {{QStringLiteral("status"), Json::text(status)},
            {QStringLiteral("status_at"), Json::ms(statusAt)},
            {QStringLiteral("status_by"), Json::id(statusBy)},
            {QStringLiteral("question"), Json::text(question)},
            {QStringLiteral("intake_on"), Json::date(intakeOn)},
            {QStringLiteral("intake_time"), Json::text(intakeTime)},
            {QStringLiteral("intake_place"), Json::text(intakePlace)},
            {QStringLiteral("interpreter_booked"), interpreterBooked},
            {QStringLiteral("intermediary_invited"), intermediaryInvited},
            {QStringLiteral("decline_reason"), Json::text(declineReason)},
            {QStringLiteral("suggestion"), Json::text(suggestion)},
            {QStringLiteral("outcome"), Json::text(outcome)},
            {QStringLiteral("outcome_note"), Json::text(outcomeNote)}};
}

Referral Referral::fromRecord(const Record &r)
{
    const QJsonObject &f = r.fields;
    Referral x;
    x.id = r.id;
    x.familyId = Json::str(f, u"family_id");
    x.providerId = Json::str(f, u"provider_id");
    x.serviceId = Json::str(f, u"service_id");
    x.consentId = Json::str(f, u"consent_id");
    x.reasonFamily = Json::str(f, u"reason_family");
    x.reasonIntermediary = Json::str(f, u"reason_intermediary");
    x.riskFactors = Json::strings(f, u"risk_factors");
    x.urgency = Json::str(f, u"urgency");
    x.language = Json::str(f, u"language");
    x.interpreterNeeded = Json::boolean(f, u"interpreter_needed");
    x.intermediaryJoins = Json::boolean(f, u"intermediary_joins");
    x.intermediaryId = Json::str(f, u"intermediary_id");
    x.state = Json::str(f, u"state");
    x.sentAt = Json::int64(f, u"sent_at");
    x.status = Json::str(f, u"status");
    x.statusAt = Json::int64(f, u"status_at");
    x.statusBy = Json::str(f, u"status_by");
    x.question = Json::str(f, u"question");
    x.intakeOn = Json::date(f, u"intake_on");
    x.intakeTime = Json::str(f, u"intake_time");
    x.intakePlace = Json::str(f, u"intake_place");
    x.interpreterBooked = Json::boolean(f, u"interpreter_booked");
    x.intermediaryInvited = Json::boolean(f, u"intermediary_invited");
    x.declineReason = Json::str(f, u"decline_reason");
    x.suggestion = Json::str(f, u"suggestion");
    x.outcome = Json::str(f, u"outcome");
    x.outcomeNote = Json::str(f, u"outcome_note");
    x.meta = RecordMeta::fromRecord(r);
    return x;
}

} // namespace brug
