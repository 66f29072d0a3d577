// Fleet benchmark (issue 3): 200 simulated devices syncing at once against one brug-server.
// Each device is a real client — its own encrypted store, QNetworkAccessManager and SyncClient —
// on a few worker threads of this process. Devices are enrolled with admin commands
// (create-org, create-user, enrol-code) and /v1/enrol; then, round by round, each writes a few
// changes and all of them sync at the same moment. Reported per round: requests, throughput,
// per-request latency (p50/p99, as the device sees it and as measured at the server's sockets),
// errors, and whether every device ends with what it should hold.
//
//   brug_bench_fleet [--devices 200] [--threads 4] [--pg URL] [--server-threads N]
//                    [--results-dir DIR]

#include "benchserver.h"
#include "benchutil.h"
#include "countingproxy.h"

#include "enroller.h"
#include "ids.h"
#include "messagerepository.h"
#include "outbox.h"
#include "records.h"
#include "referralrepository.h"
#include "store.h"
#include "syncclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <map>

using namespace brug;
using namespace brug::bench;

namespace {

/// Per-request timing as the device sees it: from post() to the reply's finished().
class TimingNetwork : public QNetworkAccessManager
{
public:
    struct Sample
    {
        double startMs, ms;
        int status;
    };
    std::vector<Sample> samples;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        const double start = nowMs();
        QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, data);
        connect(reply, &QNetworkReply::finished, this, [this, reply, start] {
            samples.push_back({start, nowMs() - start, reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()});
        });
        return reply;
    }
};

struct DevicePlan
{
    int index = 0;
    QString userId, orgId, providerId, role, code;
};

/// One simulated device, living on a worker thread.
struct FleetDevice
{
    DevicePlan plan;
    std::unique_ptr<Store> store;
    std::unique_ptr<QNetworkAccessManager> enrolNetwork;
    TimingNetwork *network = nullptr; ///< the client's, made and owned by its transport
    std::unique_ptr<SyncClient> client;
    bool lastOk = true;
    int failures = 0;
    QString lastError;
};

class Worker : public QObject
{
public:
    explicit Worker(const QString &dir) : m_dir(dir) {}

    // All of these run on the worker's thread (invoked with BlockingQueuedConnection).
    void create(const std::vector<DevicePlan> &plans, const QUrl &url, QString *error)
    {
        for (const DevicePlan &p : plans) {
            auto d = std::make_unique<FleetDevice>();
            d->plan = p;
            d->store = Store::create(QStringLiteral("%1/device-%2.db").arg(m_dir).arg(p.index), QStringLiteral("bench"),
                                     KeyFile::Profile::Fast);
            d->enrolNetwork = std::make_unique<QNetworkAccessManager>();
            Enroller enroller(*d->store, *d->enrolNetwork);
            QEventLoop loop;
            QString failure;
            QObject::connect(&enroller, &Enroller::succeeded, &loop, &QEventLoop::quit);
            QObject::connect(&enroller, &Enroller::failed, &loop, [&](const QString &code, const QString &msg) {
                failure = code + QStringLiteral(": ") + msg;
                loop.quit();
            });
            enroller.enrol(url, p.code, QStringLiteral("bench device %1").arg(p.index), QStringLiteral("bench"));
            loop.exec();
            if (!failure.isEmpty()) {
                *error = QStringLiteral("device %1: %2").arg(p.index).arg(failure);
                return;
            }
            d->enrolNetwork.reset();
            FleetDevice *raw = d.get();
            // Made on the engines' network thread at the first request; its samples are read
            // here between rounds, when no request is in flight.
            d->client = std::make_unique<SyncClient>(*d->store, [raw] {
                auto network = std::make_unique<TimingNetwork>();
                raw->network = network.get();
                return std::unique_ptr<QNetworkAccessManager>(std::move(network));
            });
            d->client->setBackoff(60000, 60000); // a failure is counted, not retried within a round
            QObject::connect(d->client.get(), &SyncClient::finished, this, [this, raw](bool ok) {
                raw->lastOk = ok;
                raw->client->cancelRetry();
                if (!ok) {
                    ++raw->failures;
                    raw->lastError = raw->client->reasonCode() + QStringLiteral(": ") + raw->client->reason();
                }
                if (--m_running == 0)
                    m_done->release();
            });
            m_devices.push_back(std::move(d));
        }
    }

