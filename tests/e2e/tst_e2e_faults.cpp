// Faults (issue 3, "Proof"): a real brug-server, devices with real stores, and things going wrong
// at the worst moments. Every scenario ends the same way: nothing lost and nothing duplicated, on
// every device and on the server — each device holds exactly the server's records, fields, values
// and stamps; every record written is there exactly once; every field holds its last write;
// message threads hold each message once; no outbox entry is left and none was rejected.
//
//  a. A proxy on loopback (tests/support/faultproxy) cuts pushes and pulls at many byte offsets:
//     inside the request head, inside its gzip body, after the whole request (so the server
//     applied the batch and the answer is lost), inside the response head and its gzip body; it
//     truncates bodies behind a rewritten Content-Length, and delays.
//  b. The server is SIGKILLed while it applies a large batch, restarted on the same port; the
//     batch is found applied whole or not at all, and the device's next sync completes it.
//  c. brug-cli, as a separate device process, is SIGKILLed at random moments of a long pull in
//     small pages (and of its pushes), restarted each time, and converges.
//  d. The server's store is replaced by a copy taken earlier in the run (a restore from backup);
//     the devices are told to resync, send back what the server lost, and all converge.
//  e. A power cut takes what a device wrote during a sync (its batch bounds, acknowledgements
//     and pulled pages, none of which it waits for the disk to hold): it forms its batches again,
//     perhaps with new changes, perhaps numbered below what the server applied.
#include "conflictrepository.h"
#include "faultproxy.h"
#include "messagerepository.h"
#include "outbox.h"
#include "referralrepository.h"
#include "schema.h"
#include "serverprocess.h"
#include "testdevice.h"
#include "testorganisations.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace brug;
using namespace brug::test;

namespace {

QByteArray canon(const QJsonValue &v)
{
    return QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
}

bool same(const QJsonValue &a, const QJsonValue &b)
{
    return canon(a) == canon(b);
}

/// entity/id -> field -> {"v": value, "s": stamp}
using Snapshot = QHash<QString, QJsonObject>;

QString firstDifference(const Snapshot &a, const Snapshot &b, const QString &nameA, const QString &nameB)
{
    for (auto it = a.begin(); it != a.end(); ++it) {
        if (!b.contains(it.key()))
            return QStringLiteral("%1 is on %2, not on %3").arg(it.key(), nameA, nameB);
        const QJsonObject other = b.value(it.key());
        QStringList fields = it.value().keys() + other.keys();
        fields.removeDuplicates();
        for (const QString &f : fields)
            if (!same(it.value().value(f), other.value(f)))
                return QStringLiteral("%1 field %2: %3 has %4, %5 has %6")
                    .arg(it.key(), f, nameA, QString::fromUtf8(canon(it.value().value(f))), nameB,
                         QString::fromUtf8(canon(other.value(f))));
    }
    for (auto it = b.begin(); it != b.end(); ++it)
        if (!a.contains(it.key()))
            return QStringLiteral("%1 is on %2, not on %3").arg(it.key(), nameB, nameA);
    return QString();
}

/// What the devices wrote: every record created, and per field the write with the greatest stamp
/// any device made or saw (read back from the device after each write).
struct Ledger
{
    QStringList created;                 // entity/id, in order
    QHash<QString, QJsonObject> latest;  // entity/id/field -> {"v", "s"}
    QHash<QString, QStringList> threads; // referral id -> message bodies posted

    void note(TestDevice &d, const QString &entity, const QString &id)
    {
        const auto r = d.records().get(entity, id);
        if (!r)
            return;
        for (auto it = r->stamps.begin(); it != r->stamps.end(); ++it) {
            const QString key = entity + u'/' + id + u'/' + it.key();
            if (it.value().toString() > latest.value(key).value(u"s").toString())
                latest.insert(key, QJsonObject{{QStringLiteral("v"), r->fields.value(it.key())},
                                               {QStringLiteral("s"), it.value()}});
        }
    }
    void noteCreated(TestDevice &d, const QString &entity, const QString &id)
    {
        created << entity + u'/' + id;
        note(d, entity, id);
    }
};


/// Looks into the server's store from outside to tell whether a write transaction is open right
/// now: on SQLite, a BEGIN IMMEDIATE that cannot get the lock at once; on PostgreSQL, the
/// advisory lock every brug-server write transaction takes.
class WriteProbe
{
public:
    explicit WriteProbe(const ServerProcess &server)
    {
        const QStringList args = server.storeArgs();
        m_name = QStringLiteral("probe-%1").arg(quintptr(this));
        if (args.value(0) == u"--data") {
            m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
            m_db.setDatabaseName(QDir(args.value(1)).filePath(QStringLiteral("brug-server.db")));
            m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        } else {
            const QUrl url(args.value(1));
            m_postgres = true;
            m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
            m_db.setHostName(url.host());
            m_db.setPort(url.port(5432));
            m_db.setDatabaseName(url.path().mid(1));
            m_db.setUserName(url.userName());
            m_db.setPassword(url.password());
        }
    }
    ~WriteProbe()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }

    bool writing()
    {
        if (!m_db.isOpen() && !m_db.open())
            return false;
        QSqlQuery q(m_db);
        if (m_postgres) {
            q.exec(QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = 727274 AND granted "
                                  "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"));
            return q.next() && q.value(0).toInt() > 0;
        }
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return true;
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }

private:
    QString m_name;
    QSqlDatabase m_db;
    bool m_postgres = false;
};

int resyncWarnings = 0;
QtMessageHandler previousHandler = nullptr;

void countResyncs(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(u"server asked for a resync"))
        ++resyncWarnings;
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

