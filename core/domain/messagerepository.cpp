#include "messagerepository.h"

#include "records.h"
#include "store.h"

namespace brug {

MessageRepository::MessageRepository(Store &store) : m_store(store) {}

std::vector<Message> MessageRepository::thread(const QString &referralId)
{
    std::vector<Message> out;
    for (const Record &r : Records(m_store).query(
             u"message", QStringLiteral("referral_id = ? AND deleted = 0 ORDER BY created_at, id"), {referralId}))
        out.push_back(Message::fromRecord(r));
    return out;
}

QString MessageRepository::post(const QString &referralId, const QString &body)
{
    if (body.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::Invalid, QString(), QStringLiteral("a message needs text"));
    Message m;
    m.referralId = referralId;
    m.kind = QStringLiteral("text");
    m.body = body.trimmed();
    return Records(m_store).create(u"message", m.toFields());
}

std::vector<Message> MessageRepository::forFamily(const QString &familyId)
{
    std::vector<Message> out;
    for (const Record &r : Records(m_store).query(
             u"message",
             QStringLiteral("deleted = 0 AND referral_id IN (SELECT id FROM referral WHERE family_id = ?) "
                            "ORDER BY created_at DESC"),
             {familyId}))
        out.push_back(Message::fromRecord(r));
    return out;
}

} // namespace brug