    /// Writes this round's changes on every device (see the round descriptions in main()).
    void write(int round, int *changes)
    {
        for (auto &d : m_devices) {
            Store &s = *d->store;
            Records records(s);
            const qint64 before = Outbox(s).pendingCount();
            Transaction tx(s.db());
            const bool provider = d->plan.role == u"caseworker";
            const int i = d->plan.index;
            if (round == 1 && !provider) {
                const QString family = records.create(u"family", {{QStringLiteral("code"), QStringLiteral("F-%1").arg(i, 5, 10, QLatin1Char('0'))},
                                                                  {QStringLiteral("name"), QStringLiteral("Familie %1").arg(i)},
                                                                  {QStringLiteral("neighbourhood"), QStringLiteral("Overvecht")},
                                                                  {QStringLiteral("country_of_origin"), QStringLiteral("MA")},
                                                                  {QStringLiteral("intermediary_id"), d->plan.userId}});
                for (int v = 0; v < 2; ++v)
                    records.create(u"visit", {{QStringLiteral("family_id"), family},
                                              {QStringLiteral("date"), QStringLiteral("2026-11-%1").arg(10 + v)},
                                              {QStringLiteral("duration_min"), 60},
                                              {QStringLiteral("topics"), QJsonArray{QStringLiteral("school"), QStringLiteral("health")}},
                                              {QStringLiteral("note"), QStringLiteral("Huisbezoek %1: moeder maakt zich zorgen over school en slaap; "
                                                                                      "afgesproken samen naar het CJG te gaan.").arg(v + 1)},
                                              {QStringLiteral("intermediary_id"), d->plan.userId}});
                records.create(u"time_entry", {{QStringLiteral("user_id"), d->plan.userId},
                                               {QStringLiteral("date"), QStringLiteral("2026-11-10")},
                                               {QStringLiteral("activity"), QStringLiteral("home_visit")},
                                               {QStringLiteral("family_id"), family},
                                               {QStringLiteral("minutes"), 90}});
                if (i % 3 == 0) {
                    const QString consent = records.create(u"consent", {{QStringLiteral("family_id"), family},
                                                                        {QStringLiteral("provider_id"), d->plan.providerId},
                                                                        {QStringLiteral("shares"), QJsonArray{QStringLiteral("area")}},
                                                                        {QStringLiteral("purpose"), QStringLiteral("referral")},
                                                                        {QStringLiteral("given_on"), QStringLiteral("2026-11-10")},
                                                                        {QStringLiteral("method"), QStringLiteral("signed")}});
                    const QString referral = records.create(u"referral", {{QStringLiteral("family_id"), family},
                                                                          {QStringLiteral("provider_id"), d->plan.providerId},
                                                                          {QStringLiteral("consent_id"), consent},
                                                                          {QStringLiteral("reason_family"), QStringLiteral("Onze zoon slaapt slecht en wil niet naar school.")},
                                                                          {QStringLiteral("urgency"), QStringLiteral("normal")},
                                                                          {QStringLiteral("intermediary_id"), d->plan.userId}});
                    ReferralRepository(s).send(referral);
                }
            } else if (round == 2) {
                if (!provider) {
                    const auto mine = records.query(u"family", QStringLiteral("intermediary_id = ? LIMIT 1"), {d->plan.userId});
                    if (!mine.empty()) {
                        records.update(u"family", mine.front().id, {{QStringLiteral("phone"), QStringLiteral("06-1234%1").arg(i, 4, 10, QLatin1Char('0'))}});
                        records.create(u"visit", {{QStringLiteral("family_id"), mine.front().id},
                                                  {QStringLiteral("date"), QStringLiteral("2026-11-20")},
                                                  {QStringLiteral("duration_min"), 45},
                                                  {QStringLiteral("note"), QStringLiteral("Vervolgbezoek.")},
                                                  {QStringLiteral("intermediary_id"), d->plan.userId}});
                    }
                    for (const Record &r : records.query(u"referral", QStringLiteral("intermediary_id = ?"), {d->plan.userId}))
                        MessageRepository(s).post(r.id, QStringLiteral("Ik ga mee naar de intake."));
                } else {
                    int n = 0;
                    for (const Record &r : records.query(u"referral", QStringLiteral("status IS NULL ORDER BY id")))
                        if (n++ < 3)
                            ReferralRepository(s).updateStatus(r.id, QStringLiteral("received"), {}, QStringLiteral("Ontvangen, we bellen deze week."));
                }
            }
            tx.commit();
            *changes += int(Outbox(s).pendingCount() - before);
        }
    }

