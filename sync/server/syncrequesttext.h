#pragma once

#include "protocolerror.h"
#include "readsyncrequest.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <optional>
#include <vector>

namespace brug {

/// Reads a sync request's body: a large batch split across threads (BatchReading), and anything
/// that reading does not take as one document, which gives the one error the protocol names.
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
