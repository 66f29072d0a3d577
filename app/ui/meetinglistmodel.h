#pragma once

#include "meeting.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace brug {

/// Neighbourhood meetings, newest first.
class MeetingListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role { IdRole = Qt::UserRole + 1, DateRole, PlaceKindRole, PlaceNameRole, ThemeRole, AttendanceRole, RequestedRole };

    explicit MeetingListModel(QObject *parent = nullptr);
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return int(m_meetings.size()); }
    Q_INVOKABLE void reload();

signals:
    void countChanged();

private:
    std::vector<Meeting> m_meetings;
};

} // namespace brug
