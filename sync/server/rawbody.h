#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <functional>

namespace brug {

/// Reads a stored record body ({"field":[value,"stamp",seq],...}, or with the stamp and sequence
/// most fields share under "" and those fields as [value]: ServerRecord::bodyJson) as
/// text, without building JSON values: a pull copies each value's text straight to the wire, and a
/// record read from its body keeps its values as text until one is asked for (FieldState).
namespace RawBody {
/// One field: its name, its value as JSON text, its stamp (without quotes) and sequence.
using FieldVisitor = std::function<void(QByteArrayView name, QByteArrayView value, QByteArrayView stamp, qint64 seq)>;
/// Calls `visit` for every field, in the body's order; false when the text is not a body of
/// that shape (the caller then parses it the slow way).
bool forEachField(QByteArrayView body, const FieldVisitor &visit);
/// Where the JSON value starting at `pos` ends (one past it), or -1 when it is not one. With
/// `depth`, also how deeply its arrays and objects nest (0 for a string, number or literal).
qsizetype skipValue(QByteArrayView text, qsizetype pos, int *depth = nullptr);
/// The first position at or after `pos` that is not JSON white space.
qsizetype skipSpace(QByteArrayView text, qsizetype pos);
/// One past the closing quote of the string that opens at `pos`, or -1.
qsizetype skipString(QByteArrayView text, qsizetype pos);
/// One member of an object: its name (as written, without quotes) and where its value starts
/// in the text. Returns one past the value (skipValue, or its own reading of it), or -1 to
/// stop the walk, which then fails.
using MemberVisitor = std::function<qsizetype(QByteArrayView name, qsizetype valueStart)>;
/// Walks the members of the object that starts at `pos` (after white space); one past its
/// closing brace, or -1 when it is not an object or a name holds an escape (read as JSON, an
/// escaped name can repeat another, and the parser keeps only one of the two).
qsizetype forEachMember(QByteArrayView text, qsizetype pos, const MemberVisitor &visit);
/// The stored body of a record made by one change, from the text of the change's `f` object:
/// {"":["stamp",seq],"name":[value],...}, the values' text copied as it came. Empty (the
/// caller writes the body from the parsed fields) unless the object holds exactly `count`
/// members, at least two, with plain names in strictly ascending order, as the parser read them.
QByteArray fromChangeFields(QByteArrayView fields, QByteArrayView stamp, qint64 seq, qsizetype count);
/// fromChangeFields in two steps: the members (`,"name":[value],...}`), which need no stamp or
/// sequence and can be written before the change is applied, then the body around them.
QByteArray changeFieldMembers(QByteArrayView fields, qsizetype count);
QByteArray bodyFromMembers(QByteArrayView members, QByteArrayView stamp, qint64 seq);
} // namespace RawBody

} // namespace brug
