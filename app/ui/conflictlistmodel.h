#pragma once

#include "conflict.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace brug {

/// The open conflicts of one record: both values, so the user can keep either. Without a
/// record (a form for a new one) there are none.
class ConflictListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString recordId READ recordId WRITE setRecordId NOTIFY recordIdChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role { IdRole = Qt::UserRole + 1, EntityRole, FieldRole, KeptRole, OtherRole, OtherAuthorRole };

    explicit ConflictListModel(QObject *parent = nullptr);
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] QString recordId() const { return m_recordId; }
    void setRecordId(const QString &id);
    [[nodiscard]] int count() const { return int(m_conflicts.size()); }

    Q_INVOKABLE void keepCurrent(const QString &conflictId);
    Q_INVOKABLE void keepOther(const QString &conflictId);
    Q_INVOKABLE void reload();

signals:
    void recordIdChanged();
    void countChanged();

private:
    void resolve(const QString &id, bool keepLoser);
    [[nodiscard]] static QString display(const QString &entity, const QString &field, const QJsonValue &v);

    QString m_recordId;
    std::vector<Conflict> m_conflicts;
};

} // namespace brug
