#include "meetinglistmodel.h"

#include "meetingrepository.h"
#include "session.h"
#include "store.h"

namespace brug {

MeetingListModel::MeetingListModel(QObject *parent) : QAbstractListModel(parent)
{
    if (Session *s = Session::instance())
        connect(s, &Session::dataChanged, this, &MeetingListModel::reload);
    reload();
}

int MeetingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_meetings.size());
}

QVariant MeetingListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_meetings.size()))
        return {};
    const Meeting &m = m_meetings[size_t(index.row())];
    switch (role) {
    case IdRole: return m.id;
    case DateRole: return m.date.toString(Qt::ISODate);
    case PlaceKindRole: return m.placeKind;
    case PlaceNameRole: return m.placeName;
    case ThemeRole: return m.theme;
    case AttendanceRole: return m.attendance();
    case RequestedRole: return m.providerRequested;
    default: return {};
    }
}

QHash<int, QByteArray> MeetingListModel::roleNames() const
{
    return {{IdRole, "meetingId"}, {DateRole, "date"}, {PlaceKindRole, "placeKind"}, {PlaceNameRole, "placeName"},
            {ThemeRole, "theme"}, {AttendanceRole, "attendance"}, {RequestedRole, "providerRequested"}};
}

void MeetingListModel::reload()
{
    Store *s = Session::instance() ? Session::instance()->store() : nullptr;
    beginResetModel();
    m_meetings.clear();
    if (s)
        m_meetings = MeetingRepository(*s).list(200);
    endResetModel();
    emit countChanged();
}

} // namespace brug
