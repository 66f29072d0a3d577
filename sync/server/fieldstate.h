#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace brug {

/// One field as the server keeps it: value, stamp of its last write, and the server sequence
/// at which it last changed (what a pull compares with the device's cursor).
///
/// A field read from a stored body keeps its value as the JSON text it was stored in, and reads
/// it only when asked: a push that changes a record reads most of its fields for their stamps
/// alone and writes them back as they were (reading every value was a quarter of the server's
/// work in a sync of 100 edited records).
class FieldState
{
public:
    FieldState() = default;
    FieldState(QJsonValue value, QString stamp, qint64 seq)
        : stamp(std::move(stamp)), seq(seq), m_value(std::move(value))
    {
    }
    /// A field whose value is `valueText`, JSON text as a stored body holds it.
    static FieldState stored(QByteArray valueText, QString stamp, qint64 seq);

    [[nodiscard]] const QJsonValue &value() const;
    /// The value's JSON text as it was stored; empty for a value set since.
    [[nodiscard]] const QByteArray &storedText() const { return m_text; }

    QString stamp;
    qint64 seq = 0;

private:
    mutable QJsonValue m_value;
    mutable bool m_unread = false; ///< m_text is yet to be read into m_value
    QByteArray m_text;
};

} // namespace brug
