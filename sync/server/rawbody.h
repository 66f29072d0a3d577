#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <functional>

namespace brug {

/// Reads a stored record body ({"field":[value,"stamp",seq],...}, or with the stamp and sequence
/// most fields share under "" and those fields as [value]: ServerRecord::bodyJson) as
/// text, without building JSON values: a pull copies each value's text straight to the wire.
namespace RawBody {
/// One field: its name, its value as JSON text, its stamp (without quotes) and sequence.
using FieldVisitor = std::function<void(QByteArrayView name, QByteArrayView value, QByteArrayView stamp, qint64 seq)>;
/// Calls `visit` for every field, in the body's order; false when the text is not a body of
/// that shape (the caller then parses it the slow way).
bool forEachField(QByteArrayView body, const FieldVisitor &visit);
/// Where the JSON value starting at `pos` ends (one past it), or -1 when it is not one.
qsizetype skipValue(QByteArrayView text, qsizetype pos);
} // namespace RawBody

} // namespace brug
