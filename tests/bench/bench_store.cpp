// Store benchmark (issue 2): a realistic device store — 10,000 families, 100,000 home visits,
// 5,000 referrals (with the consents they rest on), 50,000 messages — written through the real
// write path (repositories on Records, each write with its outbox entry, in transactions of a
// few hundred writes), then: open + first page of the family list, family search as the user
// types, one family with all its visits, file size and peak RSS.
//
//   brug_bench_store [--store FILE] [--regenerate] [--fast-kdf] [--results-dir DIR]
//                    [--families N --visits N --referrals N --messages N] [--seed S]
//
// The store is kept (FILE and FILE.key, passphrase "bench") so other benchmarks and later runs
// can reuse it; --regenerate builds it again.

#include "benchutil.h"

#include "consentrepository.h"
#include "familyrepository.h"
#include "keyfile.h"
#include "messagerepository.h"
#include "outbox.h"
#include "records.h"
#include "referralrepository.h"
#include "store.h"
#include "visitrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRandomGenerator>

#include <functional>
#include <random>

using namespace brug;
using namespace brug::bench;

namespace {

const QString kPassphrase = QStringLiteral("bench");

// ---- realistic material -------------------------------------------------------------------
// Fictional names, common in each community, as Dutch families write them; some also in
// Arabic script. Neighbourhoods are real ones of Utrecht, Amsterdam, Rotterdam and The Hague.
struct Community
{
    const char *country;
    std::vector<const char *> languages;
    std::vector<const char *> surnames;
    std::vector<const char *> mothers;
    std::vector<const char *> fathers;
    std::vector<const char *> arabicSurnames; // same order as surnames, empty if none
};

const std::vector<Community> &communities()
{
    static const std::vector<Community> list = {
        {"MA", {"ar", "ber", "nl"},
         {"El Amrani", "Azzouzi", "Tahiri", "Ziani", "El Khattabi", "Moussaoui", "Haddaoui", "Boukhari",
          "Ouali", "Lamrini", "Akkouh", "Benali", "El Idrissi", "Bouzid", "Chaouki", "Essaidi", "Hamdaoui"},
         {"Khadija", "Fadma", "Naima", "Samira", "Itto", "Latifa", "Yamna", "Souad", "Hafida", "Malika", "Zineb", "Fatima"},
         {"Mohamed", "Mimoun", "Hassan", "Mohand", "Driss", "Rachid", "Abdelkader", "Youssef", "Said", "Karim"},
         {"العمراني", "العزوزي", "الطاهري", "الزياني", "الخطابي", "الموساوي", "الحداوي", "البخاري", "", "اللمريني",
          "", "بنعلي", "الإدريسي", "بوزيد", "شوقي", "السعيدي", "الحمداوي"}},
        {"TR", {"tr", "ku", "nl"},
         {"Yıldız", "Öztürk", "Çelik", "Şahin", "Doğan", "Kılıç", "Güneş", "Aydın", "Demir", "Kaya", "Arslan", "Koç"},
         {"Emine", "Hatice", "Gülsüm", "Fadime", "Sevgi", "Songül", "Büşra", "Ayşe", "Zeynep", "Elif"},
         {"Mehmet", "Hüseyin", "Ömer", "İbrahim", "Yusuf", "Mustafa", "Ahmet", "Ali", "Murat"},
         {}},
        {"GH", {"ak", "en", "nl"},
         {"Owusu", "Boateng", "Asante", "Mensah", "Osei", "Agyeman", "Appiah", "Amoako", "Ofori", "Darko"},
         {"Akosua", "Ama", "Abena", "Adwoa", "Afua", "Efua", "Yaa"},
         {"Yaw", "Kofi", "Kwame", "Kwabena", "Kwaku", "Kojo", "Kwesi"},
         {}},
        {"SR", {"srn", "nl"},
         {"Pinas", "Sedney", "Kanhai", "Ramdin", "Doerga", "Wijngaarde", "Amatsaleh", "Biharie"},
         {"Sharon", "Ingrid", "Shanti", "Roshni", "Marcia"},
         {"Ricardo", "Anand", "Dennis", "Ravi", "Glenn"},
         {}},
        {"SY", {"ar", "ku", "nl"},
         {"Al-Hussein", "Haddad", "Khalil", "Mansour", "Al-Ahmad", "Darwish", "Hamdan", "Kurdi"},
         {"Rania", "Lina", "Hiba", "Nour", "Amal", "Rasha"},
         {"Ahmad", "Omar", "Bilal", "Samer", "Firas", "Tarek"},
         {"الحسين", "حداد", "خليل", "منصور", "الأحمد", "درويش", "حمدان", "الكردي"}},
        {"ER", {"ti", "ar", "en"},
         {"Tesfay", "Gebremedhin", "Haile", "Kidane", "Berhane", "Tekle", "Ghebreyesus"},
         {"Saba", "Helen", "Selam", "Mebrat", "Luwam"},
         {"Yonas", "Dawit", "Samuel", "Filmon", "Tesfalem"},
         {}},
        {"SO", {"so", "ar", "nl"},
         {"Mohamud", "Warsame", "Abdi", "Farah", "Jama", "Hirsi", "Osman"},
         {"Hodan", "Faduma", "Ubah", "Sahra", "Ayaan"},
         {"Abdirahman", "Mahad", "Liban", "Hassan", "Abdullahi"},
         {}},
        {"AF", {"fa", "prs", "nl"},
         {"Ahmadi", "Rahimi", "Karimi", "Hashimi", "Noori", "Sultani", "Wardak"},
         {"Fereshta", "Mariam", "Zahra", "Shabnam", "Nazanin"},
         {"Farid", "Habib", "Jawad", "Nasir", "Wahid"},
         {}},
    };
    return list;
}

struct Neighbourhood
{
    const char *name;
    const char *postcode;
    std::vector<const char *> streets;
};

const std::vector<Neighbourhood> &neighbourhoods()
{
    static const std::vector<Neighbourhood> list = {
        {"Kanaleneiland", "3526", {"Marshalllaan", "Churchilllaan", "Trumanlaan", "Bernadottelaan", "Aziëlaan"}},
        {"Transwijk", "3527", {"Van Eysingalaan", "Struyckenlaan", "Louterlaan"}},
        {"Overvecht", "3562", {"Gangesdreef", "Tigrisdreef", "Wolgadreef", "Nijldreef", "Zamenhofdreef"}},
        {"Lombok", "3531", {"Javastraat", "Sumatrastraat", "Bankastraat"}},
        {"Zuilen", "3554", {"Marnixlaan", "Burgemeester Norbruislaan", "Amsterdamsestraatweg"}},
        {"Ondiep", "3552", {"Kaatstraat", "Boogstraat", "Schaakstraat"}},
        {"Hoograven", "3524", {"Duurstedelaan", "Van Bijnkershoeklaan", "Hooft Graaflandstraat"}},
        {"Geuzenveld", "1067", {"Albardakade", "Slotermeerlaan", "Lambertus Zijlplein"}},
        {"Slotervaart", "1065", {"Pieter Calandlaan", "Johan Huizingalaan", "Comeniusstraat"}},
        {"Bijlmer-Oost", "1104", {"Kikkenstein", "Gooioord", "Kraaiennest"}},
        {"De Baarsjes", "1057", {"Jan Evertsenstraat", "Admiraal de Ruijterweg"}},
        {"Feijenoord", "3071", {"Oranjeboomstraat", "Putselaan", "Hillevliet"}},
        {"Delfshaven", "3024", {"Schiedamseweg", "Mathenesserlaan", "Nieuwe Binnenweg"}},
        {"Charlois", "3083", {"Wolphaertsbocht", "Dorpsweg", "Pleinweg"}},
        {"Schilderswijk", "2525", {"Hoefkade", "Vaillantlaan", "Delftselaan"}},
        {"Transvaal", "2572", {"Paul Krugerlaan", "Kempstraat", "Pretoriusstraat"}},
        {"Moerwijk", "2532", {"Loosduinsekade", "Zuiderpark", "Erasmusweg"}},
    };
    return list;
}

const char *const kWords[] = {
    "moeder", "vader", "zoon", "dochter", "school", "leerkracht", "zorgen", "slaap", "gedrag", "steun",
    "huisbezoek", "afspraak", "tolk", "taal", "jeugdzorg", "intake", "besproken", "afgesproken", "buurt",
    "bijeenkomst", "hulp", "sinds", "weken", "maanden", "stress", "huisvesting", "geld", "gezondheid",
    "huisarts", "advies", "opvoeding", "vragen", "samen", "contact", "plan", "toestemming", "vertrouwen",
    "buurthuis", "informatie", "meegaan", "eerste", "tweede", "vaak", "soms", "stil", "moe", "boos",
    "rust", "thuis", "broer", "zus", "huiswerk", "afwezig", "klas", "mentor", "wachtlijst", "verwijzing",
    "brief", "uitgelegd", "rustig", "geluisterd", "bezorgd", "tijd", "praktisch", "kort", "CJG", "en",
    "de", "het", "een", "met", "over", "voor", "naar", "niet", "wel", "ook", "nog", "heeft", "is", "was",
    "wil", "kan", "gaat", "kinderen", "gezin", "oma", "opa", "wijkteam", "consultatiebureau", "schuld",
    "werk", "inburgering", "cursus", "moskee", "kerk", "sport", "vriendinnen", "eenzaam", "verdriet",
};

class Rng
{
public:
    explicit Rng(quint32 seed) : m_gen(seed) {}
    int below(int n) { return n <= 1 ? 0 : std::uniform_int_distribution<int>(0, n - 1)(m_gen); }
    int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_gen); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_gen) < p; }
    double real() { return std::uniform_real_distribution<double>(0, 1)(m_gen); }
    template<typename T> const T &pick(const std::vector<T> &v) { return v[size_t(below(int(v.size())))]; }
    QStringList some(const QStringList &pool, int lo, int hi)
    {
        QStringList p = pool, out;
        const int k = std::min<int>(int(p.size()), between(lo, hi));
        for (int i = 0; i < k; ++i)
            out << p.takeAt(below(int(p.size())));
        return out;
    }
    QString text(int target)
    {
        QString s;
        while (s.size() < target) {
            const int n = between(6, 15);
            QString sentence;
            for (int i = 0; i < n; ++i) {
                QString w = QString::fromUtf8(kWords[below(int(std::size(kWords)))]);
                if (i == 0)
                    w[0] = w[0].toUpper();
                sentence += (i ? QStringLiteral(" ") : QString()) + w;
            }
            s += (s.isEmpty() ? QString() : QStringLiteral(" ")) + sentence + QLatin1Char('.');
        }
        if (s.size() > target) {
            s.truncate(std::max<qsizetype>(1, s.lastIndexOf(u' ', target - 1)));
            s += QLatin1Char('.');
        }
        return s;
    }
    std::mt19937 &gen() { return m_gen; }

