#include "pullqueries.h"

#include "serverdatabase.h"

namespace brug {

PullQueries::PullQueries(const ServerDatabase &db, int limit)
{
    const QString columns = QStringLiteral("r.entity, r.id, r.org_id, r.audience, r.provider_id, r.family_id, "
                                           "r.referral_id, r.seq, ") +
                            db.utf8Column(QStringLiteral("r.body"));
    const QString order = QStringLiteral(" ORDER BY r.seq LIMIT %1").arg(limit);
    // SQLite joins in the order written after CROSS JOIN; without statistics its planner reads
    // the grants first whatever the cursor. PostgreSQL has no such keyword with ON, and chooses
    // by its statistics.
    const bool sqlite = db.backend() == ServerDatabase::Backend::Sqlite;
    const QString seqFirst = sqlite ? QStringLiteral("CROSS JOIN") : QStringLiteral("JOIN");
    // SQLite would read the messages by the key (entity, id) and sort them; a unary + keeps a
    // term from choosing the index (PostgreSQL has no + for text).
    const QString notIndexed = sqlite ? QStringLiteral("+") : QString();

    ownRecords = QStringLiteral("SELECT %1 FROM records r WHERE r.org_id = ? AND r.seq > ? AND r.audience <> 'public'")
                     .arg(columns) + order;
    publicRecords = QStringLiteral("SELECT %1 FROM records r WHERE r.audience = 'public' AND r.seq > ?").arg(columns) + order;
    grantedByGrant = QStringLiteral("SELECT %1, g.mask FROM grants g JOIN records r ON r.entity = g.entity AND r.id = g.id "
                                    "WHERE g.provider_id = ? AND r.seq > ?").arg(columns) + order;
    grantedBySeq = QStringLiteral("SELECT %1, g.mask FROM records r %2 grants g ON g.provider_id = ? "
                                  "AND g.entity = r.entity AND g.id = r.id WHERE r.seq > ?").arg(columns, seqFirst) + order;
    threadsByGrant = QStringLiteral("SELECT %1 FROM grants g JOIN records r ON r.referral_id = g.id "
                                    "WHERE g.provider_id = ? AND g.entity = 'referral' "
                                    "AND r.entity IN ('message', 'conflict') AND r.seq > ?").arg(columns) + order;
    threadsBySeq = QStringLiteral("SELECT %1 FROM records r %2 grants g ON g.provider_id = ? AND g.entity = 'referral' "
                                  "AND g.id = r.referral_id WHERE %3r.entity IN ('message', 'conflict') AND r.seq > ?")
                       .arg(columns, seqFirst, notIndexed) + order;
    events = QStringLiteral("SELECT seq, entity, id, kind FROM grant_events WHERE provider_id = ? AND seq > ? "
                            "ORDER BY seq LIMIT %1").arg(limit);
    grantsUpTo = QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM grants WHERE provider_id = ? LIMIT ?) AS g");
    grantedRecord = QStringLiteral("SELECT g.mask, %1 FROM grants g LEFT JOIN records r ON r.entity = g.entity "
                                   "AND r.id = g.id WHERE g.provider_id = ? AND g.entity = ? AND g.id = ?")
                        .arg(db.utf8Column(QStringLiteral("r.body")));
    thread = QStringLiteral("SELECT %1 FROM records r WHERE r.referral_id = ? AND r.entity IN ('message', 'conflict') "
                            "ORDER BY r.seq").arg(columns);
}

} // namespace brug
