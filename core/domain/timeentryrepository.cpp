#include "timeentryrepository.h"

#include "records.h"
#include "store.h"

namespace brug {

namespace {
std::pair<QString, QString> monthRange(int year, int month)
{
    const QDate first(year, month, 1);
    return {Dates::format(first), Dates::format(first.addMonths(1).addDays(-1))};
}
} // namespace

TimeEntryRepository::TimeEntryRepository(Store &store) : m_store(store) {}

std::optional<TimeEntry> TimeEntryRepository::get(const QString &id)
{
    const auto r = Records(m_store).get(u"time_entry", id);
    return r ? std::optional<TimeEntry>(TimeEntry::fromRecord(*r)) : std::nullopt;
}

QString TimeEntryRepository::save(const TimeEntry &entry)
{
    Records records(m_store);
    if (entry.id.isEmpty())
        return records.create(u"time_entry", entry.toFields());
    records.update(u"time_entry", entry.id, entry.toFields());
    return entry.id;
}

void TimeEntryRepository::remove(const QString &id)
{
    Records(m_store).remove(u"time_entry", id);
}

std::vector<TimeEntry> TimeEntryRepository::forMonth(int year, int month, const QString &userId)
{
    const auto [from, to] = monthRange(year, month);
    QString where = QStringLiteral("deleted = 0 AND \"date\" BETWEEN ? AND ?");
    QVariantList args{from, to};
    if (!userId.isEmpty()) {
        where += QStringLiteral(" AND user_id = ?");
        args << userId;
    }
    where += QStringLiteral(" ORDER BY \"date\" DESC, created_at DESC");
    std::vector<TimeEntry> out;
    for (const Record &r : Records(m_store).query(u"time_entry", where, args))
        out.push_back(TimeEntry::fromRecord(r));
    return out;
}

MonthTotals TimeEntryRepository::totals(int year, int month, const QString &userId)
{
    MonthTotals t;
    for (const TimeEntry &e : forMonth(year, month, userId)) {
        ++t.entries;
        t.minutes += e.minutes;
        t.distanceKm += e.distanceKm;
        t.expensesCents += e.expensesCents;
    }
    return t;
}

} // namespace brug
