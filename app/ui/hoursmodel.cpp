#include "hoursmodel.h"

#include "session.h"
#include "store.h"
#include "timeentryrepository.h"

namespace brug {

HoursModel::HoursModel(QObject *parent) : QAbstractListModel(parent)
{
    const QDate today = QDate::currentDate();
    m_year = today.year();
    m_month = today.month();
    if (Session *s = Session::instance())
        connect(s, &Session::dataChanged, this, &HoursModel::reload);
    reload();
}

int HoursModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant HoursModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_entries.size()))
        return {};
    const TimeEntry &e = m_entries[size_t(index.row())];
    switch (role) {
    case IdRole: return e.id;
    case DateRole: return e.date.toString(Qt::ISODate);
    case ActivityRole: return e.activity;
    case MinutesRole: return e.minutes;
    case KmRole: return e.distanceKm;
    case ExpensesRole: return e.expensesCents;
    case NoteRole: return e.expenseNote;
    case FamilyRole: return e.familyId;
    default: return {};
    }
}

QHash<int, QByteArray> HoursModel::roleNames() const
{
    return {{IdRole, "entryId"}, {DateRole, "date"}, {ActivityRole, "activity"}, {MinutesRole, "minutes"},
            {KmRole, "km"}, {ExpensesRole, "expensesCents"}, {NoteRole, "note"}, {FamilyRole, "familyId"}};
}

void HoursModel::setMonth(int year, int month)
{
    if (month < 1 || month > 12)
        return;
    m_year = year;
    m_month = month;
    emit monthChanged();
    reload();
}

void HoursModel::previousMonth()
{
    const QDate d = QDate(m_year, m_month, 1).addMonths(-1);
    setMonth(d.year(), d.month());
}

void HoursModel::nextMonth()
{
    const QDate d = QDate(m_year, m_month, 1).addMonths(1);
    setMonth(d.year(), d.month());
}

void HoursModel::remove(const QString &id)
{
    Store *s = Session::instance() ? Session::instance()->store() : nullptr;
    if (!s)
        return;
    try {
        TimeEntryRepository(*s).remove(id);
    } catch (const StoreError &) {
        return; // gone already, or the store refused: nothing to show, and no exception into QML
    }
    Session::instance()->notifyWrite();
}

void HoursModel::reload()
{
    Store *s = Session::instance() ? Session::instance()->store() : nullptr;
    beginResetModel();
    m_entries.clear();
    m_minutes = 0;
    m_km = 0;
    m_cents = 0;
    if (s) {
        m_entries = TimeEntryRepository(*s).forMonth(m_year, m_month, s->identity().userId);
        for (const TimeEntry &e : m_entries) {
            m_minutes += e.minutes;
            m_km += e.distanceKm;
            m_cents += e.expensesCents;
        }
    }
    endResetModel();
    emit totalsChanged();
}

} // namespace brug
