#include "serverprocess.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QThread>
#include <QUuid>
#include <csignal>

namespace brug::test {

ServerProcess::Backend ServerProcess::backendFromEnv()
{
    return qEnvironmentVariable("BRUG_TEST_BACKEND") == u"postgres" ? Backend::Postgres : Backend::Sqlite;
}

QString ServerProcess::binary(const QString &name)
{
    const QString dir = qEnvironmentVariable("BRUG_TEST_BINARY_DIR");
    return QDir(dir.isEmpty() ? QCoreApplication::applicationDirPath() + QStringLiteral("/../..") : dir)
        .filePath(QStringLiteral("app/") + name);
}

ServerProcess::ServerProcess(Backend backend) : m_backend(backend)
{
    if (m_backend == Backend::Postgres) {
        QUrl url(qEnvironmentVariable("BRUG_TEST_PG_URL"));
        url.setPath(QString());
        m_pgBase = url.toString();
        m_database = QStringLiteral("brug_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        QString error;
        if (!psql(QStringLiteral("CREATE DATABASE %1").arg(m_database), &error))
            qWarning("ServerProcess: cannot create the PostgreSQL database: %s", qPrintable(error));
    }
}

ServerProcess::~ServerProcess()
{
    kill();
    if (m_backend == Backend::Postgres) {
        psql(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database), nullptr);
        for (const QString &snap : QDir(m_dir.path()).entryList({QStringLiteral("pgsnap-*")}))
            psql(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(snap.mid(7)), nullptr);
    }
}

bool ServerProcess::psql(const QString &sql, QString *error) const
{
    if (m_pgBase.isEmpty()) {
        if (error)
            *error = QStringLiteral("BRUG_TEST_PG_URL is not set: scripts/test starts PostgreSQL");
        return false;
    }
    QProcess p;
    p.start(QStringLiteral("psql"), {m_pgBase + QStringLiteral("/postgres"), QStringLiteral("-v"),
                                     QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-q"), QStringLiteral("-c"), sql});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        if (error)
            *error = QString::fromUtf8(p.readAllStandardError());
        return false;
    }
    return true;
}

QStringList ServerProcess::storeArgs() const
{
    if (m_backend == Backend::Postgres)
        return {QStringLiteral("--database"), m_pgBase + QLatin1Char('/') + m_database};
    return {QStringLiteral("--data"), m_dir.filePath(QStringLiteral("data"))};
}

QUrl ServerProcess::url() const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(m_tls ? u"https" : u"http").arg(m_port));
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

bool ServerProcess::start(QString *error)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_log.clear();
    QStringList args{QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port)};
    if (m_tls) {
        const QString dir = QStringLiteral(BRUG_TEST_SOURCE_DIR "/tests/support/tls/");
        args << QStringLiteral("--tls-cert") << dir + QStringLiteral("server.pem") << QStringLiteral("--tls-key")
             << dir + QStringLiteral("server-key.pem");
    }
    m_process->start(binary(QStringLiteral("brug-server")), args + storeArgs());
    return waitForListening(error);
}

bool ServerProcess::waitForListening(QString *error)
{
    static const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 20000) {
        m_process->waitForReadyRead(100);
        m_log += m_process->readAll();
        const auto m = listening.match(QString::fromUtf8(m_log));
        if (m.hasMatch()) {
            m_port = quint16(m.captured(1).toUInt());
            return true;
        }
        if (m_process->state() == QProcess::NotRunning)
            break;
    }
    if (error)
        *error = QStringLiteral("brug-server did not start: %1").arg(QString::fromUtf8(m_log));
    return false;
}

void ServerProcess::kill()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        ::kill(pid_t(m_process->processId()), SIGKILL);
        m_process->waitForFinished(10000);
    }
}

void ServerProcess::stop()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000))
            kill();
    }
}

bool ServerProcess::restart(QString *error)
{
    kill();
    // The port may linger in TIME_WAIT only on the client side; the server reuses it.
    for (int attempt = 0; attempt < 20; ++attempt) {
        if (start(error))
            return true;
        QThread::msleep(200);
    }
    return false;
}

QJsonObject ServerProcess::admin(const QStringList &args, QString *error) const
{
    QProcess p;
    p.start(binary(QStringLiteral("brug-server")), args + storeArgs() + QStringList{QStringLiteral("--json")});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

QJsonObject ServerProcess::seedDemo()
{
    QString error;
    const QJsonObject o = admin({QStringLiteral("seed-demo")}, &error);
    if (o.isEmpty())
        qWarning("seed-demo failed: %s", qPrintable(error));
    return o;
}

bool ServerProcess::snapshot(const QString &name, QString *error)
{
    const bool wasRunning = isRunning();
    kill();
    bool ok = true;
    if (m_backend == Backend::Sqlite) {
        const QDir data(m_dir.filePath(QStringLiteral("data")));
        const QString target = m_dir.filePath(QStringLiteral("snap-") + name);
        QDir().mkpath(target);
        for (const QString &f : data.entryList(QDir::Files)) {
            QFile::remove(target + QLatin1Char('/') + f);
            ok = QFile::copy(data.filePath(f), target + QLatin1Char('/') + f) && ok;
        }
    } else {
        const QString snap = m_database + QStringLiteral("_") + name;
        ok = psql(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1'").arg(m_database), error) &&
             psql(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(snap, m_database), error);
        QFile marker(m_dir.filePath(QStringLiteral("pgsnap-") + snap));
        marker.open(QIODevice::WriteOnly);
    }
    if (wasRunning)
        ok = restart(error) && ok;
    return ok;
}

bool ServerProcess::restoreSnapshot(const QString &name, QString *error)
{
    const bool wasRunning = isRunning();
    kill();
    bool ok = true;
    if (m_backend == Backend::Sqlite) {
        const QDir data(m_dir.filePath(QStringLiteral("data")));
        for (const QString &f : data.entryList(QDir::Files))
            QFile::remove(data.filePath(f));
        const QDir source(m_dir.filePath(QStringLiteral("snap-") + name));
        for (const QString &f : source.entryList(QDir::Files))
            ok = QFile::copy(source.filePath(f), data.filePath(f)) && ok;
    } else {
        const QString snap = m_database + QStringLiteral("_") + name;
        ok = psql(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database), error) &&
             psql(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(m_database, snap), error);
    }
    if (wasRunning)
        ok = restart(error) && ok;
    return ok;
}

} // namespace brug::test
