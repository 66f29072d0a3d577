#pragma once

#include "protocolerror.h"
#include "readsyncrequest.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <optional>
#include <vector>

namespace brug {

/// Reads a sync request's body. Parsing and checking a large batch is a third of the server's
/// work for it, and a device waits on each batch of its first push: a batch of many changes is
/// read on several threads, each change parsed from its own text. That reading gives a request
/// or nothing; for anything it does not take (an error, a shape it does not know), the whole
/// body is read again as one document, which gives the one error the protocol names.
namespace SyncRequestText {
/// Changes from which a batch is split across threads: below, starting threads costs more.
constexpr qsizetype kSplitFrom = 256;
/// The body as one JSON object, or nothing with `error` set (malformed_json).
std::optional<QJsonObject> parseObject(const QByteArray &body, std::optional<ProtocolError> *error);
/// The request, or nothing with `error` set (malformed JSON, or what SyncRequest::fromJson
/// refuses). `threads` caps the threads of a split (1: never split).
std::optional<ReadSyncRequest> read(const QByteArray &body, std::optional<ProtocolError> *error, int threads);
} // namespace SyncRequestText

} // namespace brug
