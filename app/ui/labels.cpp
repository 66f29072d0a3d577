#include "labels.h"

#include "catalogue.h"

#include <QCoreApplication>
#include <QHash>
#include <QJSEngine>
#include <QLocale>

namespace brug {

namespace {
Labels *g_instance = nullptr;

struct Entry
{
    const char *catalogue;
    const char *code;
    const char *label;
    const char *explanation;
};

// English source texts; translations in translations/brug_*.ts, context "Catalogue".
// Wording follows translations/glossary.md: neutral and positive, as families accept it.
const Entry kEntries[] = {
    {"risk_cluster", "awareness", QT_TRANSLATE_NOOP("Catalogue", "Knowing the way"), nullptr},
    {"risk_cluster", "trust", QT_TRANSLATE_NOOP("Catalogue", "Trust"), nullptr},
    {"risk_cluster", "quality", QT_TRANSLATE_NOOP("Catalogue", "Fit of the service"), nullptr},

    {"risk_factor", "rf01", QT_TRANSLATE_NOOP("Catalogue", "Does not know the services"), QT_TRANSLATE_NOOP("Catalogue", "The family does not know what youth services exist or what they do.")},
    {"risk_factor", "rf02", QT_TRANSLATE_NOOP("Catalogue", "Little support around them"), QT_TRANSLATE_NOOP("Catalogue", "Few relatives or friends nearby who can help.")},
    {"risk_factor", "rf03", QT_TRANSLATE_NOOP("Catalogue", "Does not yet see the problem"), QT_TRANSLATE_NOOP("Catalogue", "The parents do not yet see that help could be useful.")},
    {"risk_factor", "rf04", QT_TRANSLATE_NOOP("Catalogue", "Finds it hard to act alone"), QT_TRANSLATE_NOOP("Catalogue", "The parents find it hard to take steps on their own.")},
    {"risk_factor", "rf05", QT_TRANSLATE_NOOP("Catalogue", "Service is far away"), QT_TRANSLATE_NOOP("Catalogue", "The service is hard to reach from home.")},
    {"risk_factor", "rf06", QT_TRANSLATE_NOOP("Catalogue", "Service feels foreign"), QT_TRANSLATE_NOOP("Catalogue", "The service looks and feels very Dutch to the family.")},
    {"risk_factor", "rf07", QT_TRANSLATE_NOOP("Catalogue", "Distrust of youth services"), QT_TRANSLATE_NOOP("Catalogue", "The family fears or distrusts youth services.")},
    {"risk_factor", "rf08", QT_TRANSLATE_NOOP("Catalogue", "Bad experiences before"), QT_TRANSLATE_NOOP("Catalogue", "The family had bad experiences with services.")},
    {"risk_factor", "rf09", QT_TRANSLATE_NOOP("Catalogue", "Fear of not being understood"), QT_TRANSLATE_NOOP("Catalogue", "Worry that the language will stand in the way.")},
    {"risk_factor", "rf10", QT_TRANSLATE_NOOP("Catalogue", "Shame and taboo"), QT_TRANSLATE_NOOP("Catalogue", "Some subjects are hard to talk about in the family.")},
    {"risk_factor", "rf11", QT_TRANSLATE_NOOP("Catalogue", "Too little time for the family"), QT_TRANSLATE_NOOP("Catalogue", "The service has little time for families who need more.")},
    {"risk_factor", "rf12", QT_TRANSLATE_NOOP("Catalogue", "No help in the neighbourhood"), QT_TRANSLATE_NOOP("Catalogue", "The service does not work where families are.")},
    {"risk_factor", "rf13", QT_TRANSLATE_NOOP("Catalogue", "Staff not diverse"), QT_TRANSLATE_NOOP("Catalogue", "Few staff from the family's community.")},
    {"risk_factor", "rf14", QT_TRANSLATE_NOOP("Catalogue", "Methods do not fit"), QT_TRANSLATE_NOOP("Catalogue", "The usual way of working does not suit this family.")},
    {"risk_factor", "rf15", QT_TRANSLATE_NOOP("Catalogue", "Low motivation of professionals"), QT_TRANSLATE_NOOP("Catalogue", "Professionals show little drive to reach the family.")},
    {"risk_factor", "rf16", QT_TRANSLATE_NOOP("Catalogue", "Little intercultural skill"), QT_TRANSLATE_NOOP("Catalogue", "Professionals lack knowledge of the family's culture.")},
    {"risk_factor", "rf17", QT_TRANSLATE_NOOP("Catalogue", "Complicated intake"), QT_TRANSLATE_NOOP("Catalogue", "The first steps at the service are hard to follow.")},

    {"action", "information", QT_TRANSLATE_NOOP("Catalogue", "Information about services"), QT_TRANSLATE_NOOP("Catalogue", "Explained what the services do and how.")},
    {"action", "outreach", QT_TRANSLATE_NOOP("Catalogue", "Reached out through own network"), nullptr},
    {"action", "work_visit", QT_TRANSLATE_NOOP("Catalogue", "Visit to the service together"), nullptr},
    {"action", "own_language_media", QT_TRANSLATE_NOOP("Catalogue", "Radio or leaflets in own language"), nullptr},
    {"action", "substitute_network", QT_TRANSLATE_NOOP("Catalogue", "Support as a network"), nullptr},
    {"action", "network_building", QT_TRANSLATE_NOOP("Catalogue", "Helped meet other parents"), nullptr},
    {"action", "theme_meeting", QT_TRANSLATE_NOOP("Catalogue", "Theme meeting on parenting"), nullptr},
    {"action", "psycho_education", QT_TRANSLATE_NOOP("Catalogue", "Explained what is going on"), QT_TRANSLATE_NOOP("Catalogue", "Psycho-education: helped the parents understand the situation.")},
    {"action", "empowerment", QT_TRANSLATE_NOOP("Catalogue", "Encouraged and strengthened"), QT_TRANSLATE_NOOP("Catalogue", "Empowerment: motivated the parents to take their own steps.")},
    {"action", "building_trust", QT_TRANSLATE_NOOP("Catalogue", "Built trust in the service"), nullptr},
    {"action", "breaking_taboos", QT_TRANSLATE_NOOP("Catalogue", "Talked about difficult subjects"), nullptr},
    {"action", "going_along", QT_TRANSLATE_NOOP("Catalogue", "Went along to an appointment"), nullptr},
    {"action", "interpreting", QT_TRANSLATE_NOOP("Catalogue", "Interpreted"), nullptr},
    {"action", "culture_consultation", QT_TRANSLATE_NOOP("Catalogue", "Advised the service on culture"), nullptr},
    {"action", "case_discussion", QT_TRANSLATE_NOOP("Catalogue", "Case discussion"), nullptr},
    {"action", "duo_coaching", QT_TRANSLATE_NOOP("Catalogue", "Duo coaching"), nullptr},
    {"action", "referral", QT_TRANSLATE_NOOP("Catalogue", "Referred to a service"), nullptr},
    {"action", "outreach_professional", QT_TRANSLATE_NOOP("Catalogue", "Professional came to the neighbourhood"), nullptr},
    {"action", "simpler_intake", QT_TRANSLATE_NOOP("Catalogue", "Simpler intake"), nullptr},

    {"topic", "parenting", QT_TRANSLATE_NOOP("Catalogue", "Raising children"), nullptr},
    {"topic", "school", QT_TRANSLATE_NOOP("Catalogue", "School"), nullptr},
    {"topic", "health", QT_TRANSLATE_NOOP("Catalogue", "Health"), nullptr},
    {"topic", "development", QT_TRANSLATE_NOOP("Catalogue", "How children grow"), nullptr},
    {"topic", "adolescence", QT_TRANSLATE_NOOP("Catalogue", "Teenagers"), nullptr},
    {"topic", "peace_at_home", QT_TRANSLATE_NOOP("Catalogue", "Peace in the home"), nullptr},
    {"topic", "money", QT_TRANSLATE_NOOP("Catalogue", "Money matters"), nullptr},
    {"topic", "housing", QT_TRANSLATE_NOOP("Catalogue", "Housing"), nullptr},
    {"topic", "youth_services", QT_TRANSLATE_NOOP("Catalogue", "Youth services"), nullptr},
    {"topic", "language", QT_TRANSLATE_NOOP("Catalogue", "Language"), nullptr},
    {"topic", "media_use", QT_TRANSLATE_NOOP("Catalogue", "Phones and screens"), nullptr},
    {"topic", "loneliness", QT_TRANSLATE_NOOP("Catalogue", "Feeling alone"), nullptr},
    {"topic", "family_changes", QT_TRANSLATE_NOOP("Catalogue", "Changes in the family"), nullptr},
    {"topic", "other", QT_TRANSLATE_NOOP("Catalogue", "Other"), nullptr},

    {"place", "mosque", QT_TRANSLATE_NOOP("Catalogue", "Mosque"), nullptr},
    {"place", "community_centre", QT_TRANSLATE_NOOP("Catalogue", "Community centre"), nullptr},
    {"place", "school", QT_TRANSLATE_NOOP("Catalogue", "School"), nullptr},
    {"place", "home", QT_TRANSLATE_NOOP("Catalogue", "At home"), nullptr},
    {"place", "library", QT_TRANSLATE_NOOP("Catalogue", "Library"), nullptr},
    {"place", "church", QT_TRANSLATE_NOOP("Catalogue", "Church"), nullptr},
    {"place", "other", QT_TRANSLATE_NOOP("Catalogue", "Other place"), nullptr},

    {"person", "mother", QT_TRANSLATE_NOOP("Catalogue", "Mother"), nullptr},
    {"person", "father", QT_TRANSLATE_NOOP("Catalogue", "Father"), nullptr},
    {"person", "child", QT_TRANSLATE_NOOP("Catalogue", "Child"), nullptr},
    {"person", "grandparent", QT_TRANSLATE_NOOP("Catalogue", "Grandparent"), nullptr},
    {"person", "other_relative", QT_TRANSLATE_NOOP("Catalogue", "Other relative"), nullptr},
    {"person", "interpreter", QT_TRANSLATE_NOOP("Catalogue", "Interpreter"), nullptr},
    {"person", "other", QT_TRANSLATE_NOOP("Catalogue", "Someone else"), nullptr},

    {"interpreter", "none", QT_TRANSLATE_NOOP("Catalogue", "No interpreter"), nullptr},
    {"interpreter", "intermediary", QT_TRANSLATE_NOOP("Catalogue", "I interpreted"), nullptr},
    {"interpreter", "family_member", QT_TRANSLATE_NOOP("Catalogue", "A family member"), nullptr},
    {"interpreter", "professional", QT_TRANSLATE_NOOP("Catalogue", "Professional interpreter"), nullptr},
    {"interpreter", "phone", QT_TRANSLATE_NOOP("Catalogue", "Interpreter by phone"), nullptr},

    {"language", "nl", QT_TRANSLATE_NOOP("Catalogue", "Dutch"), nullptr},
    {"language", "ar", QT_TRANSLATE_NOOP("Catalogue", "Arabic"), nullptr},
    {"language", "ber", QT_TRANSLATE_NOOP("Catalogue", "Tamazight (Berber)"), nullptr},
    {"language", "tr", QT_TRANSLATE_NOOP("Catalogue", "Turkish"), nullptr},
    {"language", "ku", QT_TRANSLATE_NOOP("Catalogue", "Kurdish"), nullptr},
    {"language", "ak", QT_TRANSLATE_NOOP("Catalogue", "Twi"), nullptr},
    {"language", "en", QT_TRANSLATE_NOOP("Catalogue", "English"), nullptr},
    {"language", "fr", QT_TRANSLATE_NOOP("Catalogue", "French"), nullptr},
    {"language", "so", QT_TRANSLATE_NOOP("Catalogue", "Somali"), nullptr},
    {"language", "ti", QT_TRANSLATE_NOOP("Catalogue", "Tigrinya"), nullptr},
    {"language", "fa", QT_TRANSLATE_NOOP("Catalogue", "Persian"), nullptr},
    {"language", "prs", QT_TRANSLATE_NOOP("Catalogue", "Dari"), nullptr},
    {"language", "pap", QT_TRANSLATE_NOOP("Catalogue", "Papiamento"), nullptr},
    {"language", "srn", QT_TRANSLATE_NOOP("Catalogue", "Sranan Tongo"), nullptr},
    {"language", "pl", QT_TRANSLATE_NOOP("Catalogue", "Polish"), nullptr},
    {"language", "es", QT_TRANSLATE_NOOP("Catalogue", "Spanish"), nullptr},

    {"country", "MA", QT_TRANSLATE_NOOP("Catalogue", "Morocco"), nullptr},
    {"country", "TR", QT_TRANSLATE_NOOP("Catalogue", "Turkey"), nullptr},
    {"country", "GH", QT_TRANSLATE_NOOP("Catalogue", "Ghana"), nullptr},
    {"country", "SR", QT_TRANSLATE_NOOP("Catalogue", "Suriname"), nullptr},
    {"country", "CW", QT_TRANSLATE_NOOP("Catalogue", "Curaçao"), nullptr},
    {"country", "SY", QT_TRANSLATE_NOOP("Catalogue", "Syria"), nullptr},
    {"country", "ER", QT_TRANSLATE_NOOP("Catalogue", "Eritrea"), nullptr},
    {"country", "SO", QT_TRANSLATE_NOOP("Catalogue", "Somalia"), nullptr},
    {"country", "AF", QT_TRANSLATE_NOOP("Catalogue", "Afghanistan"), nullptr},
    {"country", "IQ", QT_TRANSLATE_NOOP("Catalogue", "Iraq"), nullptr},
    {"country", "IR", QT_TRANSLATE_NOOP("Catalogue", "Iran"), nullptr},
    {"country", "NG", QT_TRANSLATE_NOOP("Catalogue", "Nigeria"), nullptr},
    {"country", "EG", QT_TRANSLATE_NOOP("Catalogue", "Egypt"), nullptr},
    {"country", "PL", QT_TRANSLATE_NOOP("Catalogue", "Poland"), nullptr},
    {"country", "NL", QT_TRANSLATE_NOOP("Catalogue", "The Netherlands"), nullptr},
    {"country", "other", QT_TRANSLATE_NOOP("Catalogue", "Other country"), nullptr},

    {"role", "intermediary", QT_TRANSLATE_NOOP("Catalogue", "Intermediary"), nullptr},
    {"role", "contact_woman", QT_TRANSLATE_NOOP("Catalogue", "Contact woman"), nullptr},
    {"role", "coordinator", QT_TRANSLATE_NOOP("Catalogue", "Coordinator"), nullptr},
    {"role", "caseworker", QT_TRANSLATE_NOOP("Catalogue", "Caseworker"), nullptr},
    {"role", "manager", QT_TRANSLATE_NOOP("Catalogue", "Manager"), nullptr},

    {"share", "identity", QT_TRANSLATE_NOOP("Catalogue", "Name"), QT_TRANSLATE_NOOP("Catalogue", "The family's name.")},
    {"share", "contact", QT_TRANSLATE_NOOP("Catalogue", "Phone and address"), QT_TRANSLATE_NOOP("Catalogue", "How the service can reach the family.")},
    {"share", "area", QT_TRANSLATE_NOOP("Catalogue", "Neighbourhood"), QT_TRANSLATE_NOOP("Catalogue", "Postcode and neighbourhood.")},
    {"share", "background", QT_TRANSLATE_NOOP("Catalogue", "Origin and languages"), QT_TRANSLATE_NOOP("Catalogue", "Country of origin and the languages spoken.")},
    {"share", "children", QT_TRANSLATE_NOOP("Catalogue", "Children"), QT_TRANSLATE_NOOP("Catalogue", "Birth years of the children.")},

    {"purpose", "referral", QT_TRANSLATE_NOOP("Catalogue", "Referral to the service"), nullptr},
    {"purpose", "intake", QT_TRANSLATE_NOOP("Catalogue", "First meeting (intake)"), nullptr},
    {"purpose", "information_exchange", QT_TRANSLATE_NOOP("Catalogue", "Sharing information"), nullptr},
    {"purpose", "case_discussion", QT_TRANSLATE_NOOP("Catalogue", "Case discussion"), nullptr},

    {"consent_method", "verbal_witness", QT_TRANSLATE_NOOP("Catalogue", "Spoken, with a witness"), nullptr},
    {"consent_method", "signed", QT_TRANSLATE_NOOP("Catalogue", "Signed"), nullptr},
    {"consent_method", "interpreter", QT_TRANSLATE_NOOP("Catalogue", "Through an interpreter"), nullptr},

    {"urgency", "normal", QT_TRANSLATE_NOOP("Catalogue", "Normal"), nullptr},
    {"urgency", "soon", QT_TRANSLATE_NOOP("Catalogue", "Soon"), nullptr},
    {"urgency", "urgent", QT_TRANSLATE_NOOP("Catalogue", "Urgent"), nullptr},

    {"referral_state", "draft", QT_TRANSLATE_NOOP("Catalogue", "Draft"), nullptr},
    {"referral_state", "sent", QT_TRANSLATE_NOOP("Catalogue", "Sent"), nullptr},
    {"referral_state", "withdrawn", QT_TRANSLATE_NOOP("Catalogue", "Withdrawn"), nullptr},
    {"referral_status", "received", QT_TRANSLATE_NOOP("Catalogue", "Received"), nullptr},
    {"referral_status", "more_info", QT_TRANSLATE_NOOP("Catalogue", "More information asked"), nullptr},
    {"referral_status", "intake_planned", QT_TRANSLATE_NOOP("Catalogue", "Intake planned"), nullptr},
    {"referral_status", "in_care", QT_TRANSLATE_NOOP("Catalogue", "Receiving help"), nullptr},
    {"referral_status", "declined", QT_TRANSLATE_NOOP("Catalogue", "Not accepted"), nullptr},
    {"referral_status", "closed", QT_TRANSLATE_NOOP("Catalogue", "Closed"), nullptr},

    {"outcome", "helped", QT_TRANSLATE_NOOP("Catalogue", "Family was helped"), nullptr},
    {"outcome", "referred_on", QT_TRANSLATE_NOOP("Catalogue", "Referred elsewhere"), nullptr},
    {"outcome", "no_help_needed", QT_TRANSLATE_NOOP("Catalogue", "No help needed"), nullptr},
    {"outcome", "family_stopped", QT_TRANSLATE_NOOP("Catalogue", "Family stopped"), nullptr},
    {"outcome", "other", QT_TRANSLATE_NOOP("Catalogue", "Other outcome"), nullptr},

    {"activity", "home_visit", QT_TRANSLATE_NOOP("Catalogue", "Home visit"), nullptr},
    {"activity", "meeting", QT_TRANSLATE_NOOP("Catalogue", "Neighbourhood meeting"), nullptr},
    {"activity", "going_along", QT_TRANSLATE_NOOP("Catalogue", "Going along"), nullptr},
    {"activity", "interpreting", QT_TRANSLATE_NOOP("Catalogue", "Interpreting"), nullptr},
    {"activity", "phone_call", QT_TRANSLATE_NOOP("Catalogue", "Phone call"), nullptr},
    {"activity", "travel", QT_TRANSLATE_NOOP("Catalogue", "Travel"), nullptr},
    {"activity", "training", QT_TRANSLATE_NOOP("Catalogue", "Training"), nullptr},
    {"activity", "consultation", QT_TRANSLATE_NOOP("Catalogue", "Consultation"), nullptr},
    {"activity", "other", QT_TRANSLATE_NOOP("Catalogue", "Other activity"), nullptr},

    {"gender", "f", QT_TRANSLATE_NOOP("Catalogue", "Girl"), nullptr},
    {"gender", "m", QT_TRANSLATE_NOOP("Catalogue", "Boy"), nullptr},
    {"gender", "x", QT_TRANSLATE_NOOP("Catalogue", "Not said"), nullptr},

    {"org_kind", "migrant_org", QT_TRANSLATE_NOOP("Catalogue", "Migrant organisation"), nullptr},
    {"org_kind", "provider", QT_TRANSLATE_NOOP("Catalogue", "Youth-care provider"), nullptr},
    {"org_kind", "municipality", QT_TRANSLATE_NOOP("Catalogue", "Municipality"), nullptr},
};

const Entry *find(const QString &catalogue, const QString &code)
{
    static const QHash<QString, const Entry *> index = [] {
        QHash<QString, const Entry *> h;
        for (const Entry &e : kEntries)
            h.insert(QLatin1StringView(e.catalogue) + QLatin1Char('/') + QLatin1StringView(e.code), &e);
        return h;
    }();
    return index.value(catalogue + QLatin1Char('/') + code);
}
} // namespace

Labels::Labels(QObject *parent) : QObject(parent)
{
    g_instance = this;
}

Labels *Labels::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

Labels *Labels::instance()
{
    return g_instance;
}

void Labels::retranslated()
{
    ++m_revision;
    emit changed();
}

QVariantMap Labels::names() const
{
    QVariantMap all;
    for (const QLatin1StringView name : Catalogue::names()) {
        QVariantMap one;
        for (const CatalogueItem &i : Catalogue::items(QString(name)))
            one.insert(QString(i.code), label(QString(name), QString(i.code)));
        all.insert(QString(name), one);
    }
    return all;
}

QVariantMap Labels::lists() const
{
    QVariantMap all;
    for (const QLatin1StringView name : Catalogue::names())
        all.insert(QString(name), items(QString(name)));
    return all;
}

QString Labels::label(const QString &catalogue, const QString &code)
{
    const Entry *e = find(catalogue, code);
    return e ? QCoreApplication::translate("Catalogue", e->label) : code;
}

QString Labels::explanation(const QString &catalogue, const QString &code)
{
    const Entry *e = find(catalogue, code);
    return e && e->explanation ? QCoreApplication::translate("Catalogue", e->explanation) : QString();
}

QVariantList Labels::items(const QString &catalogue)
{
    QVariantList out;
    for (const CatalogueItem &i : Catalogue::items(catalogue)) {
        const QString code = i.code;
        out.append(QVariantMap{{QStringLiteral("code"), code},
                               {QStringLiteral("label"), label(catalogue, code)},
                               {QStringLiteral("group"), QString(i.group)},
                               {QStringLiteral("explanation"), explanation(catalogue, code)}});
    }
    return out;
}

QString Labels::joined(const QString &catalogue, const QStringList &codes)
{
    QStringList out;
    for (const QString &c : codes)
        out << label(catalogue, c);
    return QLocale().createSeparatedList(out);
}

} // namespace brug
