#pragma once

#include "consent.h"

#include <optional>
#include <vector>

namespace brug {

class Store;

/// Consents: recorded, shown, withdrawn. A withdrawn consent stays, with the day it ended.
class ConsentRepository
{
public:
    explicit ConsentRepository(Store &store);

    [[nodiscard]] std::optional<Consent> get(const QString &id);
    QString save(const Consent &consent);
    [[nodiscard]] std::vector<Consent> forFamily(const QString &familyId);
    /// The active consents of a family with one provider.
    [[nodiscard]] std::vector<Consent> activeFor(const QString &familyId, const QString &providerId);
    void withdraw(const QString &id, const QDate &on, const QString &note);

private:
    Store &m_store;
};

} // namespace brug
