#pragma once

#include "recordmeta.h"

namespace brug {

/// Time and expenses of one activity, for the reimbursement of volunteers' costs.
struct TimeEntry
{
    QString id;
    QString userId;
    QDate date;
    QString activity;
    QString familyId;
    QString meetingId;
    int minutes = 0;
    double distanceKm = 0;
    int expensesCents = 0;
    QString expenseNote;
    RecordMeta meta;

    [[nodiscard]] QJsonObject toFields() const;
    [[nodiscard]] static TimeEntry fromRecord(const Record &r);
};

} // namespace brug
