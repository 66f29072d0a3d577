#include "serverrecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace brug {

QByteArray ServerRecord::bodyJson() const
{
    QJsonObject o;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        o.insert(it.key(), QJsonArray{it->value, it->stamp, double(it->seq)});
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void ServerRecord::parseBody(const QByteArray &json)
{
    fields.clear();
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonArray a = it->toArray();
        fields.insert(it.key(), FieldState{a.at(0), a.at(1).toString(), qint64(a.at(2).toDouble())});
    }
}

void ServerRecord::deriveAudienceColumns()
{
    if (entity == u"referral" || entity == u"consent") {
        providerId = text(QStringLiteral("provider_id"));
        familyId = text(QStringLiteral("family_id"));
    } else if (entity == u"visit" || entity == u"time_entry") {
        familyId = text(QStringLiteral("family_id"));
    } else if (entity == u"family") {
        familyId = id;
    } else if (entity == u"message") {
        referralId = text(QStringLiteral("referral_id"));
    } else if (entity == u"service" || entity == u"contact_person") {
        providerId = text(QStringLiteral("provider_id"));
    }
}

} // namespace brug
