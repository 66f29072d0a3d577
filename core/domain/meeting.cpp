#include "meeting.h"

namespace brug {

QJsonObject Meeting::toFields() const
{
    return {{QStringLiteral("date"), Json::date(date)},
            {QStringLiteral("place_kind"), Json::text(placeKind)},
            {QStringLiteral("place_name"), Json::text(placeName)},
            {QStringLiteral("neighbourhood"), Json::text(neighbourhood)},
            {QStringLiteral("theme"), Json::text(theme)},
            {QStringLiteral("theme_note"), Json::text(themeNote)},
            {QStringLiteral("language"), Json::text(language)},
            {QStringLiteral("women"), women},
            {QStringLiteral("men"), men},
            {QStringLiteral("children"), children},
            {QStringLiteral("newcomers"), newcomers},
            {QStringLiteral("questions"), Json::text(questions)},
            {QStringLiteral("needs"), Json::array(needs)},
            {QStringLiteral("provider_present"), providerPresent},
            {QStringLiteral("provider_requested"), providerRequested},
            {QStringLiteral("provider_id"), Json::id(providerId)},
            {QStringLiteral("contact_woman_id"), Json::id(contactWomanId)}};
}

Meeting Meeting::fromRecord(const Record &r)
{
    const QJsonObject &f = r.fields;
    Meeting x;
    x.id = r.id;
    x.date = Json::date(f, u"date");
    x.placeKind = Json::str(f, u"place_kind");
    x.placeName = Json::str(f, u"place_name");
    x.neighbourhood = Json::str(f, u"neighbourhood");
    x.theme = Json::str(f, u"theme");
    x.themeNote = Json::str(f, u"theme_note");
    x.language = Json::str(f, u"language");
    x.women = Json::integer(f, u"women");
    x.men = Json::integer(f, u"men");
    x.children = Json::integer(f, u"children");
    x.newcomers = Json::integer(f, u"newcomers");
    x.questions = Json::str(f, u"questions");
    x.needs = Json::strings(f, u"needs");
    x.providerPresent = Json::boolean(f, u"provider_present");
    x.providerRequested = Json::boolean(f, u"provider_requested");
    x.providerId = Json::str(f, u"provider_id");
    x.contactWomanId = Json::str(f, u"contact_woman_id");
    x.meta = RecordMeta::fromRecord(r);
    return x;
}

} // namespace brug
