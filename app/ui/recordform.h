#pragma once

#include <QObject>
#include <QTimer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace brug {

class Store;

/// A form over one record of any entity: the page binds its controls to `values`, calls
/// setValue() as the user types, and save(). Values are checked against the schema and the
/// form's rules, with per-field errors in plain words. What is typed is kept as a draft in the
/// store until saved, so a dead battery loses nothing.
class RecordForm : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString entity READ entity WRITE setEntity NOTIFY entityChanged)
    Q_PROPERTY(QString recordId READ recordId NOTIFY recordIdChanged)
    Q_PROPERTY(QVariantMap values READ values NOTIFY valuesChanged)
    Q_PROPERTY(QVariantMap errors READ errors NOTIFY errorsChanged)
    Q_PROPERTY(bool isNew READ isNew NOTIFY recordIdChanged)
    Q_PROPERTY(bool dirty READ dirty NOTIFY valuesChanged)
    Q_PROPERTY(bool draftRestored READ draftRestored NOTIFY valuesChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorsChanged)

public:
    explicit RecordForm(QObject *parent = nullptr);
    ~RecordForm() override;

    [[nodiscard]] QString entity() const { return m_entity; }
    void setEntity(const QString &entity);
    [[nodiscard]] QString recordId() const { return m_id; }
    [[nodiscard]] QVariantMap values() const { return m_values; }
    [[nodiscard]] QVariantMap errors() const { return m_errors; }
    [[nodiscard]] bool isNew() const { return m_id.isEmpty(); }
    [[nodiscard]] bool dirty() const { return m_dirty; }
    [[nodiscard]] bool draftRestored() const { return m_draftRestored; }
    [[nodiscard]] QString error() const { return m_error; }

    /// Loads a record to edit (and a draft of it, when one was left unsaved).
    Q_INVOKABLE bool load(const QString &id);
    /// Starts a new record with sensible defaults plus `preset` (e.g. {family_id: ...}).
    Q_INVOKABLE void startNew(const QVariantMap &preset = {});
    Q_INVOKABLE void setValue(const QString &field, const QVariant &value);
    /// Adds or removes one code of a list field (risk factors, topics ...).
    Q_INVOKABLE void toggle(const QString &field, const QString &code);
    Q_INVOKABLE bool has(const QString &field, const QString &code) const;
    /// Checks and writes; true when saved (then `saved(id)` is emitted and the draft removed).
    Q_INVOKABLE bool save();
    /// Forgets what was typed since the last save.
    Q_INVOKABLE void discard();

signals:
    void entityChanged();
    void recordIdChanged();
    void valuesChanged();
    void errorsChanged();
    void saved(const QString &id);

private:
    [[nodiscard]] Store *store() const;
    [[nodiscard]] QString draftKey() const;
    void saveDraft();
    void loadDraft();
    void dropDraft(const QString &key = QString());
    [[nodiscard]] QVariantMap defaults() const;
    bool validate();

    QString m_entity;
    QString m_id;
    QVariantMap m_values;
    QVariantMap m_stored;
    QVariantMap m_initial;   ///< a new record's values as startNew() made them (defaults + preset)
    QVariantMap m_errors;
    QString m_error;
    bool m_dirty = false;
    bool m_draftRestored = false;
    QTimer m_draftTimer;
};

} // namespace brug
