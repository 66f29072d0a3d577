#include "syncstatus.h"

#include "enroller.h"
#include "errortext.h"
#include "outbox.h"
#include "serverendpoint.h"
#include "session.h"
#include "store.h"
#include "syncclient.h"

#include <QJSEngine>
#include <QNetworkInformation>
#include <QSysInfo>
#include <cstdlib>

namespace brug {

namespace {
SyncStatus *g_instance = nullptr;
}

SyncStatus::SyncStatus(Session &session, QNetworkAccessManager &network, QObject *parent)
    : QObject(parent), m_session(session), m_network(network)
{
    g_instance = this;
    m_soon.setSingleShot(true);
    m_soon.setInterval(3000);
    connect(&m_soon, &QTimer::timeout, this, &SyncStatus::syncNow);
    m_periodic.setInterval(5 * 60 * 1000);
    connect(&m_periodic, &QTimer::timeout, this, &SyncStatus::syncNow);
    connect(&m_session, &Session::storeOpened, this, &SyncStatus::attach);
    connect(&m_session, &Session::storeClosing, this, &SyncStatus::detach);
    connect(&m_session, &Session::localWrite, this, [this] {
        if (m_client)
            m_pending = int(m_client->pendingChanges());
        emit changed();
        if (m_automatic)
            m_soon.start();
    });
    watchNetwork();
    if (m_session.store())
        attach();
}

SyncStatus::~SyncStatus()
{
    if (g_instance == this)
        g_instance = nullptr;
}

SyncStatus *SyncStatus::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

void SyncStatus::setAutomatic(bool automatic)
{
    m_automatic = automatic;
    if (!automatic) {
        m_soon.stop();
        m_periodic.stop();
    } else if (m_client) {
        m_periodic.start();
    }
}

void SyncStatus::watchNetwork()
{
    // Without D-Bus only the glib backend loads, and it may be wrong: a failed request is also
    // news, so this only adds a trigger, never blocks a sync.
    if (!QNetworkInformation::loadDefaultBackend())
        return;
    if (auto *info = QNetworkInformation::instance())
        connect(info, &QNetworkInformation::reachabilityChanged, this, [this](QNetworkInformation::Reachability r) {
            if (r == QNetworkInformation::Reachability::Online && m_automatic)
                syncNow();
        });
}

void SyncStatus::attach()
{
    m_wiped = false;
    m_client = std::make_unique<SyncClient>(*m_session.store());
    connect(m_client.get(), &SyncClient::stateChanged, this, &SyncStatus::changed);
    connect(m_client.get(), &SyncClient::progressChanged, this, &SyncStatus::progressChanged);
    connect(m_client.get(), &SyncClient::finished, this, [this] {
        m_pending = m_client ? int(m_client->pendingChanges()) : 0;
        emit changed();
    });
    connect(m_client.get(), &SyncClient::dataChanged, &m_session, &Session::notifyRemoteChange);
    connect(m_client.get(), &SyncClient::wipeRequested, this, [this] {
        m_wiped = true;
        QMetaObject::invokeMethod(&m_session, &Session::wipe, Qt::QueuedConnection);
    });
    m_pending = int(m_client->pendingChanges());
    if (m_automatic) {
        m_periodic.start();
        m_soon.start(500);
    }
    emit changed();
}

void SyncStatus::detach()
{
    m_soon.stop();
    m_periodic.stop();
    // Deleted later: a wipe arrives from inside the client's own signal.
    if (m_client)
        m_client.release()->deleteLater();
    emit changed();
}

SyncStatus::State SyncStatus::state() const
{
    if (m_wiped)
        return State::Wiped;
    if (!m_client)
        return m_session.enrolled() ? State::Offline : State::NotEnrolled;
    switch (m_client->state()) {
    case SyncState::NotEnrolled: return State::NotEnrolled;
    case SyncState::Offline: return State::Offline;
    case SyncState::Syncing: return State::Syncing;
    case SyncState::UpToDate: return m_client->lastSynced().isValid() ? State::UpToDate : State::Offline;
    case SyncState::Error: return State::Error;
    case SyncState::Wiped: return State::Wiped;
    }
    return State::Offline;
}

QString SyncStatus::stateText() const
{
    switch (state()) {
    case State::NotEnrolled: return tr("Not connected to a server");
    case State::Offline: return tr("Offline");
    case State::Syncing: return tr("Syncing…");
    case State::UpToDate: return tr("Up to date");
    case State::Error: return tr("Sync problem");
    case State::Wiped: return tr("This device was erased");
    }
    return QString();
}

QString SyncStatus::detailText() const
{
    if (!m_client)
        return QString();
    if (state() == State::Error || state() == State::Offline) {
        if (!m_client->reasonCode().isEmpty())
            return ErrorText::forSync(m_client->reasonCode());
    }
    // Phones set their clocks from the network; a quarter of an hour off is a wrong setting.
    constexpr qint64 kClockTolerance = 15 * 60 * 1000;
    if (std::abs(m_client->clockOffsetMs()) > kClockTolerance)
        return tr("The date or time on this device is wrong. Set it right in the device's settings.");
    if (m_pending > 0)
        return tr("%n change(s) waiting to be sent", nullptr, m_pending);
    return QString();
}

double SyncStatus::progress() const
{
    if (!m_client)
        return 0;
    const auto p = m_client->progress();
    if (p.itemsTotal > 0)
        return std::min(1.0, double(p.itemsDone) / double(p.itemsTotal));
    if (p.bytesTotal > 0)
        return std::min(1.0, double(p.bytesDone) / double(p.bytesTotal));
    return 0;
}

bool SyncStatus::busy() const
{
    return m_client && m_client->isRunning();
}

int SyncStatus::pending() const
{
    return m_pending;
}

double SyncStatus::lastSynced() const
{
    return m_client && m_client->lastSynced().isValid() ? double(m_client->lastSynced().toMSecsSinceEpoch()) : 0;
}

QString SyncStatus::serverUrl() const
{
    return m_session.store() ? m_session.store()->state(QStringLiteral("server_url")) : QString();
}

void SyncStatus::syncNow()
{
    if (m_client && m_session.enrolled())
        m_client->syncNow();
}

void SyncStatus::enrol(const QString &serverUrl, const QString &code, const QString &deviceName)
{
    Store *store = m_session.store();
    const QUrl url = ServerEndpoint::fromUserInput(serverUrl);
    if (!store || !url.isValid() || code.trimmed().isEmpty()) {
        emit enrolFailed(tr("Fill in the server address and the code."));
        return;
    }
    m_enrolling = true;
    emit enrollingChanged();
    auto *enroller = new Enroller(*store, m_network, this);
    connect(enroller, &Enroller::succeeded, this, [this, enroller] {
        enroller->deleteLater();
        m_enrolling = false;
        emit enrollingChanged();
        m_session.reloadIdentity();
        detach();
        attach();
        emit enrolled();
        syncNow();
    });
    connect(enroller, &Enroller::failed, this, [this, enroller](const QString &code, const QString &) {
        enroller->deleteLater();
        m_enrolling = false;
        emit enrollingChanged();
        emit enrolFailed(ErrorText::forSync(code));
    });
    enroller->enrol(url, code, deviceName.isEmpty() ? QSysInfo::machineHostName() : deviceName,
                    QSysInfo::productType());
}

} // namespace brug
