#include "message.h"

namespace brug {

QJsonObject Message::toFields() const
{
    return {{QStringLiteral("referral_id"), Json::id(referralId)},
            {QStringLiteral("kind"), Json::text(kind)},
            {QStringLiteral("body"), Json::text(body)},
            {QStringLiteral("status"), Json::text(status)}};
}

Message Message::fromRecord(const Record &r)
{
    Message x;
    x.id = r.id;
    x.referralId = Json::str(r.fields, u"referral_id");
    x.kind = Json::str(r.fields, u"kind");
    x.body = Json::str(r.fields, u"body");
    x.status = Json::str(r.fields, u"status");
    x.meta = RecordMeta::fromRecord(r);
    return x;
}

} // namespace brug
