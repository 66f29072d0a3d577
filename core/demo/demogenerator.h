#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

namespace brug {

/// An organisation of the demo; `details` holds its directory fields (city, address, ...).
struct DemoOrganisation
{
    QString key, id, name, kind;
    QJsonObject details;
};

/// A demo user; `orgKey` names a DemoOrganisation.
struct DemoUser
{
    QString key, id, orgKey, name, role;
    QStringList languages;
};

/// One write of some fields of one record, as its author made it at `at` (ms since 1970 UTC).
/// Only the entity's own fields: the sink sets created_at/updated_at/created_by/updated_by.
/// `orgKey` is the owning organisation (for services and contact persons: the provider);
/// `authorKey` names a DemoUser, or is empty for directory records of a provider without users.
struct DemoWrite
{
    QString entity, id, orgKey, authorKey;
    qint64 at = 0;
    QJsonObject fields;
};

/// Everything the demo holds; `writes` are in time order (a record's first write creates it).
struct DemoContent
{
    std::vector<DemoOrganisation> organisations;
    std::vector<DemoUser> users;
    std::vector<DemoWrite> writes;
};

/// A living cooperation between Stichting Al Amal and Centrum Jeugd en Gezin Utrecht West:
/// families, home visits, neighbourhood meetings, consents, referrals with their threads and
/// the volunteers' hours, all dated in the four months before `today`. The same `today` and
/// `seed` always give the same content; ids are stable (Ids::derived("brug-demo/<kind>/<n>")).
namespace DemoGenerator {
[[nodiscard]] DemoContent generate(const QDate &today, quint32 seed = 2026);
} // namespace DemoGenerator

} // namespace brug
