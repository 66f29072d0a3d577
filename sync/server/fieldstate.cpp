#include "fieldstate.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace brug {

FieldState FieldState::stored(QByteArray valueText, QString stamp, qint64 seq)
{
    FieldState f;
    f.stamp = std::move(stamp);
    f.seq = seq;
    f.m_text = std::move(valueText);
    f.m_unread = true;
    return f;
}

const QJsonValue &FieldState::value() const
{
    if (m_unread) {
        // QJsonDocument reads arrays and objects only: the value as an array's one element.
        QByteArray array;
        array.reserve(m_text.size() + 2);
        array += '[';
        array += m_text;
        array += ']';
        m_value = QJsonDocument::fromJson(array).array().at(0);
        m_unread = false;
    }
    return m_value;
}

} // namespace brug
