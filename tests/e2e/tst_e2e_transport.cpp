// The sync engine's transport (SyncTransport): requests to a real brug-server carried on the
// network thread, answers read there and handed back to the owner's thread, parsed; errors,
// aborts and a transport destroyed with a request in flight. And the content codings a device
// sends and reads (docs/sync-protocol.md §1): zstd once the server says it reads it, gzip again
// when a server no longer does.
#include "faultproxy.h"
#include "protocolerror.h"
#include "records.h"
#include "serverendpoint.h"
#include "serverprocess.h"
#include "store.h"
#include "syncmessages.h"
#include "synctransport.h"
#include "testdevice.h"

#include <QNetworkAccessManager>
#include <QThread>
#include <QtTest>

using namespace brug;
using namespace brug::test;

class TestE2eTransport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> server;
    std::unique_ptr<TestDevice> device;
    QJsonObject demo;

    QNetworkRequest syncRequest(const QByteArray &token) const
    {
        return ServerEndpoint{server->url(), token}.request(QStringLiteral("/v1/sync"));
    }

    QByteArray token() const { return device->store().state(QStringLiteral("token")).toLatin1(); }

    static QByteArray pullBody()
    {
        SyncRequest req;
        req.maxBytes = 1 << 20;
        return req.toJsonText();
    }

    /// Waits for the answer to `request`; the others are kept in `others`.
    static std::shared_ptr<SyncTransport::Answer> waitFor(SyncTransport &t, quint64 request, int *others = nullptr)
    {
        std::shared_ptr<SyncTransport::Answer> got;
        QEventLoop loop;
        const auto c = connect(&t, &SyncTransport::answered, &loop, [&](const std::shared_ptr<SyncTransport::Answer> &a) {
            if (a->request == request) {
                got = a;
                loop.quit();
            } else if (others) {
                ++*others;
            }
        });
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        disconnect(c);
        return got;
    }

