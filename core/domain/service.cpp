#include "service.h"

namespace brug {

QJsonObject Service::toFields() const
{
    return {{QStringLiteral("provider_id"), Json::id(providerId)},
            {QStringLiteral("name"), Json::text(name)},
            {QStringLiteral("description"), Json::text(description)},
            {QStringLiteral("age_from"), ageFrom},
            {QStringLiteral("age_to"), ageTo},
            {QStringLiteral("phone"), Json::text(phone)},
            {QStringLiteral("address"), Json::text(address)},
            {QStringLiteral("intake_info"), Json::text(intakeInfo)},
            {QStringLiteral("languages"), Json::array(languages)}};
}

Service Service::fromRecord(const Record &r)
{
    const QJsonObject &f = r.fields;
    Service x;
    x.id = r.id;
    x.providerId = Json::str(f, u"provider_id");
    x.name = Json::str(f, u"name");
    x.description = Json::str(f, u"description");
    x.ageFrom = Json::integer(f, u"age_from");
    x.ageTo = Json::integer(f, u"age_to");
    x.phone = Json::str(f, u"phone");
    x.address = Json::str(f, u"address");
    x.intakeInfo = Json::str(f, u"intake_info");
    x.languages = Json::strings(f, u"languages");
    x.meta = RecordMeta::fromRecord(r);
    return x;
}

} // namespace brug
