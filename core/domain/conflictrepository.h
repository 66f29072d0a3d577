#pragma once

#include "conflict.h"

#include <vector>

namespace brug {

class Store;

/// The conflict log: shown on the record it concerns; the user keeps either value.
class ConflictRepository
{
public:
    explicit ConflictRepository(Store &store);

    [[nodiscard]] std::vector<Conflict> openFor(const QString &recordId);
    [[nodiscard]] std::vector<Conflict> allOpen();
    /// Keeps the value that won (just closes the conflict) or the one that lost (writes it
    /// again, as a new change, then closes the conflict), in one transaction.
    void resolve(const QString &conflictId, bool keepLoser);

private:
    Store &m_store;
};

} // namespace brug
