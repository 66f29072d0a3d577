#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace brug {

/// What is due for the user: follow-up visits and planned intakes to go along to, from the
/// days overdue up to a week ahead, soonest first.
class AgendaModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int dueToday READ dueToday NOTIFY countChanged)

public:
    enum Role { KindRole = Qt::UserRole + 1, IdRole, FamilyRole, DateRole, TimeRole, PlaceRole };
    struct Item
    {
        QString kind;   ///< follow_up, intake
        QString id;     ///< visit or referral
        QString familyId;
        QString date;
        QString time;
        QString place;
    };

    explicit AgendaModel(QObject *parent = nullptr);
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return int(m_items.size()); }
    [[nodiscard]] int dueToday() const;
    Q_INVOKABLE void reload();

signals:
    void countChanged();

private:
    std::vector<Item> m_items;
};

} // namespace brug
