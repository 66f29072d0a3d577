#pragma once

#include "changetext.h"
#include "syncmessages.h"

#include <vector>

namespace brug {

/// A sync request read from its body, with each change's text (BatchText).
struct ReadSyncRequest
{
    SyncRequest request;
    std::vector<ChangeText> texts;          ///< into the body; empty when not found
    int parts = 1;                          ///< the threads its changes were decoded on
};

} // namespace brug