private:
    std::mt19937 m_gen;
};

QStringList catalogue(std::initializer_list<const char *> codes)
{
    QStringList out;
    for (const char *c : codes)
        out << QString::fromLatin1(c);
    return out;
}

const QStringList kTopics = catalogue({"parenting", "school", "health", "development", "adolescence", "peace_at_home",
                                       "money", "housing", "youth_services", "language", "media_use", "loneliness",
                                       "family_changes", "other"});
const QStringList kPersons = catalogue({"mother", "father", "child", "grandparent", "other_relative", "interpreter"});
const QStringList kInterpreters = catalogue({"none", "intermediary", "family_member", "professional", "phone"});
const QStringList kActions = catalogue({"information", "outreach", "psycho_education", "empowerment", "building_trust",
                                        "going_along", "interpreting", "network_building", "referral", "case_discussion"});
QStringList riskFactorCodes()
{
    QStringList out;
    for (int i = 1; i <= 17; ++i)
        out << QStringLiteral("rf%1").arg(i, 2, 10, QLatin1Char('0'));
    return out;
}

// ---- generation -----------------------------------------------------------------------------
struct Counts
{
    int families = 10000, visits = 100000, referrals = 5000, messages = 50000;
};

struct GenerationResult
{
    QJsonObject json;
};

