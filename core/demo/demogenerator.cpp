#include "demogenerator.h"

#include "catalogue.h"
#include "demotables_p.h"
#include "ids.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QTimeZone>
#include <algorithm>
#include <cstring>
#include <map>

namespace brug {

namespace {
using namespace demo;

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

QJsonArray codes(const std::vector<const char *> &list)
{
    QJsonArray out;
    for (const char *c : list)
        out.append(QString::fromLatin1(c));
    return out;
}

QJsonArray array(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

/// splitmix64: small, fast and the same on every platform and standard library.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    /// lo..hi inclusive
    int range(int lo, int hi) { return hi <= lo ? lo : lo + int(next() % quint64(hi - lo + 1)); }
    bool chance(int percent) { return range(0, 99) < percent; }
    template<class T>
    const T &pick(const std::vector<T> &v) { return v[size_t(range(0, int(v.size()) - 1))]; }
    template<class T>
    void shuffle(std::vector<T> &v)
    {
        for (size_t i = v.size(); i > 1; --i)
            std::swap(v[i - 1], v[size_t(range(0, int(i) - 1))]);
    }

private:
    quint64 m_state;
};

// The brochure's respondents rate 9, 3, 7, 1, 10 and 13 as the largest risks (table 3).
const std::vector<std::pair<const char *, int>> kRiskWeights = {
    {"rf09", 16}, {"rf03", 14}, {"rf07", 13}, {"rf01", 12}, {"rf10", 11}, {"rf13", 9},
    {"rf02", 4},  {"rf04", 4},  {"rf17", 3},  {"rf16", 3},  {"rf08", 3},  {"rf14", 2},
    {"rf06", 2},  {"rf12", 2},  {"rf11", 1},  {"rf05", 1},  {"rf15", 1},
};

const char *const kMonths[] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                               "juli",    "augustus", "september", "oktober", "november", "december"};
const char *const kDays[] = {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"};

QString dutchDate(const QDate &d)
{
    return QStringLiteral("%1 %2 %3")
        .arg(QLatin1StringView(kDays[d.dayOfWeek() - 1]))
        .arg(d.day())
        .arg(QLatin1StringView(kMonths[d.month() - 1]));
}

QDate weekdayOnOrAfter(QDate d)
{
    while (d.dayOfWeek() > 5)
        d = d.addDays(1);
    return d;
}

QDate weekdayOnOrBefore(QDate d)
{
    while (d.dayOfWeek() > 5)
        d = d.addDays(-1);
    return d;
}

struct Family
{
    const FamilySpec *spec = nullptr;
    QString id;
    QString author;               ///< user key of the intermediary
    QStringList profile;          ///< risk factors seen in this family
    std::vector<int> visitDays;   ///< days ago, oldest first
    QDate lastFollowUp;           ///< of the last visit; invalid: none
    bool active = true;
};

struct Referral
{
    QString id, familyKey, author;
};

class Builder
{
public:
    Builder(const QDate &today, quint32 seed)
        : m_today(today), m_rng(quint64(seed) * 0x2545F4914F6CDD1Dull + 0x5851F42D4C957F2Dull)
    {
        m_tz = QTimeZone(QByteArrayLiteral("Europe/Amsterdam"));
        if (!m_tz.isValid())
            m_tz = QTimeZone(3600);
    }

    DemoContent build()
    {
        organisationsAndUsers();
        directory();
        planFamilies();
        writeFamilies();
        writeMeetings();
        referrals();
        timeEntries();
        std::stable_sort(m_out.writes.begin(), m_out.writes.end(),
                         [](const DemoWrite &a, const DemoWrite &b) { return a.at < b.at; });
        return std::move(m_out);
    }

private:
    // ---- helpers ---------------------------------------------------------------------------
    QDate ago(int days) const { return m_today.addDays(-days); }
    qint64 ms(const QDate &d, int h, int m) const
    {
        return QDateTime(d, QTime(h, m), m_tz).toMSecsSinceEpoch();
    }
    static QString named(const QString &name) { return Ids::derived(QStringLiteral("brug-demo/") + name); }
    QString nextId(const char *kind)
    {
        const int n = ++m_counters[kind];
        return named(QStringLiteral("%1/%2").arg(QLatin1StringView(kind)).arg(n));
    }
    QString userId(const char *key) const { return named(QStringLiteral("user/") + QLatin1StringView(key)); }
    QString orgId(const char *key) const { return named(QStringLiteral("org/") + QLatin1StringView(key)); }

    void write(const char *entity, const QString &id, const char *orgKey, const QString &author, qint64 at,
               const QJsonObject &fields)
    {
        m_out.writes.push_back({QString::fromLatin1(entity), id, QString::fromLatin1(orgKey), author, at, fields});
    }

    Family &family(const char *key)
    {
        for (Family &f : m_families)
            if (qstrcmp(f.spec->key, key) == 0)
                return f;
        qFatal("brugdemo: no family %s", key);
    }

    int age(const ChildSpec &c) const { return m_today.year() - c.birthYear; }
    QString childWords(const ChildSpec &c) const
    {
        return QStringLiteral("%1 van %2").arg(qstrcmp(c.gender, "f") == 0 ? u8("dochter") : u8("zoon")).arg(age(c));
    }

    QString fill(QString text, const FamilySpec &spec, const char *language) const
    {
        text.replace(QStringLiteral("{oudste}"), childWords(spec.children.front()));
        text.replace(QStringLiteral("{jongste}"), childWords(spec.children.back()));
        text.replace(QStringLiteral("{taal}"), u8(languageName(language)));
        return text;
    }

    /// A phrase that fits this household and language and was not yet written for this family,
    /// or an empty string.
    QString phrase(const std::vector<Phrase> &list, const FamilySpec &spec, const char *language,
                   bool fatherPresent = false, bool childInterpreted = false)
    {
        std::vector<const Phrase *> fit;
        for (const Phrase &p : list) {
            if ((p.father == Phrase::Household && !spec.father) || (p.father == Phrase::AtVisit && !fatherPresent) ||
                m_usedPhrases.contains(&p))
                continue;
            // "The conversation was in Turkish": not when Dutch, nor when a child interpreted.
            if ((qstrcmp(language, "nl") == 0 || childInterpreted) && std::strstr(p.text, "{taal}"))
                continue;
            fit.push_back(&p);
        }
        if (fit.empty())
            return {};
        const Phrase *chosen = m_rng.pick(fit);
        m_usedPhrases.insert(chosen);
        return fill(u8(chosen->text), spec, language);
    }

    const char *weightedRisk()
    {
        int total = 0;
        for (const auto &w : kRiskWeights)
            total += w.second;
        int r = m_rng.range(0, total - 1);
        for (const auto &w : kRiskWeights) {
            if (r < w.second)
                return w.first;
            r -= w.second;
        }
        return kRiskWeights.front().first;
    }

    // ---- organisations, users, directory ---------------------------------------------------
    void organisationsAndUsers()
    {
        m_out.organisations.push_back(
            {QStringLiteral("amal"), orgId("amal"), QStringLiteral("Stichting Al Amal"), QStringLiteral("migrant_org"),
             {{QStringLiteral("city"), QStringLiteral("Utrecht")},
              {QStringLiteral("address"), QStringLiteral("Kanaalstraat 12, 3531 CH Utrecht")},
              {QStringLiteral("postcode"), QStringLiteral("3531 CH")},
              {QStringLiteral("phone"), QStringLiteral("030 000 45 67")},
              {QStringLiteral("email"), QStringLiteral("info@alamal.example.nl")},
              {QStringLiteral("website"), QStringLiteral("https://alamal.example.nl")},
              {QStringLiteral("opening_hours"),
               u8("Inloopspreekuur: dinsdag en donderdag 10.00–12.00 uur\nHuisbezoeken op afspraak, ook 's avonds")},
              {QStringLiteral("description"),
               u8("Vertrouwenspersonen en contactvrouwen uit de eigen gemeenschap. Wij gaan op huisbezoek, geven "
                  "voorlichting in de wijk, gaan mee naar afspraken en tolken. Samen met het CJG zorgen we dat "
                  "gezinnen op tijd de hulp vinden die bij hen past.")},
              {QStringLiteral("languages"), codes({"ar", "ber", "tr", "ak", "en", "nl"})}}});
        m_out.organisations.push_back(
            {QStringLiteral("cjg"), orgId("cjg"), QStringLiteral("Centrum Jeugd en Gezin Utrecht West"),
             QStringLiteral("provider"),
             {{QStringLiteral("city"), QStringLiteral("Utrecht")},
              {QStringLiteral("address"), QStringLiteral("Columbuslaan 540, 3526 EP Utrecht")},
              {QStringLiteral("postcode"), QStringLiteral("3526 EP")},
              {QStringLiteral("phone"), QStringLiteral("030 000 33 00")},
              {QStringLiteral("email"), QStringLiteral("info@cjg.example.nl")},
              {QStringLiteral("website"), QStringLiteral("https://cjg.example.nl")},
              {QStringLiteral("opening_hours"),
               u8("maandag t/m vrijdag 8.30–17.00 uur\nwoensdag avondspreekuur tot 20.00 uur\n"
                  "inloop zonder afspraak: dinsdag 9.00–11.00 uur")},
              {QStringLiteral("description"),
               u8("Voor alle vragen over opgroeien en opvoeden, voor ouders, kinderen en jongeren tot 23 jaar. "
                  "Gratis, en u kunt zonder verwijzing langskomen. Een tolk of iemand die u vertrouwt mag mee.")},
              {QStringLiteral("languages"), codes({"nl", "ar", "tr", "en"})}}});
        m_out.organisations.push_back(
            {QStringLiteral("vechtoever"), orgId("vechtoever"), QStringLiteral("Jeugdhulp Vechtoever"),
             QStringLiteral("provider"),
             {{QStringLiteral("city"), QStringLiteral("Utrecht")},
              {QStringLiteral("address"), QStringLiteral("Vechtoeverlaan 14, 3563 BK Utrecht")},
              {QStringLiteral("postcode"), QStringLiteral("3563 BK")},
              {QStringLiteral("phone"), QStringLiteral("030 000 41 20")},
              {QStringLiteral("email"), QStringLiteral("aanmelden@vechtoever.example.nl")},
              {QStringLiteral("website"), QStringLiteral("https://vechtoever.example.nl")},
              {QStringLiteral("opening_hours"), u8("maandag t/m donderdag 9.00–17.00 uur")},
              {QStringLiteral("description"),
               u8("Begeleiding thuis voor gezinnen met meer of langer durende zorgen, en coaching voor jongeren. "
                  "Een deel van onze begeleiders spreekt Arabisch, Tamazight of Turks.")},
              {QStringLiteral("languages"), codes({"nl", "ar", "ber", "tr", "en"})}}});

        auto user = [&](const char *key, const char *org, const char *name, const char *role,
                        std::initializer_list<const char *> langs) {
            QStringList l;
            for (const char *c : langs)
                l << QString::fromLatin1(c);
            m_out.users.push_back({QString::fromLatin1(key), userId(key), QString::fromLatin1(org), u8(name),
                                   QString::fromLatin1(role), l});
        };
        user("amal", "amal", "Amal Haddou", "intermediary", {"ar", "nl"});
        user("kwame", "amal", "Kwame Mensah", "intermediary", {"ak", "en", "nl"});
        user("ayse", "amal", "Ayşe Yılmaz", "contact_woman", {"tr", "nl"});
        user("fatima", "amal", "Fatima El Idrissi", "coordinator", {"ar", "ber", "nl"});
        user("sanne", "cjg", "Sanne de Vries", "caseworker", {"nl", "en"});
        user("joost", "cjg", "Joost Bakker", "manager", {"nl"});
    }

    void directory()
    {
        const QString cjg = orgId("cjg");
        const QString vo = orgId("vechtoever");
        const qint64 start = ms(ago(150), 10, 0);
        const QString joost = QStringLiteral("joost");
        auto service = [&](const char *key, const char *org, const QString &provider, const QString &author,
                           qint64 at, QJsonObject fields) {
            fields.insert(QStringLiteral("provider_id"), provider);
            write("service", named(QStringLiteral("service/") + QLatin1StringView(key)), org, author, at, fields);
        };
        service("parenting", "cjg", cjg, joost, start,
                {{QStringLiteral("name"), u8("Opvoedondersteuning")},
                 {QStringLiteral("description"),
                  u8("Korte hulp bij vragen over opvoeden: slapen, eten, grenzen stellen, ruzie in huis, de "
                     "puberteit. Thuis of op het CJG, meestal drie tot vijf gesprekken.")},
                 {QStringLiteral("age_from"), 0}, {QStringLiteral("age_to"), 18},
                 {QStringLiteral("phone"), QStringLiteral("030 000 33 10")},
                 {QStringLiteral("address"), QStringLiteral("Columbuslaan 540, 3526 EP Utrecht")},
                 {QStringLiteral("intake_info"),
                  u8("Ouders melden zich zelf aan, of via een intermediair met toestemming van de ouders. Binnen "
                     "twee weken een eerste gesprek; een tolk of de vertrouwenspersoon mag mee.")},
                 {QStringLiteral("languages"), codes({"nl", "ar", "tr"})}});
        service("health", "cjg", cjg, joost, start + 60000,
                {{QStringLiteral("name"), u8("Jeugdgezondheidszorg")},
                 {QStringLiteral("description"),
                  u8("Groei, gezondheid en ontwikkeling van kinderen van 0 tot 18 jaar: consultatiebureau, "
                     "vaccinaties, vragen over taal, slapen en gedrag.")},
                 {QStringLiteral("age_from"), 0}, {QStringLiteral("age_to"), 18},
                 {QStringLiteral("phone"), QStringLiteral("030 000 33 20")},
                 {QStringLiteral("address"), QStringLiteral("Columbuslaan 540, 3526 EP Utrecht")},
                 {QStringLiteral("intake_info"),
                  u8("Via het consultatiebureau of de jeugdarts op school. Een afspraak maken kan telefonisch; "
                     "een telefoontolk kan erbij.")},
                 {QStringLiteral("languages"), codes({"nl", "ar", "ber", "tr", "en"})}});
        service("family", "cjg", cjg, joost, start + 120000,
                {{QStringLiteral("name"), u8("Gezinsbegeleiding buurtteam")},
                 {QStringLiteral("description"),
                  u8("Als er meer aan de hand is: begeleiding voor het hele gezin, bij u thuis, een paar "
                     "maanden lang. Samen met school, huisarts of de vertrouwenspersoon.")},
                 {QStringLiteral("age_from"), 0}, {QStringLiteral("age_to"), 18},
                 {QStringLiteral("phone"), QStringLiteral("030 000 33 30")},
                 {QStringLiteral("intake_info"),
                  u8("Eerst een kennismakingsgesprek met de ouders, thuis of op het CJG; daarna maken we samen een "
                     "plan. Wachttijd nu ongeveer drie weken.")},
                 {QStringLiteral("languages"), codes({"nl", "en"})}});
        service("youth", "cjg", cjg, joost, start + 180000,
                {{QStringLiteral("name"), u8("Jongerenspreekuur")},
                 {QStringLiteral("description"),
                  u8("Voor jongeren van 12 tot 23 jaar: praten over school, vrienden, thuis en hoe je je voelt. "
                     "Anoniem mag.")},
                 {QStringLiteral("age_from"), 12}, {QStringLiteral("age_to"), 23},
                 {QStringLiteral("phone"), QStringLiteral("030 000 33 40")},
                 {QStringLiteral("address"), QStringLiteral("Columbuslaan 540, 3526 EP Utrecht")},
                 {QStringLiteral("intake_info"),
                  u8("Inloop op woensdagmiddag 14.00–17.00 uur, of een afspraak maken via telefoon of app.")},
                 {QStringLiteral("languages"), codes({"nl", "en", "ar"})}});
        // The waiting time changed: a later write of one field.
        service("family", "cjg", cjg, QStringLiteral("sanne"), ms(ago(14), 11, 5),
                {{QStringLiteral("intake_info"),
                  u8("Eerst een kennismakingsgesprek met de ouders, thuis of op het CJG; daarna maken we samen een "
                     "plan. Wachttijd nu ongeveer vier weken; bij zorgen die niet kunnen wachten eerder.")}});

        const qint64 voStart = ms(ago(140), 14, 0);
        service("vechtoever-home", "vechtoever", vo, QString(), voStart,
                {{QStringLiteral("name"), u8("Gezinsbegeleiding thuis")},
                 {QStringLiteral("description"),
                  u8("Langere begeleiding bij u thuis, voor het hele gezin, door een vaste begeleider. Ook voor "
                     "gezinnen waar al veel hulp is geweest.")},
                 {QStringLiteral("age_from"), 0}, {QStringLiteral("age_to"), 18},
                 {QStringLiteral("phone"), QStringLiteral("030 000 41 21")},
                 {QStringLiteral("intake_info"),
                  u8("Aanmelden via het CJG, de huisarts of een intermediair, met toestemming van de ouders. "
                     "Wachttijd ongeveer vier weken.")},
                 {QStringLiteral("languages"), codes({"nl", "ar", "ber", "tr"})}});
        service("vechtoever-youth", "vechtoever", vo, QString(), voStart + 60000,
                {{QStringLiteral("name"), u8("Jongerencoaching")},
                 {QStringLiteral("description"),
                  u8("Een coach voor jongeren die vastlopen op school, thuis of met werk.")},
                 {QStringLiteral("age_from"), 14}, {QStringLiteral("age_to"), 23},
                 {QStringLiteral("phone"), QStringLiteral("030 000 41 22")},
                 {QStringLiteral("intake_info"), u8("De jongere meldt zich zelf aan, of samen met ouders.")},
                 {QStringLiteral("languages"), codes({"nl", "en", "ar"})}});

        auto contact = [&](const char *key, const char *org, const QString &provider, const QString &author,
                           qint64 at, QJsonObject fields) {
            fields.insert(QStringLiteral("provider_id"), provider);
            write("contact_person", named(QStringLiteral("contact/") + QLatin1StringView(key)), org, author, at,
                  fields);
        };
        contact("sanne", "cjg", cjg, joost, start + 240000,
                {{QStringLiteral("name"), QStringLiteral("Sanne de Vries")},
                 {QStringLiteral("function"), u8("Vast aanspreekpunt voor Stichting Al Amal")},
                 {QStringLiteral("phone"), QStringLiteral("030 000 33 12")},
                 {QStringLiteral("email"), QStringLiteral("s.devries@cjg.example.nl")},
                 {QStringLiteral("languages"), codes({"nl", "en"})},
                 {QStringLiteral("availability"), u8("maandag, dinsdag en donderdag 8.30–17.00 uur")}});
        contact("nadia", "cjg", cjg, joost, start + 300000,
                {{QStringLiteral("name"), QStringLiteral("Nadia Bouzid")},
                 {QStringLiteral("function"), u8("Jeugdverpleegkundige, aanspreekpunt voor ouders van jonge kinderen")},
                 {QStringLiteral("phone"), QStringLiteral("030 000 33 14")},
                 {QStringLiteral("email"), QStringLiteral("n.bouzid@cjg.example.nl")},
                 {QStringLiteral("languages"), codes({"nl", "ar", "ber"})},
                 {QStringLiteral("availability"), u8("maandag, woensdag en vrijdag 9.00–16.30 uur; woensdag tot 20.00 uur")}});
        contact("vechtoever", "vechtoever", vo, QString(), voStart + 120000,
                {{QStringLiteral("name"), QStringLiteral("Mirjam Kok")},
                 {QStringLiteral("function"), u8("Teamleider aanmelding en intake")},
                 {QStringLiteral("phone"), QStringLiteral("030 000 41 25")},
                 {QStringLiteral("email"), QStringLiteral("m.kok@vechtoever.example.nl")},
                 {QStringLiteral("languages"), codes({"nl", "en"})},
                 {QStringLiteral("availability"), u8("maandag t/m donderdag 9.00–17.00 uur")}});
    }

    // ---- families and visits ---------------------------------------------------------------
    /// Days on which a consent was given or a referral drafted: a home visit took place then.
    static const std::map<std::string, std::vector<int>> &requiredVisitDays()
    {
        static const std::map<std::string, std::vector<int>> days = {
            {"dogan", {4}},    {"azzouzi", {35, 6}}, {"warsame", {2}},  {"owusu", {5}},
            {"celik", {3}},    {"khalil", {9}},      {"elamrani", {16}}, {"yildiz", {25}},
            {"boateng", {20}}, {"ziani", {60}},      {"agyeman", {110}}, {"ozturk", {95}},
            {"haddad", {70}},
        };
        return days;
    }

    void planFamilies()
    {
        enum Slot { Today, Week, Overdue, None, Later };
        auto makeSlots = [&](int today, int week, int overdue, int none, int total) {
            std::vector<Slot> s;
            s.insert(s.end(), size_t(today), Today);
            s.insert(s.end(), size_t(week), Week);
            s.insert(s.end(), size_t(overdue), Overdue);
            s.insert(s.end(), size_t(none), None);
            while (int(s.size()) < total)
                s.push_back(Later);
            m_rng.shuffle(s);
            return s;
        };
        // The risk factors of families without a fixed profile are dealt from a deck that holds
        // each factor as often as its weight: the brochure's order shows in every seed.
        std::vector<const char *> deck;
        for (const auto &w : kRiskWeights)
            deck.insert(deck.end(), size_t(w.second), w.first);
        m_rng.shuffle(deck);
        int amalCount = 0, kwameCount = 0;
        for (const FamilySpec &spec : families())
            (qstrcmp(spec.intermediary, "amal") == 0 ? amalCount : kwameCount) += spec.key != std::string("pinas");
        std::vector<Slot> amalSlots = makeSlots(3, 5, 1, 2, amalCount);
        std::vector<Slot> kwameSlots = makeSlots(2, 3, 1, 0, kwameCount);

        for (const FamilySpec &spec : families()) {
            Family f;
            f.spec = &spec;
            f.id = nextId("family");
            f.author = QString::fromLatin1(spec.intermediary);
            const bool inactive = spec.key == std::string("pinas");
            f.active = !inactive;
            Slot slot = None;
            if (!inactive) {
                std::vector<Slot> &list = f.author == u"amal" ? amalSlots : kwameSlots;
                slot = list.back();
                list.pop_back();
            }

            // The risk factors the intermediary sees in this family.
            for (const char *rf : spec.profile)
                f.profile << QString::fromLatin1(rf);
            if (f.profile.isEmpty()) {
                const int n = m_rng.range(2, 4);
                for (auto it = deck.begin(); f.profile.size() < n;) {
                    if (it == deck.end()) { // the deck ran out: a fresh one
                        for (const auto &w : kRiskWeights)
                            deck.insert(deck.end(), size_t(w.second), w.first);
                        m_rng.shuffle(deck);
                        it = deck.begin();
                        continue;
                    }
                    const QString rf = QString::fromLatin1(*it);
                    if (f.profile.contains(rf)) {
                        ++it;
                        continue;
                    }
                    f.profile << rf;
                    it = deck.erase(it);
                }
                f.profile.sort();
            }

            std::vector<int> required;
            const auto req = requiredVisitDays().find(spec.key);
            if (req != requiredVisitDays().end())
                required = req->second;

            int last = 0;
            switch (slot) {
            case Today: last = m_rng.range(7, 16); break;
            case Week: last = m_rng.range(4, 14); break;
            case Overdue: last = m_rng.range(12, 20); break;
            case None: last = inactive ? m_rng.range(18, 26) : m_rng.range(5, 40); break;
            case Later: last = m_rng.range(1, 12); break;
            }
            int first = 0;
            if (!required.empty()) {
                last = std::min(last, *std::min_element(required.begin(), required.end()));
                first = std::min(125, *std::max_element(required.begin(), required.end()) + m_rng.range(10, 28));
            } else {
                first = m_rng.range(std::min(last + 14, 110), 118);
            }
            if (slot == Overdue && last <= 4)
                slot = Week;
            const auto isRequired = [&](int d) { return std::find(required.begin(), required.end(), d) != required.end(); };
            if (ago(last).dayOfWeek() == 7 && !isRequired(last) && last > 1)
                --last; // the Monday after
            if (ago(first).dayOfWeek() == 7 && !isRequired(first))
                ++first; // the Saturday before

            int n = required.empty() ? m_rng.range(2, 6) : m_rng.range(3, 6);
            n = std::min(n, 1 + (first - last) / 5);
            std::vector<int> days{first, last};
            for (int d : required)
                if (std::find(days.begin(), days.end(), d) == days.end())
                    days.push_back(d);
            for (int attempt = 0; int(days.size()) < n && attempt < 200; ++attempt) {
                const int d = m_rng.range(last + 1, first - 1);
                if (ago(d).dayOfWeek() == 7)
                    continue;
                bool farEnough = true;
                for (int e : days)
                    farEnough = farEnough && std::abs(e - d) >= 4;
                if (farEnough)
                    days.push_back(d);
            }
            std::sort(days.begin(), days.end(), std::greater<int>());
            f.visitDays = days;

            switch (slot) {
            case Today: f.lastFollowUp = m_today; break;
            case Week: f.lastFollowUp = m_today.addDays(m_rng.range(1, 6)); break;
            case Overdue: f.lastFollowUp = m_today.addDays(-m_rng.range(1, 3)); break;
            case None: break;
            case Later: f.lastFollowUp = m_today.addDays(m_rng.range(7, 28)); break;
            }
            // Appointments are not made for a Sunday (a follow-up due today stays today).
            if (slot != Today && f.lastFollowUp.isValid() && f.lastFollowUp.dayOfWeek() == 7)
                f.lastFollowUp = f.lastFollowUp.addDays(
                    slot == Overdue || (slot == Week && f.lastFollowUp > m_today.addDays(5)) ? -1 : 1);
            m_families.push_back(f);
        }
    }

    QString familyCode()
    {
        static const char alphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
        for (;;) {
            QString code = QStringLiteral("F-");
            for (int i = 0; i < 5; ++i)
                code += QLatin1Char(alphabet[m_rng.range(0, int(sizeof alphabet) - 2)]);
            if (!m_codes.contains(code)) {
                m_codes.insert(code);
                return code;
            }
        }
    }

    QString phoneNumber()
    {
        // 06 00 is not handed out: obviously fictional, but in the Dutch mobile format.
        return QStringLiteral("06 00 %1 %2 %3")
            .arg(m_rng.range(10, 99))
            .arg(m_rng.range(10, 99), 2, 10, QLatin1Char('0'))
            .arg(m_rng.range(0, 99), 2, 10, QLatin1Char('0'));
    }

    const NeighbourhoodSpec &neighbourhood(const char *name) const
    {
        for (const NeighbourhoodSpec &n : neighbourhoods())
            if (qstrcmp(n.name, name) == 0)
                return n;
        return neighbourhoods().front();
    }

    QString postcode(const NeighbourhoodSpec &n)
    {
        static const char first[] = "ABCEGHJKLMNPRTVWXZ";
        static const char second[] = "ABCDEGHJKLMNPRSTVWXZ";
        return QStringLiteral("%1 %2%3")
            .arg(QLatin1StringView(n.postcode))
            .arg(QLatin1Char(first[m_rng.range(0, int(sizeof first) - 2)]))
            .arg(QLatin1Char(second[m_rng.range(0, int(sizeof second) - 2)]));
    }

    /// The language of a visit and who interpreted, from what the family and intermediary speak.
    std::pair<const char *, const char *> visitLanguage(const Family &f)
    {
        const FamilySpec &s = *f.spec;
        auto speaks = [&](const char *l) {
            return std::any_of(s.languages.begin(), s.languages.end(), [&](const char *x) { return qstrcmp(x, l) == 0; });
        };
        const std::string pref = s.preferred;
        if (f.author == u"amal") {
            if (pref == "ar" || pref == "nl")
                return {s.preferred, "none"};
            if (pref == "ber" || pref == "ku")
                return speaks("ar") && m_rng.chance(70) ? std::pair<const char *, const char *>{"ar", "none"}
                                                         : std::pair<const char *, const char *>{s.preferred, "family_member"};
            if (pref == "tr")
                return m_rng.chance(60) ? std::pair<const char *, const char *>{"tr", "family_member"}
                                        : std::pair<const char *, const char *>{"nl", "none"};
            if (pref == "so")
                return {"so", "phone"};
            if (pref == "ti")
                return speaks("ar") && m_rng.chance(50) ? std::pair<const char *, const char *>{"ar", "none"}
                                                         : std::pair<const char *, const char *>{"ti", "professional"};
            return {"nl", "none"};
        }
        // Kwame: Twi, English, Dutch
        if (pref == "ak" || pref == "en" || pref == "nl")
            return {s.preferred, "none"};
        if (speaks("en") && m_rng.chance(60))
            return {"en", "none"};
        return {s.preferred, pref == "so" ? "phone" : "professional"};
    }

    void writeFamilies()
    {
        for (Family &f : m_families) {
            const FamilySpec &s = *f.spec;
            const NeighbourhoodSpec &n = neighbourhood(s.neighbourhood);
            QJsonArray children;
            for (const ChildSpec &c : s.children)
                children.append(QJsonObject{{QStringLiteral("birth_year"), c.birthYear},
                                            {QStringLiteral("gender"), QString::fromLatin1(c.gender)}});
            QString address = QStringLiteral("%1 %2").arg(u8(m_rng.pick(n.streets))).arg(m_rng.range(2, 240));
            if (m_rng.chance(30))
                address += QStringLiteral("-%1").arg(m_rng.range(1, 4));
            const QDate firstVisit = ago(f.visitDays.front());
            write("family", f.id, "amal", f.author, ms(firstVisit, m_rng.range(9, 11), m_rng.range(0, 59)),
                  {{QStringLiteral("code"), familyCode()},
                   {QStringLiteral("name"), u8(s.name)},
                   {QStringLiteral("phone"), phoneNumber()},
                   {QStringLiteral("address"), address},
                   {QStringLiteral("postcode"), postcode(n)},
                   {QStringLiteral("neighbourhood"), u8(s.neighbourhood)},
                   {QStringLiteral("country_of_origin"), QString::fromLatin1(s.country)},
                   {QStringLiteral("languages"), codes(s.languages)},
                   {QStringLiteral("preferred_language"), QString::fromLatin1(s.preferred)},
                   {QStringLiteral("children"), children},
                   {QStringLiteral("intermediary_id"), userId(s.intermediary)},
                   {QStringLiteral("active"), true}});
            writeVisits(f);
            if (s.key == std::string("tahiri") && f.visitDays.size() > 1) {
                // A new phone number, noted at a later visit.
                write("family", f.id, "amal", f.author, ms(ago(f.visitDays[1]), 22, 10),
                      {{QStringLiteral("phone"), phoneNumber()}});
            }
            if (!f.active) {
                write("family", f.id, "amal", f.author, ms(ago(f.visitDays.back() - 1), 20, 0),
                      {{QStringLiteral("active"), false}});
            }
        }
    }

    QStringList visitTopics(const Family &f, bool consentDay, bool first)
    {
        const FamilySpec &s = *f.spec;
        std::vector<const char *> pool = {"parenting", "parenting", "youth_services", "health"};
        bool small = false, schoolAge = false, teen = false;
        for (const ChildSpec &c : s.children) {
            small = small || age(c) <= 4;
            schoolAge = schoolAge || (age(c) >= 4 && age(c) <= 17);
            teen = teen || age(c) >= 12;
        }
        if (small)
            pool.insert(pool.end(), {"development", "development"});
        if (schoolAge)
            pool.insert(pool.end(), {"school", "school"});
        if (teen)
            pool.insert(pool.end(), {"adolescence", "adolescence", "media_use"});
        if (qstrcmp(s.preferred, "nl") != 0)
            pool.push_back("language");
        if (!s.father)
            pool.insert(pool.end(), {"loneliness", "money"});
        if (f.profile.contains(u"rf10"))
            pool.push_back("peace_at_home");
        pool.insert(pool.end(), {"money", "housing", "family_changes"});

        QStringList topics;
        if (consentDay || (first && m_rng.chance(50)))
            topics << QStringLiteral("youth_services");
        const int n = m_rng.range(1, 3);
        for (int attempt = 0; topics.size() < n && attempt < 20; ++attempt) {
            const QString t = QString::fromLatin1(m_rng.pick(pool));
            if (!topics.contains(t))
                topics << t;
        }
        return topics;
    }

    QStringList visitRisks(const Family &f, bool first)
    {
        QStringList risks;
        const int n = std::min<int>(f.profile.size(), first ? m_rng.range(2, 3) : m_rng.range(1, 2));
        for (int attempt = 0; risks.size() < n && attempt < 30; ++attempt) {
            const QString rf = f.profile[m_rng.range(0, int(f.profile.size()) - 1)];
            if (!risks.contains(rf))
                risks << rf;
        }
        if (m_rng.chance(15)) {
            const QString extra = QString::fromLatin1(weightedRisk());
            if (!risks.contains(extra))
                risks << extra;
        }
        risks.sort();
        return risks;
    }

    QStringList visitActions(const QStringList &risks, bool consentDay, bool first)
    {
        QStringList actions;
        if (first && m_rng.chance(60))
            actions << QStringLiteral("information");
        for (const QString &rf : risks) {
            std::vector<const CatalogueItem *> fit;
            for (const CatalogueItem &a : Catalogue::items(u"action")) {
                if (a.group == QLatin1StringView("provider"))
                    continue;
                if (std::any_of(a.related.begin(), a.related.end(), [&](QLatin1StringView r) { return r == rf; }))
                    fit.push_back(&a);
            }
            if (fit.empty())
                continue;
            const QString a = QString(m_rng.pick(fit)->code);
            if (!actions.contains(a))
                actions << a;
        }
        while (actions.size() > 3)
            actions.removeLast();
        if (consentDay && !actions.contains(u"referral"))
            actions << QStringLiteral("referral");
        return actions;
    }

    void writeVisits(Family &f)
    {
        const FamilySpec &s = *f.spec;
        std::vector<int> required;
        const auto req = requiredVisitDays().find(s.key);
        if (req != requiredVisitDays().end())
            required = req->second;

        m_usedPhrases.clear();
        for (size_t k = 0; k < f.visitDays.size(); ++k) {
            const int daysAgo = f.visitDays[k];
            const QDate date = ago(daysAgo);
            const bool first = k == 0;
            const bool last = k + 1 == f.visitDays.size();
            const bool consentDay = std::find(required.begin(), required.end(), daysAgo) != required.end();
            const auto [language, interpreter] = visitLanguage(f);

            QStringList present{QStringLiteral("mother")};
            const bool father = s.father && m_rng.chance(first ? 60 : 35);
            if (father)
                present << QStringLiteral("father");
            if (qstrcmp(interpreter, "family_member") == 0 || m_rng.chance(25))
                present << QStringLiteral("child");
            if (m_rng.chance(6))
                present << QStringLiteral("grandparent");
            if (qstrcmp(interpreter, "professional") == 0)
                present << QStringLiteral("interpreter");

            int duration = first ? 15 * m_rng.range(4, 6) : 15 * m_rng.range(2, 6);
            if (consentDay)
                duration = std::max(duration, 75);
            const QStringList topics = visitTopics(f, consentDay, first);
            const QStringList risks = visitRisks(f, first);
            const QStringList actions = visitActions(risks, consentDay, first);

            QDate followUp;
            if (last)
                followUp = f.lastFollowUp;
            else if (m_rng.chance(85) && f.visitDays[k] - f.visitDays[k + 1] <= 28)
                followUp = ago(f.visitDays[k + 1]);

            // The note, in the intermediary's words.
            QStringList note;
            const bool childInterpreted = qstrcmp(interpreter, "family_member") == 0;
            note << phrase(first ? firstVisitOpeners() : laterVisitOpeners(), s, language);
            if (father && !first)
                note << phrase(fatherJoinedPhrases(), s, language, father);
            if (childInterpreted)
                note << phrase(familyInterpreterPhrases(), s, language);
            else if (qstrcmp(interpreter, "phone") == 0)
                note << u8("Met een telefoontolk %1; dat ging goed.").arg(u8(languageName(language)));
            else if (qstrcmp(interpreter, "professional") == 0)
                note << u8("Met een tolk %1 erbij.").arg(u8(languageName(language)));
            bool progress = false;
            for (int i = 0; i < std::min<int>(2, risks.size()); ++i) {
                const QString said =
                    phrase(riskPhrases(risks[i].toLatin1().constData()), s, language, father, childInterpreted);
                if (said.isEmpty() && !first && !progress) {
                    note << phrase(progressPhrases(), s, language);
                    progress = true;
                } else {
                    note << said;
                }
            }
            note << phrase(topicPhrases(topics.back().toLatin1().constData()), s, language, father, childInterpreted);
            if (consentDay)
                note << u8("Toestemming besproken: moeder weet wat er met het CJG gedeeld wordt en dat ze die "
                           "toestemming altijd kan intrekken.");
            if (followUp.isValid() && followUp >= date.addDays(1))
                note << (m_rng.chance(50) ? u8("Volgende afspraak: %1.").arg(dutchDate(followUp))
                                          : u8("Afgesproken dat ik op %1 terugkom.").arg(dutchDate(followUp)));
            else if (last && !f.active)
                note << u8("Het gezin verhuist naar familie buiten Utrecht. Afscheid genomen; moeder weet ons te "
                           "vinden.");
            else
                note << u8("Geen nieuwe afspraak gemaakt; moeder belt mij als er iets is.");
            note.removeAll(QString());

            QJsonObject fields{{QStringLiteral("family_id"), f.id},
                               {QStringLiteral("date"), Dates::format(date)},
                               {QStringLiteral("duration_min"), duration},
                               {QStringLiteral("present"), array(present)},
                               {QStringLiteral("language"), QString::fromLatin1(language)},
                               {QStringLiteral("interpreter"), QString::fromLatin1(interpreter)},
                               {QStringLiteral("topics"), array(topics)},
                               {QStringLiteral("risk_factors"), array(risks)},
                               {QStringLiteral("actions"), array(actions)},
                               {QStringLiteral("note"), note.join(u' ')},
                               {QStringLiteral("intermediary_id"), userId(s.intermediary)}};
            if (followUp.isValid())
                fields.insert(QStringLiteral("follow_up_on"), Dates::format(followUp));
            const QString id = nextId("visit");
            const int hour = m_rng.range(12, 20);
            write("visit", id, "amal", f.author, ms(date, hour, m_rng.range(0, 59)), fields);
            m_visits.push_back({id, f.id, f.author, date, duration, QString::fromLatin1(s.neighbourhood)});
        }
    }

    // ---- meetings --------------------------------------------------------------------------
    void writeMeetings()
    {
        const std::vector<MeetingSpec> &specs = demo::meetings();
        const int count = int(specs.size());
        for (int i = 0; i < count; ++i) {
            const MeetingSpec &m = specs[size_t(i)];
            // From about four months ago to last week, roughly every ten days.
            const int daysAgo = std::max(2, 116 - i * 112 / (count - 1) + m_rng.range(-2, 2));
            const QDate date = ago(daysAgo);
            // Mostly mothers; a few fathers come to the evenings about school and teenagers.
            const bool fathersCome = qstrcmp(m.theme, "adolescence") == 0 || qstrcmp(m.theme, "school") == 0;
            const int men = fathersCome ? m_rng.range(1, 3) : (m_rng.chance(15) ? 1 : 0);
            QJsonObject fields{{QStringLiteral("date"), Dates::format(date)},
                               {QStringLiteral("place_kind"), QString::fromLatin1(m.placeKind)},
                               {QStringLiteral("place_name"), u8(m.placeName)},
                               {QStringLiteral("neighbourhood"), u8(m.neighbourhood)},
                               {QStringLiteral("theme"), QString::fromLatin1(m.theme)},
                               {QStringLiteral("theme_note"), u8(m.themeNote)},
                               {QStringLiteral("language"), QString::fromLatin1(m.language)},
                               {QStringLiteral("women"), m_rng.range(m.womenMin, m.womenMax)},
                               {QStringLiteral("men"), men},
                               {QStringLiteral("children"), m_rng.range(0, 12)},
                               {QStringLiteral("newcomers"), m_rng.range(0, m.newcomersMax)},
                               {QStringLiteral("questions"), u8(m.questions)},
                               {QStringLiteral("needs"), codes(m.needs)},
                               {QStringLiteral("provider_present"), m.providerPresent},
                               {QStringLiteral("provider_requested"), m.providerRequested},
                               {QStringLiteral("contact_woman_id"), userId("ayse")}};
            if (m.providerPresent || m.providerRequested)
                fields.insert(QStringLiteral("provider_id"), orgId("cjg"));
            const QString id = nextId("meeting");
            write("meeting", id, "amal", QStringLiteral("ayse"), ms(date, m_rng.range(20, 21), m_rng.range(0, 59)),
                  fields);
            m_meetings.push_back({id, date, QString::fromUtf8(m.neighbourhood)});
        }
    }

    // ---- consents, referrals, messages -----------------------------------------------------
    QString consent(const char *familyKey, const char *provider, int daysAgo, std::vector<const char *> shares,
                    const char *purpose, const char *method, const QString &witness = {},
                    const char *interpreterLanguage = nullptr, const QString &purposeNote = {})
    {
        Family &f = family(familyKey);
        QJsonObject fields{{QStringLiteral("family_id"), f.id},
                           {QStringLiteral("provider_id"), orgId(provider)},
                           {QStringLiteral("shares"), codes(shares)},
                           {QStringLiteral("purpose"), QString::fromLatin1(purpose)},
                           {QStringLiteral("given_on"), Dates::format(ago(daysAgo))},
                           {QStringLiteral("method"), QString::fromLatin1(method)}};
        if (!purposeNote.isEmpty())
            fields.insert(QStringLiteral("purpose_note"), purposeNote);
        if (!witness.isEmpty())
            fields.insert(QStringLiteral("witness"), witness);
        if (interpreterLanguage)
            fields.insert(QStringLiteral("interpreter_language"), QString::fromLatin1(interpreterLanguage));
        const QString id = nextId("consent");
        write("consent", id, "amal", f.author, ms(ago(daysAgo), 21, 0), fields);
        return id;
    }

    void withdrawConsent(const QString &consentId, const char *familyKey, int daysAgo, const QString &note)
    {
        write("consent", consentId, "amal", family(familyKey).author, ms(ago(daysAgo), 19, 40),
              {{QStringLiteral("withdrawn_on"), Dates::format(ago(daysAgo))},
               {QStringLiteral("withdrawn_note"), note}});
    }

    Referral draft(const char *familyKey, const char *provider, const char *service, const QString &consentId,
                   int daysAgo, const QString &reasonFamily, const QString &reasonIntermediary,
                   std::vector<const char *> risks, const char *urgency, bool interpreterNeeded, bool joins)
    {
        Family &f = family(familyKey);
        Referral r{nextId("referral"), QString::fromLatin1(familyKey), f.author};
        QJsonObject fields{{QStringLiteral("family_id"), f.id},
                           {QStringLiteral("provider_id"), orgId(provider)},
                           {QStringLiteral("service_id"), named(QStringLiteral("service/") + QLatin1StringView(service))},
                           {QStringLiteral("reason_family"), reasonFamily},
                           {QStringLiteral("reason_intermediary"), reasonIntermediary},
                           {QStringLiteral("risk_factors"), codes(risks)},
                           {QStringLiteral("urgency"), QString::fromLatin1(urgency)},
                           {QStringLiteral("language"), QString::fromLatin1(f.spec->preferred)},
                           {QStringLiteral("interpreter_needed"), interpreterNeeded},
                           {QStringLiteral("intermediary_joins"), joins},
                           {QStringLiteral("intermediary_id"), userId(f.spec->intermediary)},
                           {QStringLiteral("state"), QStringLiteral("draft")}};
        if (!consentId.isEmpty())
            fields.insert(QStringLiteral("consent_id"), consentId);
        write("referral", r.id, "amal", r.author, ms(ago(daysAgo), 21, 15), fields);
        return r;
    }

    void send(const Referral &r, const QDate &day, int h, int m)
    {
        const qint64 at = ms(day, h, m);
        write("referral", r.id, "amal", r.author, at,
              {{QStringLiteral("state"), QStringLiteral("sent")}, {QStringLiteral("sent_at"), double(at)}});
    }

    /// The caseworker changes the status and the thread gets a status entry.
    void status(const Referral &r, const QDate &day, int h, int m, const char *status, QJsonObject extra,
                const QString &note)
    {
        const qint64 at = ms(day, h, m);
        extra.insert(QStringLiteral("status"), QString::fromLatin1(status));
        extra.insert(QStringLiteral("status_at"), double(at));
        extra.insert(QStringLiteral("status_by"), userId("sanne"));
        write("referral", r.id, "amal", QStringLiteral("sanne"), at, extra);
        QJsonObject message{{QStringLiteral("referral_id"), r.id},
                            {QStringLiteral("kind"), QStringLiteral("status")},
                            {QStringLiteral("status"), QString::fromLatin1(status)}};
        if (!note.isEmpty())
            message.insert(QStringLiteral("body"), note);
        write("message", nextId("message"), "amal", QStringLiteral("sanne"), at + 1000, message);
    }

    void text(const Referral &r, const QString &author, const QDate &day, int h, int m, const QString &body)
    {
        write("message", nextId("message"), "amal", author, ms(day, h, m),
              {{QStringLiteral("referral_id"), r.id},
               {QStringLiteral("kind"), QStringLiteral("text")},
               {QStringLiteral("body"), body}});
    }

    int childAge(const char *familyKey, size_t index) { return age(family(familyKey).spec->children.at(index)); }

    void referrals()
    {
        const QString sanne = QStringLiteral("sanne");
        const QString amal = QStringLiteral("amal");
        const QString kwame = QStringLiteral("kwame");
        const QString fatimaWitness = u8("Fatima El Idrissi (coördinator Al Amal)");
        const QDate intake1 = weekdayOnOrAfter(m_today.addDays(1));
        const QDate intake2 = intake1.addDays(7);
        auto t = [](bool b) { return QJsonValue(b); };

        // 1. A draft: the consent is still to be asked at the next visit.
        draft("dogan", "cjg", "health", QString(), 4,
              u8("Onze jongste zoon is %1 en zegt nog maar een paar woorden. Zijn zussen praatten op die leeftijd "
                 "al veel meer. We willen weten of dat normaal is.")
                  .arg(childAge("dogan", 2)),
              u8("Moeder maakt zich al een tijd zorgen over de taal van haar jongste. Het laatste bezoek aan het "
                 "consultatiebureau is lang geleden en ze durfde niet zelf te bellen. Toestemming bespreek ik bij "
                 "het volgende bezoek."),
              {"rf01", "rf09"}, "normal", true, true);

        // 2. Declined by the CJG with a suggestion; the family then chose Vechtoever (a draft).
        const QString azzouziCjg = consent("azzouzi", "cjg", 35, {"identity", "children", "background"}, "referral",
                                           "interpreter", QString(), "ber");
        Referral azzouzi = draft(
            "azzouzi", "cjg", "family", azzouziCjg, 35,
            u8("Onze oudste zoon van %1 is gestopt met school en zit veel thuis. Ik ben heel moe en weet niet meer "
               "wat ik moet doen.")
                .arg(childAge("azzouzi", 0)),
            u8("Moeder draagt veel alleen; vader werkt lange dagen. Gesprek in het Tamazight, moeder spreekt weinig "
               "Nederlands. De zorg speelt al lang; het gezin vroeg nu zelf om hulp."),
            {"rf02", "rf04", "rf09", "rf10"}, "soon", true, true);
        send(azzouzi, ago(33), 9, 40);
        status(azzouzi, ago(31), 10, 15, "received", {}, u8("Aanmelding ontvangen, dank je wel."));
        status(azzouzi, weekdayOnOrBefore(ago(20)), 14, 30, "declined",
               {{QStringLiteral("decline_reason"),
                 u8("De zorgen zijn groter dan wat wij in een paar gesprekken kunnen bieden: er is langere "
                    "begeleiding thuis nodig, en voor de oudste zoon ook hulp bij school of werk.")},
                {QStringLiteral("suggestion"),
                 u8("Jeugdhulp Vechtoever, Gezinsbegeleiding thuis. Zij hebben begeleiders die Tamazight en "
                    "Arabisch spreken. Ik denk graag mee bij de aanmelding.")}},
               u8("Helaas past dit niet bij ons aanbod; zie de toelichting en het advies."));
        text(azzouzi, amal, weekdayOnOrBefore(ago(20)), 16, 5,
             u8("Jammer, maar ik begrijp het. Ik bespreek Vechtoever met de familie en laat het je weten."));
        text(azzouzi, sanne, weekdayOnOrBefore(ago(20)), 16, 40,
             u8("Goed. Laat gerust weten als ik iets kan doen bij de overdracht."));
        const QString azzouziVo = consent("azzouzi", "vechtoever", 6,
                                          {"identity", "contact", "children", "background"}, "referral",
                                          "verbal_witness", fatimaWitness);
        draft("azzouzi", "vechtoever", "vechtoever-home", azzouziVo, 6,
              u8("Wij willen hulp thuis, van iemand die onze taal spreekt. Het lukt ons niet goed met onze oudste "
                 "zoon, en ik ben heel moe."),
              u8("Het CJG adviseerde langere begeleiding thuis bij Vechtoever. Moeder wil graag een begeleider die "
                 "Tamazight spreekt. Ik ga mee naar het eerste gesprek."),
              {"rf02", "rf04", "rf09"}, "soon", true, true);

        // 3-5. Sent, not yet picked up: one urgent.
        const QString warsameC = consent("warsame", "cjg", 2, {"identity", "contact", "children"}, "referral",
                                         "interpreter", QString(), "so");
        Referral warsame = draft(
            "warsame", "cjg", "family", warsameC, 2,
            u8("Het gaat niet goed met mij. Ik slaap slecht en ik kan de vier kinderen niet meer goed helpen. Mijn "
               "man werkt 's nachts. Ik wil graag snel hulp."),
            u8("Moeder is uitgeput en somber. De twee jongsten missen vaak school omdat het 's ochtends niet lukt. "
               "Er is weinig familie in Nederland. Moeder staat open voor hulp thuis, met een telefoontolk "
               "Somalisch. Graag snel contact; ik ga mee naar het eerste gesprek."),
            {"rf02", "rf04", "rf09"}, "urgent", true, true);
        send(warsame, ago(1), 20, 35);
        text(warsame, amal, ago(1), 20, 40,
             u8("Ik heb deze aanmelding urgent gezet: moeder heeft het op dit moment erg zwaar. Bel gerust, ik ben "
                "de hele week bereikbaar."));

        const QString owusuC = consent("owusu", "cjg", 5, {"identity", "children", "background"}, "referral",
                                       "verbal_witness", fatimaWitness);
        Referral owusu = draft(
            "owusu", "cjg", "youth", owusuC, 5,
            u8("Onze zoon van %1 wil niet meer naar school en is 's avonds laat buiten. We weten niet wat er met "
               "hem aan de hand is en willen dat iemand met hem praat.")
                .arg(childAge("owusu", 0)),
            u8("Ouders waren eerst bang dat hulp betekent dat de kinderen worden meegenomen. Na drie gesprekken "
               "willen ze dat hun zoon met iemand van het jongerenspreekuur praat. Vader wil bij het eerste gesprek "
               "zijn; ik vertaal in het Twi."),
            {"rf01", "rf03", "rf07"}, "soon", false, true);
        send(owusu, ago(3), 9, 10);
        text(owusu, kwame, ago(3), 9, 15,
             u8("Ouders zijn gemotiveerd. Bel gerust eerst mij, dan maak ik de afspraak samen met hen."));

        const QString celikC = consent("celik", "cjg", 3, {"identity", "contact"}, "referral", "signed");
        Referral celik = draft(
            "celik", "cjg", "parenting", celikC, 3,
            u8("Mijn dochter van %1 is vaak bang en wil niet alleen slapen. Ik wil leren hoe ik haar kan helpen.")
                .arg(childAge("celik", 0)),
            u8("Moeder kende het CJG niet en wil graag een gesprek met een Turkssprekende medewerker of met een "
               "tolk. Ze voedt de kinderen alleen op en heeft weinig mensen om zich heen."),
            {"rf01", "rf09", "rf13"}, "normal", true, false);
        send(celik, ago(2), 10, 20);

        // 6. Received.
        const QString khalilC = consent("khalil", "cjg", 9, {"identity", "children", "background"}, "referral",
                                        "signed");
        Referral khalil = draft(
            "khalil", "cjg", "parenting", khalilC, 9,
            u8("Mijn zoon van %1 slaapt slecht en schrikt 's nachts wakker. Overdag is hij snel boos. Ik wil weten "
               "hoe ik hem kan helpen.")
                .arg(childAge("khalil", 1)),
            u8("Moeder is met twee kinderen alleen naar Nederland gekomen. Ze praat moeilijk over wat ze hebben "
               "meegemaakt. Graag een rustige start, met een tolk Arabisch of met mij erbij."),
            {"rf02", "rf09", "rf10"}, "normal", true, true);
        send(khalil, ago(8), 9, 30);
        status(khalil, weekdayOnOrBefore(ago(6)), 11, 20, "received", {},
               u8("Dank voor de aanmelding. Ik bel moeder deze week met een tolk Arabisch om kennis te maken."));

        // 7. More information asked, and answered.
        const QString elamraniC = consent("elamrani", "cjg", 16, {"identity", "contact", "children"}, "referral",
                                          "verbal_witness", u8("Kwame Mensah (collega Al Amal)"));
        Referral elamrani = draft(
            "elamrani", "cjg", "parenting", elamraniC, 16,
            u8("Onze zoon van %1 komt laat thuis en we weten niet met wie hij omgaat. Als we er iets van zeggen, "
               "wordt het ruzie.")
                .arg(childAge("elamrani", 0)),
            u8("Ouders zijn bezorgd maar ook voorzichtig: ze hebben verhalen gehoord over jeugdzorg. Moeder wil "
               "eerst een gesprek zonder de zoon erbij. Gesprek in het Arabisch, of met mij als tolk."),
            {"rf03", "rf07", "rf09"}, "soon", true, true);
        send(elamrani, ago(15), 9, 5);
        status(elamrani, ago(13), 10, 0, "received", {}, u8("Ontvangen, dank je. Ik kijk deze week wie dit oppakt."));
        const QString question =
            u8("Gaat de zorg vooral over de zoon, of willen ouders ook zelf steun bij de opvoeding? En weet school "
               "ervan?");
        status(elamrani, ago(12), 15, 10, "more_info", {{QStringLiteral("question"), question}}, question);
        text(elamrani, amal, ago(11), 19, 25,
             u8("Ik heb het met moeder besproken. Het gaat haar om allebei: ze wil tips voor thuis en ze hoopt dat "
                "iemand met haar zoon praat. School weet ervan; de mentor heeft het gezin zelf naar ons verwezen."));

        // 8-9. Intakes planned: this week and next.
        const QString yildizC = consent("yildiz", "cjg", 25, {"identity", "contact", "children", "background"},
                                        "intake", "interpreter", QString(), "tr",
                                        u8("Aanmelding en intake bij opvoedondersteuning"));
        Referral yildiz = draft(
            "yildiz", "cjg", "parenting", yildizC, 25,
            u8("We willen hulp bij de opvoeding van onze zoon. Thuis is er veel ruzie over school en de telefoon."),
            u8("Vader was lang tegen hulp, omdat hij bang is dat er over het gezin geoordeeld wordt. Hij wil nu wel, "
               "als er een Turkssprekende medewerker of een tolk is. Moeder vraagt of ik mee kan naar het eerste "
               "gesprek."),
            {"rf07", "rf09", "rf13"}, "normal", true, true);
        send(yildiz, ago(24), 8, 50);
        status(yildiz, ago(22), 13, 40, "received", {},
               u8("Aanmelding ontvangen. Ik neem contact op om een afspraak te maken."));
        status(yildiz, ago(10), 11, 0, "intake_planned",
               {{QStringLiteral("intake_on"), Dates::format(intake1)},
                {QStringLiteral("intake_time"), QStringLiteral("10:00")},
                {QStringLiteral("intake_place"), u8("CJG Utrecht West, Columbuslaan 540 (spreekkamer 2)")},
                {QStringLiteral("interpreter_booked"), t(true)},
                {QStringLiteral("intermediary_invited"), t(true)}},
               u8("Intake op %1 om 10.00 uur op het CJG. Er is een tolk Turks geboekt, en Amal is van harte welkom.")
                   .arg(dutchDate(intake1)));
        text(yildiz, amal, ago(9), 18, 30,
             u8("Dank je! Ik ga mee. Vader kan pas na half elf van zijn werk weg; hij komt iets later. Is dat goed?"));
        text(yildiz, sanne, ago(9), 19, 5, u8("Geen probleem: we beginnen met moeder en vader sluit aan."));

        const QString boatengC = consent("boateng", "cjg", 20, {"identity", "children"}, "referral",
                                         "verbal_witness", fatimaWitness);
        Referral boateng = draft(
            "boateng", "cjg", "family", boatengC, 20,
            u8("Wij maken ons zorgen over onze dochter van %1. Ze is stil, eet slecht en zit veel op haar kamer. "
               "We weten niet hoe we met haar moeten praten.")
                .arg(childAge("boateng", 0)),
            u8("Ouders vonden het moeilijk om hierover te praten; in hun omgeving praat je niet makkelijk over "
               "zulke zorgen. Ze willen het eerste gesprek thuis, met mij erbij. Ik vertaal zelf in het Twi."),
            {"rf01", "rf03", "rf10"}, "soon", false, true);
        send(boateng, ago(19), 9, 45);
        status(boateng, ago(17), 10, 30, "received", {},
               u8("Dank voor de duidelijke aanmelding. Ik zoek er een collega van het buurtteam bij."));
        status(boateng, ago(5), 14, 15, "intake_planned",
               {{QStringLiteral("intake_on"), Dates::format(intake2)},
                {QStringLiteral("intake_time"), QStringLiteral("15:30")},
                {QStringLiteral("intake_place"), u8("Bij het gezin thuis")},
                {QStringLiteral("interpreter_booked"), t(false)},
                {QStringLiteral("intermediary_invited"), t(true)}},
               u8("Kennismaking op %1 om 15.30 uur bij het gezin thuis, met mijn collega van het buurtteam. Kwame "
                  "vertaalt, dus er is geen tolk geboekt.")
                   .arg(dutchDate(intake2)));
        text(boateng, kwame, ago(4), 20, 10,
             u8("Prima, ik ben erbij. Ouders zijn blij dat het gesprek thuis kan."));

        // 10. In care.
        const QDate zianiIntake = weekdayOnOrAfter(ago(44));
        const QString zianiC = consent("ziani", "cjg", 60, {"identity", "contact", "area", "children"}, "referral",
                                       "signed", QString(), nullptr, u8("Aanmelding bij opvoedondersteuning"));
        Referral ziani = draft(
            "ziani", "cjg", "parenting", zianiC, 60,
            u8("Onze zoons maken veel ruzie met elkaar en luisteren niet. Wij willen leren hoe we rust in huis "
               "krijgen."),
            u8("Ouders staan open voor hulp, maar vader vreest dat de hulpverlener hun manier van opvoeden niet "
               "begrijpt. Een eerdere ervaring met school was niet goed. Graag iemand met oog voor de "
               "gezinscultuur; ik ga mee naar de intake en tolk."),
            {"rf03", "rf07", "rf16"}, "normal", true, true);
        send(ziani, ago(58), 9, 20);
        status(ziani, ago(56), 11, 45, "received", {}, u8("Ontvangen. Ik plan deze week een intake."));
        status(ziani, ago(50), 10, 10, "intake_planned",
               {{QStringLiteral("intake_on"), Dates::format(zianiIntake)},
                {QStringLiteral("intake_time"), QStringLiteral("13:30")},
                {QStringLiteral("intake_place"), u8("CJG Utrecht West, Columbuslaan 540")},
                {QStringLiteral("interpreter_booked"), t(false)},
                {QStringLiteral("intermediary_invited"), t(true)}},
               u8("Intake op %1 om 13.30 uur. Amal tolkt, dus geen tolk geboekt.").arg(dutchDate(zianiIntake)));
        status(ziani, weekdayOnOrAfter(zianiIntake.addDays(1)), 9, 30, "in_care", {},
               u8("De intake ging goed. Het gezin start bij opvoedondersteuning: vijf gesprekken, de eerste twee "
                  "thuis."));
        text(ziani, amal, weekdayOnOrAfter(zianiIntake.addDays(1)), 20, 15,
             u8("Moeder was blij met het gesprek. Ze vond het fijn dat ze in haar eigen tempo kon vertellen."));
        text(ziani, sanne, weekdayOnOrBefore(ago(18)), 12, 0,
             u8("Korte update: de gesprekken lopen goed. Vader was er de laatste keer ook bij."));

        // 11. Closed: helped.
        const QDate agyemanIntake = weekdayOnOrAfter(ago(95));
        const QString agyemanC = consent("agyeman", "cjg", 110, {"identity", "children"}, "referral", "signed");
        Referral agyeman = draft(
            "agyeman", "cjg", "parenting", agyemanC, 110,
            u8("Onze zoons luisteren niet meer naar ons. We willen weten hoe opvoeden hier gaat, zonder dat we onze "
               "eigen manier kwijtraken."),
            u8("Ouders waren heel wantrouwig; in de gemeenschap gaan verhalen rond over jeugdzorg. Na een "
               "voorlichting in het Twi willen ze het proberen. Ik ga mee en vertaal."),
            {"rf01", "rf07", "rf10"}, "normal", false, true);
        send(agyeman, ago(108), 9, 0);
        status(agyeman, ago(106), 10, 40, "received", {}, u8("Ontvangen, dank je. Ik bel Kwame voor een afspraak."));
        status(agyeman, ago(100), 15, 0, "intake_planned",
               {{QStringLiteral("intake_on"), Dates::format(agyemanIntake)},
                {QStringLiteral("intake_time"), QStringLiteral("10:00")},
                {QStringLiteral("intake_place"), u8("CJG Utrecht West, Columbuslaan 540")},
                {QStringLiteral("interpreter_booked"), t(false)},
                {QStringLiteral("intermediary_invited"), t(true)}},
               u8("Intake op %1 om 10.00 uur; Kwame vertaalt.").arg(dutchDate(agyemanIntake)));
        status(agyeman, weekdayOnOrAfter(agyemanIntake.addDays(1)), 9, 15, "in_care", {},
               u8("Gestart met opvoedondersteuning, zes gesprekken."));
        status(agyeman, weekdayOnOrBefore(ago(9)), 16, 20, "closed",
               {{QStringLiteral("outcome"), QStringLiteral("helped")},
                {QStringLiteral("outcome_note"),
                 u8("Zes gesprekken gehad. Ouders maken nu samen afspraken met de jongens over huistijden en school. "
                    "De sfeer thuis is rustiger. Ouders weten ons te vinden als er weer iets is.")}},
               u8("Traject afgerond. Dank voor de fijne samenwerking!"));
        text(agyeman, kwame, weekdayOnOrBefore(ago(9)).addDays(1), 19, 45,
             u8("Dank jullie wel. Ouders vertelden trots dat ze zelf naar de ouderavond op school zijn geweest."));

        // 12. Closed: the family stopped, and later withdrew its consent (the CJG no longer sees it).
        const QDate ozturkIntake = weekdayOnOrAfter(ago(80));
        const QString ozturkC = consent("ozturk", "cjg", 95, {"identity", "contact", "area", "children"}, "referral",
                                        "interpreter", QString(), "tr");
        Referral ozturk = draft(
            "ozturk", "cjg", "family", ozturkC, 95,
            u8("Er is veel spanning in huis. We willen hulp zodat het rustiger wordt, voor de kinderen."),
            u8("Ouders hebben eerder een slechte ervaring gehad met hulpverlening en zijn voorzichtig. Moeder wil "
               "graag een vrouwelijke hulpverlener en een tolk Turks."),
            {"rf07", "rf08", "rf10"}, "normal", true, true);
        send(ozturk, ago(92), 10, 0);
        status(ozturk, ago(90), 11, 30, "received", {}, u8("Ontvangen. Een vrouwelijke collega neemt dit op."));
        status(ozturk, ago(85), 14, 0, "intake_planned",
               {{QStringLiteral("intake_on"), Dates::format(ozturkIntake)},
                {QStringLiteral("intake_time"), QStringLiteral("14:00")},
                {QStringLiteral("intake_place"), u8("CJG Utrecht West, Columbuslaan 540")},
                {QStringLiteral("interpreter_booked"), t(true)},
                {QStringLiteral("intermediary_invited"), t(true)}},
               u8("Intake op %1 om 14.00 uur, met een tolk Turks.").arg(dutchDate(ozturkIntake)));
        status(ozturk, weekdayOnOrAfter(ozturkIntake.addDays(1)), 10, 0, "in_care", {}, u8("Gestart met gezinsbegeleiding."));
        status(ozturk, weekdayOnOrBefore(ago(35)), 15, 30, "closed",
               {{QStringLiteral("outcome"), QStringLiteral("family_stopped")},
                {QStringLiteral("outcome_note"),
                 u8("Na drie gesprekken gaf het gezin aan te willen stoppen. Ouders willen het eerst zelf proberen. "
                    "De deur blijft open.")}},
               u8("Het gezin is gestopt; de deur blijft open."));
        text(ozturk, amal, weekdayOnOrBefore(ago(35)).addDays(1), 20, 0,
             u8("Jammer. Ik blijf het gezin bezoeken en houd de deur open."));
        withdrawConsent(ozturkC, "ozturk", 30,
                        u8("Moeder wil niet dat het CJG nog gegevens van het gezin heeft. Besproken dat ze altijd "
                           "opnieuw kan aankloppen."));

        // A consent to exchange information, without a referral, withdrawn later.
        const QString haddadC = consent("haddad", "cjg", 70, {"identity", "area"}, "information_exchange",
                                        "verbal_witness", u8("Kwame Mensah (collega Al Amal)"), nullptr,
                                        u8("Overleg met het CJG over de aanpak thuis, zodat ouders niet alles "
                                           "opnieuw hoeven te vertellen."));
        withdrawConsent(haddadC, "haddad", 40,
                        u8("Vader wil eerst zelf met school praten; toestemming ingetrokken op verzoek van de "
                           "ouders."));

        m_intakes = {{QStringLiteral("ziani"), zianiIntake}, {QStringLiteral("ozturk"), ozturkIntake},
                     {QStringLiteral("agyeman"), agyemanIntake}};
    }

    // ---- hours and expenses ----------------------------------------------------------------
    void timeEntry(const QString &user, const QDate &date, const char *activity, int minutes, double km,
                   int cents, const QString &note, const QString &familyId = {}, const QString &meetingId = {})
    {
        QJsonObject fields{{QStringLiteral("user_id"), userId(user.toLatin1().constData())},
                           {QStringLiteral("date"), Dates::format(date)},
                           {QStringLiteral("activity"), QString::fromLatin1(activity)},
                           {QStringLiteral("minutes"), minutes},
                           {QStringLiteral("distance_km"), km},
                           {QStringLiteral("expenses_cents"), cents}};
        if (!familyId.isEmpty())
            fields.insert(QStringLiteral("family_id"), familyId);
        if (!meetingId.isEmpty())
            fields.insert(QStringLiteral("meeting_id"), meetingId);
        if (!note.isEmpty())
            fields.insert(QStringLiteral("expense_note"), note);
        write("time_entry", nextId("time_entry"), "amal", user, ms(date, 22, m_rng.range(0, 50)), fields);
    }

    double km(int lo10, int hi10) { return m_rng.range(lo10, hi10) / 10.0; }

    void timeEntries()
    {
        const QDate from = ago(90);
        // Home visits: Amal cycles or takes the bus, Kwame drives and sometimes pays for parking.
        for (const VisitRef &v : m_visits) {
            if (v.date < from)
                continue;
            if (v.author == u"amal") {
                if (m_rng.chance(20)) {
                    const int fare = 2 * m_rng.range(140, 230);
                    timeEntry(v.author, v.date, "home_visit", v.duration, km(20, 90), fare,
                              u8("Bus retour %1").arg(v.neighbourhood), v.familyId);
                } else {
                    timeEntry(v.author, v.date, "home_visit", v.duration, km(12, 65), 0, QString(), v.familyId);
                }
            } else {
                if (m_rng.chance(30)) {
                    const int parking = 10 * m_rng.range(24, 60);
                    timeEntry(v.author, v.date, "home_visit", v.duration, km(30, 140), parking,
                              u8("Parkeren %1").arg(v.neighbourhood), v.familyId);
                } else {
                    timeEntry(v.author, v.date, "home_visit", v.duration, km(30, 140), 0, QString(), v.familyId);
                }
            }
        }

        // Going along to intakes (and interpreting there).
        for (const auto &[key, date] : m_intakes) {
            if (date < from || date >= m_today)
                continue;
            const Family &f = family(key.toLatin1().constData());
            const bool bus = f.author == u"amal";
            timeEntry(f.author, date, "going_along", 120, km(30, 80), bus ? 2 * m_rng.range(150, 220) : 0,
                      bus ? u8("Bus retour naar het CJG") : QString(), f.id);
        }

        // Phone calls with families, interpreting at school, case discussions, training.
        for (const char *user : {"amal", "kwame"}) {
            std::vector<const Family *> own;
            for (const Family &f : m_families)
                if (f.author == QLatin1StringView(user) && f.active)
                    own.push_back(&f);
            for (int week = 0; week < 13; ++week) {
                const int calls = m_rng.range(1, qstrcmp(user, "amal") == 0 ? 3 : 2);
                for (int c = 0; c < calls; ++c) {
                    const QDate d = ago(1 + week * 7 + m_rng.range(0, 6));
                    if (d < from)
                        continue;
                    timeEntry(QString::fromLatin1(user), d, "phone_call", 5 * m_rng.range(2, 8), 0, 0, QString(),
                              m_rng.pick(own)->id);
                }
            }
            for (int i = 0; i < 2; ++i) {
                const QDate d = weekdayOnOrBefore(ago(m_rng.range(5, 85)));
                timeEntry(QString::fromLatin1(user), d, "interpreting", 15 * m_rng.range(3, 6), km(15, 60), 0,
                          QString(), m_rng.pick(own)->id);
            }
            for (int month = 0; month < 3; ++month) {
                // The monthly case discussion at the CJG (the brochure's casuïstiekbespreking).
                const QDate d = weekdayOnOrBefore(ago(12 + month * 30));
                const bool bus = qstrcmp(user, "amal") == 0;
                timeEntry(QString::fromLatin1(user), d, "consultation", 90, km(30, 60),
                          bus ? 2 * m_rng.range(150, 220) : 0, bus ? u8("Bus retour naar het CJG") : QString());
            }
        }

        // Ayşe: her meetings, with tea and biscuits, inviting mothers by phone, meeting the coordinator.
        for (const MeetingRef &m : m_meetings) {
            if (m.date < from)
                continue;
            const bool shopping = m_rng.chance(60);
            timeEntry(QStringLiteral("ayse"), m.date, "meeting", 15 * m_rng.range(10, 14), km(10, 60),
                      shopping ? m_rng.range(450, 1450) : 0,
                      shopping ? u8("Thee, fruit en koekjes voor de bijeenkomst in %1").arg(m.neighbourhood)
                               : QString(),
                      QString(), m.id);
            const QDate before = m.date.addDays(-m_rng.range(2, 4));
            if (before >= from)
                timeEntry(QStringLiteral("ayse"), before, "phone_call", 5 * m_rng.range(6, 12), 0, 0, QString());
        }
        for (int month = 0; month < 3; ++month)
            timeEntry(QStringLiteral("ayse"), weekdayOnOrBefore(ago(20 + month * 30)), "consultation", 60, km(10, 40),
                      0, QString());

        // Training for the volunteers, once a month at the Al Amal office.
        static const char *const trainingFor[] = {"amal", "kwame", "ayse"};
        for (int month = 0; month < 3; ++month) {
            const QDate d = weekdayOnOrBefore(ago(7 + month * 30));
            for (const char *user : trainingFor)
                timeEntry(QString::fromLatin1(user), d, "training", 150, km(10, 60), 0, QString());
        }
    }

    struct VisitRef
    {
        QString id, familyId, author;
        QDate date;
        int duration;
        QString neighbourhood;
    };
    struct MeetingRef
    {
        QString id;
        QDate date;
        QString neighbourhood;
    };

    QDate m_today;
    Rng m_rng;
    QTimeZone m_tz;
    DemoContent m_out;
    std::map<std::string, int> m_counters;
    std::vector<Family> m_families;
    std::vector<VisitRef> m_visits;
    std::vector<MeetingRef> m_meetings;
    std::vector<std::pair<QString, QDate>> m_intakes;
    QSet<QString> m_codes;
    QSet<const Phrase *> m_usedPhrases; ///< per family: an intermediary does not repeat herself
};

} // namespace

DemoContent DemoGenerator::generate(const QDate &today, quint32 seed)
{
    return Builder(today, seed).build();
}

} // namespace brug
