#pragma once

#include "schema.h"

#include <QJsonValue>
#include <QString>
#include <optional>

namespace brug {

/// Why a value does not fit its field; `code` is one of the protocol's error codes.
struct FieldError
{
    QString code;    ///< wrong_type, invalid_value, invalid_date
    QString message; ///< names the field and the rule, never the value
};

/// Checks one field value against its definition (docs/sync-protocol.md §4 and §11).
[[nodiscard]] std::optional<FieldError> validateField(const FieldDef &field, const QJsonValue &value);

} // namespace brug
