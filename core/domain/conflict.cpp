#include "conflict.h"

namespace brug {

Conflict Conflict::fromRecord(const Record &r)
{
    const QJsonObject &f = r.fields;
    Conflict x;
    x.id = r.id;
    x.entity = Json::str(f, u"entity");
    x.recordId = Json::str(f, u"record_id");
    x.field = Json::str(f, u"field");
    x.winnerValue = f.value(u"winner_value");
    x.winnerStamp = Json::str(f, u"winner_stamp");
    x.loserValue = f.value(u"loser_value");
    x.loserStamp = Json::str(f, u"loser_stamp");
    x.resolvedAt = Json::int64(f, u"resolved_at");
    x.resolvedBy = Json::str(f, u"resolved_by");
    x.resolution = Json::str(f, u"resolution");
    x.meta = RecordMeta::fromRecord(r);
    return x;
}

} // namespace brug
