#pragma once

#include "deviceidentity.h"

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <memory>

class QQmlEngine;
class QJSEngine;

namespace brug {

class Store;

/// The store's life in the app: first start (choose a passphrase), locked, unlocked; locks
/// itself after idle minutes and when the app goes to the background. Owns the open Store.
class Session : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY identityChanged)
    Q_PROPERTY(QString userId READ userId NOTIFY identityChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY identityChanged)
    Q_PROPERTY(QString role READ role NOTIFY identityChanged)
    Q_PROPERTY(QString orgId READ orgId NOTIFY identityChanged)
    Q_PROPERTY(QString orgName READ orgName NOTIFY identityChanged)
    Q_PROPERTY(bool providerSide READ providerSide NOTIFY identityChanged)
    Q_PROPERTY(int lockMinutes READ lockMinutes WRITE setLockMinutes NOTIFY lockMinutesChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(int revision READ revision NOTIFY dataChanged)

public:
    enum class State { NoStore, Locked, Unlocked, Wiped };
    Q_ENUM(State)

    explicit Session(const QString &storePath, QObject *parent = nullptr);
    ~Session() override;

    static Session *instance();
    static Session *create(QQmlEngine *, QJSEngine *);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool enrolled() const;
    [[nodiscard]] QString userId() const { return m_identity.userId; }
    [[nodiscard]] QString userName() const { return m_identity.userName; }
    [[nodiscard]] QString role() const { return m_identity.role; }
    [[nodiscard]] QString orgId() const { return m_identity.orgId; }
    [[nodiscard]] QString orgName() const { return m_identity.orgName; }
    [[nodiscard]] bool providerSide() const { return m_identity.isProviderSide(); }
    [[nodiscard]] int lockMinutes() const { return m_lockMinutes; }
    void setLockMinutes(int minutes);
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] int revision() const { return m_revision; }
    [[nodiscard]] QString storePath() const { return m_path; }

    /// The open store, or nullptr when locked. C++ only: QML never sees the store.
    [[nodiscard]] Store *store() const { return m_store.get(); }

    /// Opens with an already derived store (tests, screenshots).
    void adopt(std::unique_ptr<Store> store);

    Q_INVOKABLE bool createStore(const QString &passphrase, const QString &repeat);
    Q_INVOKABLE bool unlock(const QString &passphrase);
    Q_INVOKABLE void lock();
    /// The user did something: the idle timer starts again.
    Q_INVOKABLE void touch();
    /// Local data changed (a save): views refresh and a sync is scheduled.
    void notifyWrite();
    /// Data changed by a sync.
    void notifyRemoteChange();
    /// The server ordered this device erased.
    void wipe();
    /// After enrolment the identity is new.
    void reloadIdentity();

signals:
    void stateChanged();
    void identityChanged();
    void lockMinutesChanged();
    void errorChanged();
    void dataChanged();
    void localWrite();
    void storeOpened();
    void storeClosing();

private:
    void setError(const QString &error);
    void setState(State state);
    void opened();

    QString m_path;
    std::unique_ptr<Store> m_store;
    State m_state = State::NoStore;
    DeviceIdentity m_identity;
    QTimer m_idle;
    int m_lockMinutes = 5;
    QString m_error;
    int m_revision = 0;
};

} // namespace brug
