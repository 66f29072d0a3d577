#include "demostore.h"

#include "enroller.h"
#include "store.h"
#include "syncclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

namespace brug {

namespace {
QString serverBinary()
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("brug-server"));
}

QString userKeyFor(const QString &role)
{
    if (role == u"contact_woman")
        return QStringLiteral("ayse");
    if (role == u"coordinator")
        return QStringLiteral("fatima");
    if (role == u"caseworker")
        return QStringLiteral("sanne");
    if (role == u"manager")
        return QStringLiteral("joost");
    return QStringLiteral("amal");
}
} // namespace

std::unique_ptr<Store> DemoStore::prepare(const QString &role, QTemporaryDir &dir, QString *error)
{
    const QString data = dir.filePath(QStringLiteral("server"));
    QProcess seed;
    seed.start(serverBinary(), {QStringLiteral("seed-demo"), QStringLiteral("--data"), data, QStringLiteral("--json")});
    if (!seed.waitForFinished(60000) || seed.exitCode() != 0) {
        *error = QStringLiteral("brug-server seed-demo failed: %1").arg(QString::fromUtf8(seed.readAllStandardError()));
        return nullptr;
    }
    const QJsonObject demo = QJsonDocument::fromJson(seed.readAllStandardOutput()).object();
    const QString code = demo.value(u"codes").toObject().value(userKeyFor(role)).toString();

    QProcess server;
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(serverBinary(), {QStringLiteral("serve"), QStringLiteral("--data"), data,
                                  QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    static const QRegularExpression listening(QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    QByteArray log;
    QString port;
    for (int i = 0; i < 200 && port.isEmpty(); ++i) {
        server.waitForReadyRead(50);
        log += server.readAll();
        const auto m = listening.match(QString::fromUtf8(log));
        if (m.hasMatch())
            port = m.captured(1);
    }
    if (port.isEmpty()) {
        *error = QStringLiteral("brug-server did not start: %1").arg(QString::fromUtf8(log));
        return nullptr;
    }
    auto store = Store::create(dir.filePath(QStringLiteral("demo.db")), QStringLiteral("demo"), KeyFile::Profile::Fast);
    QNetworkAccessManager network;
    QEventLoop loop;
    bool ok = false;
    {
        Enroller enroller(*store, network);
        QObject::connect(&enroller, &Enroller::succeeded, &loop, [&] { ok = true; loop.quit(); });
        QObject::connect(&enroller, &Enroller::failed, &loop, [&](const QString &c, const QString &m) {
            *error = c + QStringLiteral(": ") + m;
            loop.quit();
        });
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        enroller.enrol(QUrl(QStringLiteral("http://127.0.0.1:") + port), code, QStringLiteral("demo"));
        loop.exec();
    }
    if (ok) {
        SyncClient client(*store);
        ok = false;
        QObject::connect(&client, &SyncClient::finished, &loop, [&](bool result) { ok = result; loop.quit(); });
        client.syncNow();
        if (client.isRunning())
            loop.exec();
        client.cancelRetry();
        if (!ok)
            *error = QStringLiteral("demo sync failed: %1").arg(client.reasonCode());
    }
    server.kill();
    server.waitForFinished(5000);
    return ok ? std::move(store) : nullptr;
}

} // namespace brug
