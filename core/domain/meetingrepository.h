#pragma once

#include "meeting.h"

#include <optional>
#include <vector>

namespace brug {

class Store;

/// Neighbourhood meetings, newest first.
class MeetingRepository
{
public:
    explicit MeetingRepository(Store &store);

    [[nodiscard]] std::optional<Meeting> get(const QString &id);
    QString save(const Meeting &meeting);
    [[nodiscard]] std::vector<Meeting> list(int limit = 100, int offset = 0);

private:
    Store &m_store;
};

} // namespace brug
