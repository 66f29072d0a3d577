#include "meetingrepository.h"

#include "records.h"
#include "store.h"

namespace brug {

MeetingRepository::MeetingRepository(Store &store) : m_store(store) {}

std::optional<Meeting> MeetingRepository::get(const QString &id)
{
    const auto r = Records(m_store).get(u"meeting", id);
    return r ? std::optional<Meeting>(Meeting::fromRecord(*r)) : std::nullopt;
}

QString MeetingRepository::save(const Meeting &meeting)
{
    Records records(m_store);
    if (meeting.id.isEmpty())
        return records.create(u"meeting", meeting.toFields());
    records.update(u"meeting", meeting.id, meeting.toFields());
    return meeting.id;
}

std::vector<Meeting> MeetingRepository::list(int limit, int offset)
{
    std::vector<Meeting> out;
    for (const Record &r : Records(m_store).query(
             u"meeting", QStringLiteral("deleted = 0 ORDER BY \"date\" DESC, created_at DESC LIMIT ? OFFSET ?"),
             {limit, offset}))
        out.push_back(Meeting::fromRecord(r));
    return out;
}

} // namespace brug
