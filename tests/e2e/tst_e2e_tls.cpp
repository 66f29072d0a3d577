// Transport security (docs/sync-protocol.md §1): brug-server serving TLS itself, devices that
// enrol and sync over it, and a client that sends nothing where it should not: not to a server
// whose certificate it cannot verify, and not over plain http to anything but this machine.
// Certificates: tests/support/tls (a test-only authority; see make-certs there).
#include "serverendpoint.h"
#include "serverprocess.h"
#include "testdevice.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace brug;
using namespace brug::test;

namespace {
QString tlsFile(const char *name)
{
    return QStringLiteral(BRUG_TEST_SOURCE_DIR "/tests/support/tls/") + QString::fromLatin1(name);
}

/// Lets this process trust the test authority (as a deployment's devices trust a real one).
void trustTestAuthority()
{
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.addCaCertificates(tlsFile("ca.pem"));
    QSslConfiguration::setDefaultConfiguration(c);
}

/// Sets an environment variable for one scope.
struct ScopedEnv
{
    QByteArray name;
    ScopedEnv(const char *n, const char *value) : name(n) { qputenv(n, value); }
    ~ScopedEnv() { qunsetenv(name.constData()); }
};
} // namespace

class TestE2eTls : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> server;
    QJsonObject demo;

    QString code(const char *key) const
    {
        return demo.value(u"codes").toObject().value(QLatin1StringView(key)).toString();
    }

    QString newCode(const char *user)
    {
        const QString userId = demo.value(u"users").toObject().value(QLatin1StringView(user)).toString();
        return server->admin({QStringLiteral("enrol-code"), QStringLiteral("--user"), userId}).value(u"code").toString();
    }

    /// The records on the server, as `brug-server dump` lists them.
    qsizetype serverRecords() const { return server->admin({QStringLiteral("dump")}).value(u"records").toArray().size(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!QSslSocket::supportsSsl())
            QFAIL("Qt has no TLS backend here (libssl3 is needed by Qt's openssl plugin)");
        server = std::make_unique<ServerProcess>();
        server->useTls(true);
        QString error;
        QVERIFY2(server->start(&error), qPrintable(error));
        QCOMPARE(server->url().scheme(), QStringLiteral("https"));
        demo = server->seedDemo();
        QVERIFY(!demo.isEmpty());
    }

    // First, before the test authority is trusted: the certificate cannot be verified.
    void anUnverifiedServerGetsNothing()
    {
        TestDevice device(QStringLiteral("untrusting"));
        QString error;
        QVERIFY(!device.enrol(server->url(), code("amal"), &error));
        QVERIFY2(error.startsWith(u"tls: "), qPrintable(error));
        QVERIFY(device.store().state(QStringLiteral("token")).isEmpty());
        // The code never reached the server: it still enrols a device once the authority is trusted.
        trustTestAuthority();
        TestDevice trusting(QStringLiteral("trusting"));
        QVERIFY2(trusting.enrol(server->url(), code("amal"), &error), qPrintable(error));
    }

    void devicesSyncOverTls()
    {
        TestDevice amal(QStringLiteral("amal")), kwame(QStringLiteral("kwame"));
        QString error;
        QVERIFY2(amal.enrol(server->url(), newCode("amal"), &error), qPrintable(error));
        QVERIFY2(kwame.enrol(server->url(), code("kwame"), &error), qPrintable(error));
        const qsizetype before = serverRecords();
        const QString family = amal.records().create(u"family", {{"code", "F-TLS01"}, {"name", "Familie TLS"}});
        QVERIFY(amal.sync());
        QCOMPARE(serverRecords(), before + 1);
        QVERIFY(kwame.sync());
        QVERIFY(kwame.records().get(u"family", family).has_value());
    }

    void plainHttpGoesOnlyToThisMachine()
    {
        // 0.0.0.0 reaches this machine on Linux, but is not a loopback address: a stand-in for a
        // server elsewhere that lets the test see whether anything connected.
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::AnyIPv4));
        int connections = 0;
        connect(&listener, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = listener.nextPendingConnection()) {
                ++connections;
                s->abort(); // the client fails at once instead of waiting for an answer
                s->deleteLater();
            }
        });
        const QUrl elsewhere(QStringLiteral("http://0.0.0.0:%1").arg(listener.serverPort()));
        TestDevice device(QStringLiteral("plain"));
        QString error;
        QVERIFY(!device.enrol(elsewhere, QStringLiteral("ABCD-EFGH-JKLM"), &error));
        QVERIFY2(error.startsWith(u"insecure_server: "), qPrintable(error));
        QTest::qWait(200);
        QVERIFY2(connections == 0, "the enrolment code went out over plain http");

        // The same address is used when a developer allows it: what stopped it was the rule.
        {
            ScopedEnv allow("BRUG_ALLOW_HTTP", "1");
            QVERIFY(!device.enrol(elsewhere, QStringLiteral("ABCD-EFGH-JKLM"), &error));
            QVERIFY2(error.startsWith(u"network: "), qPrintable(error));
            QVERIFY(connections >= 1); // Qt tries a dropped connection a second time
        }
        QVERIFY(!device.enrol(QUrl(QStringLiteral("ftp://127.0.0.1/")), QStringLiteral("ABCD-EFGH-JKLM"), &error));
        QVERIFY2(error.startsWith(u"bad_server_url: "), qPrintable(error));
    }

    void aStoredPlainAddressElsewhereIsNotSyncedWith()
    {
        // A device enrolled while a developer allowed plain http, over the same stand-in address,
        // to a plain-http server on this machine.
        ServerProcess plain;
        QString error;
        QVERIFY2(plain.start(&error), qPrintable(error));
        const QJsonObject plainDemo = plain.seedDemo();
        const QUrl elsewhere(QStringLiteral("http://0.0.0.0:%1").arg(plain.port()));
        TestDevice device(QStringLiteral("stored"));
        {
            ScopedEnv allow("BRUG_ALLOW_HTTP", "1");
            QVERIFY2(device.enrol(elsewhere, plainDemo.value(u"codes").toObject().value(u"amal").toString(), &error),
                     qPrintable(error));
            QVERIFY(device.sync());
        }
        const qsizetype before = plain.admin({QStringLiteral("dump")}).value(u"records").toArray().size();
        device.records().create(u"family", {{"code", "F-TLS02"}, {"name", "Familie Plain"}});
        QVERIFY(!device.sync());
        QCOMPARE(device.client().reasonCode(), QStringLiteral("insecure_server"));
        QCOMPARE(device.client().state(), SyncState::Error);
        QCOMPARE(plain.admin({QStringLiteral("dump")}).value(u"records").toArray().size(), before);
        QCOMPARE(device.client().pendingChanges(), 1); // kept, for when the address is fixed
    }

    void addressesAsTyped_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("problem");
        QTest::newRow("name") << "brug.example.nl" << "https://brug.example.nl" << "";
        QTest::newRow("name and port") << " brug.example.nl:8443 " << "https://brug.example.nl:8443" << "";
        QTest::newRow("https") << "https://brug.example.nl/" << "https://brug.example.nl/" << "";
        QTest::newRow("http elsewhere") << "http://brug.example.nl" << "http://brug.example.nl" << "insecure_server";
        QTest::newRow("http on the LAN") << "http://192.168.1.20:8787" << "http://192.168.1.20:8787" << "insecure_server";
        QTest::newRow("this machine") << "127.0.0.1:8787" << "http://127.0.0.1:8787" << "";
        QTest::newRow("localhost") << "localhost:8787" << "http://localhost:8787" << "";
        QTest::newRow("loopback v6") << "[::1]:8787" << "http://[::1]:8787" << "";
        QTest::newRow("loopback /8") << "http://127.0.1.1:8787" << "http://127.0.1.1:8787" << "";
        QTest::newRow("other scheme") << "ftp://brug.example.nl" << "ftp://brug.example.nl" << "bad_server_url";
        QTest::newRow("no host") << "https://" << "https://" << "bad_server_url";
    }

    void addressesAsTyped()
    {
        QFETCH(QString, typed);
        QFETCH(QString, url);
        QFETCH(QString, problem);
        const QUrl u = ServerEndpoint::fromUserInput(typed);
        QCOMPARE(u.toString(), url);
        QCOMPARE(ServerEndpoint::transportProblem(u), problem);
    }

    void aServerWithABadKeyDoesNotStart()
    {
        QTemporaryDir dir;
        QFile junk(dir.filePath(QStringLiteral("junk.pem")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n");
        junk.close();
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(ServerProcess::binary(QStringLiteral("brug-server")),
                {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                 QStringLiteral("--data"), dir.filePath(QStringLiteral("data")), QStringLiteral("--tls-cert"),
                 tlsFile("server.pem"), QStringLiteral("--tls-key"), junk.fileName()});
        QVERIFY(p.waitForFinished(20000));
        QVERIFY(p.exitCode() != 0);
        const QString out = QString::fromUtf8(p.readAll());
        QVERIFY2(out.contains(u"cannot listen on 127.0.0.1:0"), qPrintable(out));
        QVERIFY2(!out.contains(u"listening on"), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestE2eTls)
#include "tst_e2e_tls.moc"
