#pragma once

#include "referral.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace brug {

/// The caseworker's inbox: referrals addressed to their provider, new first, then by urgency;
/// filtered by status and service. "Fresh" marks what arrived since the inbox was last opened.
class InboxModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString status READ status WRITE setStatus NOTIFY filterChanged)
    Q_PROPERTY(QString serviceId READ serviceId WRITE setServiceId NOTIFY filterChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int newCount READ newCount NOTIFY countChanged)
    Q_PROPERTY(int freshCount READ freshCount NOTIFY countChanged)

public:
    enum Role { IdRole = Qt::UserRole + 1, FamilyRole, FamilyCodeRole, ServiceRole, UrgencyRole, StatusRole,
                SentRole, IntakeRole, FreshRole, ReasonRole };

    explicit InboxModel(QObject *parent = nullptr);
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString status() const { return m_status; }
    void setStatus(const QString &status);
    [[nodiscard]] QString serviceId() const { return m_serviceId; }
    void setServiceId(const QString &id);
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] int newCount() const { return m_newCount; }
    [[nodiscard]] int freshCount() const { return m_freshCount; }

    /// The user has seen the inbox: what is there now is no longer fresh next time.
    Q_INVOKABLE void markSeen();
    Q_INVOKABLE void reload();

signals:
    void filterChanged();
    void countChanged();

private:
    struct Row
    {
        Referral referral;
        QString familyCode;
        bool fresh = false;
    };
    QString m_status;
    QString m_serviceId;
    std::vector<Row> m_rows;
    int m_newCount = 0;
    int m_freshCount = 0;
    qint64 m_seenAt = 0;
};

} // namespace brug
