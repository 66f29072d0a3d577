#include "schema.h"

namespace brug {

namespace {
using L = QLatin1StringView;

FieldDef text(const char *name, int maxLength, Writer w = Writer::Owner, Share s = Share::Always)
{
    FieldDef f{QString::fromLatin1(name), FieldType::Text};
    f.maxLength = maxLength;
    f.writer = w;
    f.share = s;
    return f;
}
FieldDef integer(const char *name, double min, double max, Writer w = Writer::Owner,
                 Share s = Share::Always)
{
    FieldDef f{QString::fromLatin1(name), FieldType::Int};
    f.min = min;
    f.max = max;
    f.writer = w;
    f.share = s;
    return f;
}
FieldDef number(const char *name, double min, double max)
{
    FieldDef f{QString::fromLatin1(name), FieldType::Num};
    f.min = min;
    f.max = max;
    return f;
}
FieldDef typed(const char *name, FieldType t, Writer w = Writer::Owner, Share s = Share::Always)
{
    FieldDef f{QString::fromLatin1(name), t};
    f.writer = w;
    f.share = s;
    return f;
}
FieldDef code(const char *name, const char *catalogue, Writer w = Writer::Owner,
              Share s = Share::Always)
{
    FieldDef f{QString::fromLatin1(name), FieldType::Code};
    f.catalogue = QString::fromLatin1(catalogue);
    f.writer = w;
    f.share = s;
    return f;
}
FieldDef codes(const char *name, const char *catalogue, Writer w = Writer::Owner,
               Share s = Share::Always)
{
    FieldDef f = code(name, catalogue, w, s);
    f.type = FieldType::Codes;
    return f;
}

EntityDef entity(const char *name, Audience audience, std::vector<FieldDef> fields,
                 Writer metaWriter = Writer::Owner, bool appendOnly = false)
{
    // Every record carries who made and changed it; the server checks these against the device.
    for (const char *m : {"created_at", "updated_at"}) {
        FieldDef f = typed(m, FieldType::Ms, metaWriter);
        f.meta = true;
        fields.push_back(f);
    }
    for (const char *m : {"created_by", "updated_by", "updated_device"}) {
        FieldDef f = typed(m, FieldType::Id, metaWriter);
        f.meta = true;
        fields.push_back(f);
    }
    FieldDef deleted = typed("deleted", FieldType::Bool, metaWriter);
    deleted.meta = true;
    fields.push_back(deleted);
    return EntityDef{QString::fromLatin1(name), audience, appendOnly, std::move(fields)};
}

std::vector<EntityDef> build()
{
    const Writer P = Writer::Provider;
    const Writer A = Writer::OrgAdmin;
    const Writer N = Writer::Nobody;
    std::vector<EntityDef> e;

    e.push_back(entity("organisation", Audience::Public,
                       {text("name", 120, A), code("kind", "org_kind", N), text("city", 80, A),
                        text("address", 200, A), text("postcode", 10, A), text("phone", 40, A),
                        text("email", 120, A), text("website", 200, A),
                        text("opening_hours", 500, A), text("description", 2000, A),
                        codes("languages", "language", A)},
                       A));
    e.push_back(entity("user", Audience::Public,
                       {typed("org_id", FieldType::Id, N), text("display_name", 80, N),
                        code("role", "role", N), typed("active", FieldType::Bool, N),
                        codes("languages", "language", N)},
                       N));
    e.push_back(entity("service", Audience::Public,
                       {typed("provider_id", FieldType::Id, P), text("name", 120, P),
                        text("description", 2000, P), integer("age_from", 0, 27, P),
                        integer("age_to", 0, 27, P), text("phone", 40, P),
                        text("address", 200, P), text("intake_info", 2000, P),
                        codes("languages", "language", P)},
                       P));
    e.push_back(entity("contact_person", Audience::Public,
                       {typed("provider_id", FieldType::Id, P), text("name", 120, P),
                        text("function", 120, P), text("phone", 40, P), text("email", 120, P),
                        codes("languages", "language", P), text("availability", 200, P)},
                       P));
    const Writer O = Writer::Owner;
    e.push_back(entity(
        "family", Audience::Referral,
        {text("code", 20), text("name", 120, O, Share::Identity),
         text("phone", 40, O, Share::Contact), text("address", 200, O, Share::Contact),
         text("postcode", 10, O, Share::Area), text("neighbourhood", 80, O, Share::Area),
         code("country_of_origin", "country", O, Share::Background),
         codes("languages", "language", O, Share::Background),
         code("preferred_language", "language", O, Share::Background),
         typed("children", FieldType::Children, O, Share::Children),
         typed("intermediary_id", FieldType::Id), typed("active", FieldType::Bool, O, Share::Never)}));
    e.push_back(entity(
        "consent", Audience::Referral,
        {typed("family_id", FieldType::Id), typed("provider_id", FieldType::Id),
         codes("shares", "share"), code("purpose", "purpose"), text("purpose_note", 500),
         typed("given_on", FieldType::Date), code("method", "consent_method"),
         text("witness", 120, O, Share::Never), code("interpreter_language", "language"),
         typed("withdrawn_on", FieldType::Date), text("withdrawn_note", 500, O, Share::Never)}));
    e.push_back(entity(
        "visit", Audience::Organisation,
        {typed("family_id", FieldType::Id), typed("date", FieldType::Date),
         integer("duration_min", 0, 1440), codes("present", "person"), code("language", "language"),
         code("interpreter", "interpreter"), codes("topics", "topic"),
         codes("risk_factors", "risk_factor"), codes("actions", "action"), text("note", 20000),
         typed("follow_up_on", FieldType::Date), typed("intermediary_id", FieldType::Id)}));
    // A meeting reaches the provider it asked to come or that came (§10), without what was
    // said there or where exactly: those fields are Never.
    e.push_back(entity(
        "meeting", Audience::Organisation,
        {typed("date", FieldType::Date), code("place_kind", "place"),
         text("place_name", 120, O, Share::Never), text("neighbourhood", 80), code("theme", "topic"),
         text("theme_note", 500, O, Share::Never), code("language", "language"),
         integer("women", 0, 10000), integer("men", 0, 10000), integer("children", 0, 10000),
         integer("newcomers", 0, 10000), text("questions", 20000, O, Share::Never),
         codes("needs", "topic", O, Share::Never), typed("provider_present", FieldType::Bool),
         typed("provider_requested", FieldType::Bool), typed("provider_id", FieldType::Id),
         typed("contact_woman_id", FieldType::Id, O, Share::Never)}));
    e.push_back(entity(
        "referral", Audience::Referral,
        {typed("family_id", FieldType::Id), typed("provider_id", FieldType::Id),
         typed("service_id", FieldType::Id), typed("consent_id", FieldType::Id),
         text("reason_family", 5000), text("reason_intermediary", 5000),
         codes("risk_factors", "risk_factor"), code("urgency", "urgency"),
         code("language", "language"), typed("interpreter_needed", FieldType::Bool),
         typed("intermediary_joins", FieldType::Bool), typed("intermediary_id", FieldType::Id),
         code("state", "referral_state"), typed("sent_at", FieldType::Ms),
         // The provider's side of the referral: written only by the addressed provider.
         code("status", "referral_status", P), typed("status_at", FieldType::Ms, P),
         typed("status_by", FieldType::Id, P), text("question", 5000, P),
         typed("intake_on", FieldType::Date, P), text("intake_time", 5, P),
         text("intake_place", 200, P), typed("interpreter_booked", FieldType::Bool, P),
         typed("intermediary_invited", FieldType::Bool, P), text("decline_reason", 2000, P),
         text("suggestion", 2000, P), code("outcome", "outcome", P),
         text("outcome_note", 2000, P)}));
    // Both sides of a referral write its thread; a message never changes once made.
    const Writer R = Writer::Receiver;
    e.push_back(entity("message", Audience::WithReferral,
                       {typed("referral_id", FieldType::Id, R), code("kind", "message_kind", R),
                        text("body", 5000, R), code("status", "referral_status", R)},
                       R, true));
    e.push_back(entity(
        "time_entry", Audience::Organisation,
        {typed("user_id", FieldType::Id), typed("date", FieldType::Date), code("activity", "activity"),
         typed("family_id", FieldType::Id), typed("meeting_id", FieldType::Id),
         integer("minutes", 0, 1440), number("distance_km", 0, 2000),
         integer("expenses_cents", 0, 1000000), text("expense_note", 500)}));
    e.push_back(entity("conflict", Audience::AsRecord,
                       {code("entity", "entity", N), typed("record_id", FieldType::Id, N),
                        text("field", 40, N), typed("winner_value", FieldType::Any, N),
                        typed("winner_stamp", FieldType::Stamp, N),
                        typed("loser_value", FieldType::Any, N),
                        typed("loser_stamp", FieldType::Stamp, N),
                        typed("resolved_at", FieldType::Ms, R), typed("resolved_by", FieldType::Id, R),
                        code("resolution", "resolution", R)},
                       R));
    return e;
}

const std::vector<EntityDef> &all()
{
    static const std::vector<EntityDef> entities = build();
    return entities;
}
} // namespace

const FieldDef *EntityDef::field(QStringView n) const
{
    for (const FieldDef &f : fields)
        if (f.name == n)
            return &f;
    return nullptr;
}

std::span<const EntityDef> Schema::entities()
{
    return all();
}

const EntityDef *Schema::entity(QStringView name)
{
    for (const EntityDef &e : all())
        if (e.name == name)
            return &e;
    return nullptr;
}

QLatin1StringView Schema::shareName(Share share)
{
    switch (share) {
    case Share::Identity: return L("identity");
    case Share::Contact: return L("contact");
    case Share::Area: return L("area");
    case Share::Background: return L("background");
    case Share::Children: return L("children");
    case Share::Always: return L("always");
    case Share::Never: return L("never");
    }
    return L("never");
}

bool Schema::isMetaField(QStringView name)
{
    return name == u"created_at" || name == u"updated_at" || name == u"created_by" ||
           name == u"updated_by" || name == u"updated_device" || name == u"deleted";
}

} // namespace brug
