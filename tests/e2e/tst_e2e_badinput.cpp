// Bad input (docs/sync-protocol.md §1-§3, §8): a table of malformed and hostile requests, sent
// byte by byte over a plain TCP socket to a real brug-server. Each gets its exact status and
// error code (and `path` where one element is at fault) in the JSON error body of §2; no error
// message repeats a value that was sent; the server stays up; and nothing changes on the server.
#include "gzip.h"
#include "zstdcodec.h"
#include "serverprocess.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTcpSocket>
#include <QUuid>
#include <QtTest>

using namespace brug;
using namespace brug::test;

namespace {

// In every text value sent; never in an answer.
const QByteArray kMarker = "ZQX-family-secret";

struct HttpReply
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QByteArray body;
    bool complete = false;
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

/// Sends `request` exactly as given on a new connection (from `source` when set) and reads one
/// response. Requests here say Connection: close or are refused from their head.
HttpReply exchange(quint16 port, const QByteArray &request, const QHostAddress &source = QHostAddress())
{
    HttpReply reply;
    QTcpSocket s;
    if (!source.isNull() && !s.bind(source)) {
        qWarning("cannot bind to %s", qPrintable(source.toString()));
        return reply;
    }
    s.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    if (!s.waitForConnected(10000))
        return reply;
    qsizetype written = 0;
    QByteArray data;
    qsizetype headEnd = -1;
    qint64 length = -1;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 60000) {
        if (written < request.size() && s.bytesToWrite() < 256 * 1024 &&
            s.state() == QAbstractSocket::ConnectedState) {
            const qint64 n = s.write(request.constData() + written, std::min<qsizetype>(request.size() - written, 64 * 1024));
            if (n > 0)
                written += n;
        }
        if (s.bytesToWrite() > 0)
            s.waitForBytesWritten(20);
        s.waitForReadyRead(written < request.size() ? 1 : 100);
        data += s.readAll();
        if (headEnd < 0 && (headEnd = data.indexOf("\r\n\r\n")) >= 0) {
            const QList<QByteArray> lines = data.left(headEnd).split('\n');
            reply.status = lines.value(0).trimmed().split(' ').value(1).toInt();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    reply.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
            }
            length = reply.headers.value("content-length", "-1").toLongLong();
        }
        if (headEnd >= 0 && reply.status == 100) { // 100 Continue: the real answer follows
            data = data.mid(headEnd + 4);
            headEnd = -1;
            reply.headers.clear();
            continue;
        }
        if (headEnd >= 0 && length >= 0 && data.size() - headEnd - 4 >= length) {
            reply.complete = true;
            break;
        }
        if (s.state() != QAbstractSocket::ConnectedState) {
            data += s.readAll();
            break;
        }
    }
    if (headEnd >= 0)
        reply.body = data.mid(headEnd + 4, length >= 0 ? length : -1);
    return reply;
}

QByteArray compact(const QJsonValue &v)
{
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    return {};
}

/// A complete request: method, path, extra header lines, body (Content-Length added when a body
/// or `withLength` is given).
QByteArray request(const QByteArray &method, const QByteArray &path, const QByteArray &headers,
                   const QByteArray &body = QByteArray(), bool withLength = true)
{
    QByteArray r = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + headers;
    if (withLength && (!body.isEmpty() || method == "POST"))
        r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return r + "\r\n" + body;
}

QByteArray json(const QByteArray &token)
{
    QByteArray h = "Content-Type: application/json\r\n";
    if (!token.isEmpty())
        h += "Authorization: Bearer " + token + "\r\n";
    return h;
}

