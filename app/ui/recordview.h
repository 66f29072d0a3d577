#pragma once

#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace brug {

/// One record to show, read-only, kept fresh as the store changes (a save, a sync).
class RecordView : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString entity READ entity WRITE setEntity NOTIFY changed)
    Q_PROPERTY(QString recordId READ recordId WRITE setRecordId NOTIFY changed)
    Q_PROPERTY(QVariantMap values READ values NOTIFY changed)
    Q_PROPERTY(bool exists READ exists NOTIFY changed)

public:
    explicit RecordView(QObject *parent = nullptr);
    [[nodiscard]] QString entity() const { return m_entity; }
    void setEntity(const QString &e);
    [[nodiscard]] QString recordId() const { return m_id; }
    void setRecordId(const QString &id);
    [[nodiscard]] QVariantMap values() const { return m_values; }
    [[nodiscard]] bool exists() const { return m_exists; }
    Q_INVOKABLE void reload();

signals:
    void changed();

private:
    QString m_entity;
    QString m_id;
    QVariantMap m_values;
    bool m_exists = false;
};

} // namespace brug
