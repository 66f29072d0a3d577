#include "benchserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace brug::bench {

QString BenchServer::binary()
{
    const QString dir = qEnvironmentVariable("BRUG_BENCH_BINARY_DIR");
    return QDir(dir.isEmpty() ? QCoreApplication::applicationDirPath() + QStringLiteral("/../..") : dir)
        .filePath(QStringLiteral("app/brug-server"));
}

BenchServer::BenchServer(const QString &pgUrl)
{
    if (!pgUrl.isEmpty()) {
        QUrl url(pgUrl);
        url.setPath(QString());
        m_pgBase = url.toString();
        m_database = QStringLiteral("brugbench_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        if (!psql(QStringLiteral("CREATE DATABASE %1").arg(m_database)))
            qWarning("BenchServer: cannot create the PostgreSQL database");
    }
}

BenchServer::~BenchServer()
{
    stop();
    if (!m_pgBase.isEmpty())
        psql(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database));
}

bool BenchServer::psql(const QString &sql) const
{
    QProcess p;
    p.start(QStringLiteral("psql"), {m_pgBase + QStringLiteral("/postgres"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                     QStringLiteral("-q"), QStringLiteral("-c"), sql});
    return p.waitForFinished(60000) && p.exitCode() == 0;
}

QStringList BenchServer::storeArgs() const
{
    if (!m_pgBase.isEmpty())
        return {QStringLiteral("--database"), m_pgBase + QLatin1Char('/') + m_database};
    return {QStringLiteral("--data"), dataDir()};
}

bool BenchServer::start(int threads, QString *error)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    QStringList args{QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port)};
    if (threads > 0)
        args << QStringLiteral("--threads") << QString::number(threads);
    // The server's log goes to a file (it logs a line per batch; a pipe nobody reads would fill).
    const QString logPath = m_dir.filePath(QStringLiteral("server.log"));
    QFile::remove(logPath);
    m_process->setStandardOutputFile(logPath);
    // For profiling: BRUG_BENCH_SERVER_PREFIX="perf record -g -o FILE --" runs the server under
    // it (the process id is then the wrapper's: RSS and CPU figures are not the server's alone).
    const QStringList prefix = qEnvironmentVariable("BRUG_BENCH_SERVER_PREFIX").split(u' ', Qt::SkipEmptyParts);
    if (prefix.isEmpty())
        m_process->start(binary(), args + storeArgs());
    else
        m_process->start(prefix.first(), prefix.mid(1) + QStringList{binary()} + args + storeArgs());
    static const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    QByteArray log;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 30000) {
        m_process->waitForFinished(50);
        QFile f(logPath);
        if (f.open(QIODevice::ReadOnly))
            log = f.readAll();
        const auto m = listening.match(QString::fromUtf8(log));
        if (m.hasMatch()) {
            m_port = quint16(m.captured(1).toUInt());
            return true;
        }
        if (m_process->state() == QProcess::NotRunning)
            break;
    }
    if (error)
        *error = QStringLiteral("brug-server did not start: %1").arg(QString::fromUtf8(log));
    return false;
}

void BenchServer::stop()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
}

QJsonObject BenchServer::admin(const QStringList &args, QString *error) const
{
    QProcess p;
    p.start(binary(), args + storeArgs() + QStringList{QStringLiteral("--json")});
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

} // namespace brug::bench
