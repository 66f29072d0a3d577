#pragma once

#include "visit.h"

#include <optional>
#include <vector>

namespace brug {

class Store;

/// Home visits: a family's history, and the follow-ups that fall due.
class VisitRepository
{
public:
    explicit VisitRepository(Store &store);

    [[nodiscard]] std::optional<Visit> get(const QString &id);
    QString save(const Visit &visit);
    /// Newest first.
    [[nodiscard]] std::vector<Visit> forFamily(const QString &familyId);
    /// Visits whose follow-up date falls in [from, to], soonest first; empty intermediary: all.
    [[nodiscard]] std::vector<Visit> followUpsDue(const QDate &from, const QDate &to,
                                                  const QString &intermediaryId = QString());

private:
    Store &m_store;
};

} // namespace brug
