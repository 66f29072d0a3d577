#include "httpresponse.h"

#include <QJsonDocument>

namespace brug {

HttpResponse HttpResponse::json(int status, const QJsonObject &object)
{
    HttpResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

HttpResponse HttpResponse::jsonText(int status, QByteArray text)
{
    HttpResponse response;
    response.status = status;
    response.body = std::move(text);
    return response;
}

HttpResponse HttpResponse::error(int status, const QString &code, const QString &message,
                                 const QString &path)
{
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!path.isEmpty())
        error.insert(QStringLiteral("path"), path);
    return json(status, QJsonObject{{QStringLiteral("error"), error}});
}

} // namespace brug