QJsonObject generate(const QString &path, const Counts &n, bool fastKdf, quint32 seed)
{
    Store::erase(path);
    const double t0 = nowMs();
    auto store = Store::create(path, kPassphrase, fastKdf ? KeyFile::Profile::Fast : KeyFile::Profile::Device);
    const double createMs = nowMs() - t0;

    DeviceIdentity me;
    me.deviceId = Ids::derived(QStringLiteral("bench/device"));
    me.userId = Ids::derived(QStringLiteral("bench/user/0"));
    me.userName = QStringLiteral("Amal");
    me.role = QStringLiteral("intermediary");
    me.orgId = Ids::derived(QStringLiteral("bench/org"));
    me.orgName = QStringLiteral("Stichting Al Amal");
    me.orgKind = QStringLiteral("migrant_org");
    me.node = QStringLiteral("9f3a2b1c4d5e6f70");
    store->setIdentity(me);
    const QString providerId = Ids::derived(QStringLiteral("bench/provider"));
    QStringList intermediaries;
    for (int i = 0; i < 8; ++i)
        intermediaries << Ids::derived(QStringLiteral("bench/user/%1").arg(i));

    Rng rng(seed);
    const QStringList risks = riskFactorCodes();
    constexpr int kPerTx = 250; // writes per transaction
    QJsonObject phases;
    qint64 writes = 0;

    auto phase = [&](const char *name, int count, const std::function<void(int)> &write) {
        const double start = nowMs();
        for (int i = 0; i < count;) {
            Transaction tx(store->db());
            for (int k = 0; k < kPerTx && i < count; ++k, ++i)
                write(i);
            tx.commit();
        }
        const double ms = nowMs() - start;
        phases.insert(QString::fromLatin1(name), QJsonObject{{QStringLiteral("records"), count},
                                                             {QStringLiteral("ms"), ms},
                                                             {QStringLiteral("per_second"), count / (ms / 1000.0)}});
        err() << "store: " << name << " " << count << " in " << fmt(ms / 1000.0, 1) << " s\n";
        err().flush();
    };

    // Families.
    std::vector<QString> familyIds(size_t(n.families));
    std::vector<const Community *> familyCommunity(size_t(n.families));
    FamilyRepository families(*store);
    const double insertStart = nowMs();
    phase("families", n.families, [&](int i) {
        const Community &c = rng.pick(communities());
        const int s = rng.below(int(c.surnames.size()));
        const QString surname = QString::fromUtf8(c.surnames[size_t(s)]);
        QString name = QStringLiteral("Familie %1 (%2").arg(surname, QString::fromUtf8(rng.pick(c.mothers)));
        if (rng.chance(0.7))
            name += QStringLiteral(" en %1").arg(QString::fromUtf8(rng.pick(c.fathers)));
        name += QLatin1Char(')');
        if (!c.arabicSurnames.empty() && *c.arabicSurnames[size_t(s)] && rng.chance(0.5))
            name += QStringLiteral(" · عائلة ") + QString::fromUtf8(c.arabicSurnames[size_t(s)]);
        const Neighbourhood &nb = rng.pick(neighbourhoods());
        Family f;
        f.name = name;
        f.phone = QStringLiteral("06-%1").arg(rng.between(10000000, 99999999));
        f.address = QStringLiteral("%1 %2").arg(QString::fromUtf8(rng.pick(nb.streets))).arg(rng.between(1, 220));
        f.postcode = QStringLiteral("%1 %2%3").arg(QString::fromLatin1(nb.postcode))
                         .arg(QChar(u'A' + rng.below(26))).arg(QChar(u'A' + rng.below(26)));
        f.neighbourhood = QString::fromUtf8(nb.name);
        f.countryOfOrigin = QString::fromLatin1(c.country);
        QStringList langs;
        for (const char *l : c.languages)
            langs << QString::fromLatin1(l);
        f.languages = rng.some(langs, 1, int(langs.size()));
        f.preferredLanguage = f.languages.first();
        const int kids = rng.between(1, 5);
        for (int k = 0; k < kids; ++k)
            f.children.append(Child{rng.between(2006, 2024), rng.chance(0.5) ? QStringLiteral("f") : QStringLiteral("m")});
        f.intermediaryId = intermediaries[rng.below(int(intermediaries.size()))];
        familyIds[size_t(i)] = families.save(f);
        familyCommunity[size_t(i)] = &c;
    });
    writes += n.families;

    // Home visits: families differ a lot in how often they are visited.
    std::vector<double> weights(size_t(n.families));
    for (double &w : weights)
        w = std::pow(rng.real(), 2.0) + 0.05;
    std::discrete_distribution<int> whichFamily(weights.begin(), weights.end());
    VisitRepository visits(*store);
    const QDate firstDay(2023, 1, 2);
    phase("visits", n.visits, [&](int i) {
        const int fi = whichFamily(rng.gen());
        Visit v;
        v.familyId = familyIds[size_t(fi)];
        v.date = firstDay.addDays(qint64(i) * 1000 / std::max(1, n.visits)); // in time order
        v.durationMin = 15 * rng.between(2, 8);
        v.present = rng.some(kPersons, 1, 3);
        v.language = QString::fromLatin1(rng.pick(familyCommunity[size_t(fi)]->languages));
        v.interpreter = rng.pick(std::vector<QString>(kInterpreters.begin(), kInterpreters.end()));
        v.topics = rng.some(kTopics, 1, 3);
        v.riskFactors = rng.some(risks, 0, 4);
        v.actions = rng.some(kActions, 1, 3);
        v.note = rng.text(rng.between(150, 900));
        if (rng.chance(0.3))
            v.followUpOn = v.date.addDays(rng.between(7, 42));
        v.intermediaryId = intermediaries[rng.below(int(intermediaries.size()))];
        visits.save(v);
    });
    writes += n.visits;

    // Consents and referrals: a referral rests on an active consent of its family.
    std::vector<QString> referralIds;
    referralIds.reserve(size_t(n.referrals));
    ConsentRepository consents(*store);
    ReferralRepository referrals(*store);
    const QStringList shares = catalogue({"identity", "contact", "area", "background", "children"});
    int consentCount = 0;
    phase("consents_and_referrals", n.referrals, [&](int i) {
        const int fi = rng.below(n.families);
        Consent c;
        c.familyId = familyIds[size_t(fi)];
        c.providerId = providerId;
        c.shares = rng.some(shares, 1, 5);
        c.purpose = QStringLiteral("referral");
        c.givenOn = firstDay.addDays(rng.between(0, 990));
        c.method = rng.chance(0.5) ? QStringLiteral("signed") : QStringLiteral("verbal_witness");
        c.witness = rng.chance(0.5) ? QStringLiteral("Fatima (coördinator)") : QString();
        const QString consentId = consents.save(c);
        ++consentCount;
        Referral r;
        r.familyId = c.familyId;
        r.providerId = providerId;
        r.consentId = consentId;
        r.reasonFamily = rng.text(rng.between(100, 600));
        r.reasonIntermediary = rng.text(rng.between(100, 600));
        r.riskFactors = rng.some(risks, 1, 4);
        r.urgency = rng.chance(0.1) ? QStringLiteral("urgent") : rng.chance(0.2) ? QStringLiteral("soon") : QStringLiteral("normal");
        r.language = QString::fromLatin1(rng.pick(familyCommunity[size_t(fi)]->languages));
        r.interpreterNeeded = rng.chance(0.4);
        r.intermediaryJoins = rng.chance(0.5);
        r.intermediaryId = intermediaries[rng.below(int(intermediaries.size()))];
        const QString id = referrals.saveDraft(r);
        if (rng.chance(0.85))
            referrals.send(id);
        referralIds.push_back(id);
    });
    writes += n.referrals + consentCount;

    // Messages: threads of different lengths.
    MessageRepository messages(*store);
    phase("messages", n.messages, [&](int i) {
        const QString &ref = referralIds[size_t(i < n.referrals ? i : rng.below(n.referrals))];
        messages.post(ref, rng.text(rng.between(30, 400)));
    });
    writes += n.messages;
    const double insertMs = nowMs() - insertStart;

    // The device has synced: its outbox is acknowledged batch by batch, as the engine does.
    const double ackStart = nowMs();
    Outbox outbox(*store);
    const qint64 queued = outbox.pendingCount();
    for (;;) {
        const OutboxBatch b = outbox.currentBatch(5000, qint64(64) << 20);
        if (b.isEmpty())
            break;
        outbox.acknowledge(b.seq, {});
    }
    const double ackMs = nowMs() - ackStart;
    store.reset(); // closes; the WAL is folded back into the file

    return {{QStringLiteral("create_ms"), createMs},
            {QStringLiteral("kdf_profile"), fastKdf ? QStringLiteral("fast") : QStringLiteral("device")},
            {QStringLiteral("writes_per_transaction"), kPerTx},
            {QStringLiteral("records"), double(writes)},
            {QStringLiteral("consents"), consentCount},
            {QStringLiteral("insert_ms"), insertMs},
            {QStringLiteral("insert_per_second"), double(writes) / (insertMs / 1000.0)},
            {QStringLiteral("phases"), phases},
            {QStringLiteral("outbox_entries_written"), double(queued)},
            {QStringLiteral("outbox_ack_ms"), ackMs},
            {QStringLiteral("peak_rss_bytes"), double(procStatusBytes(0, "VmHWM"))}};
}