    void startRound(QSemaphore *done)
    {
        m_done = done;
        m_running = int(m_devices.size());
        for (auto &d : m_devices) {
            if (d->network)
                d->network->samples.clear();
            d->lastOk = true;
        }
        if (m_devices.empty()) {
            done->release();
            return;
        }
        for (auto &d : m_devices)
            d->client->syncNow();
    }

    struct Tally
    {
        std::vector<TimingNetwork::Sample> samples;
        int failedSyncs = 0;
        QStringList errors;
        std::map<QString, int> holdings; // "role:entity" -> records held, summed
        std::vector<std::pair<int, std::map<QString, int>>> perDevice;
    };
    void collect(Tally *t, bool holdings)
    {
        for (auto &d : m_devices) {
            if (d->network)
                t->samples.insert(t->samples.end(), d->network->samples.begin(), d->network->samples.end());
            if (!d->lastOk) {
                ++t->failedSyncs;
                t->errors << QStringLiteral("device %1: %2").arg(d->plan.index).arg(d->lastError);
            }
            if (holdings) {
                std::map<QString, int> h;
                for (const char *e : {"family", "visit", "referral", "message", "consent", "time_entry"})
                    h[QString::fromLatin1(e)] = int(Records(*d->store).query(QString::fromLatin1(e), QStringLiteral("1 = 1")).size());
                h[QStringLiteral("outbox")] = int(Outbox(*d->store).pendingCount());
                t->perDevice.push_back({d->plan.index, h});
            }
        }
    }
    void destroy()
    {
        m_devices.clear();
    }

private:
    QString m_dir;
    std::vector<std::unique_ptr<FleetDevice>> m_devices;
    int m_running = 0;
    QSemaphore *m_done = nullptr;
};

