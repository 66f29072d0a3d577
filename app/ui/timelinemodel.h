#pragma once

#include <QAbstractListModel>
#include <QDate>
#include <QtQml/qqmlregistration.h>

namespace brug {

/// One family's history on one line: visits, consents, referrals and messages, newest first.
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString familyId READ familyId WRITE setFamilyId NOTIFY familyIdChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role { KindRole = Qt::UserRole + 1, IdRole, DateRole, StatusRole, DetailRole, CodesRole, AuthorRole, ReferralRole };
    struct Item
    {
        QString kind;      ///< visit, consent, consent_withdrawn, referral, message
        QString id;
        QString date;      ///< ISO date, for display and order
        qint64 at = 0;     ///< ms, to order items of one day
        QString status;
        QString detail;
        QStringList codes;
        QString author;
        QString referralId;
    };

    explicit TimelineModel(QObject *parent = nullptr);
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString familyId() const { return m_familyId; }
    void setFamilyId(const QString &id);
    [[nodiscard]] int count() const { return int(m_items.size()); }
    Q_INVOKABLE void reload();

signals:
    void familyIdChanged();
    void countChanged();

private:
    QString m_familyId;
    std::vector<Item> m_items;
};

} // namespace brug
