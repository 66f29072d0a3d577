#include "organisation.h"

namespace brug {

QJsonObject Organisation::toFields() const
{
    return {{QStringLiteral("name"), Json::text(name)},
            {QStringLiteral("kind"), Json::text(kind)},
            {QStringLiteral("city"), Json::text(city)},
            {QStringLiteral("address"), Json::text(address)},
            {QStringLiteral("postcode"), Json::text(postcode)},
            {QStringLiteral("phone"), Json::text(phone)},
            {QStringLiteral("email"), Json::text(email)},
            {QStringLiteral("website"), Json::text(website)},
            {QStringLiteral("opening_hours"), Json::text(openingHours)},
            {QStringLiteral("description"), Json::text(description)},
            {QStringLiteral("languages"), Json::array(languages)}};
}

Organisation Organisation::fromRecord(const Record &r)
{
    const QJsonObject &f = r.fields;
    Organisation x;
    x.id = r.id;
    x.name = Json::str(f, u"name");
    x.kind = Json::str(f, u"kind");
    x.city = Json::str(f, u"city");
    x.address = Json::str(f, u"address");
    x.postcode = Json::str(f, u"postcode");
    x.phone = Json::str(f, u"phone");
    x.email = Json::str(f, u"email");
    x.website = Json::str(f, u"website");
    x.openingHours = Json::str(f, u"opening_hours");
    x.description = Json::str(f, u"description");
    x.languages = Json::strings(f, u"languages");
    x.meta = RecordMeta::fromRecord(r);
    return x;
}

} // namespace brug
