#pragma once

#include "batchtext.h"
#include "readsyncrequest.h"

#include <QByteArray>
#include <atomic>
#include <condition_variable>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace brug {

/// A large batch read on several threads, a part at a time, so that its first changes can be
/// applied while the rest is still being read: a device's first push waits on each batch, and
/// reading and applying one took turns on a machine with a core to spare.
///
/// Each change is parsed from its own text (BatchText) and decoded; the request around the
/// changes is read first, as it is, with an empty list in their place. The reading gives a
/// request or nothing: anything it does not take (an error, a shape it does not know) leaves the
/// answer to reading the whole body as one document (SyncRequestText), which names the error.
class BatchReading
{
public:
    /// Changes to a part: a part is read by one thread, and waited for as one.
    static constexpr size_t kPart = 128;

    /// Starts reading `body` on up to `threads` threads (this one included), or returns nothing
    /// when the split reading does not take it: fewer than `splitFrom` changes, more than a batch
    /// may hold, a shape BatchText does not know, nesting past what it checks, or a request
    /// around the changes that is not a valid one with a batch. `body` must outlive the reading.
    static std::unique_ptr<BatchReading> start(const QByteArray &body, int threads, qsizetype splitFrom);
    /// Stops the threads and waits for them: they write into this object.
    ~BatchReading();
    BatchReading(const BatchReading &) = delete;
    BatchReading &operator=(const BatchReading &) = delete;

    /// The request around the changes, with no changes.
    [[nodiscard]] const SyncRequest &request() const { return m_request; }
    /// Every change's slot, and its text: filled in once waitFor() says so.
    [[nodiscard]] const std::vector<RecordChange> &changes() const { return m_changes; }
    [[nodiscard]] const std::vector<ChangeText> &texts() const { return m_texts; }
    /// Waits until change `index` is read, reading parts no thread has taken meanwhile. Returns
    /// where the changes read without a gap from `index` end (past `index`), or 0 when a change
    /// could not be read: then finish() gives nothing.
    [[nodiscard]] size_t waitFor(size_t index);
    /// Reads and waits for every change: the whole request, or nothing when one was not taken.
    /// Once: the changes and texts move into what it returns.
    [[nodiscard]] std::optional<ReadSyncRequest> finish();

private:
    enum PartState : int { Free, Taken, Done, Failed };

    BatchReading(BatchText::Changes found, SyncRequest request);
    void work();
    /// Takes the next part no thread has taken and reads it; false when none is left.
    bool readNextFree();
    void readPart(size_t part);
    /// Parses and decodes changes [from, to), and prepares their texts; false at the first it
    /// does not take.
    [[nodiscard]] bool readChanges(size_t from, size_t to);
    [[nodiscard]] PartState stateOf(size_t part) const { return m_parts[part].load(std::memory_order_acquire); }

    const BatchText::Changes m_found;
    const SyncRequest m_request;
    std::vector<RecordChange> m_changes;
    std::vector<ChangeText> m_texts;
    std::unique_ptr<std::atomic<PartState>[]> m_parts;
    size_t m_partCount = 0;
    std::atomic<size_t> m_nextFree{0};
    std::atomic<bool> m_failed{false};
    std::atomic<bool> m_stop{false};
    std::mutex m_mutex;
    std::condition_variable m_partDone;
    std::vector<std::future<void>> m_threads;
};

} // namespace brug
