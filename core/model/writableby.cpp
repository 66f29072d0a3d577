#include "writableby.h"

namespace brug {

bool WritableBy::isProviderRole(QStringView role)
{
    return role == u"caseworker" || role == u"manager";
}

bool WritableBy::isMigrantOrgRole(QStringView role)
{
    return role == u"intermediary" || role == u"contact_woman" || role == u"coordinator";
}

bool WritableBy::isKnownRole(QStringView role)
{
    return isProviderRole(role) || isMigrantOrgRole(role);
}

namespace {
bool writerAllows(QStringView role, Writer w)
{
    switch (w) {
    case Writer::Owner: return WritableBy::isMigrantOrgRole(role);
    case Writer::Provider: return WritableBy::isProviderRole(role);
    case Writer::Receiver: return WritableBy::isKnownRole(role);
    case Writer::OrgAdmin: return role == u"coordinator" || role == u"manager";
    case Writer::Nobody: return false;
    }
    return false;
}
} // namespace

bool WritableBy::mayWrite(QStringView role, const EntityDef &entity, const FieldDef &field)
{
    if (!field.meta)
        return writerAllows(role, field.writer);
    // Making a record and its tombstone belong to the entity's own writers (a provider answers a
    // referral, it does not delete it nor become its author); who changed it last is stamped by
    // whoever may change any of its fields.
    if (field.name == u"created_at" || field.name == u"created_by" || field.name == u"deleted")
        return writerAllows(role, field.writer);
    for (const FieldDef &f : entity.fields)
        if (!f.meta && writerAllows(role, f.writer))
            return true;
    return false;
}

bool WritableBy::hasContent(const EntityDef &entity, const QJsonObject &fields)
{
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const FieldDef *f = entity.field(it.key());
        if (f && !f->meta)
            return true;
    }
    return false;
}

} // namespace brug
