#include "timeentry.h"

namespace brug {

QJsonObject TimeEntry::toFields() const
{
    return {{QStringLiteral("user_id"), Json::id(userId)},
            {QStringLiteral("date"), Json::date(date)},
            {QStringLiteral("activity"), Json::text(activity)},
            {QStringLiteral("family_id"), Json::id(familyId)},
            {QStringLiteral("meeting_id"), Json::id(meetingId)},
            {QStringLiteral("minutes"), minutes},
            {QStringLiteral("distance_km"), distanceKm},
            {QStringLiteral("expenses_cents"), expensesCents},
            {QStringLiteral("expense_note"), Json::text(expenseNote)}};
}

TimeEntry TimeEntry::fromRecord(const Record &r)
{
    const QJsonObject &f = r.fields;
    TimeEntry x;
    x.id = r.id;
    x.userId = Json::str(f, u"user_id");
    x.date = Json::date(f, u"date");
    x.activity = Json::str(f, u"activity");
    x.familyId = Json::str(f, u"family_id");
    x.meetingId = Json::str(f, u"meeting_id");
    x.minutes = Json::integer(f, u"minutes");
    x.distanceKm = f.value(u"distance_km").toDouble();
    x.expensesCents = Json::integer(f, u"expenses_cents");
    x.expenseNote = Json::str(f, u"expense_note");
    x.meta = RecordMeta::fromRecord(r);
    return x;
}

} // namespace brug
