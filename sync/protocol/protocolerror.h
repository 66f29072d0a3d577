#pragma once

#include <QJsonObject>
#include <QString>

namespace brug {

/// A request that breaks the protocol: the HTTP status, the error code of
/// docs/sync-protocol.md §2, a message naming what is wrong (never a family's data), and where.
struct ProtocolError
{
    int status = 400;
    QString code;
    QString message;
    QString path;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static ProtocolError fromJson(int status, const QJsonObject &body);
};

} // namespace brug
