#include "testdevice.h"

#include "consentrepository.h"
#include "enroller.h"
#include "keyfile.h"
#include "schema.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

namespace brug::test {

namespace {
const QString kPassphrase = QStringLiteral("test passphrase");
}

TestDevice::TestDevice(const QString &name) : m_path(m_dir.filePath(name + QStringLiteral(".db")))
{
    m_store = Store::create(m_path, kPassphrase, KeyFile::Profile::Fast);
    m_network = std::make_unique<QNetworkAccessManager>();
    makeClient();
}

TestDevice::~TestDevice()
{
    m_client.reset();
}

QString TestDevice::giveConsent(const QString &familyId, const QString &providerId, const QStringList &shares,
                                const QDate &givenOn)
{
    Consent c;
    c.familyId = familyId;
    c.providerId = providerId;
    c.shares = shares;
    c.purpose = QStringLiteral("referral");
    c.givenOn = givenOn;
    c.method = QStringLiteral("signed");
    return ConsentRepository(*m_store).save(c);
}

void TestDevice::makeClient()
{
    m_client = std::make_unique<SyncClient>(*m_store);
    m_client->setBackoff(50, 500);
    QObject::connect(m_client.get(), &SyncClient::wipeRequested, [this] { m_wiped = true; });
}

void TestDevice::whileClosed(const std::function<void()> &work)
{
    m_client.reset();
    m_store.reset();
    if (work)
        work();
    m_store = Store::open(m_path, kPassphrase);
    makeClient();
}

void TestDevice::reopen()
{
    whileClosed({});
}

namespace {
// The store's own files: the database, its key file, and a WAL that closing may leave.
QStringList storeFiles(const QString &storePath)
{
    const QFileInfo db(storePath);
    return QDir(db.absolutePath()).entryList({db.fileName() + u'*', QFileInfo(KeyFile::pathFor(storePath)).fileName()},
                                             QDir::Files);
}
} // namespace

void TestDevice::copyStoreTo(const QString &dir)
{
    whileClosed([&] {
        const QDir from = QFileInfo(m_path).absoluteDir();
        for (const QString &f : storeFiles(m_path)) {
            QFile::remove(QDir(dir).filePath(f));
            QFile::copy(from.filePath(f), QDir(dir).filePath(f));
        }
    });
}

void TestDevice::restoreStoreFrom(const QString &dir)
{
    whileClosed([&] {
        const QDir to = QFileInfo(m_path).absoluteDir();
        for (const QString &f : storeFiles(m_path))
            QFile::remove(to.filePath(f));
        for (const QString &f : storeFiles(QDir(dir).filePath(QFileInfo(m_path).fileName())))
            QFile::copy(QDir(dir).filePath(f), to.filePath(f));
    });
}

bool TestDevice::enrol(const QUrl &server, const QString &code, QString *error)
{
    Enroller enroller(*m_store, *m_network);
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&enroller, &Enroller::succeeded, &loop, [&] {
        ok = true;
        loop.quit();
    });
    QObject::connect(&enroller, &Enroller::failed, &loop, [&](const QString &code, const QString &msg) {
        if (error)
            *error = code + QStringLiteral(": ") + msg;
        loop.quit();
    });
    enroller.enrol(server, code, QStringLiteral("test device"));
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    if (ok)
        makeClient();
    return ok;
}

bool TestDevice::sync(int timeoutMs)
{
    QEventLoop loop;
    bool ok = false;
    const auto c = QObject::connect(m_client.get(), &SyncClient::finished, &loop, [&](bool result) {
        ok = result;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    m_client->syncNow();
    if (m_client->isRunning())
        loop.exec();
    QObject::disconnect(c);
    m_client->cancelRetry();
    return ok;
}

bool TestDevice::syncUntilUpToDate(int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        if (sync(int(std::max<qint64>(1000, timeoutMs - t.elapsed()))) && m_client->pendingChanges() == 0)
            return true;
        if (m_wiped)
            return false;
        QEventLoop pause;
        QTimer::singleShot(50, &pause, &QEventLoop::quit);
        pause.exec();
    }
    return false;
}

QJsonObject TestDevice::dump()
{
    QJsonObject out;
    for (const EntityDef &def : Schema::entities())
        for (const Record &r : Records(*m_store).query(def.name, QStringLiteral("1 = 1")))
            out.insert(r.entity + QLatin1Char('/') + r.id, r.fields);
    return out;
}

QHash<QString, QJsonObject> TestDevice::snapshot()
{
    QHash<QString, QJsonObject> out;
    for (const EntityDef &def : Schema::entities())
        for (const Record &r : Records(*m_store).query(def.name, QStringLiteral("1 = 1"))) {
            QJsonObject fieldsWithStamps;
            for (auto it = r.stamps.begin(); it != r.stamps.end(); ++it)
                fieldsWithStamps.insert(it.key(), QJsonObject{{QStringLiteral("v"), r.fields.value(it.key())},
                                                              {QStringLiteral("s"), it.value()}});
            out.insert(r.entity + QLatin1Char('/') + r.id, fieldsWithStamps);
        }
    return out;
}

} // namespace brug::test
