#include "serverrecord.h"

#include "jsontext.h"
#include "rawbody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace brug {

QByteArray ServerRecord::bodyJson() const
{
    // Written by hand: every push stores each record it touches again, and QJsonDocument's
    // writer (a QCborValue tree built and walked) was half of that cost.
    // The stamp and sequence most fields share are written once, under the name "" (no field's
    // name), and those fields as [value] alone: a record's fields are mostly written together,
    // and a stamp and sequence beside each value made a stored referral half as large again.
    const FieldState *common = nullptr;
    int best = 1;
    for (auto it = fields.begin(); it != fields.end() && best * 2 <= fields.size(); ++it) {
        int n = 0;
        for (auto jt = fields.begin(); jt != fields.end(); ++jt)
            n += jt->seq == it->seq && jt->stamp == it->stamp;
        if (n > best) {
            best = n;
            common = &*it;
        }
    }
    QByteArray out;
    out.reserve(32 * fields.size() + 256);
    // Fields in name order, as QJsonDocument wrote them: the same record, the same text.
    out += '{';
    if (common) {
        out += "\"\":[";
        JsonText::appendString(out, common->stamp);
        out += ',';
        out += QByteArray::number(common->seq);
        out += "],";
    }
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it != fields.begin())
            out += ',';
        JsonText::appendString(out, it.key());
        out += ":[";
        if (!it->storedText().isEmpty())
            out += it->storedText();
        else
            JsonText::appendValue(out, it->value());
        if (!common || it->seq != common->seq || it->stamp != common->stamp) {
            out += ',';
            JsonText::appendString(out, it->stamp);
            out += ',';
            out += QByteArray::number(it->seq);
        }
        out += ']';
    }
    out += '}';
    return out;
}

void ServerRecord::parseBody(const QByteArray &json)
{
    fields.clear();
    // The values stay text until read (FieldState::stored). Fields come in name order, so the
    // map is built by appending; a stamp most fields share is one string, not one each.
    QString lastStamp;
    QByteArrayView lastStampText;
    const bool read = RawBody::forEachField(json, [&](QByteArrayView name, QByteArrayView value, QByteArrayView stamp, qint64 seq) {
        if (stamp != lastStampText) {
            lastStamp = QString::fromUtf8(stamp);
            lastStampText = stamp;
        }
        fields.insert(QString::fromUtf8(name), FieldState::stored(value.toByteArray(), lastStamp, seq));
    });
    if (read)
        return;
    fields.clear();
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    fields.reserve(o.size());
    QString commonStamp;
    qint64 commonSeq = 0;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonArray a = it->toArray();
        if (it.key().isEmpty()) {
            commonStamp = a.at(0).toString();
            commonSeq = qint64(a.at(1).toDouble());
        } else if (a.size() == 1) {
            fields.insert(it.key(), FieldState{a.at(0), commonStamp, commonSeq});
        } else {
            fields.insert(it.key(), FieldState{a.at(0), a.at(1).toString(), qint64(a.at(2).toDouble())});
        }
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
