#include "family.h"

namespace brug {

QJsonObject Family::toFields() const
{
    QJsonArray kids;
    for (const Child &c : children) {
        QJsonObject o;
        o.insert(u"birth_year", c.birthYear ? QJsonValue(c.birthYear) : QJsonValue());
        o.insert(u"gender", Json::text(c.gender));
        kids.append(o);
    }
    return {{QStringLiteral("code"), Json::text(code)},
            {QStringLiteral("name"), Json::text(name)},
            {QStringLiteral("phone"), Json::text(phone)},
            {QStringLiteral("address"), Json::text(address)},
            {QStringLiteral("postcode"), Json::text(postcode)},
            {QStringLiteral("neighbourhood"), Json::text(neighbourhood)},
            {QStringLiteral("country_of_origin"), Json::text(countryOfOrigin)},
            {QStringLiteral("languages"), Json::array(languages)},
            {QStringLiteral("preferred_language"), Json::text(preferredLanguage)},
            {QStringLiteral("children"), kids},
            {QStringLiteral("intermediary_id"), Json::id(intermediaryId)},
            {QStringLiteral("active"), active}};
}

Family Family::fromRecord(const Record &r)
{
    const QJsonObject &f = r.fields;
    Family x;
    x.id = r.id;
    x.code = Json::str(f, u"code");
    x.name = Json::str(f, u"name");
    x.phone = Json::str(f, u"phone");
    x.address = Json::str(f, u"address");
    x.postcode = Json::str(f, u"postcode");
    x.neighbourhood = Json::str(f, u"neighbourhood");
    x.countryOfOrigin = Json::str(f, u"country_of_origin");
    x.languages = Json::strings(f, u"languages");
    x.preferredLanguage = Json::str(f, u"preferred_language");
    for (const QJsonValue &v : f.value(u"children").toArray()) {
        const QJsonObject o = v.toObject();
        x.children.append(Child{o.value(u"birth_year").toInt(), o.value(u"gender").toString()});
    }
    x.intermediaryId = Json::str(f, u"intermediary_id");
    x.active = Json::boolean(f, u"active", true);
    x.meta = RecordMeta::fromRecord(r);
    return x;
}

} // namespace brug
