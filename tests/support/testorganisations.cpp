#include "testorganisations.h"

#include "serverprocess.h"

#include <QStringList>
#include <tuple>
#include <vector>

namespace brug::test {

QJsonObject createOrganisations(ServerProcess &server)
{
    QString error;
    auto id = [&](const QStringList &args) {
        const QString v = server.admin(args, &error).value(u"id").toString();
        if (v.isEmpty())
            qWarning("%s failed: %s", qPrintable(args.join(u' ')), qPrintable(error));
        return v;
    };
    const QString org = id({QStringLiteral("create-org"), QStringLiteral("--name"), QStringLiteral("Stichting Test"),
                            QStringLiteral("--kind"), QStringLiteral("migrant_org")});
    const QString provider = id({QStringLiteral("create-org"), QStringLiteral("--name"), QStringLiteral("Jeugdzorg Test"),
                                 QStringLiteral("--kind"), QStringLiteral("provider")});
    QJsonObject users, codes;
    const std::vector<std::tuple<const char *, QString, const char *>> people = {
        {"amal", org, "intermediary"}, {"kwame", org, "intermediary"}, {"ayse", org, "contact_woman"},
        {"fatima", org, "coordinator"}, {"sanne", provider, "caseworker"}};
    for (const auto &[key, orgId, role] : people) {
        const QString user = id({QStringLiteral("create-user"), QStringLiteral("--org"), orgId, QStringLiteral("--name"),
                                 QString::fromLatin1(key), QStringLiteral("--role"), QString::fromLatin1(role)});
        users.insert(QLatin1StringView(key), user);
        codes.insert(QLatin1StringView(key),
                     server.admin({QStringLiteral("enrol-code"), QStringLiteral("--user"), user}, &error).value(u"code").toString());
    }
    return {{QStringLiteral("organisations"),
             QJsonObject{{QStringLiteral("migrant_org"), org}, {QStringLiteral("provider"), provider}}},
            {QStringLiteral("users"), users},
            {QStringLiteral("codes"), codes}};
}

} // namespace brug::test
