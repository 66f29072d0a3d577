// The demo dataset: deterministic, valid field by field against the schema, and telling a
// coherent story (referrals rest on consents, follow-ups fall due today, the brochure's risk
// factors dominate).
#include "catalogue.h"
#include "demogenerator.h"
#include "fieldvalidator.h"
#include "ids.h"
#include "schema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>
#include <QtTest>
#include <map>

using namespace brug;

namespace {
const QDate kToday(2026, 11, 30);

QString key(const DemoWrite &w)
{
    return w.entity + u'/' + w.id;
}

/// Every record as it stands after all its writes, in order of first write.
std::map<QString, QJsonObject> replay(const DemoContent &c)
{
    std::map<QString, QJsonObject> out;
    for (const DemoWrite &w : c.writes) {
        QJsonObject &r = out[key(w)];
        for (auto it = w.fields.begin(); it != w.fields.end(); ++it)
            r.insert(it.key(), it.value());
        r.insert(QStringLiteral("_entity"), w.entity);
        r.insert(QStringLiteral("_id"), w.id);
    }
    return out;
}

std::vector<QJsonObject> ofEntity(const std::map<QString, QJsonObject> &records, const QString &entity)
{
    std::vector<QJsonObject> out;
    for (const auto &[k, r] : records)
        if (r.value(u"_entity").toString() == entity)
            out.push_back(r);
    return out;
}

QString idOf(const DemoContent &c, const QString &key)
{
    for (const DemoUser &u : c.users)
        if (u.key == key)
            return u.id;
    for (const DemoOrganisation &o : c.organisations)
        if (o.key == key)
            return o.id;
    return {};
}

QDate dateOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(QByteArrayLiteral("Europe/Amsterdam"))).date();
}

