#pragma once

#include "timeentry.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace brug {

/// One month of the user's hours and expenses, with the totals the reimbursement needs.
class HoursModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int year READ year NOTIFY monthChanged)
    Q_PROPERTY(int month READ month NOTIFY monthChanged)
    Q_PROPERTY(int totalMinutes READ totalMinutes NOTIFY totalsChanged)
    Q_PROPERTY(double totalKm READ totalKm NOTIFY totalsChanged)
    Q_PROPERTY(double totalExpensesCents READ totalExpensesCents NOTIFY totalsChanged)
    Q_PROPERTY(int count READ count NOTIFY totalsChanged)

public:
    enum Role { IdRole = Qt::UserRole + 1, DateRole, ActivityRole, MinutesRole, KmRole, ExpensesRole, NoteRole, FamilyRole };

    explicit HoursModel(QObject *parent = nullptr);
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int year() const { return m_year; }
    [[nodiscard]] int month() const { return m_month; }
    [[nodiscard]] int totalMinutes() const { return m_minutes; }
    [[nodiscard]] double totalKm() const { return m_km; }
    [[nodiscard]] double totalExpensesCents() const { return double(m_cents); }
    [[nodiscard]] int count() const { return int(m_entries.size()); }

    Q_INVOKABLE void previousMonth();
    Q_INVOKABLE void nextMonth();
    Q_INVOKABLE void setMonth(int year, int month);
    Q_INVOKABLE void remove(const QString &id);
    Q_INVOKABLE void reload();

signals:
    void monthChanged();
    void totalsChanged();

private:
    int m_year = 0;
    int m_month = 0;
    std::vector<TimeEntry> m_entries;
    int m_minutes = 0;
    double m_km = 0;
    qint64 m_cents = 0;
};

} // namespace brug
