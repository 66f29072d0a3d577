#include "protocolerror.h"

namespace brug {

QJsonObject ProtocolError::toJson() const
{
    QJsonObject e{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!path.isEmpty())
        e.insert(u"path", path);
    return {{QStringLiteral("error"), e}};
}

ProtocolError ProtocolError::fromJson(int status, const QJsonObject &body)
{
    const QJsonObject e = body.value(u"error").toObject();
    return {status, e.value(u"code").toString(), e.value(u"message").toString(),
            e.value(u"path").toString()};
}

} // namespace brug