bool sameWrite(const DemoWrite &a, const DemoWrite &b)
{
    return a.entity == b.entity && a.id == b.id && a.orgKey == b.orgKey && a.authorKey == b.authorKey &&
           a.at == b.at && a.fields == b.fields;
}
} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void deterministicForASeed()
    {
        const DemoContent a = DemoGenerator::generate(kToday);
        const DemoContent b = DemoGenerator::generate(kToday, 2026);
        QCOMPARE(a.writes.size(), b.writes.size());
        for (size_t i = 0; i < a.writes.size(); ++i)
            QVERIFY2(sameWrite(a.writes[i], b.writes[i]), qPrintable(key(a.writes[i])));
        QCOMPARE(a.organisations.size(), b.organisations.size());
        QCOMPARE(a.users.size(), b.users.size());

        const DemoContent other = DemoGenerator::generate(kToday, 7);
        bool differs = other.writes.size() != a.writes.size();
        for (size_t i = 0; !differs && i < a.writes.size(); ++i)
            differs = !sameWrite(a.writes[i], other.writes[i]);
        QVERIFY2(differs, "another seed gives other visits, dates and notes");
    }

    void idsAreStable()
    {
        const DemoContent c = DemoGenerator::generate(kToday);
        QCOMPARE(idOf(c, QStringLiteral("amal")), Ids::derived(QStringLiteral("brug-demo/user/amal")));
        QCOMPARE(idOf(c, QStringLiteral("sanne")), Ids::derived(QStringLiteral("brug-demo/user/sanne")));
        const QStringList orgs{QStringLiteral("amal"), QStringLiteral("cjg")};
        for (const QString &o : orgs) {
            bool found = false;
            for (const DemoOrganisation &org : c.organisations)
                found = found || (org.key == o && org.id == Ids::derived(QStringLiteral("brug-demo/org/") + o));
            QVERIFY2(found, qPrintable(o));
        }
        QStringList userKeys;
        for (const DemoUser &u : c.users)
            userKeys << u.key;
        QCOMPARE(userKeys, (QStringList{"amal", "kwame", "ayse", "fatima", "sanne", "joost"}));
        const auto records = replay(c);
        QVERIFY(records.count(QStringLiteral("family/") + Ids::derived(QStringLiteral("brug-demo/family/1"))));
        QVERIFY(records.count(QStringLiteral("service/") + Ids::derived(QStringLiteral("brug-demo/service/parenting"))));
        QVERIFY(records.count(QStringLiteral("contact_person/") + Ids::derived(QStringLiteral("brug-demo/contact/sanne"))));
        for (const DemoWrite &w : c.writes)
            QVERIFY(Ids::isValid(w.id));
    }

    void everyFieldIsValid_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("monday") << kToday << quint32(2026);
        QTest::newRow("friday, other seed") << QDate(2027, 3, 5) << quint32(11);
        QTest::newRow("sunday") << QDate(2026, 6, 14) << quint32(99);
        QTest::newRow("new year, leap") << QDate(2028, 1, 1) << quint32(3);
    }

    void everyFieldIsValid()
    {
        QFETCH(QDate, today);
        QFETCH(quint32, seed);
        const DemoContent c = DemoGenerator::generate(today, seed);
        QSet<QString> orgKeys, userKeys;
        for (const DemoOrganisation &o : c.organisations) {
            orgKeys.insert(o.key);
            QVERIFY(Ids::isValid(o.id));
            QVERIFY(Catalogue::contains(u"org_kind", o.kind));
            const EntityDef *def = Schema::entity(u"organisation");
            for (auto it = o.details.begin(); it != o.details.end(); ++it) {
                const FieldDef *f = def->field(it.key());
                QVERIFY2(f && !f->meta, qPrintable(it.key()));
                const auto error = validateField(*f, it.value());
                QVERIFY2(!error, qPrintable(o.key + u' ' + (error ? error->message : QString())));
            }
        }
        for (const DemoUser &u : c.users) {
            userKeys.insert(u.key);
            QVERIFY(orgKeys.contains(u.orgKey));
            QVERIFY(Catalogue::contains(u"role", u.role));
            for (const QString &l : u.languages)
                QVERIFY(Catalogue::contains(u"language", l));
        }

        const qint64 startOfToday = QDateTime(today, QTime(0, 0), QTimeZone(QByteArrayLiteral("Europe/Amsterdam")))
                                        .toMSecsSinceEpoch();
        const qint64 fiveMonthsAgo = startOfToday - qint64(155) * 24 * 3600 * 1000;
        qint64 previous = 0;
        for (const DemoWrite &w : c.writes) {
            const EntityDef *def = Schema::entity(w.entity);
            QVERIFY2(def, qPrintable(w.entity));
            QVERIFY2(w.entity != u"organisation" && w.entity != u"user" && w.entity != u"conflict",
                     "organisations and users come through Admin");
            QVERIFY2(orgKeys.contains(w.orgKey), qPrintable(key(w)));
            QVERIFY2(w.authorKey.isEmpty() ? w.orgKey == u"vechtoever" : userKeys.contains(w.authorKey),
                     qPrintable(key(w)));
            QVERIFY2(w.at >= previous, "writes are in time order");
            QVERIFY2(w.at < startOfToday && w.at > fiveMonthsAgo, qPrintable(key(w)));
            previous = w.at;
            QVERIFY(!w.fields.isEmpty());
            for (auto it = w.fields.begin(); it != w.fields.end(); ++it) {
                const FieldDef *f = def->field(it.key());
                QVERIFY2(f, qPrintable(w.entity + u'.' + it.key()));
                QVERIFY2(!f->meta, qPrintable(w.entity + u'.' + it.key() + QStringLiteral(" is set by the sink")));
                const auto error = validateField(*f, it.value());
                QVERIFY2(!error, qPrintable(error ? error->message : QString()));
                // The provider's half of a referral is the caseworker's; the rest the organisation's.
                if (w.entity == u"referral")
                    QCOMPARE(f->writer == Writer::Provider, w.authorKey == u"sanne");
            }
            if (w.entity == u"service" || w.entity == u"contact_person")
                QVERIFY(w.orgKey != u"amal");
            else
                QCOMPARE(w.orgKey, QStringLiteral("amal"));
        }
    }

    void sentReferralsRestOnAnActiveConsent()
    {
        const DemoContent c = DemoGenerator::generate(kToday);
        std::map<QString, QJsonObject> state;
        int sent = 0;
        for (const DemoWrite &w : c.writes) {
            QJsonObject &r = state[key(w)];
            const bool sentBefore = r.value(u"state").toString() == u"sent";
            for (auto it = w.fields.begin(); it != w.fields.end(); ++it)
                r.insert(it.key(), it.value());
            if (w.entity == u"referral" && w.fields.contains(u"status")) {
                QVERIFY2(sentBefore, "the provider answers only what was sent");
                QCOMPARE(w.fields.value(u"status_by").toString(), idOf(c, QStringLiteral("sanne")));
                QCOMPARE(qint64(w.fields.value(u"status_at").toDouble()), w.at);
            }
            if (w.entity != u"referral" || w.fields.value(u"state").toString() != u"sent")
                continue;
            ++sent;
            QCOMPARE(qint64(w.fields.value(u"sent_at").toDouble()), w.at);
            const QString consentId = r.value(u"consent_id").toString();
            QVERIFY2(!consentId.isEmpty(), qPrintable(w.id));
            const auto consent = state.find(QStringLiteral("consent/") + consentId);
            QVERIFY2(consent != state.end(), "the consent was recorded before sending");
            const QJsonObject &cs = consent->second;
            QCOMPARE(cs.value(u"family_id").toString(), r.value(u"family_id").toString());
            QCOMPARE(cs.value(u"provider_id").toString(), r.value(u"provider_id").toString());
            QVERIFY(cs.value(u"withdrawn_on").isUndefined() || cs.value(u"withdrawn_on").isNull());
            const auto given = Dates::parse(cs.value(u"given_on").toString());
            QVERIFY(given && *given <= dateOf(w.at));
            QVERIFY(cs.value(u"shares").toArray().contains(QStringLiteral("identity")));
        }
        QVERIFY(sent >= 10);
    }

    void theStoryHoldsTogether()
    {
        const DemoContent c = DemoGenerator::generate(kToday);
        const auto records = replay(c);
        const QString cjg = idOf(c, QStringLiteral("cjg"));
        const QString sanne = idOf(c, QStringLiteral("sanne"));

        // The directory: two providers to choose from; only the CJG has users.
        QCOMPARE(c.organisations.size(), size_t(3));
        int providers = 0;
        for (const DemoOrganisation &o : c.organisations)
            providers += o.kind == u"provider";
        QCOMPARE(providers, 2);
        std::map<QString, int> services, contacts;
        for (const QJsonObject &s : ofEntity(records, QStringLiteral("service")))
            ++services[s.value(u"provider_id").toString()];
        for (const QJsonObject &s : ofEntity(records, QStringLiteral("contact_person")))
            ++contacts[s.value(u"provider_id").toString()];
        QVERIFY(services[cjg] >= 3 && services[cjg] <= 4);
        QCOMPARE(contacts[cjg], 2);
        const QString other = idOf(c, QStringLiteral("vechtoever"));
        QVERIFY(services[other] >= 1 && contacts[other] >= 1);

        // Families: varied origins, codes, phones, children.
        const auto families = ofEntity(records, QStringLiteral("family"));
        QVERIFY(families.size() >= 30 && families.size() <= 40);
        QSet<QString> codes, countries;
        const QRegularExpression codeRe(QStringLiteral("^F-[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{5}$"));
        std::map<QString, int> perIntermediary;
        for (const QJsonObject &f : families) {
            const QString code = f.value(u"code").toString();
            QVERIFY2(codeRe.match(code).hasMatch(), qPrintable(code));
            QVERIFY(!codes.contains(code));
            codes.insert(code);
            countries.insert(f.value(u"country_of_origin").toString());
            QVERIFY(f.value(u"phone").toString().startsWith(u"06 00 "));
            const QJsonArray kids = f.value(u"children").toArray();
            QVERIFY(kids.size() >= 1 && kids.size() <= 5);
            for (const QJsonValue &k : kids)
                QVERIFY(k[u"birth_year"].toInt() >= 2008 && k[u"birth_year"].toInt() <= 2024);
            QVERIFY(f.value(u"languages").toArray().contains(f.value(u"preferred_language")));
            ++perIntermediary[f.value(u"intermediary_id").toString()];
        }
        QCOMPARE(countries, (QSet<QString>{"MA", "TR", "GH", "SY", "ER", "SO", "SR"}));
        QVERIFY(perIntermediary[idOf(c, QStringLiteral("amal"))] > perIntermediary[idOf(c, QStringLiteral("kwame"))]);
        QVERIFY(perIntermediary[idOf(c, QStringLiteral("kwame"))] >= 7);

        // Visits: 2 to 6 a family, by its intermediary; actions answer the risk factors seen.
        std::map<QString, int> visitsPerFamily;
        std::map<QString, int> riskCount;
        int dueToday = 0, dueThisWeek = 0;
        QSet<QString> dueTodayFor;
        std::map<QString, QString> familyIntermediary;
        for (const QJsonObject &f : families)
            familyIntermediary[f.value(u"_id").toString()] = f.value(u"intermediary_id").toString();
        for (const QJsonObject &v : ofEntity(records, QStringLiteral("visit"))) {
            const QString family = v.value(u"family_id").toString();
            ++visitsPerFamily[family];
            QCOMPARE(v.value(u"intermediary_id").toString(), familyIntermediary[family]);
            QVERIFY(v.value(u"duration_min").toInt() >= 30 && v.value(u"duration_min").toInt() <= 120);
            QVERIFY(!v.value(u"note").toString().isEmpty());
            const QJsonArray risks = v.value(u"risk_factors").toArray();
            QVERIFY(!risks.isEmpty());
            for (const QJsonValue &r : risks)
                ++riskCount[r.toString()];
            for (const QJsonValue &a : v.value(u"actions").toArray()) {
                if (a == QJsonValue(QStringLiteral("information")) || a == QJsonValue(QStringLiteral("referral")))
                    continue;
                const CatalogueItem *item = Catalogue::find(u"action", a.toString());
                bool answers = false;
                for (QLatin1StringView rel : item->related)
                    answers = answers || risks.contains(QString(rel));
                QVERIFY2(answers, qPrintable(a.toString()));
            }
            const auto follow = Dates::parse(v.value(u"follow_up_on").toString());
            if (follow && *follow == kToday) {
                ++dueToday;
                dueTodayFor.insert(v.value(u"intermediary_id").toString());
            }
            if (follow && *follow >= kToday && *follow < kToday.addDays(7))
                ++dueThisWeek;
        }
        QCOMPARE(visitsPerFamily.size(), families.size());
        for (const auto &[f, n] : visitsPerFamily)
            QVERIFY2(n >= 2 && n <= 6, qPrintable(QStringLiteral("%1 visits").arg(n)));
        QVERIFY2(dueToday >= 3, "the home page has work today");
        QVERIFY(dueThisWeek >= 7);
        QVERIFY(dueTodayFor.contains(idOf(c, QStringLiteral("amal"))));
        QVERIFY(dueTodayFor.contains(idOf(c, QStringLiteral("kwame"))));

        // The brochure's six largest risks are the six seen most.
        std::vector<std::pair<int, QString>> ranked;
        for (const auto &[rf, n] : riskCount)
            ranked.push_back({n, rf});
        std::sort(ranked.rbegin(), ranked.rend());
        QSet<QString> top;
        for (size_t i = 0; i < 6 && i < ranked.size(); ++i)
            top.insert(ranked[i].second);
        QCOMPARE(top, (QSet<QString>{"rf09", "rf03", "rf07", "rf01", "rf10", "rf13"}));
        QSet<QString> clusters;
        for (const auto &[rf, n] : riskCount)
            clusters.insert(QString(Catalogue::find(u"risk_factor", rf)->group));
        QCOMPARE(clusters.size(), 3);

        // Meetings by the contact woman.
        const auto meetings = ofEntity(records, QStringLiteral("meeting"));
        QVERIFY(meetings.size() >= 10 && meetings.size() <= 14);
        int present = 0, requested = 0;
        for (const QJsonObject &m : meetings) {
            QCOMPARE(m.value(u"contact_woman_id").toString(), idOf(c, QStringLiteral("ayse")));
            QVERIFY(m.value(u"women").toInt() >= 6 && m.value(u"women").toInt() <= 30);
            QVERIFY(m.value(u"men").toInt() <= 3);
            QVERIFY(!m.value(u"questions").toString().isEmpty());
            const bool p = m.value(u"provider_present").toBool(), r = m.value(u"provider_requested").toBool();
            present += p;
            requested += r;
            if (p || r)
                QCOMPARE(m.value(u"provider_id").toString(), cjg);
        }
        QVERIFY(present >= 2 && requested >= 2);

        // Consents: about twelve families with the CJG, two withdrawn.
        QSet<QString> consentFamilies;
        int withdrawn = 0;
        for (const QJsonObject &cs : ofEntity(records, QStringLiteral("consent"))) {
            if (cs.value(u"provider_id").toString() == cjg)
                consentFamilies.insert(cs.value(u"family_id").toString());
            withdrawn += cs.contains(u"withdrawn_on");
            if (cs.value(u"method").toString() == u"verbal_witness")
                QVERIFY(!cs.value(u"witness").toString().isEmpty());
            if (cs.value(u"method").toString() == u"interpreter")
                QVERIFY(!cs.value(u"interpreter_language").toString().isEmpty());
        }
        QVERIFY(consentFamilies.size() >= 10 && consentFamilies.size() <= 14);
        QCOMPARE(withdrawn, 2);

        // Referrals in every state of the flow.
        const auto referrals = ofEntity(records, QStringLiteral("referral"));
        QVERIFY(referrals.size() >= 12 && referrals.size() <= 14);
        std::map<QString, int> shown;
        int urgentNew = 0;
        QSet<QDate> intakes;
        for (const QJsonObject &r : referrals) {
            const QString status = r.value(u"status").toString();
            const QString display = status.isEmpty() ? r.value(u"state").toString() : status;
            ++shown[display];
            if (display == u"sent" && r.value(u"urgency").toString() == u"urgent")
                ++urgentNew;
            if (status == u"intake_planned") {
                intakes.insert(*Dates::parse(r.value(u"intake_on").toString()));
                QVERIFY(!r.value(u"intake_place").toString().isEmpty());
                QCOMPARE(r.value(u"intake_time").toString().size(), 5);
            }
            if (status == u"declined")
                QVERIFY(!r.value(u"decline_reason").toString().isEmpty() && !r.value(u"suggestion").toString().isEmpty());
            if (status == u"closed")
                QVERIFY(!r.value(u"outcome").toString().isEmpty());
            if (status == u"more_info")
                QVERIFY(!r.value(u"question").toString().isEmpty());
        }
        QCOMPARE(shown[QStringLiteral("draft")], 2);
        QCOMPARE(shown[QStringLiteral("sent")], 3);
        QCOMPARE(urgentNew, 1);
        for (const char *s : {"received", "more_info", "in_care", "declined", "closed"})
            QVERIFY2(shown[QString::fromLatin1(s)] >= 1, s);
        QVERIFY(shown[QStringLiteral("intake_planned")] >= 2);
        for (const QDate &d : intakes)
            QVERIFY(d > kToday && d <= kToday.addDays(14));
        QVERIFY(std::any_of(intakes.begin(), intakes.end(), [](const QDate &d) { return d < kToday.addDays(7); }));
        QVERIFY(std::any_of(intakes.begin(), intakes.end(), [](const QDate &d) { return d >= kToday.addDays(7); }));

        // Threads: a status entry by the caseworker for every status change, text both ways.
        int statusChanges = 0, statusMessages = 0;
        QSet<QString> textAuthors;
        for (const DemoWrite &w : c.writes) {
            if (w.entity == u"referral" && w.fields.contains(u"status"))
                ++statusChanges;
            if (w.entity != u"message")
                continue;
            QVERIFY(records.count(QStringLiteral("referral/") + w.fields.value(u"referral_id").toString()));
            if (w.fields.value(u"kind").toString() == u"status") {
                ++statusMessages;
                QCOMPARE(w.authorKey, QStringLiteral("sanne"));
                QVERIFY(Catalogue::contains(u"referral_status", w.fields.value(u"status").toString()));
            } else {
                textAuthors.insert(w.authorKey);
                QVERIFY(!w.fields.value(u"body").toString().isEmpty());
            }
        }
        QCOMPARE(statusMessages, statusChanges);
        QVERIFY(textAuthors.contains(QStringLiteral("sanne")));
        QVERIFY(textAuthors.contains(QStringLiteral("amal")));
        QVERIFY(textAuthors.contains(QStringLiteral("kwame")));
        Q_UNUSED(sanne);

        // Hours and expenses of the three volunteers, the last three months.
        std::map<QString, int> entries;
        for (const QJsonObject &t : ofEntity(records, QStringLiteral("time_entry"))) {
            ++entries[t.value(u"user_id").toString()];
            const QDate d = *Dates::parse(t.value(u"date").toString());
            QVERIFY(d >= kToday.addDays(-92) && d < kToday);
            QVERIFY(t.value(u"minutes").toInt() > 0 && t.value(u"minutes").toInt() <= 240);
            QVERIFY(t.value(u"distance_km").toDouble() <= 20);
            QVERIFY(t.value(u"expenses_cents").toInt() <= 2000);
            if (t.value(u"expenses_cents").toInt() > 0)
                QVERIFY(!t.value(u"expense_note").toString().isEmpty());
        }
        for (const char *u : {"amal", "kwame", "ayse"})
            QVERIFY2(entries[idOf(c, QString::fromLatin1(u))] >= 20, u);
    }

    void namesOfTheCommunities()
    {
        const DemoContent c = DemoGenerator::generate(kToday);
        QString names;
        for (const QJsonObject &f : ofEntity(replay(c), QStringLiteral("family")))
            names += f.value(u"name").toString() + u'\n';
        QVERIFY2(names.contains(QRegularExpression(QStringLiteral("[\\x{0600}-\\x{06FF}]"))), "Arabic script");
        for (const char16_t *turkish : {u"ş", u"ğ", u"ı", u"ç", u"ö", u"ü"})
            QVERIFY2(names.contains(QStringView(turkish), Qt::CaseInsensitive), qPrintable(QString::fromUtf16(turkish)));
        for (const char *twi : {"Akosua", "Kofi", "Ama ", "Yaw", "Kwabena", "Owusu", "Boateng", "Asante"})
            QVERIFY2(names.contains(QString::fromLatin1(twi)), twi);
        for (const char *other : {"El Amrani", "Azzouzi", "Al-Hassan", "Tesfay", "Warsame", "Pinas"})
            QVERIFY2(names.contains(QString::fromLatin1(other)), other);
    }

    void wordsMatter()
    {
        // Gentle, neutral wording (domain.md, "Words matter"): no labels that shame a family.
        const DemoContent c = DemoGenerator::generate(kToday);
        const QStringList harsh{"geweld", "mishandel", "probleemgezin", "multiprobleem", "verwaarloos",
                                "agressie", "asociaal", "crimineel"};
        for (const DemoWrite &w : c.writes)
            for (auto it = w.fields.begin(); it != w.fields.end(); ++it)
                if (it->isString())
                    for (const QString &h : harsh)
                        QVERIFY2(!it->toString().contains(h, Qt::CaseInsensitive),
                                 qPrintable(key(w) + u' ' + it.key()));
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
