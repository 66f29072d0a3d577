#pragma once

#include <QtGlobal>

namespace brug {

class Store;

/// Stamps again the unsent writes of a device whose clock ran ahead, after the server refused
/// them (docs/sync-protocol.md §5, `stamp_ahead`).
class Restamper
{
public:
    explicit Restamper(Store &store);

    /// Every outbox stamp past `limitWall` gets a new one, issued in the old order from a clock
    /// set back to `limitWall`; bases and the records' stamps follow. One transaction. Returns
    /// how many distinct stamps were replaced (0: nothing was past the limit).
    int restampAfter(qint64 limitWall);

private:
    Store &m_store;
};

} // namespace brug
