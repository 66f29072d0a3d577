#include "recordcodec.h"

#include "statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace brug {

QByteArray RecordCodec::toJsonText(const QJsonValue &value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    // QJsonDocument holds only arrays and objects; wrap scalars and unwrap on the way back.
    QJsonArray wrap{value};
    QByteArray text = QJsonDocument(wrap).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2);
}

QJsonValue RecordCodec::fromJsonText(const QByteArray &text)
{
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text + "]");
    return doc.array().isEmpty() ? QJsonValue() : doc.array().first();
}

void RecordCodec::bind(Statement &stmt, int index, const FieldDef &field, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined()) {
        stmt.bindNull(index);
        return;
    }
    switch (field.type) {
    case FieldType::Int:
    case FieldType::Ms:
        stmt.bind(index, qint64(value.toDouble()));
        return;
    case FieldType::Bool:
        stmt.bind(index, qint64(value.toBool() ? 1 : 0));
        return;
    case FieldType::Num:
        stmt.bind(index, value.toDouble());
        return;
    case FieldType::Codes:
    case FieldType::Children:
    case FieldType::Any:
        stmt.bindText(index, toJsonText(value));
        return;
    default:
        stmt.bind(index, value.toString());
        return;
    }
}

QJsonValue RecordCodec::read(const Statement &stmt, int column, const FieldDef &field)
{
    if (stmt.isNull(column))
        return QJsonValue::Null;
    switch (field.type) {
    case FieldType::Int:
    case FieldType::Ms:
        return QJsonValue(stmt.int64(column));
    case FieldType::Bool:
        return QJsonValue(stmt.int64(column) != 0);
    case FieldType::Num:
        return QJsonValue(stmt.real(column));
    case FieldType::Codes:
    case FieldType::Children:
    case FieldType::Any:
        return fromJsonText(stmt.utf8(column));
    default:
        return QJsonValue(stmt.text(column));
    }
}

} // namespace brug
