#pragma once

#include "contactperson.h"
#include "organisation.h"
#include "service.h"
#include "userprofile.h"

#include <optional>
#include <vector>

namespace brug {

class Store;

/// The provider directory and the people of the cooperation, as synced from the server.
class DirectoryRepository
{
public:
    explicit DirectoryRepository(Store &store);

    [[nodiscard]] std::vector<Organisation> organisations(const QString &kind = QString());
    [[nodiscard]] std::optional<Organisation> organisation(const QString &id);
    [[nodiscard]] std::vector<Service> services(const QString &providerId);
    [[nodiscard]] std::optional<Service> service(const QString &id);
    [[nodiscard]] std::vector<ContactPerson> contacts(const QString &providerId);
    [[nodiscard]] std::vector<UserProfile> users(const QString &orgId = QString());
    [[nodiscard]] std::optional<UserProfile> user(const QString &id);

private:
    Store &m_store;
};

} // namespace brug
