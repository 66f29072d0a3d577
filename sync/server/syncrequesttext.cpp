#include "syncrequesttext.h"

#include "batchtext.h"
#include "rawbody.h"
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
    for (const QByteArrayView fields : BatchText::changeFields(body))
        out.texts.push_back(ChangeText{fields, false, {}, {}});
    return out;
}

/// Parses and decodes changes [from, to) into `out`, and prepares their texts; false at the
/// first it does not take.
bool decodeRange(const BatchText::Changes &found, size_t from, size_t to, std::vector<RecordChange> *out,
                 std::vector<ChangeText> *texts)
{
    for (size_t i = from; i < to; ++i) {
        const QByteArrayView text = found.changes[i];
        QJsonParseError parse{};
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), text.size()), &parse);
        if (parse.error != QJsonParseError::NoError || !doc.isObject())
            return false;
        // No path: an error is not reported from here, but by reading the whole body again.
        std::optional<ProtocolError> error;
        RecordChange &c = (*out)[i] = WireChange::decode(doc.object(), QString(), WireChange::Direction::Push, &error);
        if (error)
            return false;
        ChangeText &t = (*texts)[i];
        t.fields = found.fields[i];
        t.names = c.fields.keys();
        if (c.sharedStamp())
            t.members = RawBody::changeFieldMembers(t.fields, c.fields.size());
        t.prepared = true;
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
    const size_t n = found->changes.size();
    const size_t parts = size_t(std::min<qsizetype>(threads, qsizetype(n) / (kSplitFrom / 2)));
    std::vector<RecordChange> changes(n);
    std::vector<ChangeText> texts(n);
    std::vector<std::future<bool>> others;
    // Part 0 is this thread's; each other part is a thread's. A part whose thread cannot be
    // started is read here after part 0.
    std::vector<std::pair<size_t, size_t>> here{{0, n / parts}};
    for (size_t p = 1; p < parts; ++p) {
        const size_t from = n * p / parts, to = n * (p + 1) / parts;
        try {
            others.push_back(std::async(std::launch::async, decodeRange, std::cref(*found), from, to, &changes, &texts));
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
        ok = ok && decodeRange(*found, from, to, &changes, &texts);
    for (std::future<bool> &f : others)
        ok = f.get() && ok; // every thread is waited for: they write into `changes` and `texts`
    if (!ok)
        return std::nullopt;
    out.request.changes = std::move(changes);
    out.texts = std::move(texts);
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
