#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace brug {

/// Record ids: lower-case UUIDs without braces.
namespace Ids {
[[nodiscard]] QString newId();
[[nodiscard]] bool isValid(QStringView id);
/// A stable id for a name (UUID v5 in the URL namespace), for records the server derives.
[[nodiscard]] QString derived(const QString &name);
} // namespace Ids

/// Calendar dates on the wire: exactly YYYY-MM-DD, a day that exists, 1900..2200.
namespace Dates {
[[nodiscard]] std::optional<QDate> parse(QStringView text);
[[nodiscard]] QString format(const QDate &date);
} // namespace Dates

} // namespace brug
