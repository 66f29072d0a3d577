#include "visitrepository.h"

#include "records.h"
#include "store.h"

namespace brug {

VisitRepository::VisitRepository(Store &store) : m_store(store) {}

std::optional<Visit> VisitRepository::get(const QString &id)
{
    const auto r = Records(m_store).get(u"visit", id);
    return r ? std::optional<Visit>(Visit::fromRecord(*r)) : std::nullopt;
}

QString VisitRepository::save(const Visit &visit)
{
    Records records(m_store);
    if (visit.id.isEmpty())
        return records.create(u"visit", visit.toFields());
    records.update(u"visit", visit.id, visit.toFields());
    return visit.id;
}

std::vector<Visit> VisitRepository::forFamily(const QString &familyId)
{
    std::vector<Visit> out;
    for (const Record &r : Records(m_store).query(
             u"visit", QStringLiteral("family_id = ? AND deleted = 0 ORDER BY \"date\" DESC, created_at DESC"),
             {familyId}))
        out.push_back(Visit::fromRecord(r));
    return out;
}

std::vector<Visit> VisitRepository::followUpsDue(const QDate &from, const QDate &to,
                                                 const QString &intermediaryId)
{
    QString where = QStringLiteral("deleted = 0 AND follow_up_on BETWEEN ? AND ?");
    QVariantList args{Dates::format(from), Dates::format(to)};
    if (!intermediaryId.isEmpty()) {
        where += QStringLiteral(" AND intermediary_id = ?");
        args << intermediaryId;
    }
    where += QStringLiteral(" ORDER BY follow_up_on, \"date\" LIMIT 200");
    std::vector<Visit> out;
    for (const Record &r : Records(m_store).query(u"visit", where, args))
        out.push_back(Visit::fromRecord(r));
    return out;
}

} // namespace brug
