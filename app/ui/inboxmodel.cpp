#include "inboxmodel.h"

#include "familyrepository.h"
#include "referralrepository.h"
#include "session.h"
#include "store.h"

namespace brug {

namespace {
const QString kSeen = QStringLiteral("inbox_seen_at");
}

InboxModel::InboxModel(QObject *parent) : QAbstractListModel(parent)
{
    if (Session *s = Session::instance())
        connect(s, &Session::dataChanged, this, &InboxModel::reload);
    reload();
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const Referral &r = row.referral;
    switch (role) {
    case IdRole: return r.id;
    case FamilyRole: return r.familyId;
    case FamilyCodeRole: return row.familyCode;
    case ServiceRole: return r.serviceId;
    case UrgencyRole: return r.urgency;
    case StatusRole: return r.displayStatus();
    case SentRole: return double(r.sentAt);
    case IntakeRole: return r.intakeOn.toString(Qt::ISODate);
    case FreshRole: return row.fresh;
    case ReasonRole: return r.reasonFamily.left(160);
    default: return {};
    }
}

QHash<int, QByteArray> InboxModel::roleNames() const
{
    return {{IdRole, "referralId"}, {FamilyRole, "familyId"}, {FamilyCodeRole, "familyCode"},
            {ServiceRole, "serviceId"}, {UrgencyRole, "urgency"}, {StatusRole, "status"}, {SentRole, "sentAt"},
            {IntakeRole, "intakeOn"}, {FreshRole, "fresh"}, {ReasonRole, "reason"}};
}

void InboxModel::setStatus(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    emit filterChanged();
    reload();
}

void InboxModel::setServiceId(const QString &id)
{
    if (id == m_serviceId)
        return;
    m_serviceId = id;
    emit filterChanged();
    reload();
}

void InboxModel::markSeen()
{
    Store *s = Session::instance() ? Session::instance()->store() : nullptr;
    if (!s)
        return;
    s->setState(kSeen, s->now());
}

void InboxModel::reload()
{
    Store *s = Session::instance() ? Session::instance()->store() : nullptr;
    beginResetModel();
    m_rows.clear();
    m_newCount = 0;
    m_freshCount = 0;
    if (s) {
        m_seenAt = s->stateInt(kSeen);
        FamilyRepository families(*s);
        for (Referral &r : ReferralRepository(*s).inbox(s->identity().orgId, m_status, m_serviceId)) {
            Row row;
            const auto f = families.get(r.familyId);
            row.familyCode = f ? f->code : QString();
            row.fresh = r.sentAt > m_seenAt;
            m_newCount += r.status.isEmpty() ? 1 : 0;
            m_freshCount += row.fresh ? 1 : 0;
            row.referral = std::move(r);
            m_rows.push_back(std::move(row));
        }
    }
    endResetModel();
    emit countChanged();
}

} // namespace brug
