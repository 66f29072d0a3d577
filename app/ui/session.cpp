#include "session.h"

#include "errortext.h"
#include "store.h"

#include <QGuiApplication>
#include <QJSEngine>
#include <QLoggingCategory>
#include <QSettings>

Q_LOGGING_CATEGORY(lcSession, "brug.session")

namespace brug {

namespace {
Session *g_instance = nullptr;
constexpr int kMinPassphrase = 6;
}

Session::Session(const QString &storePath, QObject *parent) : QObject(parent), m_path(storePath)
{
    g_instance = this;
    m_lockMinutes = QSettings().value(QStringLiteral("lockMinutes"), 5).toInt();
    m_state = Store::exists(m_path) ? State::Locked : State::NoStore;
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &Session::lock);
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        connect(app, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState s) {
            // In the background the tablet may be picked up by anyone: lock at once.
            if (s == Qt::ApplicationSuspended || s == Qt::ApplicationHidden)
                lock();
        });
    }
}

Session::~Session()
{
    if (g_instance == this)
        g_instance = nullptr;
}

Session *Session::instance()
{
    return g_instance;
}

Session *Session::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

bool Session::enrolled() const
{
    return m_identity.isValid();
}

void Session::setLockMinutes(int minutes)
{
    minutes = qBound(1, minutes, 60);
    if (minutes == m_lockMinutes)
        return;
    m_lockMinutes = minutes;
    QSettings().setValue(QStringLiteral("lockMinutes"), minutes);
    touch();
    emit lockMinutesChanged();
}

void Session::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged();
}

void Session::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged();
}

void Session::opened()
{
    reloadIdentity();
    setError(QString());
    setState(State::Unlocked);
    touch();
    ++m_revision;
    emit storeOpened();
    emit dataChanged();
}

void Session::adopt(std::unique_ptr<Store> store)
{
    m_store = std::move(store);
    m_path = m_store->path();
    opened();
}

void Session::reloadIdentity()
{
    m_identity = m_store ? m_store->identity() : DeviceIdentity{};
    emit identityChanged();
}

bool Session::createStore(const QString &passphrase, const QString &repeat)
{
    if (passphrase.size() < kMinPassphrase) {
        setError(tr("Choose a passphrase of at least %n characters.", nullptr, kMinPassphrase));
        return false;
    }
    if (passphrase != repeat) {
        setError(tr("The two passphrases are not the same."));
        return false;
    }
    try {
        m_store = Store::create(m_path, passphrase);
    } catch (const StoreError &e) {
        qCWarning(lcSession) << "create failed:" << StoreError::kindName(e.kind());
        setError(ErrorText::forStore(e));
        return false;
    }
    opened();
    return true;
}

bool Session::unlock(const QString &passphrase)
{
    try {
        m_store = Store::open(m_path, passphrase);
    } catch (const StoreError &e) {
        qCWarning(lcSession) << "unlock failed:" << StoreError::kindName(e.kind());
        setError(ErrorText::forStore(e));
        return false;
    }
    opened();
    return true;
}

void Session::lock()
{
    if (!m_store)
        return;
    emit storeClosing();
    m_store.reset();
    m_idle.stop();
    setState(State::Locked);
}

void Session::touch()
{
    if (m_store)
        m_idle.start(m_lockMinutes * 60 * 1000);
}

void Session::notifyWrite()
{
    ++m_revision;
    emit dataChanged();
    emit localWrite();
}

void Session::notifyRemoteChange()
{
    ++m_revision;
    emit dataChanged();
}

void Session::wipe()
{
    emit storeClosing();
    m_store.reset();
    Store::erase(m_path);
    m_identity = {};
    emit identityChanged();
    setState(State::Wiped);
}

} // namespace brug
