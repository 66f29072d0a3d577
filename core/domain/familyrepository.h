#pragma once

#include "family.h"

#include <optional>
#include <vector>

namespace brug {

class Store;

/// What a family list shows: the code first, the name only where this device holds it.
struct FamilySummary
{
    QString id;
    QString code;
    QString name;
    QString neighbourhood;
    QString intermediaryId;
    qint64 updatedAt = 0;
    bool active = true;
};

/// Families: find as you type, read, save (only what changed is written).
class FamilyRepository
{
public:
    explicit FamilyRepository(Store &store);

    [[nodiscard]] std::optional<Family> get(const QString &id);
    /// Creates the family when its id is empty (and gives it a code if it has none); returns the id.
    QString save(Family family);
    /// Families whose code, name or neighbourhood contains `query` (case and accents ignored),
    /// most recently changed first. An empty query lists all.
    [[nodiscard]] std::vector<FamilySummary> search(const QString &query, int limit = 50, int offset = 0);
    [[nodiscard]] int count(const QString &query = QString());
    [[nodiscard]] QString newCode();

private:
    Store &m_store;
};

} // namespace brug
