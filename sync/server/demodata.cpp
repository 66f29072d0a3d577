#include "demodata.h"

#include "admin.h"
#include "ids.h"
#include "serverdatabase.h"

#include <QJsonArray>

namespace brug {

namespace {
QString fixedId(const char *name)
{
    return Ids::derived(QStringLiteral("brug-demo/") + QLatin1StringView(name));
}
} // namespace

QJsonObject DemoData::seed(const ServerDatabase &db)
{
    if (db.scalar(QStringLiteral("SELECT count(*) FROM orgs")).toInt() > 0)
        throw AdminError("this store already has organisations; seed-demo needs an empty store");
    Admin admin(db);
    const QString amal = admin.createOrganisation(
        QStringLiteral("Stichting Al Amal"), QStringLiteral("migrant_org"),
        {{QStringLiteral("city"), QStringLiteral("Utrecht")},
         {QStringLiteral("address"), QStringLiteral("Kanaalstraat 12, 3531 CH Utrecht")},
         {QStringLiteral("phone"), QStringLiteral("030 123 45 67")},
         {QStringLiteral("languages"), QJsonArray{QStringLiteral("ar"), QStringLiteral("ber"), QStringLiteral("nl")}}},
        fixedId("org/amal"));
    const QString provider = admin.createOrganisation(
        QStringLiteral("Centrum Jeugd en Gezin Utrecht West"), QStringLiteral("provider"),
        {{QStringLiteral("city"), QStringLiteral("Utrecht")},
         {QStringLiteral("address"), QStringLiteral("Columbuslaan 540, 3526 EP Utrecht")},
         {QStringLiteral("postcode"), QStringLiteral("3526 EP")},
         {QStringLiteral("phone"), QStringLiteral("030 286 33 00")},
         {QStringLiteral("website"), QStringLiteral("https://cjg.example.nl")},
         {QStringLiteral("opening_hours"), QStringLiteral("Mon-Fri 08:30-17:00\nWed 08:30-20:00")},
         {QStringLiteral("description"), QStringLiteral("Questions about growing up and raising children, for every family.")},
         {QStringLiteral("languages"), QJsonArray{QStringLiteral("nl"), QStringLiteral("ar"), QStringLiteral("tr")}}},
        fixedId("org/cjg"));

    QJsonObject users;
    QJsonObject codes;
    auto user = [&](const char *key, const QString &org, const QString &name, const char *role, QStringList langs) {
        const QString id = admin.createUser(org, name, QString::fromLatin1(role), langs,
                                            fixedId((QByteArray("user/") + key).constData()));
        users.insert(QString::fromLatin1(key), id);
        codes.insert(QString::fromLatin1(key), admin.issueEnrolmentCode(id, 24 * 30));
        return id;
    };
    user("amal", amal, QStringLiteral("Amal Haddou"), "intermediary", {QStringLiteral("ar"), QStringLiteral("nl")});
    user("kwame", amal, QStringLiteral("Kwame Mensah"), "intermediary", {QStringLiteral("ak"), QStringLiteral("en"), QStringLiteral("nl")});
    user("ayse", amal, QStringLiteral("Ayşe Yılmaz"), "contact_woman", {QStringLiteral("tr"), QStringLiteral("nl")});
    user("fatima", amal, QStringLiteral("Fatima El Idrissi"), "coordinator", {QStringLiteral("ar"), QStringLiteral("ber"), QStringLiteral("nl")});
    user("sanne", provider, QStringLiteral("Sanne de Vries"), "caseworker", {QStringLiteral("nl"), QStringLiteral("en")});
    user("joost", provider, QStringLiteral("Joost Bakker"), "manager", {QStringLiteral("nl")});

    admin.putDirectoryRecord(QStringLiteral("service"), provider,
                             {{QStringLiteral("name"), QStringLiteral("Parenting support")},
                              {QStringLiteral("description"), QStringLiteral("Short help with raising children, at home or at the centre.")},
                              {QStringLiteral("age_from"), 0}, {QStringLiteral("age_to"), 18},
                              {QStringLiteral("intake_info"), QStringLiteral("An intake talk within two weeks; an interpreter can join.")},
                              {QStringLiteral("languages"), QJsonArray{QStringLiteral("nl"), QStringLiteral("ar")}}},
                             fixedId("service/parenting"));
    admin.putDirectoryRecord(QStringLiteral("service"), provider,
                             {{QStringLiteral("name"), QStringLiteral("Youth health care")},
                              {QStringLiteral("description"), QStringLiteral("Growth, health and development of children 0-18.")},
                              {QStringLiteral("age_from"), 0}, {QStringLiteral("age_to"), 18}},
                             fixedId("service/health"));
    admin.putDirectoryRecord(QStringLiteral("contact_person"), provider,
                             {{QStringLiteral("name"), QStringLiteral("Sanne de Vries")},
                              {QStringLiteral("function"), QStringLiteral("Fixed contact for Al Amal")},
                              {QStringLiteral("phone"), QStringLiteral("030 286 33 12")},
                              {QStringLiteral("email"), QStringLiteral("s.devries@cjg.example.nl")},
                              {QStringLiteral("availability"), QStringLiteral("Mon, Tue, Thu")}},
                             fixedId("contact/sanne"));

    return {{QStringLiteral("organisations"),
             QJsonObject{{QStringLiteral("migrant_org"), amal}, {QStringLiteral("provider"), provider}}},
            {QStringLiteral("users"), users},
            {QStringLiteral("codes"), codes}};
}

} // namespace brug
