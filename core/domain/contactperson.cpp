#include "contactperson.h"

namespace brug {

QJsonObject ContactPerson::toFields() const
{
    return {{QStringLiteral("provider_id"), Json::id(providerId)},
            {QStringLiteral("name"), Json::text(name)},
            {QStringLiteral("function"), Json::text(function)},
            {QStringLiteral("phone"), Json::text(phone)},
            {QStringLiteral("email"), Json::text(email)},
            {QStringLiteral("languages"), Json::array(languages)},
            {QStringLiteral("availability"), Json::text(availability)}};
}

ContactPerson ContactPerson::fromRecord(const Record &r)
{
    const QJsonObject &f = r.fields;
    ContactPerson x;
    x.id = r.id;
    x.providerId = Json::str(f, u"provider_id");
    x.name = Json::str(f, u"name");
    x.function = Json::str(f, u"function");
    x.phone = Json::str(f, u"phone");
    x.email = Json::str(f, u"email");
    x.languages = Json::strings(f, u"languages");
    x.availability = Json::str(f, u"availability");
    x.meta = RecordMeta::fromRecord(r);
    return x;
}

} // namespace brug