private slots:
    void initTestCase()
    {
        server = std::make_unique<ServerProcess>();
        QString error;
        QVERIFY2(server->start(&error), qPrintable(error));
        demo = server->seedDemo();
        device = std::make_unique<TestDevice>(QStringLiteral("transport"));
        QVERIFY2(device->enrol(server->url(), demo.value(u"codes").toObject().value(u"amal").toString(), &error),
                 qPrintable(error));
    }

    void anAnswerIsReadOnTheNetworkThreadAndArrivesParsedOnTheOwners()
    {
        QThread *madeOn = nullptr;
        SyncTransport transport([&madeOn] {
            madeOn = QThread::currentThread();
            return std::make_unique<QNetworkAccessManager>();
        });
        QThread *answeredOn = nullptr;
        connect(&transport, &SyncTransport::answered, this, [&] { answeredOn = QThread::currentThread(); });
        qint64 uploaded = 0;
        connect(&transport, &SyncTransport::uploadProgress, this, [&](quint64, qint64 sent, qint64) {
            uploaded = std::max(uploaded, sent);
        });

        const QByteArray body = pullBody();
        const quint64 id = transport.post(syncRequest(token()), body);
        const auto answer = waitFor(transport, id);
        QVERIFY(answer);
        QCOMPARE(answer->status, 200);
        QVERIFY2(answer->response, "a 200 answer arrives read as a SyncResponse");
        QVERIFY(!answer->response->storeId.isEmpty());
        QVERIFY(answer->response->cursor > 0);
        QVERIFY(!answer->response->changes.empty()); // the demo's public records at least
        QVERIFY(answer->bytes > 0);
        QCOMPARE(uploaded, qint64(body.size()));
        QVERIFY(madeOn);
        QVERIFY2(madeOn != QThread::currentThread(), "the network manager lives on the network thread");
        QCOMPARE(answeredOn, QThread::currentThread());

        // Requests are numbered; a second one on the same transport is answered as itself.
        const quint64 second = transport.post(syncRequest(token()), body);
        QVERIFY(second > id);
        const auto again = waitFor(transport, second);
        QVERIFY(again && again->response);
        QCOMPARE(again->response->cursor, answer->response->cursor);
    }

    /// Visits with long notes enough for a request to be compressed; their ids.
    static QStringList writeVisits(TestDevice &d, int count)
    {
        Records records = d.records();
        const QString family = records.create(u"family", {{QStringLiteral("code"), QStringLiteral("F-CODING")},
                                                          {QStringLiteral("intermediary_id"), d.store().identity().userId}});
        QStringList ids{family};
        for (int i = 0; i < count; ++i)
            ids << records.create(u"visit", {{QStringLiteral("family_id"), family},
                                             {QStringLiteral("date"), QStringLiteral("2026-11-20")},
                                             {QStringLiteral("note"), QStringLiteral("Gesprek over school en slaap, %1. ").arg(i).repeated(12)}});
        return ids;
    }

    /// Whether the server holds every one of `ids`, asked by a new device of `user`.
    bool serverHolds(const QStringList &ids, const QString &user)
    {
        const QString userId = demo.value(u"users").toObject().value(user).toString();
        const QString code = server->admin({QStringLiteral("enrol-code"), QStringLiteral("--user"), userId}).value(u"code").toString();
        TestDevice reader(QStringLiteral("transport-reader"));
        QString error;
        if (!reader.enrol(server->url(), code, &error) || !reader.sync())
            return false;
        for (const QString &id : ids)
            if (!reader.records().get(u"visit", id) && !reader.records().get(u"family", id))
                return false;
        return true;
    }

    // The transport asks for zstd and gzip by name and decompresses the answer itself: the same
    // answer as the JSON the server sends uncompressed, counted in the bytes that came.
    void anAnswerComesInZstdAndIsDecompressedWhole()
    {
        const QByteArray body = pullBody();
        QNetworkAccessManager plainNetwork;
        QNetworkRequest plainRequest = syncRequest(token());
        plainRequest.setRawHeader("Accept-Encoding", "identity");
        QNetworkReply *plain = plainNetwork.post(plainRequest, body);
        QSignalSpy plainDone(plain, &QNetworkReply::finished);
        QVERIFY(plainDone.wait(20000));
        QCOMPARE(plain->rawHeader("Content-Encoding"), QByteArray());
        const QByteArray json = plain->readAll();
        plain->deleteLater();
        QVERIFY2(json.size() > 4096, "the demo's public records are a page worth compressing");

        FaultProxy proxy(server->port());
        QVERIFY(proxy.listen());
        SyncTransport transport;
        const auto answer = waitFor(transport, transport.post(ServerEndpoint{proxy.url(), token()}.request(QStringLiteral("/v1/sync")), body));
        QVERIFY(answer && answer->response);
        QCOMPARE(proxy.stats().lastResponseEncoding, QByteArray("zstd"));
        QCOMPARE(answer->serverReads, QByteArray("zstd, gzip"));
        QVERIFY2(answer->bytes < json.size() / 2, qPrintable(QStringLiteral("%1 bytes came for %2 of JSON").arg(answer->bytes).arg(json.size())));
        std::optional<ProtocolError> error;
        const SyncResponse expected = SyncResponse::fromJson(QJsonDocument::fromJson(json).object(), &error);
        QVERIFY(!error);
        QCOMPARE(answer->response->cursor, expected.cursor);
        QCOMPARE(answer->response->changes.size(), expected.changes.size());
        for (size_t i = 0; i < expected.changes.size(); ++i) {
            QCOMPARE(answer->response->changes[i].id, expected.changes[i].id);
            QCOMPARE(answer->response->changes[i].fields, expected.changes[i].fields);
        }
    }

    // A device sends gzip until the server has said, in an answer, that it reads zstd; from
    // then on zstd, in this run and (kept in the store) the next.
    void aDeviceSendsZstdOnceTheServerSaysItReadsIt()
    {
        FaultProxy proxy(server->port());
        QVERIFY(proxy.listen());
        TestDevice d(QStringLiteral("transport-zstd"));
        QString error;
        QVERIFY2(d.enrol(proxy.url(), demo.value(u"codes").toObject().value(u"kwame").toString(), &error), qPrintable(error));
        // The enrolment's answer said which codings the server reads: the first sync goes in zstd.
        QCOMPARE(d.store().state(QStringLiteral("request_coding")), QStringLiteral("zstd"));

        QStringList ids = writeVisits(d, 5);
        proxy.resetStats();
        QVERIFY(d.sync());
        QCOMPARE(proxy.stats().requests, 1);
        QCOMPARE(proxy.stats().lastRequestEncoding, QByteArray("zstd"));

        d.reopen(); // a new sync engine, as when the app starts again
        ids += writeVisits(d, 5);
        proxy.resetStats();
        QVERIFY(d.sync());
        QCOMPARE(proxy.stats().requests, 1);
        QCOMPARE(proxy.stats().lastRequestEncoding, QByteArray("zstd"));
        QCOMPARE(d.client().pendingChanges(), 0);
        QVERIFY(serverHolds(ids, QStringLiteral("kwame")));

        // A server that no longer reads zstd (an older one brought back) answers 415: the device
        // sends the same again in gzip, and keeps to gzip while answers do not say zstd.
        proxy.setServerWithoutZstd(true);
        const QStringList later = writeVisits(d, 5);
        proxy.resetStats();
        QVERIFY(d.sync());
        QCOMPARE(proxy.stats().requests, 2);
        QCOMPARE(proxy.stats().lastRequestEncoding, QByteArray("gzip"));
        QCOMPARE(d.store().state(QStringLiteral("request_coding")), QStringLiteral("gzip"));
        QCOMPARE(d.client().pendingChanges(), 0);
        writeVisits(d, 5);
        proxy.resetStats();
        QVERIFY(d.sync());
        QCOMPARE(proxy.stats().requests, 1);
        QCOMPARE(proxy.stats().lastRequestEncoding, QByteArray("gzip"));
        QVERIFY(serverHolds(later, QStringLiteral("kwame")));

        // A device enrolled with a server whose answers do not say zstd sends gzip from the first
        // request on, without a 415 first.
        TestDevice older(QStringLiteral("transport-zstd-older"));
        const QString kwame = demo.value(u"users").toObject().value(u"kwame").toString();
        const QString code = server->admin({QStringLiteral("enrol-code"), QStringLiteral("--user"), kwame}).value(u"code").toString();
        QVERIFY2(older.enrol(proxy.url(), code, &error), qPrintable(error));
        QCOMPARE(older.store().state(QStringLiteral("request_coding")), QStringLiteral("gzip"));
        const QStringList fromOlder = writeVisits(older, 5);
        proxy.resetStats();
        QVERIFY(older.sync());
        QCOMPARE(proxy.stats().requests, 1);
        QCOMPARE(proxy.stats().lastRequestEncoding, QByteArray("gzip"));
        QVERIFY(serverHolds(fromOlder, QStringLiteral("kwame")));
    }

    void anErrorAnswerKeepsItsStatusAndBody()
    {
        SyncTransport transport;
        const auto answer = waitFor(transport, transport.post(syncRequest("not-a-token"), pullBody()));
        QVERIFY(answer);
        QCOMPARE(answer->status, 401);
        QVERIFY(!answer->response);
        QCOMPARE(ProtocolError::fromJson(answer->status, answer->body).code, QStringLiteral("unauthorized"));
    }

    void anAbortedRequestIsAnsweredWithNoStatus()
    {
        SyncTransport transport;
        // The abort is queued right behind the post, so it reaches the request before its answer.
        const quint64 id = transport.post(syncRequest(token()), pullBody());
        transport.abort(id);
        const auto answer = waitFor(transport, id);
        QVERIFY(answer);
        QCOMPARE(answer->status, 0);
        QCOMPARE(answer->failureCode, QStringLiteral("network"));
        QVERIFY(!answer->response);
    }

    void aTransportDestroyedMidRequestSaysNothingMore()
    {
        int answers = 0;
        QObject watcher;
        {
            SyncTransport transport;
            connect(&transport, &SyncTransport::answered, &watcher, [&] { ++answers; });
            for (int i = 0; i < 5; ++i)
                transport.post(syncRequest(token()), pullBody());
        }
        QTest::qWait(500);
        QCOMPARE(answers, 0);
        // The server is unharmed and the shared network thread still works.
        SyncTransport next;
        const auto answer = waitFor(next, next.post(syncRequest(token()), pullBody()));
        QVERIFY(answer && answer->response);
    }
};

QTEST_MAIN(TestE2eTransport)
#include "tst_e2e_transport.moc"
