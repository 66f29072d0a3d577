// The sync engine's transport (SyncTransport): requests to a real brug-server carried on the
// network thread, answers read there and handed back to the owner's thread, parsed; errors,
// aborts and a transport destroyed with a request in flight.
#include "protocolerror.h"
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
        const QJsonObject demo = server->seedDemo();
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

    // The transport asks for gzip by name and inflates the answer itself (Gzip::decompress):
    // the same answer as the JSON the server sends uncompressed, counted in the bytes that came.
    void anAnswerComesGzippedAndIsInflatedWhole()
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

        SyncTransport transport;
        const auto answer = waitFor(transport, transport.post(syncRequest(token()), body));
        QVERIFY(answer && answer->response);
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
