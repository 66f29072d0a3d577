#pragma once

#include <QString>

namespace brug {

class ServerDatabase;

/// The SQL of a pull's sources (PullBuilder). Each reads one index in sequence order and stops at
/// its limit, so that what a page costs grows with what the device receives, not with what the
/// server holds for other organisations and providers; only those read from a provider's grants
/// read all of them and sort (for a first pull, which receives them all). The columns of a record
/// row come first (RecordTable::fromRow's order), then the grant's mask where there is one.
struct PullQueries
{
    PullQueries(const ServerDatabase &db, int limit);

    QString ownRecords;    ///< org_id, cursor: an organisation's records, not the public ones
    QString publicRecords; ///< cursor
    /// A provider's granted records and the threads (messages, conflicts) of its granted
    /// referrals, read two ways: from its grants, which costs what it was granted (a first pull),
    /// or from the records changed since the cursor, which costs what changed (a later one).
    QString grantedByGrant; ///< provider, cursor
    QString grantedBySeq;   ///< provider, cursor
    QString threadsByGrant; ///< provider, cursor
    QString threadsBySeq;   ///< provider, cursor
    QString events;         ///< provider, cursor: grant and revoke events
    /// How many grants a provider has, counted up to a number (provider, number): enough to choose
    /// between the two ways without counting them all.
    QString grantsUpTo;
    /// What one grant event sends: the grant's mask and the record (provider, entity, id), and a
    /// referral's thread (referral id).
    QString grantedRecord;
    QString thread;
};

} // namespace brug
