#include "messagerepository.h"

#include "records.h"
#include "store.h"

namespace brug {

namespace {
// Entries of one millisecond (a status change and the text written with it) in the order their
// author wrote them: a device stores each author's messages in that order, as it writes them or
// as the server numbered them when pulled, and rows keep their rowid. Authors apart, by id.
const QString kOrder = QStringLiteral("ORDER BY created_at, created_by, rowid");
} // namespace

MessageRepository::MessageRepository(Store &store) : m_store(store) {}

std::vector<Message> MessageRepository::thread(const QString &referralId)
{
    std::vector<Message> out;
    for (const Record &r : Records(m_store).query(u"message", QStringLiteral("referral_id = ? AND deleted = 0 ") + kOrder,
                                                  {referralId}))
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
                            "ORDER BY created_at DESC, created_by DESC, rowid DESC"),
             {familyId}))
        out.push_back(Message::fromRecord(r));
    return out;
}

} // namespace brug
