#pragma once

#include "protocolerror.h"
#include "recordchange.h"

#include <QJsonObject>
#include <optional>

namespace brug {

/// A RecordChange on the wire (docs/sync-protocol.md §7): one shared stamp `s`, the few that
/// differ in `x`, bases in `b`, `r` for re-sends, or a `drop`.
namespace WireChange {
enum class Direction { Push, Pull };

[[nodiscard]] QJsonObject encode(const RecordChange &change, Direction direction);
/// Decodes and validates against the schema; on failure sets `error` (with `path`) and returns {}.
[[nodiscard]] RecordChange decode(const QJsonObject &json, const QString &path, Direction direction,
                                  std::optional<ProtocolError> *error);
} // namespace WireChange

} // namespace brug
