#include "timelinemodel.h"

#include "consentrepository.h"
#include "messagerepository.h"
#include "referralrepository.h"
#include "session.h"
#include "store.h"
#include "visitrepository.h"

#include <QDateTime>

namespace brug {

namespace {
QString dayOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).date().toString(Qt::ISODate);
}
} // namespace

TimelineModel::TimelineModel(QObject *parent) : QAbstractListModel(parent)
{
    if (Session *s = Session::instance())
        connect(s, &Session::dataChanged, this, &TimelineModel::reload);
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_items.size()))
        return {};
    const Item &i = m_items[size_t(index.row())];
    switch (role) {
    case KindRole: return i.kind;
    case IdRole: return i.id;
    case DateRole: return i.date;
    case StatusRole: return i.status;
    case DetailRole: return i.detail;
    case CodesRole: return i.codes;
    case AuthorRole: return i.author;
    case ReferralRole: return i.referralId;
    default: return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    return {{KindRole, "kind"}, {IdRole, "itemId"}, {DateRole, "date"}, {StatusRole, "status"},
            {DetailRole, "detail"}, {CodesRole, "codes"}, {AuthorRole, "author"}, {ReferralRole, "referralId"}};
}

void TimelineModel::setFamilyId(const QString &id)
{
    if (id == m_familyId)
        return;
    m_familyId = id;
    emit familyIdChanged();
    reload();
}

void TimelineModel::reload()
{
    Store *s = Session::instance() ? Session::instance()->store() : nullptr;
    beginResetModel();
    m_items.clear();
    if (s && !m_familyId.isEmpty()) {
        for (const Visit &v : VisitRepository(*s).forFamily(m_familyId))
            m_items.push_back({QStringLiteral("visit"), v.id, v.date.toString(Qt::ISODate), v.meta.createdAt,
                               QString(), v.note.left(140), v.riskFactors, v.intermediaryId, QString()});
        for (const Consent &c : ConsentRepository(*s).forFamily(m_familyId)) {
            m_items.push_back({QStringLiteral("consent"), c.id, c.givenOn.toString(Qt::ISODate), c.meta.createdAt,
                               c.isActive() ? QStringLiteral("active") : QStringLiteral("withdrawn"), c.providerId,
                               c.shares, c.meta.createdBy, QString()});
            if (c.withdrawnOn.isValid())
                m_items.push_back({QStringLiteral("consent_withdrawn"), c.id, c.withdrawnOn.toString(Qt::ISODate),
                                   c.meta.updatedAt, QString(), c.providerId, {}, c.meta.updatedBy, QString()});
        }
        for (const Referral &r : ReferralRepository(*s).forFamily(m_familyId))
            m_items.push_back({QStringLiteral("referral"), r.id,
                               dayOf(r.sentAt ? r.sentAt : r.meta.createdAt), r.sentAt ? r.sentAt : r.meta.createdAt,
                               r.displayStatus(), r.providerId, r.riskFactors, r.intermediaryId, r.id});
        for (const Message &m : MessageRepository(*s).forFamily(m_familyId))
            m_items.push_back({QStringLiteral("message"), m.id, dayOf(m.meta.createdAt), m.meta.createdAt,
                               m.status, m.body.left(140), {}, m.meta.createdBy, m.referralId});
        std::stable_sort(m_items.begin(), m_items.end(), [](const Item &a, const Item &b) {
            return a.date != b.date ? a.date > b.date : a.at > b.at;
        });
    }
    endResetModel();
    emit countChanged();
}

} // namespace brug
