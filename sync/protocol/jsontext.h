#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringView>

namespace brug {

/// Compact JSON text appended to a buffer, for the hot paths where building a QJsonDocument
/// only to write it out costs more than the work around it. Same text QJsonDocument::fromJson
/// reads back to the same value; integers up to 2^53 are written without an exponent.
namespace JsonText {
void appendString(QByteArray &out, QStringView s);
/// appendString, or null for an empty string.
void appendStringOrNull(QByteArray &out, QStringView s);
void appendValue(QByteArray &out, const QJsonValue &v);
void appendObject(QByteArray &out, const QJsonObject &o);
} // namespace JsonText

} // namespace brug
