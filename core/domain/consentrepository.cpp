#include "consentrepository.h"

#include "records.h"
#include "store.h"

namespace brug {

ConsentRepository::ConsentRepository(Store &store) : m_store(store) {}

std::optional<Consent> ConsentRepository::get(const QString &id)
{
    const auto r = Records(m_store).get(u"consent", id);
    return r ? std::optional<Consent>(Consent::fromRecord(*r)) : std::nullopt;
}

QString ConsentRepository::save(const Consent &consent)
{
    if (!consent.givenOn.isValid() || consent.familyId.isEmpty() || consent.providerId.isEmpty() ||
        consent.method.isEmpty() || consent.shares.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, QString(),
                         QStringLiteral("a consent needs a family, a provider, what is shared, "
                                        "the day it was given and how"));
    Records records(m_store);
    if (consent.id.isEmpty())
        return records.create(u"consent", consent.toFields());
    records.update(u"consent", consent.id, consent.toFields());
    return consent.id;
}

std::vector<Consent> ConsentRepository::forFamily(const QString &familyId)
{
    std::vector<Consent> out;
    for (const Record &r : Records(m_store).query(
             u"consent", QStringLiteral("family_id = ? AND deleted = 0 ORDER BY given_on DESC"), {familyId}))
        out.push_back(Consent::fromRecord(r));
    return out;
}

std::vector<Consent> ConsentRepository::activeFor(const QString &familyId, const QString &providerId)
{
    std::vector<Consent> out;
    for (const Record &r : Records(m_store).query(
             u"consent",
             QStringLiteral("family_id = ? AND provider_id = ? AND deleted = 0 AND withdrawn_on IS NULL "
                            "AND given_on IS NOT NULL ORDER BY given_on DESC"),
             {familyId, providerId}))
        out.push_back(Consent::fromRecord(r));
    return out;
}

void ConsentRepository::withdraw(const QString &id, const QDate &on, const QString &note)
{
    if (!on.isValid())
        throw StoreError(StoreError::Kind::Invalid, QString(), QStringLiteral("withdrawal needs a date"));
    Records(m_store).update(u"consent", id,
                            {{QStringLiteral("withdrawn_on"), Json::date(on)},
                             {QStringLiteral("withdrawn_note"), Json::text(note)}});
}

} // namespace brug
