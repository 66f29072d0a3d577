#pragma once

#include <QObject>

namespace brug {

/// What the interface shows about sync, in one word.
class SyncStateNames
{
    Q_GADGET
public:
    enum class State {
        NotEnrolled, ///< no server yet
        Offline,     ///< no network, or the server cannot be reached
        Syncing,     ///< pushing or pulling now
        UpToDate,    ///< the last sync finished and nothing is waiting
        Error,       ///< the last sync failed for a reason the user should know
        Wiped,       ///< the server told this device to erase its data, and it did
    };
    Q_ENUM(State)
};
using SyncState = SyncStateNames::State;

} // namespace brug
