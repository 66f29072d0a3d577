#pragma once

#include "schema.h"

#include <QJsonValue>

namespace brug {

class Statement;

/// How a field's JSON value is kept in its SQLite column, and read back.
namespace RecordCodec {
void bind(Statement &stmt, int index, const FieldDef &field, const QJsonValue &value);
[[nodiscard]] QJsonValue read(const Statement &stmt, int column, const FieldDef &field);
[[nodiscard]] QByteArray toJsonText(const QJsonValue &value);
[[nodiscard]] QJsonValue fromJsonText(const QByteArray &text);
} // namespace RecordCodec

} // namespace brug
