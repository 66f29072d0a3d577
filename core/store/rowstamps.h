#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

namespace brug {

/// A record row's `_stamps` column: the stamp of each field it holds (field -> stamp).
///
/// Written with the stamp most fields share once, under "*", and each field that has it as 0:
/// `{"*":"1764489600000-0000-9f3a2b1c4d5e6f70","code":0,"name":0,"phone":"1764…"}`. Spelled out
/// in full, the stamps were a third of a referral's row, and a referral row then filled a 4 KiB
/// page alone: twice the pages to read, decrypt, encrypt and write. Rows written in full (every
/// store before this form) read the same, so no migration rewrites them.
namespace RowStamps {
/// Every field's stamp; an empty object for text that is not a stamps object.
QJsonObject read(const QByteArray &text);
/// The column's text for these stamps.
QByteArray write(const QJsonObject &stamps);
/// Writing the shared form as fields are checked, without an object first (a pull's new records):
/// beginShared(out, stamp), appendSharedField(out, name) for each field, then '}'. Only for a
/// stamp that passed Hlc::parse and the schema's field names: neither needs escaping.
void beginShared(QByteArray &out, QStringView stamp);
void appendSharedField(QByteArray &out, QStringView name);
/// Appends text that needs no escaping (a schema name, a parsed stamp) as it is, one byte a
/// character.
void appendPlain(QByteArray &out, QStringView text);
} // namespace RowStamps

} // namespace brug
