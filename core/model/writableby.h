#pragma once

#include "schema.h"

#include <QJsonObject>

namespace brug {

/// Which roles write which fields (docs/sync-protocol.md §10), before any record is looked at:
/// the server adds who owns or receives the record.
namespace WritableBy {
[[nodiscard]] bool isProviderRole(QStringView role);
[[nodiscard]] bool isMigrantOrgRole(QStringView role);
[[nodiscard]] bool isKnownRole(QStringView role);
/// Meta fields: who changed a record last (updated_*) is writable when any other field of the
/// entity is; created_at, created_by and deleted only by the entity's own writers.
[[nodiscard]] bool mayWrite(QStringView role, const EntityDef &entity, const FieldDef &field);
/// True when `fields` holds at least one field that is not a meta field.
[[nodiscard]] bool hasContent(const EntityDef &entity, const QJsonObject &fields);
} // namespace WritableBy

} // namespace brug