qint64 fileSize(const QString &path)
{
    qint64 total = 0;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        total += QFileInfo(path + suffix).size();
    return total;
}

// ---- what the user types -------------------------------------------------------------------
QStringList keystrokes(const QString &word)
{
    QStringList out;
    for (qsizetype i = 1; i <= word.size(); ++i)
        out << word.left(i);
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    for (const char *opt : {"store", "results-dir", "families", "visits", "referrals", "messages", "seed", "rounds"})
        p.addOption(QCommandLineOption(QString::fromLatin1(opt), QString(), QStringLiteral("value")));
    p.addOption(QCommandLineOption(QStringLiteral("regenerate")));
    p.addOption(QCommandLineOption(QStringLiteral("fast-kdf")));
    p.process(app);

    const QString path = QFileInfo(p.value(QStringLiteral("store")).isEmpty() ? QStringLiteral("bench-store.db")
                                                                             : p.value(QStringLiteral("store")))
                             .absoluteFilePath();
    Counts n;
    if (p.isSet(QStringLiteral("families"))) n.families = p.value(QStringLiteral("families")).toInt();
    if (p.isSet(QStringLiteral("visits"))) n.visits = p.value(QStringLiteral("visits")).toInt();
    if (p.isSet(QStringLiteral("referrals"))) n.referrals = p.value(QStringLiteral("referrals")).toInt();
    if (p.isSet(QStringLiteral("messages"))) n.messages = p.value(QStringLiteral("messages")).toInt();
    const quint32 seed = p.isSet(QStringLiteral("seed")) ? p.value(QStringLiteral("seed")).toUInt() : 20240601u;
    const int rounds = p.isSet(QStringLiteral("rounds")) ? p.value(QStringLiteral("rounds")).toInt() : 3;

    QJsonObject doc;
    doc.insert(u"benchmark", QStringLiteral("store"));
    doc.insert(u"date", QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    doc.insert(u"host", hostInfo());
    doc.insert(u"store_path", path);
    doc.insert(u"passphrase", kPassphrase);
    doc.insert(u"build", QStringLiteral("Release"));

    // 1. Generate (or reuse) the store.
    QJsonObject gen;
    const bool reuse = Store::exists(path) && !p.isSet(QStringLiteral("regenerate"));
    if (!reuse) {
        err() << "store: generating " << path << "\n";
        err().flush();
        gen = generate(path, n, p.isSet(QStringLiteral("fast-kdf")), seed);
        QFile marker(path + QStringLiteral(".generation.json"));
        if (marker.open(QIODevice::WriteOnly))
            marker.write(QJsonDocument(gen).toJson());
    } else {
        QFile marker(path + QStringLiteral(".generation.json"));
        if (marker.open(QIODevice::ReadOnly))
            gen = QJsonDocument::fromJson(marker.readAll()).object();
        gen.insert(u"reused", true);
    }
    doc.insert(u"generation", gen);
    doc.insert(u"counts", QJsonObject{{QStringLiteral("families"), n.families}, {QStringLiteral("visits"), n.visits},
                                      {QStringLiteral("referrals"), n.referrals}, {QStringLiteral("messages"), n.messages}});
    const qint64 bytes = fileSize(path);
    doc.insert(u"file_bytes", double(bytes));

    // 2. Open + first page, several times: each open is a new connection with a cold page cache
    // (the file itself is in the OS cache: a warm start of the app, not a reboot).
    const bool peakReset = resetPeakRss();
    std::vector<double> kdf, open, openExKdf, firstSearch, firstPageApp, firstPageTotal;
    const KeyFile keyFile = KeyFile::load(KeyFile::pathFor(path));
    for (int i = 0; i < 5; ++i) {
        double t = nowMs();
        (void)keyFile.deriveKey(kPassphrase);
        const double k = nowMs() - t;
        t = nowMs();
        auto store = Store::open(path, kPassphrase);
        const double o = nowMs() - t;
        t = nowMs();
        FamilyRepository repo(*store);
        const auto page = repo.search(QString(), 50);
        const double s = nowMs() - t;
        t = nowMs();
        const int total = repo.count(QString());
        const double c = nowMs() - t;
        if (page.size() != 50 || total != n.families)
            err() << "store: PROBLEM first page has " << page.size() << " rows, count " << total << "\n";
        kdf.push_back(k);
        open.push_back(o);
        openExKdf.push_back(std::max(0.0, o - k));
        firstSearch.push_back(s);
        firstPageApp.push_back(s + c);
        firstPageTotal.push_back(std::max(0.0, o - k) + s);
    }
    const QJsonObject openJson{
        {QStringLiteral("runs"), 5},
        {QStringLiteral("kdf_ms_median"), median(kdf)},
        {QStringLiteral("kdf_params"), QStringLiteral("Argon2id ops %1, mem %2 MiB").arg(keyFile.opsLimit).arg(keyFile.memLimit >> 20)},
        {QStringLiteral("store_open_ms_median"), median(open)},
        {QStringLiteral("store_open_excl_kdf_ms_median"), median(openExKdf)},
        {QStringLiteral("first_page_search_ms_median"), median(firstSearch)},
        {QStringLiteral("first_page_search_plus_count_ms_median"), median(firstPageApp)},
        {QStringLiteral("open_plus_first_page_excl_kdf_ms_median"), median(firstPageTotal)},
        {QStringLiteral("open_plus_first_page_excl_kdf_ms_max"), *std::max_element(firstPageTotal.begin(), firstPageTotal.end())},
        {QStringLiteral("note"), QStringLiteral("store_open includes the Argon2id derivation; the KDF is timed on its own just "
                                                "before each open and subtracted. Each open is a new SQLCipher connection (cold "
                                                "page cache); the file is in the OS cache.")}};
    doc.insert(u"open_first_page", openJson);

    // 3. Search as the user types, and loading families: on one open store, as the app does.
    auto store = Store::open(path, kPassphrase);
    const qint64 pageSize = store->db().scalar(QStringLiteral("PRAGMA page_size"));
    const qint64 freePages = store->db().scalar(QStringLiteral("PRAGMA freelist_count"));
    doc.insert(u"page_size", double(pageSize));
    doc.insert(u"free_bytes", double(freePages * pageSize));
    doc.insert(u"file_note", QStringLiteral("free_bytes: pages freed when the acknowledged outbox entries were deleted; "
                                            "SQLite reuses them for later writes"));
    FamilyRepository families(*store);
    VisitRepository visits(*store);
    Rng rng(seed + 1);
    // What people type: surnames, first names, neighbourhoods, codes of real families, Arabic
    // script, and a word that matches nothing (the slowest case: nothing stops the scan early).
    QStringList words = {QStringLiteral("el amrani"), QStringLiteral("yildiz"), QStringLiteral("ozturk"),
                         QStringLiteral("boateng"), QStringLiteral("khadija"), QStringLiteral("mohamed"),
                         QStringLiteral("overvecht"), QStringLiteral("kanaleneiland"), QStringLiteral("schilderswijk"),
                         QStringLiteral("العمراني"), QStringLiteral("tesfay"), QStringLiteral("ahmadi"),
                         QStringLiteral("3562"), QStringLiteral("gulsum"), QStringLiteral("warsame"),
                         QStringLiteral("zzyzx")};
    const auto sample = families.search(QString(), 1000000);
    for (int i = 0; i < 6 && !sample.empty(); ++i)
        words << sample[size_t(rng.below(int(sample.size())))].code.toLower();
    std::vector<double> keySearch, keyApp;
    QJsonArray perWord;
    for (int round = 0; round < rounds; ++round) {
        for (const QString &w : words) {
            std::vector<double> thisWord;
            for (const QString &typed : keystrokes(w)) {
                double t = nowMs();
                const auto rows = families.search(typed, 50);
                const double s = nowMs() - t;
                t = nowMs();
                (void)families.count(typed);
                const double c = nowMs() - t;
                keySearch.push_back(s);
                keyApp.push_back(s + c);
                thisWord.push_back(s);
                Q_UNUSED(rows);
            }
            if (round == rounds - 1)
                perWord.append(QJsonObject{{QStringLiteral("word"), w},
                                           {QStringLiteral("keystrokes"), double(thisWord.size())},
                                           {QStringLiteral("search_p50_ms"), percentile(thisWord, 50)},
                                           {QStringLiteral("search_max_ms"), *std::max_element(thisWord.begin(), thisWord.end())},
                                           {QStringLiteral("matches"), families.count(w)}});
        }
    }
    doc.insert(u"search_as_you_type", QJsonObject{
        {QStringLiteral("words"), QJsonArray::fromStringList(words)},
        {QStringLiteral("rounds"), rounds},
        {QStringLiteral("search"), summary(keySearch)},
        {QStringLiteral("search_plus_count"), summary(keyApp)},
        {QStringLiteral("per_word_last_round"), perWord},
        {QStringLiteral("note"), QStringLiteral("search = FamilyRepository::search(prefix, 50); search_plus_count adds "
                                                "count(prefix), which the app's family list also runs per keystroke")}});

    // 4. One family with all its visits: random families, and the most visited ones.
    std::vector<QString> ids;
    for (int i = 0; i < 400; ++i)
        ids.push_back(sample[size_t(rng.below(int(sample.size())))].id);
    {
        Statement &s = store->db().prepare(QStringLiteral(
            "SELECT family_id FROM visit GROUP BY family_id ORDER BY count(*) DESC LIMIT 20"));
        while (s.step())
            ids.push_back(s.text(0));
        s.reset();
    }
    std::vector<double> loads, loadsFull;
    qint64 visitsLoaded = 0;
    int maxVisits = 0;
    for (const QString &id : ids) {
        double t = nowMs();
        const auto f = families.get(id);
        const auto v = visits.forFamily(id);
        loads.push_back(nowMs() - t);
        t = nowMs();
        const auto refs = ReferralRepository(*store).forFamily(id);
        const auto msgs = MessageRepository(*store).forFamily(id);
        loadsFull.push_back(loads.back() + nowMs() - t);
        if (!f)
            err() << "store: PROBLEM family " << id << " not found\n";
        visitsLoaded += qint64(v.size());
        maxVisits = std::max(maxVisits, int(v.size()));
    }
    doc.insert(u"family_load", QJsonObject{
        {QStringLiteral("families"), double(ids.size())},
        {QStringLiteral("visits_per_family_mean"), double(visitsLoaded) / double(ids.size())},
        {QStringLiteral("visits_per_family_max"), maxVisits},
        {QStringLiteral("family_and_visits"), summary(loads)},
        {QStringLiteral("with_referrals_and_messages"), summary(loadsFull)},
        {QStringLiteral("note"), QStringLiteral("FamilyRepository::get + VisitRepository::forFamily; 400 random families and "
                                                "the 20 most visited")}});
    store.reset();
    const qint64 peak = procStatusBytes(0, "VmHWM");
    doc.insert(u"peak_rss_bytes", double(peak));
    doc.insert(u"peak_rss_note", peakReset ? QStringLiteral("VmHWM of the measuring phase (reset via /proc/self/clear_refs "
                                                            "after generation); includes the 64 MiB Argon2id working memory")
                                           : QStringLiteral("VmHWM of the whole process (could not reset it)"));

    // Targets.
    const double searchP95 = percentile(keySearch, 95);
    const double openFirst = median(firstPageTotal);
    const double loadP95 = percentile(loads, 95);
    doc.insert(u"targets", QJsonObject{
        {QStringLiteral("search_p95_under_20ms"), searchP95 < 20},
        {QStringLiteral("open_first_page_excl_kdf_under_100ms"), openFirst < 100},
        {QStringLiteral("family_load_p95_under_10ms"), loadP95 < 10}});
    doc.insert(u"loadavg_at_end", loadAverage());

    const QString resultsDir = p.value(QStringLiteral("results-dir"));
    const QString written = resultsDir.isEmpty() ? QString() : writeResults(resultsDir, QStringLiteral("store"), doc);

    // Table.
    auto ok = [](bool b) { return b ? QStringLiteral("yes") : QStringLiteral("**no**"); };
    std::vector<QStringList> rows;
    if (!gen.isEmpty()) {
        rows.push_back({QStringLiteral("bulk insert (%1 records, %2 per tx)").arg(fmtInt(gen.value(u"records").toDouble())).arg(gen.value(u"writes_per_transaction").toInt()),
                        QStringLiteral("%1 s").arg(fmt(gen.value(u"insert_ms").toDouble() / 1000.0, 1)),
                        QStringLiteral("%1 records/s").arg(fmtInt(gen.value(u"insert_per_second").toDouble())), QString()});
        const QJsonObject ph = gen.value(u"phases").toObject();
        for (auto it = ph.begin(); it != ph.end(); ++it)
            rows.push_back({QStringLiteral("  %1").arg(it.key()), QStringLiteral("%1 s").arg(fmt(it->toObject().value(u"ms").toDouble() / 1000.0, 1)),
                            QStringLiteral("%1 records/s").arg(fmtInt(it->toObject().value(u"per_second").toDouble())), QString()});
    }
    rows.push_back({QStringLiteral("Argon2id key derivation (Device profile)"), QStringLiteral("%1 ms").arg(fmt(median(kdf))), QStringLiteral("median of 5"), QStringLiteral("reported apart")});
    rows.push_back({QStringLiteral("Store::open excl. KDF"), QStringLiteral("%1 ms").arg(fmt(median(openExKdf))), QStringLiteral("median of 5"), QString()});
    rows.push_back({QStringLiteral("first page: search(\"\", 50)"), QStringLiteral("%1 ms").arg(fmt(median(firstSearch))), QStringLiteral("cold page cache"), QString()});
    rows.push_back({QStringLiteral("open + first page (excl. KDF)"), QStringLiteral("%1 ms").arg(fmt(openFirst)), QStringLiteral("target < 100 ms"), ok(openFirst < 100)});
    rows.push_back({QStringLiteral("  + count(\"\") as the list shows it"), QStringLiteral("%1 ms").arg(fmt(median(firstPageApp))), QStringLiteral("search + count"), QString()});
    rows.push_back({QStringLiteral("search per keystroke p50 / p95"), QStringLiteral("%1 / %2 ms").arg(fmt(percentile(keySearch, 50), 2), fmt(searchP95, 2)),
                    QStringLiteral("%1 keystrokes, target p95 < 20 ms").arg(keySearch.size()), ok(searchP95 < 20)});
    rows.push_back({QStringLiteral("  search + count per keystroke p50 / p95"), QStringLiteral("%1 / %2 ms").arg(fmt(percentile(keyApp, 50), 2), fmt(percentile(keyApp, 95), 2)),
                    QStringLiteral("what the family list runs"), QString()});
    rows.push_back({QStringLiteral("family + all its visits p50 / p95"), QStringLiteral("%1 / %2 ms").arg(fmt(percentile(loads, 50), 2), fmt(loadP95, 2)),
                    QStringLiteral("%1 families, up to %2 visits, target p95 < 10 ms").arg(ids.size()).arg(maxVisits), ok(loadP95 < 10)});
    rows.push_back({QStringLiteral("  + referrals and their messages p50 / p95"), QStringLiteral("%1 / %2 ms").arg(fmt(percentile(loadsFull, 50), 2), fmt(percentile(loadsFull, 95), 2)), QString(), QString()});
    rows.push_back({QStringLiteral("file size"), QStringLiteral("%1 MiB").arg(fmt(double(bytes) / 1048576.0, 1)),
                    QStringLiteral("of which %1 MiB free pages (the synced outbox)").arg(fmt(double(freePages * pageSize) / 1048576.0, 1)), QString()});
    rows.push_back({QStringLiteral("peak RSS (VmHWM, measuring phase)"), QStringLiteral("%1 MiB").arg(fmt(double(peak) / 1048576.0, 1)),
                    QStringLiteral("incl. 64 MiB Argon2id"), QString()});
    if (gen.contains(u"peak_rss_bytes"))
        rows.push_back({QStringLiteral("peak RSS (VmHWM, generation)"), QStringLiteral("%1 MiB").arg(fmt(gen.value(u"peak_rss_bytes").toDouble() / 1048576.0, 1)), QString(), QString()});

    out() << "\nStore benchmark: " << fmtInt(n.families) << " families, " << fmtInt(n.visits) << " visits, "
          << fmtInt(n.referrals) << " referrals, " << fmtInt(n.messages) << " messages (" << (reuse ? "reused" : "generated")
          << "; load " << loadAverage() << ")\n";
    out() << table({QStringLiteral("what"), QStringLiteral("figure"), QStringLiteral("detail"), QStringLiteral("target met")}, rows, 1);
    out() << "store: " << path << " (+ .key), passphrase \"" << kPassphrase << "\"\n";
    if (!written.isEmpty())
        out() << "results: " << written << "\n";
    out().flush();
    return 0;
}
