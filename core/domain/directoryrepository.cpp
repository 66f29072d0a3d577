#include "directoryrepository.h"

#include "records.h"
#include "store.h"

namespace brug {

DirectoryRepository::DirectoryRepository(Store &store) : m_store(store) {}

std::vector<Organisation> DirectoryRepository::organisations(const QString &kind)
{
    std::vector<Organisation> out;
    const auto rows = kind.isEmpty()
        ? Records(m_store).query(u"organisation", QStringLiteral("deleted = 0 ORDER BY name"))
        : Records(m_store).query(u"organisation", QStringLiteral("deleted = 0 AND kind = ? ORDER BY name"), {kind});
    for (const Record &r : rows)
        out.push_back(Organisation::fromRecord(r));
    return out;
}

std::optional<Organisation> DirectoryRepository::organisation(const QString &id)
{
    const auto r = Records(m_store).get(u"organisation", id);
    return r ? std::optional<Organisation>(Organisation::fromRecord(*r)) : std::nullopt;
}

std::vector<Service> DirectoryRepository::services(const QString &providerId)
{
    std::vector<Service> out;
    for (const Record &r : Records(m_store).query(
             u"service", QStringLiteral("provider_id = ? AND deleted = 0 ORDER BY name"), {providerId}))
        out.push_back(Service::fromRecord(r));
    return out;
}

std::optional<Service> DirectoryRepository::service(const QString &id)
{
    const auto r = Records(m_store).get(u"service", id);
    return r ? std::optional<Service>(Service::fromRecord(*r)) : std::nullopt;
}

std::vector<ContactPerson> DirectoryRepository::contacts(const QString &providerId)
{
    std::vector<ContactPerson> out;
    for (const Record &r : Records(m_store).query(
             u"contact_person", QStringLiteral("provider_id = ? AND deleted = 0 ORDER BY name"), {providerId}))
        out.push_back(ContactPerson::fromRecord(r));
    return out;
}

std::vector<UserProfile> DirectoryRepository::users(const QString &orgId)
{
    std::vector<UserProfile> out;
    const auto rows = orgId.isEmpty()
        ? Records(m_store).query(u"user", QStringLiteral("deleted = 0 ORDER BY display_name"))
        : Records(m_store).query(u"user", QStringLiteral("deleted = 0 AND org_id = ? ORDER BY display_name"), {orgId});
    for (const Record &r : rows)
        out.push_back(UserProfile::fromRecord(r));
    return out;
}

std::optional<UserProfile> DirectoryRepository::user(const QString &id)
{
    const auto r = Records(m_store).get(u"user", id);
    return r ? std::optional<UserProfile>(UserProfile::fromRecord(*r)) : std::nullopt;
}

} // namespace brug
