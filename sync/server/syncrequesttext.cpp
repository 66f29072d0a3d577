#include "syncrequesttext.h"

#include "batchtext.h"
#include "wirechange.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <future>

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
/// An element nested deeper than this is left to the whole document's parser, whose limit on
/// nesting counts the three levels around a change (QJsonDocument's is 1024); a change holds
/// a few levels.
constexpr int kSplitDepth = 64;

std::optional<ReadSyncRequest> readWhole(const QByteArray &body, std::optional<ProtocolError> *error)
{
    const std::optional<QJsonObject> object = parseObject(body, error);
    if (!object)
        return std::nullopt;
    ReadSyncRequest out;
    out.request = SyncRequest::fromJson(*object, error);
    if (error->has_value())
        return std::nullopt;
    out.fieldTexts = BatchText::changeFields(body);
    return out;
}

/// Parses and decodes changes [from, to) into `out`; false at the first it does not take.
bool decodeRange(const std::vector<QByteArrayView> &texts, size_t from, size_t to, std::vector<RecordChange> *out)
{
    for (size_t i = from; i < to; ++i) {
        QJsonParseError parse{};
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(texts[i].data(), texts[i].size()), &parse);
        if (parse.error != QJsonParseError::NoError || !doc.isObject())
            return false;
        // No path: an error is not reported from here, but by reading the whole body again.
        std::optional<ProtocolError> error;
        (*out)[i] = WireChange::decode(doc.object(), QString(), WireChange::Direction::Push, &error);
        if (error)
            return false;
    }
    return true;
}

/// The split reading: nothing when it does not take the body.
std::optional<ReadSyncRequest> readSplit(const QByteArray &body, int threads)
{
    std::optional<BatchText::Changes> found = BatchText::find(body);
    if (!found || qsizetype(found->changes.size()) < kSplitFrom ||
        qsizetype(found->changes.size()) > kMaxBatchChanges || found->depth > kSplitDepth)
        return std::nullopt;
    const std::vector<QByteArrayView> &texts = found->changes;
    const size_t n = texts.size();
    const size_t parts = size_t(std::min<qsizetype>(threads, qsizetype(n) / (kSplitFrom / 2)));
    std::vector<RecordChange> changes(n);
    std::vector<std::future<bool>> others;
    // Part 0 is this thread's; each other part is a thread's. A part whose thread cannot be
    // started is read here after part 0.
    std::vector<std::pair<size_t, size_t>> here{{0, n / parts}};
    for (size_t p = 1; p < parts; ++p) {
        const size_t from = n * p / parts, to = n * (p + 1) / parts;
        try {
            others.push_back(std::async(std::launch::async, decodeRange, std::cref(texts), from, to, &changes));
        } catch (const std::system_error &) {
            here.emplace_back(from, to);
        }
    }

    // The rest of the request is read as it is, with an empty list of changes.
    QByteArray rest;
    rest.reserve(body.size() - (found->arrayEnd - found->arrayStart) + 2);
    rest.append(body.constData(), found->arrayStart + 1).append(body.constData() + found->arrayEnd - 1, body.size() - found->arrayEnd + 1);
    bool ok = true;
    ReadSyncRequest out;
    QJsonParseError parse{};
    const QJsonDocument doc = QJsonDocument::fromJson(rest, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        ok = false;
    } else {
        std::optional<ProtocolError> error;
        out.request = SyncRequest::fromJson(doc.object(), &error);
        ok = !error && out.request.hasBatch;
    }
    for (const auto &[from, to] : here)
        ok = ok && decodeRange(texts, from, to, &changes);
    for (std::future<bool> &f : others)
        ok = f.get() && ok; // every thread is waited for: they write into `changes`
    if (!ok)
        return std::nullopt;
    out.request.changes = std::move(changes);
    out.fieldTexts = std::move(found->fields);
    out.parts = int(parts);
    return out;
}
} // namespace

std::optional<ReadSyncRequest> read(const QByteArray &body, std::optional<ProtocolError> *error, int threads)
{
    if (threads > 1)
        if (auto split = readSplit(body, threads))
            return split;
    return readWhole(body, error);
}

} // namespace brug::SyncRequestText
