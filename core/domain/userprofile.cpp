#include "userprofile.h"

namespace brug {

UserProfile UserProfile::fromRecord(const Record &r)
{
    UserProfile x;
    x.id = r.id;
    x.orgId = Json::str(r.fields, u"org_id");
    x.displayName = Json::str(r.fields, u"display_name");
    x.role = Json::str(r.fields, u"role");
    x.active = Json::boolean(r.fields, u"active", true);
    x.languages = Json::strings(r.fields, u"languages");
    x.meta = RecordMeta::fromRecord(r);
    return x;
}

} // namespace brug
