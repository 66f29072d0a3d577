#pragma once

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace brug {

/// Names for ids (people, organisations, services, families) and the provider directory, as
/// the pages need them; answers from the local store, so it works offline.
class Directory : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int revision READ revision NOTIFY changed)
    Q_PROPERTY(QVariantList providers READ providers NOTIFY changed)

public:
    explicit Directory(QObject *parent = nullptr);
    static Directory *create(QQmlEngine *, QJSEngine *);
    static Directory *instance();

    [[nodiscard]] int revision() const { return m_revision; }
    /// [{id, name, city, address, phone, website, openingHours, description, languages,
    ///   services: [...], contacts: [...]}] of organisations of kind provider.
    [[nodiscard]] QVariantList providers() const;

    Q_INVOKABLE QString userName(const QString &id) const;
    Q_INVOKABLE QString organisationName(const QString &id) const;
    Q_INVOKABLE QString serviceName(const QString &id) const;
    /// The family's code, and its name where this device holds it ("F-AB12C · Benali").
    Q_INVOKABLE QString familyLabel(const QString &id) const;
    Q_INVOKABLE QVariantList services(const QString &providerId) const;
    /// The family's active consents with a provider: [{id, givenOn, method, shares}].
    Q_INVOKABLE QVariantList activeConsents(const QString &familyId, const QString &providerId) const;
    /// The people of this device's organisation, for pickers: [{id, name, role}].
    Q_INVOKABLE QVariantList colleagues() const;
    /// A family with a full history, to open a page on (screenshots, self-test); empty if none.
    Q_INVOKABLE QString sampleFamily() const;
    /// A referral with a thread (preferably one this device can act on); empty if none.
    Q_INVOKABLE QString sampleReferral(bool preferNew) const;

signals:
    void changed();

private:
    int m_revision = 0;
};

} // namespace brug
