#pragma once

#include <QJsonValue>
#include <QString>

namespace brug {

/// One field as the server keeps it: value, stamp of its last write, and the server sequence
/// at which it last changed (what a pull compares with the device's cursor).
struct FieldState
{
    QJsonValue value;
    QString stamp;
    qint64 seq = 0;
};

} // namespace brug
