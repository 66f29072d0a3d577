#include "visit.h"

namespace brug {

QJsonObject Visit::toFields() const
{
    return {{QStringLiteral("family_id"), Json::id(familyId)},
            {QStringLiteral("date"), Json::date(date)},
            {QStringLiteral("duration_min"), durationMin},
            {QStringLiteral("present"), Json::array(present)},
            {QStringLiteral("language"), Json::text(language)},
            {QStringLiteral("interpreter"), Json::text(interpreter)},
            {QStringLiteral("topics"), Json::array(topics)},
            {QStringLiteral("risk_factors"), Json::array(riskFactors)},
            {QStringLiteral("actions"), Json::array(actions)},
            {QStringLiteral("note"), Json::text(note)},
            {QStringLiteral("follow_up_on"), Json::date(followUpOn)},
            {QStringLiteral("intermediary_id"), Json::id(intermediaryId)}};
}

Visit Visit::fromRecord(const Record &r)
{
    const QJsonObject &f = r.fields;
    Visit x;
    x.id = r.id;
    x.familyId = Json::str(f, u"family_id");
    x.date = Json::date(f, u"date");
    x.durationMin = Json::integer(f, u"duration_min");
    x.present = Json::strings(f, u"present");
    x.language = Json::str(f, u"language");
    x.interpreter = Json::str(f, u"interpreter");
    x.topics = Json::strings(f, u"topics");
    x.riskFactors = Json::strings(f, u"risk_factors");
    x.actions = Json::strings(f, u"actions");
    x.note = Json::str(f, u"note");
    x.followUpOn = Json::date(f, u"follow_up_on");
    x.intermediaryId = Json::str(f, u"intermediary_id");
    x.meta = RecordMeta::fromRecord(r);
    return x;
}

} // namespace brug
