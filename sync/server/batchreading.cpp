#include "batchreading.h"

#include "rawbody.h"
#include "wirechange.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace brug {

namespace {
/// An element nested deeper than this is left to the whole document's parser, whose limit on
/// nesting counts the three levels around a change (QJsonDocument's is 1024); a change holds
/// a few levels.
constexpr int kSplitDepth = 64;
} // namespace

std::unique_ptr<BatchReading> BatchReading::start(const QByteArray &body, int threads, qsizetype splitFrom)
{
    std::optional<BatchText::Changes> found = BatchText::find(body);
    if (!found || qsizetype(found->changes.size()) < splitFrom ||
        qsizetype(found->changes.size()) > kMaxBatchChanges || found->depth > kSplitDepth)
        return nullptr;

    // The rest of the request is read as it is, with an empty list of changes.
    QByteArray rest;
    rest.reserve(body.size() - (found->arrayEnd - found->arrayStart) + 2);
    rest.append(body.constData(), found->arrayStart + 1)
        .append(body.constData() + found->arrayEnd - 1, body.size() - found->arrayEnd + 1);
    QJsonParseError parse{};
    const QJsonDocument doc = QJsonDocument::fromJson(rest, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject())
        return nullptr;
    std::optional<ProtocolError> error;
    SyncRequest request = SyncRequest::fromJson(doc.object(), &error);
    if (error || !request.hasBatch)
        return nullptr;

    std::unique_ptr<BatchReading> reading(new BatchReading(std::move(*found), std::move(request)));
    // This thread reads too, while it waits for a part (waitFor, finish).
    const size_t others = std::min(size_t(std::max(0, threads - 1)), reading->m_partCount - 1);
    for (size_t t = 0; t < others; ++t) {
        try {
            reading->m_threads.push_back(std::async(std::launch::async, &BatchReading::work, reading.get()));
        } catch (const std::system_error &) {
            break; // fewer threads: the parts they would have read are read by the others, or here
        }
    }
    return reading;
}

BatchReading::BatchReading(BatchText::Changes found, SyncRequest request)
    : m_found(std::move(found)), m_request(std::move(request))
{
    const size_t n = m_found.changes.size();
    m_changes.resize(n);
    m_texts.resize(n);
    m_partCount = (n + kPart - 1) / kPart;
    m_parts = std::make_unique<std::atomic<PartState>[]>(m_partCount);
    for (size_t p = 0; p < m_partCount; ++p)
        m_parts[p].store(Free, std::memory_order_relaxed);
}

BatchReading::~BatchReading()
{
    m_stop.store(true);
    for (std::future<void> &t : m_threads)
        t.wait();
}

void BatchReading::work()
{
    while (!m_stop.load(std::memory_order_relaxed) && !m_failed.load(std::memory_order_relaxed) && readNextFree()) {
    }
}

bool BatchReading::readNextFree()
{
    for (;;) {
        const size_t part = m_nextFree.fetch_add(1);
        if (part >= m_partCount)
            return false;
        PartState expected = Free;
        // A part may have been taken out of turn, by a thread that needed it (waitFor).
        if (m_parts[part].compare_exchange_strong(expected, Taken)) {
            readPart(part);
            return true;
        }
    }
}

void BatchReading::readPart(size_t part)
{
    const size_t from = part * kPart, to = std::min(m_found.changes.size(), from + kPart);
    bool ok = false;
    // Whatever happens, the part is marked done or failed: a thread waiting for it would wait
    // forever otherwise (out of memory is the one exception a reading can meet).
    try {
        ok = readChanges(from, to);
    } catch (...) {
        ok = false;
    }
    if (!ok)
        m_failed.store(true);
    {
        // Under the lock, so that a thread about to wait for this part cannot miss the news.
        std::lock_guard lock(m_mutex);
        m_parts[part].store(ok ? Done : Failed, std::memory_order_release);
    }
    m_partDone.notify_all();
}

bool BatchReading::readChanges(size_t from, size_t to)
{
    for (size_t i = from; i < to; ++i) {
        const QByteArrayView text = m_found.changes[i];
        QJsonParseError parse{};
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), text.size()), &parse);
        if (parse.error != QJsonParseError::NoError || !doc.isObject())
            return false;
        // No path: an error is not reported from here, but by reading the whole body again.
        std::optional<ProtocolError> error;
        RecordChange &c = m_changes[i] =
            WireChange::decode(doc.object(), QString(), WireChange::Direction::Push, &error);
        if (error)
            return false;
        ChangeText &t = m_texts[i];
        t.fields = m_found.fields[i];
        t.names = c.fields.keys();
        if (c.sharedStamp())
            t.members = RawBody::changeFieldMembers(t.fields, c.fields.size());
        t.prepared = true;
    }
    return true;
}

size_t BatchReading::waitFor(size_t index)
{
    if (index >= m_changes.size())
        return 0;
    const size_t part = index / kPart;
    for (;;) {
        if (m_failed.load())
            return 0;
        switch (stateOf(part)) {
        case Done: {
            size_t last = part;
            while (last + 1 < m_partCount && stateOf(last + 1) == Done)
                ++last;
            return std::min(m_found.changes.size(), (last + 1) * kPart);
        }
        case Failed:
            return 0;
        case Free: {
            PartState expected = Free;
            if (m_parts[part].compare_exchange_strong(expected, Taken))
                readPart(part);
            break;
        }
        case Taken:
            // Another thread reads it: read a later part meanwhile, or wait when none is left.
            if (!readNextFree()) {
                std::unique_lock lock(m_mutex);
                m_partDone.wait(lock, [&] { return stateOf(part) != Taken; });
            }
            break;
        }
    }
}

std::optional<ReadSyncRequest> BatchReading::finish()
{
    while (!m_failed.load() && readNextFree()) {
    }
    for (std::future<void> &t : m_threads)
        t.wait(); // every thread is waited for: they write into the changes and their texts
    for (size_t p = 0; p < m_partCount; ++p)
        if (stateOf(p) != Done)
            return std::nullopt;
    ReadSyncRequest out;
    out.request = m_request;
    out.request.changes = std::move(m_changes);
    out.texts = std::move(m_texts);
    out.parts = int(m_threads.size() + 1);
    return out;
}

} // namespace brug
