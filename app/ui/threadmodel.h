#pragma once

#include "message.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace brug {

/// A referral's thread between the intermediary and the caseworker, oldest first.
class ThreadModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString referralId READ referralId WRITE setReferralId NOTIFY referralIdChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role { IdRole = Qt::UserRole + 1, KindRole, BodyRole, StatusRole, AuthorRole, AuthorNameRole, MineRole, AtRole };

    explicit ThreadModel(QObject *parent = nullptr);
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString referralId() const { return m_referralId; }
    void setReferralId(const QString &id);
    [[nodiscard]] int count() const { return int(m_messages.size()); }
    Q_INVOKABLE void reload();
    /// Sends a message (kept locally, synced with the next sync); false when empty.
    Q_INVOKABLE bool post(const QString &text);

signals:
    void referralIdChanged();
    void countChanged();

private:
    QString m_referralId;
    std::vector<Message> m_messages;
    QHash<QString, QString> m_names;
};

} // namespace brug
