#include "conflictrepository.h"

#include "records.h"
#include "store.h"

namespace brug {

ConflictRepository::ConflictRepository(Store &store) : m_store(store) {}

std::vector<Conflict> ConflictRepository::openFor(const QString &recordId)
{
    std::vector<Conflict> out;
    for (const Record &r : Records(m_store).query(
             u"conflict", QStringLiteral("record_id = ? AND resolved_at IS NULL ORDER BY created_at"), {recordId}))
        out.push_back(Conflict::fromRecord(r));
    return out;
}

std::vector<Conflict> ConflictRepository::allOpen()
{
    std::vector<Conflict> out;
    for (const Record &r : Records(m_store).query(
             u"conflict", QStringLiteral("resolved_at IS NULL ORDER BY created_at DESC")))
        out.push_back(Conflict::fromRecord(r));
    return out;
}

void ConflictRepository::resolve(const QString &conflictId, bool keepLoser)
{
    Records records(m_store);
    Transaction tx(m_store.db());
    const auto r = records.get(u"conflict", conflictId);
    if (!r)
        throw StoreError(StoreError::Kind::NotFound, QString(), QStringLiteral("no conflict %1").arg(conflictId));
    const Conflict c = Conflict::fromRecord(*r);
    if (keepLoser)
        records.update(c.entity, c.recordId, {{c.field, c.loserValue}});
    records.update(u"conflict", conflictId,
                   {{QStringLiteral("resolved_at"), double(m_store.now())},
                    {QStringLiteral("resolved_by"), m_store.identity().userId},
                    {QStringLiteral("resolution"), keepLoser ? QStringLiteral("kept_loser")
                                                             : QStringLiteral("kept_winner")}});
    tx.commit();
}

} // namespace brug