QString stamp(const QString &node, int counter)
{
    return QStringLiteral("%1-%2-%3")
        .arg(QDateTime::currentMSecsSinceEpoch() + 10 * 60 * 1000, 13, 10, QLatin1Char('0'))
        .arg(counter, 4, 16, QLatin1Char('0'))
        .arg(node);
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TestE2eBadInput : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> server;
    QString orgId, userId, providerId;
    QByteArray token, revokedToken;
    QString deviceId, node, storeId;
    QString usedCode, expiredCode, freshCode;
    QJsonObject baseline;
    qint64 lastBatch = 5;
    int counter = 0;

    QString admin(const QStringList &args)
    {
        QString error;
        const QJsonObject o = server->admin(args, &error);
        if (o.isEmpty())
            qWarning("brug-server %s failed: %s", qPrintable(args.join(u' ')), qPrintable(error));
        return o.value(u"id").toString() + o.value(u"code").toString();
    }

    QJsonObject dumpStore()
    {
        QString error;
        const QJsonObject dump = server->admin({QStringLiteral("dump")}, &error);
        if (dump.isEmpty())
            qWarning("dump failed: %s", qPrintable(error));
        return dump;
    }

    /// Runs SQL on the server's store behind its back (to age an enrolment code).
    bool sql(const QString &statement)
    {
        const QStringList store = server->storeArgs();
        QProcess p;
        if (store.value(0) == u"--database") {
            p.start(QStringLiteral("psql"), {store.value(1), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                             QStringLiteral("-q"), QStringLiteral("-c"), statement});
        } else {
            const QString file = store.value(1) + QStringLiteral("/brug-server.db");
            QString tool = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
            if (tool.isEmpty())
                tool = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
            if (tool.isEmpty()) {
                qWarning("neither sqlite3 nor sqlcipher is installed");
                return false;
            }
            p.start(tool, {QStringLiteral("-cmd"), QStringLiteral(".timeout 10000"), file, statement});
        }
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning("sql failed: %s", p.readAllStandardError().constData());
            return false;
        }
        return true;
    }

    QJsonObject enrolBody(const QString &code)
    {
        return {{QStringLiteral("protocol"), 1},
                {QStringLiteral("code"), code},
                {QStringLiteral("device_name"), QStringLiteral("bad input test")},
                {QStringLiteral("platform"), QStringLiteral("test")}};
    }

    HttpReply enrol(const QString &code, const QHostAddress &source = QHostAddress())
    {
        return exchange(server->port(), request("POST", "/v1/enrol", json({}), compact(enrolBody(code))), source);
    }

    /// A valid new visit of this device.
    QJsonObject visit(const QJsonObject &extra = {})
    {
        QJsonObject f{{QStringLiteral("date"), QStringLiteral("2026-11-30")},
                      {QStringLiteral("duration_min"), 45},
                      {QStringLiteral("note"), QString::fromLatin1(kMarker)},
                      {QStringLiteral("created_at"), double(QDateTime::currentMSecsSinceEpoch())},
                      {QStringLiteral("created_by"), userId},
                      {QStringLiteral("updated_at"), double(QDateTime::currentMSecsSinceEpoch())},
                      {QStringLiteral("updated_by"), userId},
                      {QStringLiteral("updated_device"), deviceId},
                      {QStringLiteral("deleted"), false}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            f.insert(it.key(), it.value());
        return {{QStringLiteral("e"), QStringLiteral("visit")},
                {QStringLiteral("id"), newId()},
                {QStringLiteral("s"), stamp(node, ++counter)},
                {QStringLiteral("f"), f}};
    }

    QJsonObject withMember(QJsonObject o, const QString &key, const QJsonValue &v)
    {
        if (v.isUndefined())
            o.remove(key);
        else
            o.insert(key, v);
        return o;
    }

    /// A sync request that would be applied as batch `seq`: a valid visit, then `second`.
    QJsonObject syncBody(const QJsonArray &changes, qint64 seq)
    {
        return {{QStringLiteral("protocol"), 1},
                {QStringLiteral("store_id"), storeId},
                {QStringLiteral("cursor"), 0},
                {QStringLiteral("acked_batch"), double(lastBatch)},
                {QStringLiteral("batch"), QJsonObject{{QStringLiteral("seq"), double(seq)}, {QStringLiteral("changes"), changes}}},
                {QStringLiteral("outbox_remaining"), 0}};
    }

    QJsonObject syncWith(const QJsonObject &second) { return syncBody(QJsonArray{visit(), second}, lastBatch + 1); }

    QByteArray post(const QJsonObject &body, const QByteArray &bearer = QByteArray())
    {
        return request("POST", "/v1/sync", json(bearer.isNull() ? token : bearer), compact(body));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        server = std::make_unique<ServerProcess>();
        QString error;
        QVERIFY2(server->start(&error), qPrintable(error));
        orgId = admin({"create-org", "--name", "Stichting Al Amal", "--kind", "migrant_org"});
        providerId = admin({"create-org", "--name", "Jeugdzorg", "--kind", "provider"});
        userId = admin({"create-user", "--org", orgId, "--name", "Amal", "--role", "intermediary"});
        const QString other = admin({"create-user", "--org", orgId, "--name", "Kwame", "--role", "intermediary"});
        QVERIFY(!userId.isEmpty() && !other.isEmpty() && !providerId.isEmpty());

        usedCode = admin({"enrol-code", "--user", userId});
        HttpReply r = enrol(usedCode);
        QCOMPARE(r.status, 201);
        token = r.json().value(u"token").toString().toLatin1();
        deviceId = r.json().value(u"device_id").toString();
        node = r.json().value(u"node").toString();
        storeId = r.json().value(u"store_id").toString();
        QCOMPARE(token.size(), 48);

        r = enrol(admin({"enrol-code", "--user", other}));
        QCOMPARE(r.status, 201);
        revokedToken = r.json().value(u"token").toString().toLatin1();
        QVERIFY(!server->admin({"revoke-device", "--device", r.json().value(u"device_id").toString()}, &error).isEmpty());

        expiredCode = admin({"enrol-code", "--user", other, "--ttl-hours", "1"});
        QVERIFY(sql(QStringLiteral("UPDATE enrol_codes SET expires_at = 1000 WHERE used_at IS NULL")));
        freshCode = admin({"enrol-code", "--user", other});

        // Something to protect: a family and a visit, applied as batch 5.
        const QJsonObject family{
            {QStringLiteral("e"), QStringLiteral("family")},
            {QStringLiteral("id"), newId()},
            {QStringLiteral("s"), stamp(node, ++counter)},
            {QStringLiteral("f"), QJsonObject{{QStringLiteral("code"), QStringLiteral("F-AB12C")},
                                              {QStringLiteral("name"), QString::fromLatin1(kMarker)},
                                              {QStringLiteral("created_by"), userId}}}};
        r = exchange(server->port(), post(syncBody(QJsonArray{family, visit()}, lastBatch)));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"ack").toObject().value(u"applied").toInt(), 2);

        baseline = dumpStore();
        QCOMPARE(baseline.value(u"records").toArray().size(), 2 + 2 + 2); // organisations, users, family, visit
    }

    void hostileRequests_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("allow");
        QTest::addColumn<QString>("knownBug");
        const QString noPath;
        QString knownBug; // set for the rows of a known, reported bug: they are expected to fail
        auto row = [&](const char *name, const QByteArray &bytes, int status, const char *code,
                       const QString &path = QString(), const QByteArray &allow = QByteArray()) {
            QTest::newRow(name) << bytes << status << QString::fromLatin1(code) << path << allow << knownBug;
        };
        const QByteArray valid = compact(syncWith(visit()));
        const QJsonObject base = syncWith(visit());
        auto sync = [&](const QJsonObject &body) { return post(body); };
        auto change = [&](const QJsonObject &second) { return post(syncWith(second)); };
        const QJsonObject v = visit();
        auto vf = [&](const char *field, const QJsonValue &value) {
            QJsonObject c = visit();
            QJsonObject f = c.value(u"f").toObject();
            f.insert(QString::fromLatin1(field), value);
            c.insert(u"f", f);
            return c;
        };
        const QString c1 = QStringLiteral("batch.changes[1]");
        const QString marker = QString::fromLatin1(kMarker);

        // §1 transport and §2 bodies that are not a JSON object.
        row("not JSON", request("POST", "/v1/sync", json(token), "{" + kMarker + " is not json"), 400, "malformed_json");
        row("JSON array body", request("POST", "/v1/sync", json(token), "[" + valid + "]"), 400, "malformed_json");
        row("JSON string body", request("POST", "/v1/sync", json(token), '"' + kMarker + '"'), 400, "malformed_json");
        row("JSON null body", request("POST", "/v1/sync", json(token), "null"), 400, "malformed_json");
        row("truncated JSON", request("POST", "/v1/sync", json(token), valid.left(valid.size() - 30)), 400,
            "malformed_json");
        row("empty body", request("POST", "/v1/sync", json(token), QByteArray()), 400, "malformed_json");
        row("deeply nested JSON", request("POST", "/v1/sync", json(token), QByteArray(100000, '[')), 400,
            "malformed_json");
        row("invalid UTF-8 in a text",
            request("POST", "/v1/sync", json(token), compact(syncWith(visit())).replace(kMarker, kMarker + "\xff\xfe")),
            400, "malformed_json");
        row("binary body", request("POST", "/v1/sync", json(token), QByteArray("\x00\xff\xfe{", 4) + kMarker), 400,
            "malformed_json");
        row("wrong Content-Type", request("POST", "/v1/sync", "Content-Type: text/plain\r\nAuthorization: Bearer " + token + "\r\n", valid),
            415, "unsupported_media_type");
        row("no Content-Type", request("POST", "/v1/sync", "Authorization: Bearer " + token + "\r\n", valid), 415,
            "unsupported_media_type");
        row("form Content-Type",
            request("POST", "/v1/sync", "Content-Type: application/x-www-form-urlencoded\r\nAuthorization: Bearer " + token + "\r\n",
                    "note=" + kMarker),
            415, "unsupported_media_type");
        // Refused from the head: the body is never sent.
        row("Content-Encoding br",
            "POST /v1/sync HTTP/1.1\r\nHost: 127.0.0.1\r\n" + json(token) + "Content-Encoding: br\r\nContent-Length: 500\r\n\r\n",
            415, "unsupported_media_type");
        row("gzip garbage", request("POST", "/v1/sync", json(token) + "Content-Encoding: gzip\r\n", "this is not gzip " + kMarker),
            400, "bad_gzip");
        const QByteArray packed = Gzip::compress(valid);
        row("truncated gzip", request("POST", "/v1/sync", json(token) + "Content-Encoding: gzip\r\n", packed.left(packed.size() / 2)),
            400, "bad_gzip");
        QByteArray bombText = "{\"protocol\":1,\"cursor\":0,\"acked_batch\":0,\"pad\":\"";
        bombText += QByteArray(40 * 1024 * 1024, ' ') + "\"}";
        row("zip bomb", request("POST", "/v1/sync", json(token) + "Content-Encoding: gzip\r\n", Gzip::compress(bombText, 9)),
            413, "body_too_large");
        row("zstd garbage", request("POST", "/v1/sync", json(token) + "Content-Encoding: zstd\r\n", "this is not zstd " + kMarker),
            400, "bad_zstd");
        const QByteArray frame = Zstd::compress(valid);
        row("truncated zstd", request("POST", "/v1/sync", json(token) + "Content-Encoding: zstd\r\n", frame.left(frame.size() - 5)),
            400, "bad_zstd");
        row("gzip sent as zstd", request("POST", "/v1/sync", json(token) + "Content-Encoding: zstd\r\n", packed),
            400, "bad_zstd");
        row("zstd bomb", request("POST", "/v1/sync", json(token) + "Content-Encoding: zstd\r\n", Zstd::compress(bombText)),
            413, "body_too_large");
        row("body over 8 MiB",
            "POST /v1/sync HTTP/1.1\r\nHost: 127.0.0.1\r\n" + json(token) + "Content-Length: 8388609\r\n\r\n", 413,
            "body_too_large");
        row("body over 8 MiB, expecting 100-continue",
            "POST /v1/sync HTTP/1.1\r\nHost: 127.0.0.1\r\n" + json(token) +
                "Expect: 100-continue\r\nContent-Length: 104857600\r\n\r\n",
            413, "body_too_large");
        row("gzip body over 8 MiB",
            "POST /v1/sync HTTP/1.1\r\nHost: 127.0.0.1\r\n" + json(token) +
                "Content-Encoding: gzip\r\nContent-Length: 9000000\r\n\r\n",
            413, "body_too_large");
        // libmicrohttpd 0.9.75 answers these itself, before our code runs: 400 with an HTML body,
        // and its head sent twice (curl: "Excess found in a read"). Reported; not ours to fix here.
        knownBug = QStringLiteral("libmicrohttpd answers a malformed Content-Length with its own HTML 400");
        row("Content-Length not a number",
            "POST /v1/sync HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + json(token) + "Content-Length: abc\r\n\r\n",
            400, "invalid_value");
        row("Content-Length negative",
            "POST /v1/sync HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + json(token) + "Content-Length: -1\r\n\r\n",
            400, "invalid_value");
        knownBug.clear();
        row("chunked upload",
            "POST /v1/sync HTTP/1.1\r\nHost: 127.0.0.1\r\n" + json(token) + "Transfer-Encoding: chunked\r\n\r\n", 411,
            "length_required");
        row("head over 16 KiB", request("GET", "/v1/health", "X-Pad: " + QByteArray(20000, 'a') + "\r\n"), 431,
            "header_too_large");
        row("wrong method on sync", request("GET", "/v1/sync", "Authorization: Bearer " + token + "\r\n"), 405,
            "method_not_allowed", noPath, "POST");
        row("PUT on sync", request("PUT", "/v1/sync", json(token), valid), 405, "method_not_allowed", noPath, "POST");
        row("DELETE on enrol", request("DELETE", "/v1/enrol", QByteArray()), 405, "method_not_allowed", noPath, "POST");
        row("wrong method on health", request("POST", "/v1/health", json({}), "{}"), 405, "method_not_allowed", noPath,
            "GET");
        row("unknown path", request("GET", "/v1/families", "Authorization: Bearer " + token + "\r\n"), 404, "not_found");
        row("unknown version", request("POST", "/v2/sync", json(token), valid), 404, "not_found");
        row("root", request("GET", "/", QByteArray()), 404, "not_found");
        row("sync with a trailing slash", request("POST", "/v1/sync/", json(token), valid), 404, "not_found");

        // §3: tokens.
        row("missing token", request("POST", "/v1/sync", json({}), valid), 401, "unauthorized");
        row("Basic auth", request("POST", "/v1/sync", "Content-Type: application/json\r\nAuthorization: Basic YTpi\r\n", valid),
            401, "unauthorized");
        row("empty Bearer", request("POST", "/v1/sync", "Content-Type: application/json\r\nAuthorization: Bearer \r\n", valid),
            401, "unauthorized");
        row("garbage token", post(base, "!!!" + kMarker), 401, "unauthorized");
        row("wrong token", post(base, "brug_" + QByteArray(43, 'A')), 401, "unauthorized");
        row("token of another length", post(base, token + token), 401, "unauthorized");
        row("token in lower case", post(base, token.toLower() == token ? token.toUpper() : token.toLower()), 401,
            "unauthorized");
        row("revoked device", post(base, revokedToken), 410, "device_revoked");
        row("revoked device, not JSON", request("POST", "/v1/sync", json(revokedToken), "{" + kMarker), 410,
            "device_revoked");

        // §8: the envelope.
        row("unknown envelope field", sync(withMember(base, "extra", marker)), 400, "unknown_field", "extra");
        row("protocol 2", sync(withMember(base, "protocol", 2)), 400, "protocol_mismatch", "protocol");
        row("protocol missing", sync(withMember(base, "protocol", QJsonValue::Undefined)), 400, "missing_field", "protocol");
        row("cursor as string", sync(withMember(base, "cursor", QStringLiteral("0"))), 400, "wrong_type", "cursor");
        row("cursor negative", sync(withMember(base, "cursor", -1)), 400, "invalid_value", "cursor");
        row("cursor missing", sync(withMember(base, "cursor", QJsonValue::Undefined)), 400, "missing_field", "cursor");
        row("cursor 1e300", sync(withMember(base, "cursor", 1e300)), 400, "invalid_value", "cursor");
        row("acked_batch float", sync(withMember(base, "acked_batch", 0.5)), 400, "wrong_type", "acked_batch");
        row("store_id not an id", sync(withMember(base, "store_id", marker)), 400, "invalid_value", "store_id");
        row("max_bytes too small", sync(withMember(base, "max_bytes", 100)), 400, "invalid_value", "max_bytes");
        row("pull as string", sync(withMember(base, "pull", QStringLiteral("true"))), 400, "wrong_type", "pull");
        const QJsonObject batch = base.value(u"batch").toObject();
        row("batch.seq negative", sync(withMember(base, "batch", withMember(batch, "seq", -6))), 400, "invalid_value",
            "batch.seq");
        row("batch.seq zero", sync(withMember(base, "batch", withMember(batch, "seq", 0))), 400, "invalid_value",
            "batch.seq");
        row("batch.seq float", sync(withMember(base, "batch", withMember(batch, "seq", 6.5))), 400, "wrong_type",
            "batch.seq");
        row("batch.seq missing", sync(withMember(base, "batch", withMember(batch, "seq", QJsonValue::Undefined))), 400,
            "missing_field", "batch.seq");
        row("changes not an array",
            sync(withMember(base, "batch", withMember(batch, "changes", QJsonObject{{"0", visit()}}))), 400, "wrong_type",
            "batch.changes");
        row("batch unknown member", sync(withMember(base, "batch", withMember(batch, "note", marker))), 400,
            "unknown_field", "batch.note");
        row("batch an array", sync(withMember(base, "batch", QJsonArray{visit()})), 400, "wrong_type", "batch");

        // §4, §7, §11: the changes. The first change of each batch is valid: nothing of it is applied.
        row("change not an object",
            request("POST", "/v1/sync", json(token), compact(syncWith(QJsonObject())).replace("{}", '"' + kMarker + '"')),
            400, "wrong_type", c1);
        row("unknown entity", change(withMember(v, "e", QStringLiteral("secret_notes"))), 400, "invalid_value", c1 + ".e");
        row("entity missing", change(withMember(v, "e", QJsonValue::Undefined)), 400, "missing_field", c1 + ".e");
        row("bad id", change(withMember(v, "id", marker)), 400, "invalid_value", c1 + ".id");
        row("upper-case id", change(withMember(v, "id", newId().toUpper())), 400, "invalid_value", c1 + ".id");
        row("unknown record field", change(vf("mood", marker)), 400, "unknown_field", c1 + ".f.mood");
        row("a field of another entity", change(vf("phone", marker)), 400, "unknown_field", c1 + ".f.phone");
        row("wrong field type", change(vf("duration_min", QStringLiteral("45"))), 400, "wrong_type",
            c1 + ".f.duration_min");
        row("int out of range", change(vf("duration_min", 1441)), 400, "invalid_value", c1 + ".f.duration_min");
        row("impossible date", change(vf("date", QStringLiteral("2026-02-30"))), 400, "invalid_date", c1 + ".f.date");
        row("date not YYYY-MM-DD", change(vf("follow_up_on", QStringLiteral("30/11/2026"))), 400, "invalid_date",
            c1 + ".f.follow_up_on");
        row("unknown catalogue code", change(vf("language", marker)), 400, "invalid_value", c1 + ".f.language");
        row("unknown code in a list", change(vf("risk_factors", QJsonArray{"rf09", marker})), 400, "invalid_value",
            c1 + ".f.risk_factors");
        row("text too long", change(vf("note", marker.repeated(20000 / marker.size() + 1))), 400, "invalid_value",
            c1 + ".f.note");
        row("id field not an id", change(vf("family_id", marker)), 400, "invalid_value", c1 + ".f.family_id");
        row("ms not a time", change(vf("updated_at", -1)), 400, "invalid_value", c1 + ".f.updated_at");
        row("stamp malformed", change(withMember(v, "s", QStringLiteral("1764489600000-0000-") + marker)), 400,
            "invalid_value", c1 + ".s");
        row("stamp missing", change(withMember(v, "s", QJsonValue::Undefined)), 400, "missing_field", c1 + ".s");
        // §5: more than 15 minutes ahead of the server's clock.
        const QString dayAhead = QStringLiteral("%1-0001-%2").arg(QDateTime::currentMSecsSinceEpoch() + 86400000).arg(node);
        row("stamp a day ahead", change(withMember(v, "s", dayAhead)), 400, "stamp_ahead", c1);
        row("x stamp a day ahead", change(withMember(v, "x", QJsonObject{{"note", dayAhead}})), 400, "stamp_ahead", c1);
        row("x for a field not in f", change(withMember(v, "x", QJsonObject{{"topics", stamp(node, 1)}})), 400,
            "invalid_value", c1 + ".x.topics");
        row("x malformed", change(withMember(v, "x", QJsonObject{{"note", marker}})), 400, "invalid_value", c1 + ".x.note");
        row("b for a field not in f", change(withMember(v, "b", QJsonObject{{"topics", stamp(node, 1)}})), 400,
            "invalid_value", c1 + ".b.topics");
        row("r not 0 or 1", change(withMember(v, "r", 7)), 400, "invalid_value", c1 + ".r");
        row("f empty", change(withMember(v, "f", QJsonObject())), 400, "invalid_value", c1 + ".f");
        row("a drop pushed", change(withMember(v, "drop", true)), 400, "unknown_field", c1 + ".drop");
        row("unknown change member", change(withMember(v, "note", marker)), 400, "unknown_field", c1 + ".note");
        {
            QJsonArray many;
            for (int i = 0; i < 5001; ++i)
                many.append(visit());
            row("more than 5000 changes", sync(syncBody(many, lastBatch + 1)), 413, "body_too_large", "batch.changes");
            // A batch this large is read on several threads (SyncRequestText): the same errors.
            QJsonArray large = QJsonArray(many);
            while (large.size() > 400)
                large.removeLast();
            large[300] = visit(QJsonObject{{QStringLiteral("mood"), marker}});
            row("an unknown field in change 300 of 400", sync(syncBody(large, lastBatch + 1)), 400, "unknown_field",
                QStringLiteral("batch.changes[300].f.mood"));
            large[300] = QStringLiteral("visit");
            row("change 300 of 400 not an object", sync(syncBody(large, lastBatch + 1)), 400, "wrong_type",
                QStringLiteral("batch.changes[300]"));
            // Its first changes are applied while the rest is read: all of that is rolled back.
            large[300] = visit();
            large[350] = withMember(visit(), "s", dayAhead);
            row("a stamp a day ahead in change 350 of 400", sync(syncBody(large, lastBatch + 1)), 400, "stamp_ahead",
                QStringLiteral("batch.changes[350]"));
            large[350] = visit();
            large[399] = visit(QJsonObject{{QStringLiteral("date"), QStringLiteral("2026-02-30")}});
            row("an impossible date in the last of 400 changes", sync(syncBody(large, lastBatch + 1)), 400,
                "invalid_date", QStringLiteral("batch.changes[399].f.date"));
        }

        // §3: enrolment.
        auto enrolRequest = [&](const QJsonObject &body) {
            return request("POST", "/v1/enrol", json({}), compact(body));
        };
        row("enrol with a used code", enrolRequest(enrolBody(usedCode)), 403, "enrolment_code_invalid");
        row("enrol with an expired code", enrolRequest(enrolBody(expiredCode)), 403, "enrolment_code_invalid");
        row("enrol with a garbage code", enrolRequest(enrolBody(QString::fromLatin1(kMarker).left(14))), 403,
            "enrolment_code_invalid");
        row("enrol not JSON", request("POST", "/v1/enrol", json({}), "code=" + kMarker), 400, "malformed_json");
        row("enrol wrong Content-Type", request("POST", "/v1/enrol", "Content-Type: text/plain\r\n", compact(enrolBody(freshCode))),
            415, "unsupported_media_type");
        row("enrol unknown field", enrolRequest(withMember(enrolBody(freshCode), "user", marker)), 400, "unknown_field",
            "user");
        row("enrol code too long", enrolRequest(withMember(enrolBody(freshCode), "code", marker.repeated(3))), 400,
            "invalid_value", "code");
        row("enrol device name too long", enrolRequest(withMember(enrolBody(freshCode), "device_name", marker.repeated(5))),
            400, "invalid_value", "device_name");
        row("enrol protocol 2", enrolRequest(withMember(enrolBody(freshCode), "protocol", 2)), 400, "protocol_mismatch",
            "protocol");
        row("enrol code missing", enrolRequest(withMember(enrolBody(freshCode), "code", QJsonValue::Undefined)), 400,
            "missing_field", "code");
    }

    void hostileRequests()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, path);
        QFETCH(QByteArray, allow);
        QFETCH(QString, knownBug);

        const HttpReply r = exchange(server->port(), bytes);
        QCOMPARE(r.status, status);
        QVERIFY2(r.complete, r.body.constData());

        // Still alive, and nothing changed.
        QVERIFY(server->isRunning());
        const HttpReply health = exchange(server->port(), request("GET", "/v1/health", QByteArray()));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json().value(u"ok").toBool(), true);
        QCOMPARE(dumpStore(), baseline);

        if (!knownBug.isEmpty())
            QEXPECT_FAIL("", qPrintable(knownBug), Abort);
        QVERIFY2(r.headers.value("content-type").startsWith("application/json"), r.headers.value("content-type").constData());

        // {"error": {"code", "message"[, "path"]}}; for a revoked device, "action": "wipe"; for a
        // stamp ahead, "server_time".
        QJsonParseError parse{};
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parse);
        QVERIFY2(parse.error == QJsonParseError::NoError && doc.isObject(), r.body.constData());
        const QJsonObject body = doc.object();
        QStringList top = body.keys();
        if (status == 410) {
            QCOMPARE(body.value(u"action").toString(), QStringLiteral("wipe"));
            top.removeAll(QStringLiteral("action"));
        }
        if (code == u"stamp_ahead") {
            // The server's clock, which the device stamps its writes again from (§5).
            QVERIFY2(std::abs(body.value(u"server_time").toDouble() - double(QDateTime::currentMSecsSinceEpoch())) < 60000,
                     r.body.constData());
            top.removeAll(QStringLiteral("server_time"));
        }
        QCOMPARE(top, QStringList{QStringLiteral("error")});
        const QJsonObject error = body.value(u"error").toObject();
        QCOMPARE(error.value(u"code").toString(), code);
        QVERIFY(error.value(u"message").isString());
        QVERIFY(!error.value(u"message").toString().isEmpty());
        if (path.isEmpty()) {
            QVERIFY2(!error.contains(u"path"), r.body.constData());
            QCOMPARE(error.keys(), (QStringList{"code", "message"}));
        } else {
            QCOMPARE(error.value(u"path").toString(), path);
            QCOMPARE(error.keys(), (QStringList{"code", "message", "path"}));
        }
        QVERIFY2(!r.body.contains(kMarker), r.body.constData());
        QVERIFY2(!r.body.contains(kMarker.left(8)), r.body.constData());
        if (!allow.isEmpty())
            QCOMPARE(r.headers.value("allow"), allow);
    }

    void tooManyFailedEnrolmentsFromOneAddress()
    {
        // Its own loopback address, so that the failures above do not count.
        const QHostAddress guesser(QStringLiteral("127.0.0.2"));
        for (int i = 1; i <= 10; ++i) {
            const HttpReply r = enrol(QStringLiteral("AAAA-AAAA-%1").arg(i, 4, 10, QLatin1Char('0')), guesser);
            QCOMPARE(r.status, 403);
            QCOMPARE(r.json().value(u"error").toObject().value(u"code").toString(), QStringLiteral("enrolment_code_invalid"));
        }
        HttpReply r = enrol(QStringLiteral("AAAA-AAAA-0011"), guesser);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.json().value(u"error").toObject().value(u"code").toString(), QStringLiteral("too_many_attempts"));
        QVERIFY(!r.json().value(u"error").toObject().contains(u"path"));
        // Even a good code is refused from there now, and is not used up by it.
        r = enrol(freshCode, guesser);
        QCOMPARE(r.status, 429);
        QCOMPARE(dumpStore(), baseline);
        // Another address is not blocked, and the code still works, typed sloppily.
        r = enrol(freshCode.toLower().replace(u'-', u' ').replace(u'0', u'o'));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(u"user").toObject().value(u"display_name").toString(), QStringLiteral("Kwame"));
        r = enrol(freshCode);
        QCOMPARE(r.status, 403);
    }

    void nothingRefusedCountedAsABatch()
    {
        // The last applied batch is still 5: a replay of it answers the stored ack, and 6 is new.
        HttpReply r = exchange(server->port(), post(syncBody(QJsonArray{visit()}, lastBatch)));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"ack").toObject().value(u"replay").toBool(), true);
        QCOMPARE(r.json().value(u"ack").toObject().value(u"applied").toInt(), 2);
        QCOMPARE(dumpStore(), baseline);
        r = exchange(server->port(), post(syncBody(QJsonArray{visit()}, lastBatch + 1)));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"ack").toObject().value(u"replay").toBool(), false);
        QCOMPARE(r.json().value(u"ack").toObject().value(u"batch").toInt(), int(lastBatch + 1));
        QCOMPARE(r.json().value(u"ack").toObject().value(u"applied").toInt(), 1);
        QCOMPARE(dumpStore().value(u"records").toArray().size(), baseline.value(u"records").toArray().size() + 1);
    }

    void theSameSeqWithAnotherKeyIsApplied()
    {
        const qint64 seq = lastBatch + 2;
        auto withKey = [&](const QJsonArray &changes, const QJsonValue &key) {
            QJsonObject body = syncBody(changes, seq);
            QJsonObject batch = body.value(u"batch").toObject();
            if (!key.isUndefined())
                batch.insert(u"key", key);
            body.insert(u"batch", batch);
            return post(body);
        };
        auto ack = [](const HttpReply &r) { return r.json().value(u"ack").toObject(); };
        const QJsonObject a = visit(), b = visit();
        const qsizetype before = dumpStore().value(u"records").toArray().size();

        HttpReply r = exchange(server->port(), withKey(QJsonArray{a}, QStringLiteral("10-10-1")));
        QCOMPARE(r.status, 200);
        QCOMPARE(ack(r).value(u"replay").toBool(), false);
        QCOMPARE(ack(r).value(u"key").toString(), QStringLiteral("10-10-1"));
        const QJsonObject applied = dumpStore();
        QCOMPARE(applied.value(u"records").toArray().size(), before + 1);
        // Sent again as it was: the answer that was lost.
        r = exchange(server->port(), withKey(QJsonArray{a}, QStringLiteral("10-10-1")));
        QCOMPARE(r.status, 200);
        QCOMPARE(ack(r).value(u"replay").toBool(), true);
        QCOMPARE(ack(r).value(u"key").toString(), QStringLiteral("10-10-1"));
        QCOMPARE(dumpStore(), applied);
        // Formed again with one more change: applied, the first again without effect.
        r = exchange(server->port(), withKey(QJsonArray{a, b}, QStringLiteral("10-11-2")));
        QCOMPARE(r.status, 200);
        QCOMPARE(ack(r).value(u"replay").toBool(), false);
        QCOMPARE(ack(r).value(u"applied").toInt(), 2);
        QCOMPARE(ack(r).value(u"key").toString(), QStringLiteral("10-11-2"));
        const QJsonObject both = dumpStore();
        QCOMPARE(both.value(u"records").toArray().size(), before + 2);
        // Without a key, the last key does not match: applied, and nothing changes.
        r = exchange(server->port(), withKey(QJsonArray{a, b}, QJsonValue::Undefined));
        QCOMPARE(r.status, 200);
        QCOMPARE(ack(r).value(u"replay").toBool(), false);
        QVERIFY(!ack(r).contains(u"key"));
        QCOMPARE(dumpStore().value(u"records"), both.value(u"records"));
        // A bad key is refused like any bad member.
        r = exchange(server->port(), withKey(QJsonArray{a}, QStringLiteral("no spaces")));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"error").toObject().value(u"path").toString(), QStringLiteral("batch.key"));
    }

    void aLowerSeqIsAppliedAgain()
    {
        auto ack = [](const HttpReply &r) { return r.json().value(u"ack").toObject(); };
        const qint64 top = lastBatch + 10;
        const QJsonObject a = visit(), b = visit();
        HttpReply r = exchange(server->port(), post(syncBody(QJsonArray{a}, top)));
        QCOMPARE(r.status, 200);
        const qsizetype before = dumpStore().value(u"records").toArray().size();
        // A device whose acknowledgements a power cut took sends from an earlier seq (§8).
        r = exchange(server->port(), post(syncBody(QJsonArray{a, b}, top - 4)));
        QCOMPARE(r.status, 200);
        QCOMPARE(ack(r).value(u"batch").toInteger(), top - 4);
        QCOMPARE(ack(r).value(u"replay").toBool(), false);
        QCOMPARE(ack(r).value(u"applied").toInt(), 2);
        QCOMPARE(dumpStore().value(u"records").toArray().size(), before + 1);
        // The server's last batch is still the highest: sent again, it answers that one's ack.
        r = exchange(server->port(), post(syncBody(QJsonArray{a}, top)));
        QCOMPARE(r.status, 200);
        QCOMPARE(ack(r).value(u"batch").toInteger(), top);
        QCOMPARE(ack(r).value(u"replay").toBool(), true);
        QCOMPARE(ack(r).value(u"applied").toInt(), 1);
    }

    void aChangeInAnyJsonSpellingIsStoredAsItReads()
    {
        // A record a change makes is stored from the request's own text of its fields: escapes,
        // exponents and white space must be kept as the values they spell, no more.
        const qint64 at = QDateTime::currentMSecsSinceEpoch() / 1000;
        const QByteArray user = userId.toLatin1();
        const QByteArray fields = "{ \"created_at\" : " + QByteArray::number(at) + "e3 ,\n\t\"created_by\":\"" + user +
                                  "\", \"date\" : \"2026-11-\\u0033\\u0030\", \"deleted\":false ,"
                                  " \"duration_min\": 4.5E1, \"note\" : \"caf\\u00e9 \\\"" + kMarker + "\\\" \\/ \\n\","
                                  " \"updated_at\":" + QByteArray::number(at) + "000.0, \"updated_by\":\"" + user +
                                  "\", \"updated_device\":\"" + deviceId.toLatin1() + "\" }";
        const QString id = newId();
        const QJsonObject change{{QStringLiteral("e"), QStringLiteral("visit")},
                                 {QStringLiteral("id"), id},
                                 {QStringLiteral("s"), stamp(node, ++counter)},
                                 {QStringLiteral("f"), QStringLiteral("@fields@")}};
        QByteArray body = compact(syncBody(QJsonArray{change}, lastBatch + 20));
        body.replace("\"@fields@\"", fields);
        QVERIFY(QJsonDocument::fromJson(body).isObject());
        const HttpReply r = exchange(server->port(), request("POST", "/v1/sync", json(token), body));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"ack").toObject().value(u"applied").toInt(), 1);

        QJsonObject stored;
        for (const QJsonValue &rec : dumpStore().value(u"records").toArray())
            if (rec.toObject().value(u"id").toString() == id)
                stored = rec.toObject().value(u"fields").toObject();
        auto value = [&](const char *name) { return stored.value(QLatin1StringView(name)).toObject().value(u"v"); };
        QCOMPARE(stored.size(), 9);
        QCOMPARE(value("note").toString(), QStringLiteral("café \"%1\" / \n").arg(QString::fromLatin1(kMarker)));
        QCOMPARE(value("date").toString(), QStringLiteral("2026-11-30"));
        QCOMPARE(value("duration_min").toDouble(), 45.0);
        QCOMPARE(value("created_at").toDouble(), double(at) * 1000);
        QCOMPARE(value("updated_at").toDouble(), double(at) * 1000);
        QCOMPARE(value("deleted").toBool(true), false);
        QCOMPARE(value("updated_device").toString(), deviceId);
    }
};

QTEST_GUILESS_MAIN(TestE2eBadInput)
#include "tst_e2e_badinput.moc"