template<typename F>
void onThread(Worker *w, F f)
{
    QMetaObject::invokeMethod(w, f, Qt::BlockingQueuedConnection);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    for (const char *opt : {"devices", "threads", "pg", "server-threads", "results-dir", "providers", "orgs"})
        p.addOption(QCommandLineOption(QString::fromLatin1(opt), QString(), QStringLiteral("value")));
    p.addOption(QCommandLineOption(QStringLiteral("direct")));
    p.process(app);
    const int devices = p.isSet(QStringLiteral("devices")) ? p.value(QStringLiteral("devices")).toInt() : 200;
    const int threads = p.isSet(QStringLiteral("threads")) ? p.value(QStringLiteral("threads")).toInt() : 4;
    const int serverThreads = p.value(QStringLiteral("server-threads")).toInt();
    const int orgs = p.isSet(QStringLiteral("orgs")) ? p.value(QStringLiteral("orgs")).toInt() : 10;
    const int providers = p.isSet(QStringLiteral("providers")) ? p.value(QStringLiteral("providers")).toInt() : 2;
    const int caseworkers = devices / 10;
    const QString pg = p.value(QStringLiteral("pg"));
    const bool direct = p.isSet(QStringLiteral("direct"));

    BenchServer server(pg);
    QString error;
    if (!server.start(serverThreads, &error)) {
        err() << "fleet: " << error << "\n";
        return 1;
    }
    // Admin commands: organisations, one user per device, one enrolment code per device.
    const double setupStart = nowMs();
    auto admin = [&](const QStringList &args) {
        QString e;
        const QJsonObject o = server.admin(args, &e);
        if (o.isEmpty())
            err() << "fleet: admin " << args.join(u' ') << " failed: " << e << "\n";
        return o;
    };
    QStringList orgIds, providerIds;
    for (int i = 0; i < orgs; ++i)
        orgIds << admin({QStringLiteral("create-org"), QStringLiteral("--name"), QStringLiteral("Stichting %1").arg(i + 1),
                         QStringLiteral("--kind"), QStringLiteral("migrant_org")}).value(u"id").toString();
    for (int i = 0; i < providers; ++i)
        providerIds << admin({QStringLiteral("create-org"), QStringLiteral("--name"), QStringLiteral("Jeugdzorg %1").arg(i + 1),
                              QStringLiteral("--kind"), QStringLiteral("provider")}).value(u"id").toString();
    std::vector<DevicePlan> plans(static_cast<size_t>(devices));
    {
        // Two admin processes at a time: each is a process start and one short write.
        std::vector<std::thread> pool;
        std::atomic<int> next{0};
        for (int t = 0; t < 2; ++t)
            pool.emplace_back([&] {
                for (int i = next++; i < devices; i = next++) {
                    DevicePlan &d = plans[size_t(i)];
                    d.index = i;
                    const bool cw = i >= devices - caseworkers;
                    d.role = cw ? QStringLiteral("caseworker") : QStringLiteral("intermediary");
                    d.orgId = cw ? providerIds[i % providers] : orgIds[i % orgs];
                    d.providerId = providerIds[(i % orgs) % providers];
                    QString e;
                    d.userId = server.admin({QStringLiteral("create-user"), QStringLiteral("--org"), d.orgId, QStringLiteral("--name"),
                                             QStringLiteral("User %1").arg(i), QStringLiteral("--role"), d.role}, &e)
                                   .value(u"id").toString();
                    d.code = server.admin({QStringLiteral("enrol-code"), QStringLiteral("--user"), d.userId}, &e).value(u"code").toString();
                    if (d.code.isEmpty())
                        err() << "fleet: enrol-code for device " << i << " failed: " << e << "\n";
                }
            });
        for (auto &t : pool)
            t.join();
    }
    const double adminMs = nowMs() - setupStart;

    CountingProxy proxy(server.port());
    if (!direct)
        proxy.start();
    const QUrl url = direct ? server.url() : QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));
    QTemporaryDir storeDir;
    std::vector<QThread *> workerThreads;
    std::vector<Worker *> workers;
    for (int t = 0; t < threads; ++t) {
        auto *th = new QThread;
        auto *w = new Worker(storeDir.path());
        w->moveToThread(th);
        th->start();
        workerThreads.push_back(th);
        workers.push_back(w);
    }
    // Enrol every device (/v1/enrol), the workers in parallel.
    const double enrolStart = nowMs();
    {
        std::vector<std::thread> starters;
        std::vector<QString> errors(static_cast<size_t>(threads));
        for (int t = 0; t < threads; ++t)
            starters.emplace_back([&, t] {
                std::vector<DevicePlan> mine;
                for (int i = t; i < devices; i += threads)
                    mine.push_back(plans[size_t(i)]);
                onThread(workers[size_t(t)], [&, t, mine] { workers[size_t(t)]->create(mine, url, &errors[size_t(t)]); });
            });
        for (auto &s : starters)
            s.join();
        for (const QString &e : errors)
            if (!e.isEmpty()) {
                err() << "fleet: enrol failed: " << e << "\n";
                return 1;
            }
    }
    const double enrolMs = nowMs() - enrolStart;
    err() << "fleet: " << devices << " devices enrolled (admin " << fmt(adminMs / 1000.0, 1) << " s, enrol "
          << fmt(enrolMs / 1000.0, 1) << " s)\n";
    err().flush();

    RssSampler rss(20);
    rss.watch(0, 0);
    rss.watch(1, server.pid());

    struct RoundSpec
    {
        int number;
        const char *name;
        const char *what;
    };
    const RoundSpec rounds[] = {
        {0, "first_sync", "every device's first sync: nothing to push, pulls the public records"},
        {1, "push_new_work", "each intermediary writes a family, 2 visits and a time entry; every third also a consent and a "
                             "referral it sends; all sync at once (push + pull of their colleagues' work)"},
        {2, "exchange", "intermediaries update a family, add a visit and a message on their referrals; caseworkers mark up to "
                        "3 new referrals received (status + thread message); all sync at once"},
        {3, "catch_up", "no new writes: all sync at once and receive what the others pushed in round 2"},
        {4, "noop", "nothing anywhere: the steady-state cost of 200 devices checking in at once"},
    };
    QJsonArray roundsJson;
    std::vector<QStringList> tableRows;
    std::vector<double> allLatencies, allServerLatencies;
    qint64 totalRequests = 0, totalErrors = 0;
    Worker::Tally finalTally;
    for (const RoundSpec &r : rounds) {
        int changes = 0;
        std::vector<int> perWorker(size_t(threads), 0);
        for (int t = 0; t < threads; ++t)
            onThread(workers[size_t(t)], [&, t] { workers[size_t(t)]->write(r.number, &perWorker[size_t(t)]); });
        for (int c : perWorker)
            changes += c;
        proxy.reset();
        rss.reset();
        const double cpuSelf = selfCpuMs(), cpuServer = procCpuMs(server.pid()), cpuProxy = proxy.threadCpuMs();
        QSemaphore done;
        perfControl(QStringLiteral("round%1").arg(r.number), "enable");
        const double t0 = nowMs();
        for (int t = 0; t < threads; ++t)
            QMetaObject::invokeMethod(workers[size_t(t)], [w = workers[size_t(t)], &done] { w->startRound(&done); }, Qt::QueuedConnection);
        const bool finished = done.tryAcquire(threads, 300000);
        const double wall = nowMs() - t0;
        // Read before the tally: collecting the last round also checks every device's store.
        const double deviceCpu = selfCpuMs() - cpuSelf - (proxy.threadCpuMs() - cpuProxy);
        const double serverCpu = procCpuMs(server.pid()) - cpuServer;
        perfControl(QStringLiteral("round%1").arg(r.number), "disable");
        Worker::Tally tally;
        const bool last = r.number == 4;
        for (int t = 0; t < threads; ++t)
            onThread(workers[size_t(t)], [&, t] { workers[size_t(t)]->collect(&tally, last); });
        std::vector<double> lat;
        int httpErrors = 0;
        double lastEnd = 0;
        for (const auto &s : tally.samples) {
            lat.push_back(s.ms);
            if (s.status < 200 || s.status >= 300)
                ++httpErrors;
            lastEnd = std::max(lastEnd, s.startMs + s.ms);
        }
        const CountingProxy::Stats ps = proxy.stats();
        const double requests = double(tally.samples.size());
        const int errors = httpErrors + tally.failedSyncs + (finished ? 0 : 1);
        totalRequests += qint64(requests);
        totalErrors += errors;
        allLatencies.insert(allLatencies.end(), lat.begin(), lat.end());
        allServerLatencies.insert(allServerLatencies.end(), ps.latenciesMs.begin(), ps.latenciesMs.end());
        const QJsonObject j{{QStringLiteral("round"), r.number},
                            {QStringLiteral("name"), QString::fromLatin1(r.name)},
                            {QStringLiteral("what"), QString::fromLatin1(r.what)},
                            {QStringLiteral("changes_written"), changes},
                            {QStringLiteral("wall_ms"), wall},
                            {QStringLiteral("requests"), requests},
                            {QStringLiteral("requests_per_second"), requests / (wall / 1000.0)},
                            {QStringLiteral("latency_device"), summary(lat)},
                            {QStringLiteral("latency_server_socket"), summary(ps.latenciesMs)},
                            {QStringLiteral("http_errors"), httpErrors},
                            {QStringLiteral("failed_syncs"), tally.failedSyncs},
                            {QStringLiteral("errors"), QJsonArray::fromStringList(tally.errors.mid(0, 20))},
                            {QStringLiteral("all_finished"), finished},
                            {QStringLiteral("bytes_up"), double(ps.bytesUp)},
                            {QStringLiteral("bytes_down"), double(ps.bytesDown)},
                            {QStringLiteral("new_connections"), double(ps.connections)},
                            {QStringLiteral("devices_process_rss_peak_bytes"), double(rss.peak(0))},
                            {QStringLiteral("server_rss_peak_bytes"), double(rss.peak(1))},
                            {QStringLiteral("devices_process_cpu_ms"), deviceCpu},
                            {QStringLiteral("server_cpu_ms"), serverCpu}};
        roundsJson.append(j);
        tableRows.push_back({QString::number(r.number), QString::fromLatin1(r.name), fmtInt(changes), fmtInt(requests),
                             fmtInt(wall), fmt(requests / (wall / 1000.0), 0), fmt(percentile(lat, 50), 1), fmt(percentile(lat, 99), 1),
                             fmt(lat.empty() ? 0 : *std::max_element(lat.begin(), lat.end()), 1),
                             fmt(percentile(ps.latenciesMs, 50), 1), fmt(percentile(ps.latenciesMs, 99), 1), QString::number(errors),
                             fmtInt(double(ps.bytesUp + ps.bytesDown))});
        err() << "fleet: round " << r.number << " " << r.name << ": " << fmtInt(requests) << " requests in " << fmtInt(wall)
              << " ms, " << errors << " errors\n";
        err().flush();
        if (last)
            finalTally = tally;
    }

    // Convergence: every intermediary holds its organisation's families, visits and time entries;
    // every caseworker the referrals sent to its provider; no outbox left anywhere.
    int converged = 0;
    QStringList divergent;
    {
        std::map<QString, int> familiesPerOrg, referralsPerProvider;
        for (const DevicePlan &d : plans)
            if (d.role == u"intermediary") {
                ++familiesPerOrg[d.orgId];
                if (d.index % 3 == 0)
                    ++referralsPerProvider[d.providerId];
            }
        for (const auto &[index, h] : finalTally.perDevice) {
            const DevicePlan &d = plans[size_t(index)];
            bool ok = h.at(QStringLiteral("outbox")) == 0;
            if (d.role == u"intermediary")
                ok = ok && h.at(QStringLiteral("family")) == familiesPerOrg[d.orgId] &&
                     h.at(QStringLiteral("visit")) == 3 * familiesPerOrg[d.orgId] && h.at(QStringLiteral("time_entry")) == familiesPerOrg[d.orgId];
            else
                ok = ok && h.at(QStringLiteral("referral")) == referralsPerProvider[d.orgId];
            if (ok)
                ++converged;
            else if (divergent.size() < 10)
                divergent << QStringLiteral("device %1 (%2): %3").arg(index).arg(d.role).arg(QString::fromUtf8(QJsonDocument(QJsonObject{
                    {QStringLiteral("family"), h.at(QStringLiteral("family"))}, {QStringLiteral("visit"), h.at(QStringLiteral("visit"))},
                    {QStringLiteral("referral"), h.at(QStringLiteral("referral"))}, {QStringLiteral("outbox"), h.at(QStringLiteral("outbox"))}}).toJson(QJsonDocument::Compact)));
        }
    }

    for (int t = 0; t < threads; ++t)
        onThread(workers[size_t(t)], [w = workers[size_t(t)]] { w->destroy(); });
    for (size_t t = 0; t < workers.size(); ++t) {
        workerThreads[t]->quit();
        workerThreads[t]->wait();
        delete workers[t];
        delete workerThreads[t];
    }
    proxy.stop();
    server.stop();

    const double p99 = percentile(allLatencies, 99);
    const double p99Server = percentile(allServerLatencies, 99);
    QJsonObject doc{{QStringLiteral("benchmark"), QStringLiteral("fleet")},
                    {QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                    {QStringLiteral("host"), hostInfo()},
                    {QStringLiteral("config"), QJsonObject{{QStringLiteral("devices"), devices},
                                                           {QStringLiteral("intermediaries"), devices - caseworkers},
                                                           {QStringLiteral("caseworkers"), caseworkers},
                                                           {QStringLiteral("migrant_orgs"), orgs},
                                                           {QStringLiteral("providers"), providers},
                                                           {QStringLiteral("device_threads"), threads},
                                                           {QStringLiteral("server_threads"), serverThreads > 0 ? serverThreads : 4},
                                                           {QStringLiteral("server_backend"), server.backend()},
                                                           {QStringLiteral("through_proxy"), !direct},
                                                           {QStringLiteral("build"), QStringLiteral("Release")}}},
                    {QStringLiteral("method"), QStringLiteral("200 real clients (SQLCipher store with the Fast KDF profile, own QNetworkAccessManager "
                                                              "with keep-alive, SyncClient) on a few worker threads of one process; each round every "
                                                              "device calls syncNow() at the same moment. latency_device: post() to finished() as the "
                                                              "device's QNetworkAccessManager sees it, on the sync engines' network thread (includes waiting for "
                                                              "that thread, which also reads the other devices' answers); latency_server_socket: first request byte to "
                                                              "last response byte at brug-server's side of the counting proxy. Throughput: requests "
                                                              "of the round / wall time of the round (first syncNow() to last finished()).")},
                    {QStringLiteral("setup"), QJsonObject{{QStringLiteral("admin_commands_ms"), adminMs}, {QStringLiteral("enrol_ms"), enrolMs},
                                                          {QStringLiteral("admin_commands"), orgs + providers + 2 * devices}}},
                    {QStringLiteral("rounds"), roundsJson},
                    {QStringLiteral("total"), QJsonObject{{QStringLiteral("requests"), double(totalRequests)},
                                                          {QStringLiteral("errors"), double(totalErrors)},
                                                          {QStringLiteral("latency_device"), summary(allLatencies)},
                                                          {QStringLiteral("latency_server_socket"), summary(allServerLatencies)}}},
                    {QStringLiteral("convergence"), QJsonObject{{QStringLiteral("devices_converged"), converged},
                                                                {QStringLiteral("devices"), devices},
                                                                {QStringLiteral("divergent"), QJsonArray::fromStringList(divergent)}}},
                    {QStringLiteral("targets"), QJsonObject{{QStringLiteral("no_errors"), totalErrors == 0},
                                                            {QStringLiteral("p99_under_1s_device"), p99 < 1000},
                                                            {QStringLiteral("p99_under_1s_server_socket"), p99Server < 1000}}},
                    {QStringLiteral("loadavg_at_end"), loadAverage()}};
    const QString resultsDir = p.value(QStringLiteral("results-dir"));
    const QString name = pg.isEmpty() ? QStringLiteral("fleet") : QStringLiteral("fleet-postgres");
    const QString written = resultsDir.isEmpty() ? QString() : writeResults(resultsDir, name, doc);

    out() << "\nFleet: " << devices << " devices (" << devices - caseworkers << " intermediaries of " << orgs << " organisations, "
          << caseworkers << " caseworkers of " << providers << " providers) on " << threads << " threads against one brug-server ("
          << server.backend() << ", " << (serverThreads > 0 ? serverThreads : 4) << " threads); load " << loadAverage() << "\n";
    out() << table({QStringLiteral("round"), QStringLiteral("what"), QStringLiteral("changes"), QStringLiteral("requests"),
                     QStringLiteral("wall ms"), QStringLiteral("req/s"), QStringLiteral("p50 ms"), QStringLiteral("p99 ms"),
                     QStringLiteral("max ms"), QStringLiteral("server p50"), QStringLiteral("server p99"), QStringLiteral("errors"),
                     QStringLiteral("bytes")},
                    tableRows);
    out() << "total: " << fmtInt(double(totalRequests)) << " requests, " << totalErrors << " errors, p50 "
          << fmt(percentile(allLatencies, 50), 1) << " ms, p99 " << fmt(p99, 1) << " ms (device); p99 " << fmt(p99Server, 1)
          << " ms (server socket); " << converged << "/" << devices << " devices hold exactly what they should\n";
    for (const QString &d : divergent)
        out() << "PROBLEM divergent " << d << "\n";
    if (!written.isEmpty())
        out() << "results: " << written << "\n";
    out().flush();
    return totalErrors == 0 && converged == devices ? 0 : 1;
}
