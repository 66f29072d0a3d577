#pragma once

#include <QLatin1StringView>
#include <QString>
#include <span>
#include <vector>

namespace brug {

/// The JSON type and domain of one field (docs/sync-protocol.md §4).
enum class FieldType { Text, Int, Num, Bool, Date, Ms, Id, Code, Codes, Children, Any, Stamp };

/// Who may write a field (docs/sync-protocol.md §10).
enum class Writer {
    Owner,     ///< users of the migrant organisation that owns the record
    Provider,  ///< caseworkers and managers of the provider the record is addressed to
    Receiver,  ///< anyone who receives the record (conflict resolution)
    OrgAdmin,  ///< the coordinator or manager of the organisation the record describes
    Nobody,    ///< admin commands on the server only
};

/// What a provider's device may see of a field of a shared record (§10).
enum class Share { Never, Always, Identity, Contact, Area, Background, Children };

/// Who receives the records of an entity.
enum class Audience { Public, Organisation, Referral, WithReferral, AsRecord };

struct FieldDef
{
    QString name;
    FieldType type = FieldType::Text;
    int maxLength = 0;                 ///< Text: characters
    double min = 0;                    ///< Int, Num
    double max = 0;                    ///< Int, Num
    QString catalogue;                 ///< Code, Codes
    Writer writer = Writer::Owner;
    Share share = Share::Always;
    bool meta = false;                 ///< one of the fields every entity has
};

struct EntityDef
{
    QString name;
    Audience audience = Audience::Organisation;
    bool appendOnly = false;
    std::vector<FieldDef> fields;      ///< own fields followed by the common meta fields

    [[nodiscard]] const FieldDef *field(QStringView name) const;
    [[nodiscard]] const QString &table() const { return name; }
};

/// The entities that sync and their fields: the one description both ends validate against.
namespace Schema {
[[nodiscard]] std::span<const EntityDef> entities();
[[nodiscard]] const EntityDef *entity(QStringView name);
[[nodiscard]] QLatin1StringView shareName(Share share);
[[nodiscard]] bool isMetaField(QStringView name);
} // namespace Schema

} // namespace brug
