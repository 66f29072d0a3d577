#pragma once

#include "referral.h"

#include <optional>
#include <vector>

namespace brug {

class Store;

/// Referrals. A referral is sent only on an active consent of the same family with the same
/// provider; each status change is also written to the thread so both sides see who and when.
class ReferralRepository
{
public:
    explicit ReferralRepository(Store &store);

    [[nodiscard]] std::optional<Referral> get(const QString &id);
    /// Creates or updates the referring side's content; returns the id.
    QString saveDraft(const Referral &referral);
    /// Marks it sent; throws StoreError(Invalid) naming what is missing (consent, provider).
    void send(const QString &id);
    void withdraw(const QString &id);
    /// The provider's side: writes the given provider fields, sets status_at/status_by, and adds
    /// a status entry to the thread, in one transaction.
    void updateStatus(const QString &id, const QString &status, const QJsonObject &providerFields,
                      const QString &note = QString());
    [[nodiscard]] std::vector<Referral> forFamily(const QString &familyId);
    /// Referrals addressed to a provider that were sent, newest first; filters may be empty.
    [[nodiscard]] std::vector<Referral> inbox(const QString &providerId, const QString &status = QString(),
                                              const QString &serviceId = QString());
    /// Intakes planned in [from, to].
    [[nodiscard]] std::vector<Referral> intakesBetween(const QDate &from, const QDate &to);

private:
    Store &m_store;
};

} // namespace brug
