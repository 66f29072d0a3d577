#include "referralrepository.h"

#include "catalogue.h"
#include "consentrepository.h"
#include "message.h"
#include "records.h"
#include "store.h"

namespace brug {

ReferralRepository::ReferralRepository(Store &store) : m_store(store) {}

std::optional<Referral> ReferralRepository::get(const QString &id)
{
    const auto r = Records(m_store).get(u"referral", id);
    return r ? std::optional<Referral>(Referral::fromRecord(*r)) : std::nullopt;
}

QString ReferralRepository::saveDraft(const Referral &referral)
{
    Records records(m_store);
    if (referral.id.isEmpty())
        return records.create(u"referral", referral.contentFields());
    records.update(u"referral", referral.id, referral.contentFields());
    return referral.id;
}

void ReferralRepository::send(const QString &id)
{
    Transaction tx(m_store.db());
    const auto r = get(id);
    if (!r)
        throw StoreError(StoreError::Kind::NotFound, QString(), QStringLiteral("no referral %1").arg(id));
    if (r->providerId.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, QString(), QStringLiteral("choose a provider first"));
    const auto consent = ConsentRepository(m_store).get(r->consentId);
    if (!consent || !consent->isActive() || consent->familyId != r->familyId ||
        consent->providerId != r->providerId)
        throw StoreError(StoreError::Kind::Invalid, QString(),
                         QStringLiteral("a referral needs an active consent of this family for this provider"));
    Records(m_store).update(u"referral", id,
                            {{QStringLiteral("state"), QStringLiteral("sent")},
                             {QStringLiteral("sent_at"), double(m_store.now())}});
    tx.commit();
}

void ReferralRepository::withdraw(const QString &id)
{
    Records(m_store).update(u"referral", id, {{QStringLiteral("state"), QStringLiteral("withdrawn")}});
}

void ReferralRepository::updateStatus(const QString &id, const QString &status,
                                      const QJsonObject &providerFields, const QString &note)
{
    if (!Catalogue::contains(u"referral_status", status))
        throw StoreError(StoreError::Kind::Invalid, QString(), QStringLiteral("unknown status"));
    Transaction tx(m_store.db());
    if (!get(id))
        throw StoreError(StoreError::Kind::NotFound, QString(), QStringLiteral("no referral %1").arg(id));
    QJsonObject fields = providerFields;
    fields.insert(QStringLiteral("status"), status);
    fields.insert(QStringLiteral("status_at"), double(m_store.now()));
    fields.insert(QStringLiteral("status_by"), m_store.identity().userId);
    Records records(m_store);
    records.update(u"referral", id, fields);
    Message m;
    m.referralId = id;
    m.kind = QStringLiteral("status");
    m.status = status;
    m.body = note;
    records.create(u"message", m.toFields());
    tx.commit();
}

std::vector<Referral> ReferralRepository::forFamily(const QString &familyId)
{
    std::vector<Referral> out;
    for (const Record &r : Records(m_store).query(
             u"referral", QStringLiteral("family_id = ? AND deleted = 0 ORDER BY created_at DESC"), {familyId}))
        out.push_back(Referral::fromRecord(r));
    return out;
}

std::vector<Referral> ReferralRepository::inbox(const QString &providerId, const QString &status,
                                                const QString &serviceId)
{
    QString where = QStringLiteral("provider_id = ? AND state = 'sent' AND deleted = 0");
    QVariantList args{providerId};
    if (status == u"new") {
        where += QStringLiteral(" AND status IS NULL");
    } else if (!status.isEmpty()) {
        where += QStringLiteral(" AND status = ?");
        args << status;
    }
    if (!serviceId.isEmpty()) {
        where += QStringLiteral(" AND service_id = ?");
        args << serviceId;
    }
    // New ones first, then by urgency, then the most recently sent.
    where += QStringLiteral(" ORDER BY (status IS NULL) DESC, CASE urgency WHEN 'urgent' THEN 0 "
                            "WHEN 'soon' THEN 1 ELSE 2 END, sent_at DESC");
    std::vector<Referral> out;
    for (const Record &r : Records(m_store).query(u"referral", where, args))
        out.push_back(Referral::fromRecord(r));
    return out;
}

std::vector<Referral> ReferralRepository::intakesBetween(const QDate &from, const QDate &to)
{
    std::vector<Referral> out;
    for (const Record &r : Records(m_store).query(
             u"referral",
             QStringLiteral("deleted = 0 AND status = 'intake_planned' AND intake_on BETWEEN ? AND ? "
                            "ORDER BY intake_on, intake_time"),
             {Dates::format(from), Dates::format(to)}))
        out.push_back(Referral::fromRecord(r));
    return out;
}

} // namespace brug
