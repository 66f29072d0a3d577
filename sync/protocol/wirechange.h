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

/// Appends the change as compact JSON text (members in sorted order, as QJsonDocument writes).
void appendJson(QByteArray &out, const RecordChange &change, Direction direction);
/// The same as an object (appendJson read back), for callers that want one.
[[nodiscard]] QJsonObject encode(const RecordChange &change, Direction direction);
/// Decodes and validates against the schema; on failure sets `error` (with `path`) and returns {}.
[[nodiscard]] RecordChange decode(const QJsonObject &json, const QString &path, Direction direction,
                                  std::optional<ProtocolError> *error);
} // namespace WireChange

} // namespace brug
