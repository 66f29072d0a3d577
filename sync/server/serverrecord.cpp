#include "serverrecord.h"

#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace brug {

QByteArray ServerRecord::bodyJson() const
{
    // Written by hand: every push stores each record it touches again, and QJsonDocument's
    // writer (a QCborValue tree built and walked) was half of that cost.
    QByteArray out;
    out.reserve(64 * fields.size() + 256);
    // Fields in name order, as QJsonDocument wrote them: the same record, the same text.
    out += '{';
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it != fields.begin())
            out += ',';
        JsonText::appendString(out, it.key());
        out += ":[";
        JsonText::appendValue(out, it->value);
        out += ',';
        JsonText::appendString(out, it->stamp);
        out += ',';
        out += QByteArray::number(it->seq);
        out += ']';
    }
    out += '}';
    return out;
}

void ServerRecord::parseBody(const QByteArray &json)
{
    fields.clear();
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    fields.reserve(o.size());
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
