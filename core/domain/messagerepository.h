#pragma once

#include "message.h"

#include <vector>

namespace brug {

class Store;

/// A referral's thread: append-only, oldest first.
class MessageRepository
{
public:
    explicit MessageRepository(Store &store);

    [[nodiscard]] std::vector<Message> thread(const QString &referralId);
    QString post(const QString &referralId, const QString &body);
    /// Messages in threads of the given family's referrals, newest first.
    [[nodiscard]] std::vector<Message> forFamily(const QString &familyId);

private:
    Store &m_store;
};

} // namespace brug
