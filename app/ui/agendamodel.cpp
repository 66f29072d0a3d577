#include "agendamodel.h"

#include "referralrepository.h"
#include "session.h"
#include "store.h"
#include "visitrepository.h"

namespace brug {

AgendaModel::AgendaModel(QObject *parent) : QAbstractListModel(parent)
{
    if (Session *s = Session::instance())
        connect(s, &Session::dataChanged, this, &AgendaModel::reload);
    reload();
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_items.size()))
        return {};
    const Item &i = m_items[size_t(index.row())];
    switch (role) {
    case KindRole: return i.kind;
    case IdRole: return i.id;
    case FamilyRole: return i.familyId;
    case DateRole: return i.date;
    case TimeRole: return i.time;
    case PlaceRole: return i.place;
    default: return {};
    }
}

QHash<int, QByteArray> AgendaModel::roleNames() const
{
    return {{KindRole, "kind"}, {IdRole, "itemId"}, {FamilyRole, "familyId"}, {DateRole, "date"},
            {TimeRole, "time"}, {PlaceRole, "place"}};
}

int AgendaModel::dueToday() const
{
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    return int(std::count_if(m_items.begin(), m_items.end(), [&](const Item &i) { return i.date <= today; }));
}

void AgendaModel::reload()
{
    Store *s = Session::instance() ? Session::instance()->store() : nullptr;
    beginResetModel();
    m_items.clear();
    if (s) {
        const QDate today = QDate::currentDate();
        const QString me = s->identity().userId;
        // Only the latest visit of a family counts: an older follow-up is done by a newer visit.
        QHash<QString, QString> latestVisit;
        for (const Visit &v : VisitRepository(*s).followUpsDue(today.addDays(-14), today.addDays(7), me)) {
            const auto newer = VisitRepository(*s).forFamily(v.familyId);
            if (!newer.empty() && newer.front().id != v.id && newer.front().date > v.date)
                continue;
            m_items.push_back({QStringLiteral("follow_up"), v.id, v.familyId, v.followUpOn.toString(Qt::ISODate), {}, {}});
        }
        for (const Referral &r : ReferralRepository(*s).intakesBetween(today, today.addDays(7)))
            // The store holds every referral of the organisation: only mine are mine to go along to.
            if (r.intermediaryId == me && (r.intermediaryJoins || r.intermediaryInvited))
                m_items.push_back({QStringLiteral("intake"), r.id, r.familyId, r.intakeOn.toString(Qt::ISODate),
                                   r.intakeTime, r.intakePlace});
        std::stable_sort(m_items.begin(), m_items.end(), [](const Item &a, const Item &b) {
            return a.date != b.date ? a.date < b.date : a.time < b.time;
        });
    }
    endResetModel();
    emit countChanged();
}

} // namespace brug
