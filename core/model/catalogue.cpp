#include "catalogue.h"


namespace brug {

namespace {
using L = QLatin1StringView;

struct Named
{
    L name;
    std::vector<CatalogueItem> items;
};

std::vector<CatalogueItem> plain(std::initializer_list<const char *> codes)
{
    std::vector<CatalogueItem> out;
    for (const char *c : codes)
        out.push_back({L(c), {}, {}});
    return out;
}

std::vector<CatalogueItem> riskFactors()
{
    // Table 3 of the brochure; the numbers are the brochure's, so ids stay stable.
    std::vector<CatalogueItem> out;
    static const char *const ids[] = {"rf01", "rf02", "rf03", "rf04", "rf05", "rf06",
                                      "rf07", "rf08", "rf09", "rf10", "rf11", "rf12",
                                      "rf13", "rf14", "rf15", "rf16", "rf17"};
    for (int i = 0; i < 17; ++i) {
        const char *cluster = i < 5 ? "awareness" : i < 10 ? "trust" : "quality";
        out.push_back({L(ids[i]), L(cluster), {}});
    }
    return out;
}

std::vector<CatalogueItem> actions()
{
    // Table 4 of the brochure: what the migrant organisation and the provider can do, with the
    // risk factors each answers.
    auto a = [](const char *code, const char *side, std::initializer_list<const char *> rf) {
        CatalogueItem item{L(code), L(side), {}};
        for (const char *r : rf)
            item.related.push_back(L(r));
        return item;
    };
    return {
        a("information", "migrant_org", {"rf01", "rf06", "rf07", "rf08", "rf10"}),
        a("outreach", "migrant_org", {"rf01", "rf03"}),
        a("work_visit", "migrant_org", {"rf01", "rf06", "rf07", "rf08", "rf10"}),
        a("own_language_media", "migrant_org", {"rf01", "rf03"}),
        a("substitute_network", "migrant_org", {"rf02"}),
        a("network_building", "migrant_org", {"rf02"}),
        a("theme_meeting", "migrant_org", {"rf03"}),
        a("psycho_education", "migrant_org", {"rf03"}),
        a("empowerment", "migrant_org", {"rf04"}),
        a("building_trust", "migrant_org", {"rf06", "rf07", "rf08"}),
        a("breaking_taboos", "migrant_org", {"rf10"}),
        a("going_along", "migrant_org", {"rf09"}),
        a("interpreting", "migrant_org", {"rf09"}),
        a("culture_consultation", "migrant_org", {"rf07", "rf14", "rf16", "rf17"}),
        a("case_discussion", "both", {"rf14", "rf16"}),
        a("duo_coaching", "both", {"rf14", "rf15", "rf16"}),
        a("referral", "migrant_org", {"rf01", "rf04"}),
        a("outreach_professional", "provider", {"rf05", "rf12"}),
        a("simpler_intake", "provider", {"rf17"}),
    };
}

const std::vector<Named> &all()
{
    static const std::vector<Named> catalogues = {
        {L("risk_factor"), riskFactors()},
        {L("risk_cluster"), plain({"awareness", "trust", "quality"})},
        {L("action"), actions()},
        {L("topic"),
         plain({"parenting", "school", "health", "development", "adolescence", "peace_at_home",
                "money", "housing", "youth_services", "language", "media_use", "loneliness",
                "family_changes", "other"})},
        {L("place"),
         plain({"mosque", "community_centre", "school", "home", "library", "church", "other"})},
        {L("person"),
         plain({"mother", "father", "child", "grandparent", "other_relative", "interpreter",
                "other"})},
        {L("interpreter"),
         plain({"none", "intermediary", "family_member", "professional", "phone"})},
        {L("language"),
         plain({"nl", "ar", "ber", "tr", "ku", "ak", "en", "fr", "so", "ti", "fa", "prs", "pap",
                "srn", "pl", "es"})},
        {L("country"),
         plain({"MA", "TR", "GH", "SR", "CW", "SY", "ER", "SO", "AF", "IQ", "IR", "NG", "EG", "PL",
                "NL", "other"})},
        {L("role"), plain({"intermediary", "contact_woman", "coordinator", "caseworker", "manager"})},
        {L("org_kind"), plain({"migrant_org", "provider", "municipality"})},
        {L("share"), plain({"identity", "contact", "area", "background", "children"})},
        {L("purpose"), plain({"referral", "intake", "information_exchange", "case_discussion"})},
        {L("consent_method"), plain({"verbal_witness", "signed", "interpreter"})},
        {L("urgency"), plain({"normal", "soon", "urgent"})},
        {L("referral_state"), plain({"draft", "sent", "withdrawn"})},
        {L("referral_status"),
         plain({"received", "more_info", "intake_planned", "in_care", "declined", "closed"})},
        {L("outcome"),
         plain({"helped", "referred_on", "no_help_needed", "family_stopped", "other"})},
        {L("message_kind"), plain({"text", "status"})},
        {L("activity"),
         plain({"home_visit", "meeting", "going_along", "interpreting", "phone_call", "travel",
                "training", "consultation", "other"})},
        {L("resolution"), plain({"kept_winner", "kept_loser"})},
        {L("gender"), plain({"f", "m", "x"})},
        {L("entity"),
         plain({"organisation", "user", "service", "contact_person", "family", "consent", "visit",
                "meeting", "referral", "message", "time_entry", "conflict"})},
    };
    return catalogues;
}

const Named *named(QStringView name)
{
    for (const Named &n : all())
        if (n.name == name)
            return &n;
    return nullptr;
}
} // namespace

std::span<const QLatin1StringView> Catalogue::names()
{
    static const std::vector<L> names = [] {
        std::vector<L> out;
        for (const Named &n : all())
            out.push_back(n.name);
        return out;
    }();
    return names;
}

std::span<const CatalogueItem> Catalogue::items(QStringView catalogue)
{
    const Named *n = named(catalogue);
    return n ? std::span<const CatalogueItem>(n->items) : std::span<const CatalogueItem>();
}

const CatalogueItem *Catalogue::find(QStringView catalogue, QStringView code)
{
    for (const CatalogueItem &i : items(catalogue))
        if (i.code == code)
            return &i;
    return nullptr;
}

bool Catalogue::contains(QStringView catalogue, QStringView code)
{
    return find(catalogue, code) != nullptr;
}

} // namespace brug
