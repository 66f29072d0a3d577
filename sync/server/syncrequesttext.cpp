#include "syncrequesttext.h"

#include "batchreading.h"
#include "batchtext.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace brug::SyncRequestText {

std::optional<QJsonObject> parseObject(const QByteArray &body, std::optional<ProtocolError> *error)
{
    QJsonParseError parse{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = ProtocolError{400, QStringLiteral("malformed_json"),
                               parse.error != QJsonParseError::NoError
                                   ? QStringLiteral("not JSON at byte %1: %2").arg(parse.offset).arg(parse.errorString())
                                   : QStringLiteral("the body must be a JSON object"), {}};
        return std::nullopt;
    }
    return doc.object();
}

namespace {
std::optional<ReadSyncRequest> readWhole(const QByteArray &body, std::optional<ProtocolError> *error)
{
    const std::optional<QJsonObject> object = parseObject(body, error);
    if (!object)
        return std::nullopt;
    ReadSyncRequest out;
    out.request = SyncRequest::fromJson(*object, error);
    if (error->has_value())
        return std::nullopt;
    for (const QByteArrayView fields : BatchText::changeFields(body))
        out.texts.push_back(ChangeText{fields, false, {}, {}});
    return out;
}
} // namespace

std::optional<ReadSyncRequest> read(const QByteArray &body, std::optional<ProtocolError> *error, int threads)
{
    if (threads > 1)
        if (std::unique_ptr<BatchReading> reading = BatchReading::start(body, threads, kSplitFrom))
            if (std::optional<ReadSyncRequest> split = reading->finish())
                return split;
    return readWhole(body, error);
}

} // namespace brug::SyncRequestText
