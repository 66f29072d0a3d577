#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

namespace brug {

/// What the server takes from a pushed change's text, beside its decoded values. A large batch
/// has it worked out on the threads that read it (SyncRequestText), not while the batch is
/// applied one change after another; otherwise PushApplier works it out as it goes.
struct ChangeText
{
    QByteArrayView fields;  ///< the text of the change's `f` object in the request; null if not found
    bool prepared = false;  ///< `names` and `members` were worked out
    QStringList names;      ///< the change's field names (RecordChange::fields.keys())
    /// RawBody::changeFieldMembers of `fields`, for a change whose fields share one stamp: a
    /// record it makes is stored as that text (RawBody::bodyFromMembers). Empty otherwise.
    QByteArray members;
};

} // namespace brug
