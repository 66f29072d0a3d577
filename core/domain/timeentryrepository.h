#pragma once

#include "timeentry.h"

#include <optional>
#include <vector>

namespace brug {

class Store;

/// The month's totals for the reimbursement overview.
struct MonthTotals
{
    int entries = 0;
    int minutes = 0;
    double distanceKm = 0;
    qint64 expensesCents = 0;
};

/// Hours and expenses per activity.
class TimeEntryRepository
{
public:
    explicit TimeEntryRepository(Store &store);

    [[nodiscard]] std::optional<TimeEntry> get(const QString &id);
    QString save(const TimeEntry &entry);
    void remove(const QString &id);
    /// One user's entries of a month, newest first; empty user: everyone's.
    [[nodiscard]] std::vector<TimeEntry> forMonth(int year, int month, const QString &userId = QString());
    [[nodiscard]] MonthTotals totals(int year, int month, const QString &userId = QString());

private:
    Store &m_store;
};

} // namespace brug