class TestE2eFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> server;
    QJsonObject demo;
    QString orgId, providerId;
    Ledger ledger;
    QRandomGenerator rng{20261130};
    int counter = 0;

    QString code(const char *key) const { return demo.value(u"codes").toObject().value(QLatin1StringView(key)).toString(); }
    QString user(const char *key) const { return demo.value(u"users").toObject().value(QLatin1StringView(key)).toString(); }

    QString text(int length)
    {
        QString s = QStringLiteral("t%1 ").arg(++counter);
        while (s.size() < length)
            s += QChar(u'a' + int(rng.bounded(26u)));
        return s;
    }

    std::unique_ptr<TestDevice> device(const char *name, const QUrl &url)
    {
        auto d = std::make_unique<TestDevice>(QLatin1StringView(name));
        QString error;
        if (!d->enrol(url, code(name), &error)) {
            qWarning("enrolment of %s failed: %s", name, qPrintable(error));
            return nullptr;
        }
        return d;
    }

    QString createVisit(TestDevice &d, const QString &familyId, int noteLength)
    {
        const QString id = d.records().create(u"visit", {{QStringLiteral("family_id"), familyId},
                                                         {QStringLiteral("date"), QStringLiteral("2026-11-20")},
                                                         {QStringLiteral("duration_min"), int(rng.bounded(200u))},
                                                         {QStringLiteral("note"), text(noteLength)}});
        ledger.noteCreated(d, QStringLiteral("visit"), id);
        return id;
    }

    void edit(TestDevice &d, const QString &entity, const QString &id, const QJsonObject &fields)
    {
        d.records().update(entity, id, fields);
        ledger.note(d, entity, id);
    }

    QString post(TestDevice &d, const QString &referralId)
    {
        const QString body = QStringLiteral("message %1 from %2").arg(++counter).arg(d.store().identity().userName);
        const QString id = MessageRepository(d.store()).post(referralId, body);
        ledger.noteCreated(d, QStringLiteral("message"), id);
        ledger.threads[referralId] << body;
        return id;
    }

    QJsonArray serverRecords()
    {
        QString error;
        const QJsonObject dump = server->admin({QStringLiteral("dump")}, &error);
        if (dump.isEmpty())
            qWarning("dump failed: %s", qPrintable(error));
        return dump.value(u"records").toArray();
    }

    /// The server's records an organisation device receives: the organisation's and public ones.
    Snapshot serverSnapshot(const QJsonArray &records)
    {
        Snapshot out;
        for (const QJsonValue &v : records) {
            const QJsonObject r = v.toObject();
            if (r.value(u"audience").toString() != u"public" && r.value(u"org_id").toString() != orgId)
                continue;
            out.insert(r.value(u"entity").toString() + u'/' + r.value(u"id").toString(), r.value(u"fields").toObject());
        }
        return out;
    }

    /// The end of every scenario: nothing lost, nothing duplicated, anywhere.
    /// With `skipConflictRecords`, conflict records are left out of the device-to-server
    /// comparison (see serverRestoredFromBackup, which checks them on their own).
    void verifyConverged(const std::vector<TestDevice *> &orgDevices, TestDevice *provider = nullptr,
                         const std::vector<std::pair<QString, Snapshot>> &others = {}, bool skipConflictRecords = false)
    {
        const QJsonArray records = serverRecords();
        QVERIFY(!records.isEmpty());
        Snapshot onServer = serverSnapshot(records);
        auto withoutConflicts = [&](Snapshot snap) {
            if (skipConflictRecords)
                snap.removeIf([](const auto &it) { return it.key().startsWith(u"conflict/"); });
            return snap;
        };

        // Each record once on the server (the dump is the table: count the keys).
        QSet<QString> keys;
        for (const QJsonValue &v : records) {
            const QString key = v.toObject().value(u"entity").toString() + u'/' + v.toObject().value(u"id").toString();
            QVERIFY2(!keys.contains(key), qPrintable(key + QStringLiteral(" twice on the server")));
            keys.insert(key);
        }
        // Every record written is there; every field holds its last write.
        for (const QString &k : std::as_const(ledger.created))
            QVERIFY2(onServer.contains(k), qPrintable(k + QStringLiteral(" was written but is not on the server")));
        QCOMPARE(QSet<QString>(ledger.created.begin(), ledger.created.end()).size(), ledger.created.size());
        for (auto it = ledger.latest.begin(); it != ledger.latest.end(); ++it) {
            if (skipConflictRecords && it.key().startsWith(u"conflict/"))
                continue;
            const QString record = it.key().section(u'/', 0, 1), field = it.key().section(u'/', 2);
            const QJsonObject f = onServer.value(record).value(field).toObject();
            QVERIFY2(same(f, it.value()), qPrintable(QStringLiteral("%1: the server has %2, the last write was %3")
                                                          .arg(it.key(), QString::fromUtf8(canon(f)),
                                                               QString::fromUtf8(canon(it.value())))));
        }
        // Nothing else of what devices write appeared from nowhere (a duplicate under a new id).
        int written = 0;
        for (auto it = onServer.begin(); it != onServer.end(); ++it) {
            const QString entity = it.key().section(u'/', 0, 0);
            if (entity == u"visit" || entity == u"message" || entity == u"meeting" || entity == u"time_entry")
                ++written;
        }
        int ledgerWritten = 0;
        for (const QString &k : std::as_const(ledger.created))
            ledgerWritten += k.startsWith(u"visit/") || k.startsWith(u"message/") || k.startsWith(u"meeting/") ||
                             k.startsWith(u"time_entry/");
        QCOMPARE(written, ledgerWritten);

        // Threads: each message once, in every copy.
        for (auto it = ledger.threads.begin(); it != ledger.threads.end(); ++it) {
            QStringList onServerThread;
            for (auto r = onServer.begin(); r != onServer.end(); ++r)
                if (r.key().startsWith(u"message/") && r.value().value(u"referral_id").toObject().value(u"v").toString() == it.key())
                    onServerThread << r.value().value(u"body").toObject().value(u"v").toString();
            QStringList expected = it.value();
            std::sort(onServerThread.begin(), onServerThread.end());
            std::sort(expected.begin(), expected.end());
            QCOMPARE(onServerThread, expected);
            std::vector<TestDevice *> all = orgDevices;
            if (provider)
                all.push_back(provider);
            for (TestDevice *d : all) {
                QStringList thread;
                for (const Message &m : MessageRepository(d->store()).thread(it.key()))
                    thread << m.body;
                std::sort(thread.begin(), thread.end());
                if (d != provider || !thread.isEmpty())
                    QCOMPARE(thread, expected);
            }
        }

        // Every organisation device holds exactly what the server holds for it.
        for (TestDevice *d : orgDevices) {
            const QString diff = firstDifference(withoutConflicts(d->snapshot()), withoutConflicts(onServer),
                                                 d->store().identity().userName, QStringLiteral("the server"));
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
            QCOMPARE(d->client().pendingChanges(), 0);
            for (const RejectedChange &r : Outbox(d->store()).rejectedChanges())
                QVERIFY2(skipConflictRecords && r.entity == u"conflict",
                         qPrintable(QStringLiteral("%1 %2 rejected: %3 %4").arg(r.entity, r.recordId, r.code, r.message)));
        }
        for (const auto &[name, snapshot] : others) {
            const QString diff = firstDifference(snapshot, onServer, name, QStringLiteral("the server"));
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
        // The provider's device holds what it may see, each field as on the server.
        if (provider) {
            Snapshot all;
            for (const QJsonValue &v : records) {
                const QJsonObject r = v.toObject();
                all.insert(r.value(u"entity").toString() + u'/' + r.value(u"id").toString(), r.value(u"fields").toObject());
            }
            const Snapshot mine = provider->snapshot();
            for (auto it = mine.begin(); it != mine.end(); ++it) {
                QVERIFY2(all.contains(it.key()), qPrintable(it.key() + QStringLiteral(" on the provider, not on the server")));
                for (auto f = it.value().begin(); f != it.value().end(); ++f)
                    QVERIFY2(same(f.value(), all.value(it.key()).value(f.key())),
                             qPrintable(QStringLiteral("provider %1.%2").arg(it.key(), f.key())));
            }
            QCOMPARE(provider->client().pendingChanges(), 0);
            QCOMPARE(Outbox(provider->store()).rejectedChanges().size(), size_t(0));
        }
    }

    bool syncAll(const std::vector<TestDevice *> &devices, int rounds = 2)
    {
        for (int r = 0; r < rounds; ++r)
            for (TestDevice *d : devices)
                if (!d->syncUntilUpToDate(120000)) {
                    qWarning() << "sync failed:" << d->client().reasonCode() << d->client().reason();
                    return false;
                }
        return true;
    }

    /// A family with a consent and a referral sent to the provider: the thread both sides write.
    QString sharedReferral(TestDevice &d, QString *familyOut = nullptr)
    {
        const QString family = d.records().create(u"family", {{QStringLiteral("code"), QStringLiteral("F-%1").arg(++counter)},
                                                             {QStringLiteral("name"), QStringLiteral("Familie %1").arg(counter)},
                                                             {QStringLiteral("intermediary_id"), d.store().identity().userId}});
        ledger.noteCreated(d, QStringLiteral("family"), family);
        const QString consent = d.giveConsent(family, providerId, {QStringLiteral("identity")}, QDate(2026, 11, 20));
        ledger.noteCreated(d, QStringLiteral("consent"), consent);
        Referral ref;
        ref.familyId = family;
        ref.providerId = providerId;
        ref.consentId = consent;
        ref.reasonFamily = QStringLiteral("in the family's words");
        ref.urgency = QStringLiteral("soon");
        const QString referral = ReferralRepository(d.store()).saveDraft(ref);
        ReferralRepository(d.store()).send(referral);
        ledger.noteCreated(d, QStringLiteral("referral"), referral);
        if (familyOut)
            *familyOut = family;
        return referral;
    }

    int runCli(const QStringList &args, QByteArray *out = nullptr, int timeoutMs = 120000)
    {
        QProcess p;
        p.start(ServerProcess::binary(QStringLiteral("brug-cli")), args);
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        if (out)
            *out = p.readAllStandardOutput();
        if (p.exitCode() != 0 && p.exitCode() != 1)
            qWarning("brug-cli %s: %s", qPrintable(args.join(u' ')), p.readAllStandardError().constData());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        previousHandler = qInstallMessageHandler(countResyncs);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(previousHandler);
    }

    void init()
    {
        ledger = Ledger{};
        server = std::make_unique<ServerProcess>();
        QString error;
        QVERIFY2(server->start(&error), qPrintable(error));
        demo = createOrganisations(*server);
        QVERIFY(!demo.value(u"codes").toObject().value(u"sanne").toString().isEmpty());
        orgId = demo.value(u"organisations").toObject().value(u"migrant_org").toString();
        providerId = demo.value(u"organisations").toObject().value(u"provider").toString();
    }

    void cleanup()
    {
        server.reset();
    }

    // a. Cuts, truncations and delays at many byte offsets of pushes and pulls.
    void cutsAtEveryOffset()
    {
        QElapsedTimer timer;
        timer.start();
        FaultProxy proxy(server->port());
        QVERIFY(proxy.listen());
        auto amal = device("amal", proxy.url());
        auto kwame = device("kwame", proxy.url());
        auto sanne = device("sanne", proxy.url());
        QVERIFY(amal && kwame && sanne);
        QString family;
        const QString referral = sharedReferral(*amal, &family);
        QVERIFY(syncAll({amal.get(), kwame.get(), sanne.get()}));
        QVERIFY(sanne->records().get(u"referral", referral).has_value());

        // What a typical push and pull look like on the wire, to aim the offsets.
        createVisit(*amal, family, 600);
        createVisit(*amal, family, 600);
        post(*amal, referral);
        proxy.resetStats();
        QVERIFY(amal->sync());
        const qint64 reqHead = proxy.stats().lastRequestHead, reqBody = proxy.stats().lastRequestBody;
        QVERIFY2(proxy.stats().lastRequestEncoding == "zstd", "a push of this size goes in zstd: the body offsets cut inside zstd");
        QVERIFY(kwame->sync());
        const qint64 respHead = proxy.stats().lastResponseHead, respBody = proxy.stats().lastResponseBody;
        QVERIFY2(proxy.stats().lastResponseEncoding == "zstd", "a pull of this size comes in zstd");
        qInfo("a push: request head %lld + body %lld bytes; a pull: response head %lld + body %lld bytes",
              reqHead, reqBody, respHead, respBody);
        QVERIFY(reqHead > 100 && reqBody > 100 && respHead > 50 && respBody > 100);

        using F = Fault;
        std::vector<Fault> faults;
        for (qint64 at : {0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233})
            if (at < reqHead)
                faults.push_back(F::cutRequest(at));
        for (qint64 at : {reqHead - 4, reqHead - 2, reqHead - 1})
            faults.push_back(F::cutRequest(at));
        for (qint64 at : {0, 1, 2, 10, 18, 19, 20, 50, 100, 200, 400})
            if (at < reqBody)
                faults.push_back(F::cutRequest(at, F::From::Body));
        for (qint64 back : {8, 4, 1, 0})
            faults.push_back(F::cutRequest(back, F::From::End));
        for (qint64 at : {0, 1, 2, 5, 9, 12, 17, 30, 50, 80, 120, 160})
            if (at < respHead)
                faults.push_back(F::cutResponse(at));
        faults.push_back(F::cutResponse(respHead - 1));
        for (qint64 at : {0, 1, 2, 10, 18, 19, 20, 50, 100, 200, 400})
            if (at < respBody)
                faults.push_back(F::cutResponse(at, F::From::Body));
        for (qint64 back : {8, 1})
            faults.push_back(F::cutResponse(back, F::From::End));
        for (qint64 keep : {0, 1, 10, 20})
            faults.push_back(F::truncateRequestBody(keep));
        faults.push_back(F::truncateRequestBody(1, F::From::End));
        for (qint64 keep : {0, 1, 10, 20})
            faults.push_back(F::truncateResponseBody(keep));
        faults.push_back(F::truncateResponseBody(1, F::From::End));
        faults.push_back(F::delayRequest(400));
        faults.push_back(F::delayResponse(400));

        const std::vector<TestDevice *> org{amal.get(), kwame.get()};
        int fired = 0;
        for (size_t i = 0; i < faults.size(); ++i) {
            const Fault &fault = faults[i];
            TestDevice &pusher = i % 3 == 2 ? *sanne : *org[i % 2];
            TestDevice &puller = i % 3 == 2 ? *org[i % 2] : *org[(i + 1) % 2];
            // Something to push: new records, an edit of a shared field, a message.
            if (&pusher != sanne.get()) {
                createVisit(pusher, family, 100 + int(rng.bounded(700u)));
                createVisit(pusher, family, 100 + int(rng.bounded(700u)));
                edit(pusher, QStringLiteral("family"), family, {{QStringLiteral("phone"), QStringLiteral("06-%1").arg(++counter)}});
            } else {
                ReferralRepository(sanne->store()).updateStatus(referral, i % 2 ? QStringLiteral("more_info") : QStringLiteral("received"),
                                                                {{QStringLiteral("question"), text(200)}});
                ledger.note(*sanne, QStringLiteral("referral"), referral);
                for (const Message &m : MessageRepository(sanne->store()).thread(referral))
                    if (!ledger.created.contains(QStringLiteral("message/") + m.id)) {
                        ledger.noteCreated(*sanne, QStringLiteral("message"), m.id);
                        ledger.threads[referral] << m.body;
                    }
            }
            post(pusher, referral);
            const auto before = proxy.stats();
            proxy.inject(fault);
            QVERIFY2(pusher.syncUntilUpToDate(60000), qPrintable(fault.describe()));
            QCOMPARE(proxy.pendingFaults(), 0);
            if (!fault.onRequest()) {
                proxy.inject(fault); // the same fault on a pull that brings those changes
                QVERIFY2(puller.syncUntilUpToDate(60000), qPrintable(fault.describe()));
                QCOMPARE(proxy.pendingFaults(), 0);
            }
            const auto after = proxy.stats();
            const int hits = (after.requestsCut - before.requestsCut) + (after.responsesCut - before.responsesCut) +
                             (after.truncated - before.truncated) + (after.delayed - before.delayed);
            QVERIFY2(hits >= 1, qPrintable(QStringLiteral("%1 never fired").arg(fault.describe())));
            fired += hits;
            QCOMPARE(Outbox(pusher.store()).rejectedChanges().size(), size_t(0));
        }

        // Two devices at once while one of them is held up.
        createVisit(*amal, family, 300);
        createVisit(*kwame, family, 300);
        proxy.inject(F::delayRequest(700));
        QEventLoop loop;
        bool amalDone = false;
        connect(&amal->client(), &SyncClient::finished, &loop, [&] { amalDone = true; loop.quit(); });
        amal->client().syncNow();
        QVERIFY(kwame->syncUntilUpToDate(60000));
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        if (!amalDone)
            loop.exec();
        QVERIFY(amal->syncUntilUpToDate(60000));

        QVERIFY(syncAll({amal.get(), kwame.get(), sanne.get()}));
        verifyConverged(org, sanne.get());
        qInfo("a: %d faults at distinct offsets, %d fired (requests cut %d, responses cut %d, truncated %d, "
              "delayed %d), %d requests through the proxy, %lld ms",
              int(faults.size()), fired, proxy.stats().requestsCut, proxy.stats().responsesCut, proxy.stats().truncated,
              proxy.stats().delayed, proxy.stats().requests, timer.elapsed());
    }

    // b. The server killed while it applies a large batch.
    void serverKilledMidBatch()
    {
        QElapsedTimer timer;
        timer.start();
        auto amal = device("amal", server->url());
        auto kwame = device("kwame", server->url());
        QVERIFY(amal && kwame);
        // Each round's 1,500 changes (~1.2 MB) in one batch, even as the first batch of a sync,
        // which the client makes a quarter of its byte limit.
        amal->client().setLimits(5000, 8 * 1024 * 1024, 2 * 1024 * 1024);
        const QString family = amal->records().create(u"family", {{QStringLiteral("code"), QStringLiteral("F-KILL")}});
        ledger.noteCreated(*amal, QStringLiteral("family"), family);
        QVERIFY(syncAll({amal.get(), kwame.get()}, 1));

        const int perRound = 1500;
        qint64 calibrated = 0;
        QStringList outcomes;
        int caughtInTransaction = 0;
        for (int round = 0; round < 6; ++round) {
            // A big outbox: one large batch.
            QStringList ids;
            {
                Transaction tx(amal->store().db());
                for (int i = 0; i < perRound; ++i)
                    ids << amal->records().create(u"visit", {{QStringLiteral("family_id"), family},
                                                             {QStringLiteral("date"), QStringLiteral("2026-11-21")},
                                                             {QStringLiteral("note"), QStringLiteral("round %1 ").arg(round) + text(300)}});
                tx.commit();
            }
            for (const QString &id : std::as_const(ids))
                ledger.noteCreated(*amal, QStringLiteral("visit"), id);
            // Kwame edits some of the earlier rounds' records meanwhile.
            if (round > 0)
                for (int i = 0; i < 20; ++i) {
                    const QString k = ledger.created.at(1 + int(rng.bounded(quint32(perRound * round))));
                    edit(*kwame, QStringLiteral("visit"), k.section(u'/', 1), {{QStringLiteral("duration_min"), int(rng.bounded(1000u))}});
                }

            if (round == 0) {
                // Uninterrupted, to learn how long such a sync takes here.
                QElapsedTimer t;
                t.start();
                QVERIFY(amal->sync(120000));
                calibrated = t.elapsed();
                outcomes << QStringLiteral("calibration %1 ms").arg(calibrated);
                QVERIFY(kwame->syncUntilUpToDate(120000));
                continue;
            }
            // Rounds 1-3: killed inside the write transaction that applies the batch, as soon as a
            // probe of the store sees it open twice in a row. Rounds 4-5: killed late, when the
            // batch may be committed and its answer on the way (the resend is then a replay).
            const bool probe = round <= 3;
            const int delay = round == 4 ? calibrated * 90 / 100 : calibrated * 110 / 100;
            QEventLoop loop;
            bool finished = false;
            bool killed = false;
            bool caught = false;
            QTimer poll;
            WriteProbe writeProbe(*server);
            int seen = 0;
            poll.setInterval(2);
            connect(&poll, &QTimer::timeout, &loop, [&] {
                seen = writeProbe.writing() ? seen + 1 : 0;
                if (seen >= 2 && !killed) {
                    server->kill();
                    killed = caught = true;
                    poll.stop();
                    if (finished)
                        loop.quit();
                }
            });
            auto killNow = [&] {
                if (killed)
                    return;
                server->kill();
                killed = true;
                if (finished)
                    loop.quit();
            };
            const auto c = connect(&amal->client(), &SyncClient::finished, &loop, [&] {
                finished = true;
                if (probe)
                    killNow(); // the transaction went by unseen: kill now, and report it
                loop.quit();
            });
            amal->client().syncNow();
            if (probe) {
                poll.start();
                QTimer::singleShot(60000, &loop, killNow);
            } else {
                QTimer::singleShot(delay, &loop, killNow);
            }
            while (!finished || !killed)
                loop.exec();
            poll.stop();
            disconnect(c);
            amal->client().cancelRetry();
            caughtInTransaction += caught;

            // The batch was applied whole or not at all.
            int applied = 0;
            for (const QJsonValue &v : serverRecords()) {
                const QJsonObject r = v.toObject();
                applied += r.value(u"entity").toString() == u"visit" &&
                           r.value(u"fields").toObject().value(u"note").toObject().value(u"v").toString().startsWith(
                               QStringLiteral("round %1 ").arg(round));
            }
            QVERIFY2(applied == 0 || applied == perRound,
                     qPrintable(QStringLiteral("round %1: %2 of %3 changes of one batch on the server").arg(round).arg(applied).arg(perRound)));
            outcomes << QStringLiteral("%1: %2")
                            .arg(caught ? QStringLiteral("killed in the transaction")
                                        : QStringLiteral("killed after %1 ms").arg(probe ? -1 : delay))
                            .arg(applied ? QStringLiteral("committed") : QStringLiteral("rolled back"));
            QString error;
            QVERIFY2(server->restart(&error), qPrintable(error));
            QVERIFY(amal->syncUntilUpToDate(120000));
            QVERIFY(kwame->syncUntilUpToDate(120000));
        }
        QVERIFY(syncAll({amal.get(), kwame.get()}));
        verifyConverged({amal.get(), kwame.get()});
        QVERIFY2(caughtInTransaction >= 1, "the server was killed inside an open batch transaction at least once");
        qInfo("b: %d records in batches of %d; %s; %lld ms", int(ledger.created.size()), perRound,
              qPrintable(outcomes.join(QStringLiteral("; "))), timer.elapsed());
    }

    // c. brug-cli killed at random moments of a long pull and of its pushes.
    void clientKilledMidApply()
    {
        QElapsedTimer timer;
        timer.start();
        auto amal = device("amal", server->url());
        QVERIFY(amal);
        const QString family = amal->records().create(u"family", {{QStringLiteral("code"), QStringLiteral("F-CLI")}});
        ledger.noteCreated(*amal, QStringLiteral("family"), family);
        {
            QStringList ids;
            Transaction tx(amal->store().db());
            for (int i = 0; i < 2500; ++i)
                ids << amal->records().create(u"visit", {{QStringLiteral("family_id"), family},
                                                         {QStringLiteral("date"), QStringLiteral("2026-11-22")},
                                                         {QStringLiteral("note"), text(250 + int(rng.bounded(300u)))}});
            tx.commit();
            for (const QString &id : std::as_const(ids))
                ledger.noteCreated(*amal, QStringLiteral("visit"), id);
        }
        QVERIFY(amal->syncUntilUpToDate(120000));

        QTemporaryDir dir;
        const QString storePath = dir.filePath(QStringLiteral("cli.db"));
        const QStringList base{QStringLiteral("--store"), storePath, QStringLiteral("--passphrase"), QStringLiteral("cli passphrase")};
        QCOMPARE(runCli(base + QStringList{QStringLiteral("init"), QStringLiteral("--fast-kdf")}), 0);
        QCOMPARE(runCli(base + QStringList{QStringLiteral("enrol"), QStringLiteral("--server"), server->url().toString(),
                                           QStringLiteral("--code"), code("kwame"), QStringLiteral("--name"), QStringLiteral("cli")}),
                 0);
        QStringList cliIds;
        auto cliAdd = [&](int n) {
            for (int i = 0; i < n; ++i) {
                QByteArray out;
                const QJsonObject fields{{QStringLiteral("family_id"), family},
                                         {QStringLiteral("date"), QStringLiteral("2026-11-23")},
                                         {QStringLiteral("note"), QStringLiteral("from the cli ") + text(200)}};
                if (runCli(base + QStringList{QStringLiteral("add"), QStringLiteral("visit"),
                                              QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact))},
                           &out) != 0)
                    return false;
                cliIds << QStringLiteral("visit/") + QString::fromUtf8(out).trimmed();
            }
            return true;
        };
        auto cliDump = [&]() {
            QByteArray out;
            runCli(base + QStringList{QStringLiteral("dump")}, &out);
            return QJsonDocument::fromJson(out).object();
        };
        QVERIFY(cliAdd(3));

        QStringList kills;
        qint64 lastCursor = 0;
        for (int k = 0; k < 12; ++k) {
            if (k % 3 == 1)
                QVERIFY(cliAdd(2));
            if (k % 3 == 2) {
                // The server side moves on meanwhile: new visits, and old ones changed again (they
                // now sort late in a pull, with most of their fields older than its cursor).
                for (int i = 0; i < 30; ++i)
                    createVisit(*amal, family, 300);
                for (int i = 0; i < 30; ++i)
                    edit(*amal, QStringLiteral("visit"), ledger.created.at(1 + int(rng.bounded(2500u))).section(u'/', 1),
                         {{QStringLiteral("duration_min"), int(rng.bounded(1000u))}});
                QVERIFY(amal->syncUntilUpToDate(60000));
            }
            QProcess p;
            p.start(ServerProcess::binary(QStringLiteral("brug-cli")),
                    base + QStringList{QStringLiteral("sync"), QStringLiteral("--pull-bytes"), QStringLiteral("16384")});
            QVERIFY(p.waitForStarted());
            const int delay = 150 + int(rng.bounded(1500u));
            const bool done = p.waitForFinished(delay);
            if (!done) {
                p.kill(); // SIGKILL
                QVERIFY(p.waitForFinished(10000));
            }
            const QJsonObject dump = cliDump();
            QVERIFY2(!dump.isEmpty(), "the store opens after a kill");
            const qint64 cursor = qint64(dump.value(u"cursor").toDouble());
            QVERIFY2(cursor >= lastCursor, "the cursor never goes back");
            kills << QStringLiteral("%1 ms: %2 (cursor %3, outbox %4)")
                         .arg(delay)
                         .arg(done ? QStringLiteral("finished first") : QStringLiteral("killed"))
                         .arg(cursor)
                         .arg(dump.value(u"outbox").toInt());
            lastCursor = cursor;
        }
        // Now let it finish.
        bool ok = false;
        for (int attempt = 0; attempt < 5 && !ok; ++attempt) {
            QByteArray out;
            const int rc = runCli(base + QStringList{QStringLiteral("sync"), QStringLiteral("--pull-bytes"), QStringLiteral("16384")}, &out);
            const QJsonObject summary = QJsonDocument::fromJson(out).object();
            ok = rc == 0 && summary.value(u"pending").toInt() == 0;
        }
        QVERIFY(ok);
        QVERIFY(amal->syncUntilUpToDate(60000));
        ledger.created += cliIds;

        // The cli's store, field by field, against the server.
        const QJsonObject dump = cliDump();
        QCOMPARE(dump.value(u"outbox").toInt(), 0);
        QCOMPARE(dump.value(u"rejected").toInt(), 0);
        Snapshot cli;
        const QJsonObject entities = dump.value(u"records").toObject();
        for (auto e = entities.begin(); e != entities.end(); ++e)
            for (const QJsonValue &v : e.value().toArray()) {
                const QJsonObject r = v.toObject();
                const QJsonObject stamps = r.value(u"stamps").toObject(), fields = r.value(u"fields").toObject();
                QJsonObject out;
                for (auto s = stamps.begin(); s != stamps.end(); ++s)
                    out.insert(s.key(), QJsonObject{{QStringLiteral("v"), fields.value(s.key())}, {QStringLiteral("s"), s.value()}});
                const QString key = e.key() + u'/' + r.value(u"id").toString();
                QVERIFY2(!cli.contains(key), qPrintable(key + QStringLiteral(" twice in the cli's store")));
                cli.insert(key, out);
            }
        verifyConverged({amal.get()}, nullptr, {{QStringLiteral("brug-cli"), cli}});
        qInfo("c: %d records; runs of brug-cli sync: %s; %lld ms", int(cli.size()), qPrintable(kills.join(QStringLiteral("; "))),
              timer.elapsed());
    }

    // d. The server's store replaced by a copy taken earlier in the run.
    void serverRestoredFromBackup()
    {
        QElapsedTimer timer;
        timer.start();
        auto amal = device("amal", server->url());
        auto kwame = device("kwame", server->url());
        auto ayse = device("ayse", server->url());
        QVERIFY(amal && kwame && ayse);
        const std::vector<TestDevice *> all{amal.get(), kwame.get(), ayse.get()};

        // Before the backup.
        const QString family = amal->records().create(u"family", {{QStringLiteral("code"), QStringLiteral("F-BAK")},
                                                                  {QStringLiteral("name"), QStringLiteral("before")}});
        ledger.noteCreated(*amal, QStringLiteral("family"), family);
        Referral ref;
        ref.familyId = family;
        ref.reasonFamily = QStringLiteral("draft before the backup");
        const QString referral = ReferralRepository(amal->store()).saveDraft(ref);
        ledger.noteCreated(*amal, QStringLiteral("referral"), referral);
        QStringList early;
        for (int i = 0; i < 5; ++i)
            early << createVisit(*amal, family, 200);
        post(*amal, referral);
        QVERIFY(syncAll(all));

        QString error;
        QVERIFY2(server->snapshot(QStringLiteral("early"), &error), qPrintable(error));

        // After the backup, synced: new records, edits, a conflict (logged by the server and
        // pulled by everyone), one resolved, messages.
        for (int i = 0; i < 5; ++i)
            createVisit(*amal, family, 200);
        edit(*amal, QStringLiteral("visit"), early[0], {{QStringLiteral("note"), QStringLiteral("amal after the backup")}});
        post(*amal, referral);
        QVERIFY(amal->syncUntilUpToDate());
        QVERIFY(kwame->syncUntilUpToDate());
        createVisit(*kwame, family, 200);
        edit(*kwame, QStringLiteral("visit"), early[1], {{QStringLiteral("note"), QStringLiteral("kwame after the backup")}});
        post(*kwame, referral);
        QVERIFY(kwame->syncUntilUpToDate());
        // Ayse has not pulled amal's note: her write is concurrent with it.
        QTest::qWait(5);
        edit(*ayse, QStringLiteral("visit"), early[0], {{QStringLiteral("note"), QStringLiteral("ayse after the backup")}});
        edit(*ayse, QStringLiteral("visit"), early[2], {{QStringLiteral("note"), QStringLiteral("ayse, second")}});
        edit(*amal, QStringLiteral("visit"), early[2], {{QStringLiteral("note"), QStringLiteral("amal, second")}});
        QVERIFY(ayse->syncUntilUpToDate());
        QVERIFY(amal->syncUntilUpToDate());
        QVERIFY(syncAll(all, 1));
        const auto open = ConflictRepository(amal->store()).allOpen();
        QCOMPARE(open.size(), size_t(2));
        ConflictRepository(amal->store()).resolve(open[0].id, true);
        ledger.note(*amal, QStringLiteral("conflict"), open[0].id);
        ledger.note(*amal, open[0].entity, open[0].recordId);
        QVERIFY(syncAll(all));
        QCOMPARE(ConflictRepository(kwame->store()).allOpen().size(), size_t(1));

        // After the backup, not yet synced.
        createVisit(*kwame, family, 200);
        edit(*kwame, QStringLiteral("visit"), early[3], {{QStringLiteral("duration_min"), 99}});
        createVisit(*ayse, family, 200);
        edit(*ayse, QStringLiteral("family"), family, {{QStringLiteral("name"), QStringLiteral("after, unsynced")}});

        // Every device's view now, to be found again after the restore.
        std::vector<Snapshot> beforeRestore;
        for (TestDevice *d : all)
            beforeRestore.push_back(d->snapshot());

        QVERIFY2(server->restoreSnapshot(QStringLiteral("early"), &error), qPrintable(error));
        const int resyncsBefore = resyncWarnings;
        QVERIFY(syncAll(all, 3));
        // Each device that had synced after the backup was told once to send everything again.
        QCOMPARE(resyncWarnings - resyncsBefore, 3);

        // Everything any device held before the restore is on the server again, as it was or newer.
        const Snapshot onServer = serverSnapshot(serverRecords());
        QStringList lostConflicts;
        for (size_t i = 0; i < all.size(); ++i)
            for (auto it = beforeRestore[i].begin(); it != beforeRestore[i].end(); ++it) {
                if (it.key().startsWith(u"conflict/") && !onServer.contains(it.key())) {
                    lostConflicts << it.key();
                    continue;
                }
                QVERIFY2(onServer.contains(it.key()),
                         qPrintable(QStringLiteral("%1 was on %2 but is lost").arg(it.key(), all[i]->store().identity().userName)));
                for (auto f = it.value().begin(); f != it.value().end(); ++f) {
                    const QString had = f.value().toObject().value(u"s").toString();
                    const QString now = onServer.value(it.key()).value(f.key()).toObject().value(u"s").toString();
                    QVERIFY2(now >= had, qPrintable(QStringLiteral("%1.%2 went back").arg(it.key(), f.key())));
                }
            }
        QCOMPARE(ConflictRepository(ayse->store()).allOpen().size(), size_t(1));
        verifyConverged(all, nullptr, {}, true);

        // The conflict log: the two conflicts the server logged after the backup come back from
        // the devices that kept them (a re-sent conflict is taken when its id follows from its
        // content, §9), with the resolution one device made, and nothing is rejected.
        int rejectedConflicts = 0;
        for (TestDevice *d : all)
            rejectedConflicts += int(Outbox(d->store()).rejectedChanges().size());
        lostConflicts.removeDuplicates();
        QVERIFY2(lostConflicts.isEmpty(), qPrintable(lostConflicts.join(u' ') + QStringLiteral(" lost with the restore")));
        QCOMPARE(rejectedConflicts, 0);
        for (TestDevice *d : all) {
            const QString diff = firstDifference(d->snapshot(), onServer, d->store().identity().userName, QStringLiteral("the server"));
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
        qInfo("d: %d records written, %d resync answers, %lld ms", int(ledger.created.size()), resyncWarnings - resyncsBefore,
              timer.elapsed());
    }

    // e. A power cut takes the device's record of which changes its last batch held (written
    // without an fsync), after the server applied that batch but before its answer came back.
    void batchFormedAgainAfterAPowerCut()
    {
        FaultProxy proxy(server->port());
        QVERIFY(proxy.listen());
        auto amal = device("amal", proxy.url());
        auto kwame = device("kwame", server->url());
        QVERIFY(amal && kwame);
        const QString family = amal->records().create(u"family", {{QStringLiteral("code"), QStringLiteral("F-CUT")}});
        QVERIFY(syncAll({amal.get(), kwame.get()}, 1));

        const QString first = createVisit(*amal, family, 200);
        proxy.inject(Fault::cutResponse(10, Fault::From::Body)); // applied on the server, the answer lost
        QVERIFY(!amal->sync());
        amal->client().cancelRetry();
        QVERIFY(amal->client().pendingChanges() > 0);
        // What the power cut took: the pending batch's bounds. The device forms batch `seq` again,
        // now with a change written after the cut, which the server has never seen.
        amal->store().setState(QStringLiteral("pending_batch"), qint64(0));
        amal->store().setState(QStringLiteral("pending_last"), qint64(0));
        const QString second = createVisit(*amal, family, 200);

        QVERIFY(amal->syncUntilUpToDate(60000));
        QCOMPARE(amal->client().pendingChanges(), 0);
        QStringList onServer;
        for (const QJsonValue &v : serverRecords())
            if (v.toObject().value(u"entity").toString() == u"visit")
                onServer << v.toObject().value(u"id").toString();
        QVERIFY2(onServer.contains(first), "the batch the server applied");
        QVERIFY2(onServer.contains(second), "the change that joined the batch formed again");
        QVERIFY(kwame->syncUntilUpToDate(60000));
        QVERIFY(kwame->records().get(u"visit", second).has_value());
    }

    // A power cut takes every write of a sync (the sync engine does not wait for the disk: §8)
    // after the server applied several of its batches. The device then sends its batches again
    // from the first, numbered below the last one the server applied, and must finish the push.
    void acknowledgementsLostInAPowerCut()
    {
        auto amal = device("amal", server->url());
        auto kwame = device("kwame", server->url());
        QVERIFY(amal && kwame);
        const QString family = amal->records().create(u"family", {{QStringLiteral("code"), QStringLiteral("F-PWR")}});
        QVERIFY(syncAll({amal.get(), kwame.get()}, 1));

        QStringList visits;
        for (int i = 0; i < 12; ++i)
            visits << createVisit(*amal, family, 100);
        // The first visit's note written again, so that it goes in a later batch than the first.
        edit(*amal, QStringLiteral("visit"), visits.first(), {{QStringLiteral("note"), text(100)}});
        QTemporaryDir disk; // what is on the disk when the power goes
        amal->copyStoreTo(disk.path());
        amal->client().setLimits(5, 1 << 20, 1 << 20);
        QVERIFY(amal->sync());
        const qint64 acked = amal->store().stateInt(QStringLiteral("acked_batch"));
        amal->restoreStoreFrom(disk.path());
        QCOMPARE(amal->store().stateInt(QStringLiteral("acked_batch")), acked - 3);
        QCOMPARE(amal->client().pendingChanges(), 13);

        amal->client().setLimits(5, 1 << 20, 1 << 20);
        QVERIFY2(amal->syncUntilUpToDate(20000), qPrintable(amal->client().reasonCode()));
        QCOMPARE(amal->store().stateInt(QStringLiteral("acked_batch")), acked);
        QVERIFY(kwame->syncUntilUpToDate(60000));
        // The device's own later write replaced its earlier one: applying the earlier one again
        // is not two people writing at once.
        for (const QJsonValue &v : serverRecords())
            QVERIFY2(v.toObject().value(u"entity").toString() != u"conflict", "a conflict between a device's own writes");
        verifyConverged({amal.get(), kwame.get()});

        // And the next push goes as any other.
        const QString later = createVisit(*amal, family, 100);
        QVERIFY(amal->sync());
        QVERIFY(kwame->syncUntilUpToDate(60000));
        QVERIFY(kwame->records().get(u"visit", later).has_value());
        verifyConverged({amal.get(), kwame.get()});
    }
};

QTEST_GUILESS_MAIN(TestE2eFaults)
#include "tst_e2e_faults.moc"
