#include "demodata.h"

#include "admin.h"
#include "demogenerator.h"
#include "recordtable.h"
#include "serverdatabase.h"
#include "visibility.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <map>

namespace brug {

QJsonObject DemoData::seed(const ServerDatabase &db)
{
    if (db.scalar(QStringLiteral("SELECT count(*) FROM orgs")).toInt() > 0)
        throw AdminError("this store already has organisations; seed-demo needs an empty store");
    const DemoContent demo = DemoGenerator::generate(QDate::currentDate());

    // Organisations and users as an operator makes them, with the demo's stable ids.
    Admin admin(db);
    QHash<QString, QString> orgIds;
    QHash<QString, QString> userIds;
    for (const DemoOrganisation &o : demo.organisations)
        orgIds.insert(o.key, admin.createOrganisation(o.name, o.kind, o.details, o.id));
    QJsonObject users;
    QJsonObject codes;
    for (const DemoUser &u : demo.users) {
        const QString id = admin.createUser(orgIds.value(u.orgKey), u.name, u.role, u.languages, u.id);
        userIds.insert(u.key, id);
        users.insert(u.key, id);
        codes.insert(u.key, admin.issueEnrolmentCode(id, 24 * 30));
    }

    // Then every record, write by write in time order, as if its author had made it then.
    std::map<QString, int> counts;
    QSet<QString> families;
    QSet<QString> meetings;
    {
        WriteTransaction tx(db);
        RecordTable table(db);
        table.beginSequence();
        QSet<QString> created;
        for (const DemoWrite &w : demo.writes) {
            const QString author = userIds.value(w.authorKey);
            const bool first = !created.contains(w.entity + u'/' + w.id);
            QJsonObject fields = w.fields;
            if (!author.isEmpty()) {
                fields.insert(QStringLiteral("updated_by"), author);
                if (first)
                    fields.insert(QStringLiteral("created_by"), author);
            }
            const bool isPublic = w.entity == u"organisation" || w.entity == u"service" || w.entity == u"contact_person";
            ServerRecord r = table.writeAsServer(w.entity, w.id, orgIds.value(w.orgKey),
                                                 isPublic ? QStringLiteral("public") : QStringLiteral("org"), fields);
            // writeAsServer stamps the server's clock time; the demo's records carry their own.
            const FieldState &stamped = r.fields[QStringLiteral("updated_at")];
            const FieldState at{QJsonValue(double(w.at)), stamped.stamp, stamped.seq};
            r.fields.insert(QStringLiteral("updated_at"), at);
            if (first) {
                r.fields.insert(QStringLiteral("created_at"), at);
                created.insert(w.entity + u'/' + w.id);
                ++counts[w.entity];
            }
            table.save(r);
            if (w.entity == u"referral" || w.entity == u"consent")
                families.insert(r.familyId);
            else if (w.entity == u"meeting")
                meetings.insert(r.id);
        }
        // The caseworker's view: which referrals, consents and families the provider may see,
        // and the meetings it was asked to or came to.
        Visibility visibility(db, table);
        visibility.refreshFamilies(families);
        visibility.refreshMeetings(meetings);
        table.finishSequence();
        tx.commit();
    }

    QJsonObject records;
    for (const auto &[entity, n] : counts)
        records.insert(entity, n);
    return {{QStringLiteral("organisations"),
             QJsonObject{{QStringLiteral("migrant_org"), orgIds.value(QStringLiteral("amal"))},
                         {QStringLiteral("provider"), orgIds.value(QStringLiteral("cjg"))}}},
            {QStringLiteral("users"), users},
            {QStringLiteral("codes"), codes},
            {QStringLiteral("records"), records}};
}

} // namespace brug
