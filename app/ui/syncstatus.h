#pragma once

#include "syncstate.h"

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <memory>

class QNetworkAccessManager;
class QQmlEngine;
class QJSEngine;

namespace brug {

class Session;
class SyncClient;

/// The sync as the interface sees it: one state in plain words, progress, when it last
/// finished, a button. Starts a sync on demand, soon after a local save, when the network comes
/// back, and every few minutes.
class SyncStatus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(QString stateText READ stateText NOTIFY changed)
    Q_PROPERTY(QString detailText READ detailText NOTIFY changed)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(int pending READ pending NOTIFY changed)
    Q_PROPERTY(double lastSynced READ lastSynced NOTIFY changed)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY changed)
    Q_PROPERTY(bool enrolling READ enrolling NOTIFY enrollingChanged)

public:
    enum class State { NotEnrolled, Offline, Syncing, UpToDate, Error, Wiped };
    Q_ENUM(State)

    SyncStatus(Session &session, QNetworkAccessManager &network, QObject *parent = nullptr);
    ~SyncStatus() override;
    static SyncStatus *create(QQmlEngine *, QJSEngine *);

    [[nodiscard]] State state() const;
    [[nodiscard]] QString stateText() const;
    [[nodiscard]] QString detailText() const;
    [[nodiscard]] double progress() const;
    [[nodiscard]] bool busy() const;
    [[nodiscard]] int pending() const;
    [[nodiscard]] double lastSynced() const;
    [[nodiscard]] QString serverUrl() const;
    [[nodiscard]] bool enrolling() const { return m_enrolling; }

    Q_INVOKABLE void syncNow();
    /// Enrols with a code from the coordinator; `enrolled` or `enrolFailed(message)` follow.
    Q_INVOKABLE void enrol(const QString &serverUrl, const QString &code, const QString &deviceName);
    /// For tests and the screenshot mode: no automatic syncs.
    void setAutomatic(bool automatic);

signals:
    void changed();
    void progressChanged();
    void enrollingChanged();
    void enrolled();
    void enrolFailed(const QString &message);

private:
    void attach();
    void detach();
    void watchNetwork();

    Session &m_session;
    QNetworkAccessManager &m_network;
    std::unique_ptr<SyncClient> m_client;
    QTimer m_soon;       ///< after a local save
    QTimer m_periodic;   ///< every few minutes while unlocked
    bool m_enrolling = false;
    bool m_automatic = true;
    bool m_wiped = false;
    int m_pending = 0;
};

} // namespace brug
