// Sync benchmark (issue 3): Brug on the PouchDB peer benchmark's scenarios and sizes
// (../shared/bench/peer-pouchdb): initial push, incremental push of one changed record, initial
// pull into a fresh device, a no-op sync, and 100 records edited on both sides on different
// fields. Same records (its generator, ported value for value, seed 20240601), same accounting:
// wall time in the device process; requests, bytes up and down (HTTP heads + bodies as on the
// wire, after compression) and new connections counted at brug-server's side of a pass-through proxy
// on loopback; peak RSS (sampled every 20 ms) and CPU of the device and server processes.
//
//   brug_bench_sync [--sizes 1000,10000] [--runs 3] [--seed 20240601] [--conflicts 100]
//                   [--pouchdb FILE] [--results-dir DIR] [--pg URL] [--check-generator]

#include "benchserver.h"
#include "benchutil.h"
#include "countingproxy.h"
#include "peerdocs.h"

#include "ids.h"
#include "records.h"
#include "store.h"
#include "testdevice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QThread>
#include <QJsonArray>

#include <map>
#include <set>

using namespace brug;
using namespace brug::bench;

namespace {

QString g_stopAfter; // profiling: stop the run after this scenario (a, b, c or e)

QString mapUrgency(const QString &u)
{
    if (u == u"high")
        return QStringLiteral("soon");
    if (u == u"urgent")
        return QStringLiteral("urgent");
    return QStringLiteral("normal");
}

QString mapCountry(const QString &c)
{
    static const QSet<QString> known = {QStringLiteral("MA"), QStringLiteral("TR"), QStringLiteral("GH"), QStringLiteral("SR"),
                                        QStringLiteral("CW"), QStringLiteral("SY"), QStringLiteral("ER"), QStringLiteral("SO"),
                                        QStringLiteral("AF"), QStringLiteral("IQ"), QStringLiteral("IR"), QStringLiteral("NG"),
                                        QStringLiteral("EG"), QStringLiteral("PL"), QStringLiteral("NL")};
    return known.contains(c) ? c : QStringLiteral("other");
}

QJsonArray riskCodes(const std::vector<int> &r)
{
    QJsonArray a;
    for (int x : r)
        a.append(QStringLiteral("rf%1").arg(x, 2, 10, QLatin1Char('0')));
    return a;
}

/// One scenario's figures.
struct Row
{
    QString scenario;
    double ms = 0;
    qint64 requests = 0, bytesUp = 0, bytesDown = 0, connections = 0;
    qint64 deviceRssPeak = 0, serverRssPeak = 0, deviceRssStart = 0, serverRssStart = 0;
    double deviceCpuMs = 0, serverCpuMs = 0;
    QJsonObject extra;

    QJsonObject toJson() const
    {
        QJsonObject o{{QStringLiteral("scenario"), scenario},
                      {QStringLiteral("ms"), ms},
                      {QStringLiteral("requests"), double(requests)},
                      {QStringLiteral("bytes_up"), double(bytesUp)},
                      {QStringLiteral("bytes_down"), double(bytesDown)},
                      {QStringLiteral("connections"), double(connections)},
                      {QStringLiteral("device"), QJsonObject{{QStringLiteral("rss_start_bytes"), double(deviceRssStart)},
                                                             {QStringLiteral("rss_peak_bytes"), double(deviceRssPeak)},
                                                             {QStringLiteral("cpu_ms"), deviceCpuMs}}},
                      {QStringLiteral("server"), QJsonObject{{QStringLiteral("rss_start_bytes"), double(serverRssStart)},
                                                             {QStringLiteral("rss_peak_bytes"), double(serverRssPeak)},
                                                             {QStringLiteral("cpu_ms"), serverCpuMs}}}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            o.insert(it.key(), it.value());
        return o;
    }
};

class Meter
{
public:
    Meter(CountingProxy &proxy, BenchServer &server, RssSampler &rss) : m_proxy(proxy), m_server(server), m_rss(rss) {}
    void begin(char scenario)
    {
        m_scenario = scenario;
        perfControl(QString(QChar::fromLatin1(m_scenario)), "enable");
        m_proxy.reset();
        m_rss.reset();
        m_rssStartDevice = procStatusBytes(0, "VmRSS");
        m_rssStartServer = procStatusBytes(m_server.pid(), "VmRSS");
        m_cpuSelf = selfCpuMs();
        m_cpuProxy = m_proxy.threadCpuMs();
        m_cpuServer = procCpuMs(m_server.pid());
        m_t0 = nowMs();
    }
    Row end(const QString &name)
    {
        Row r;
        r.ms = nowMs() - m_t0;
        perfControl(QString(QChar::fromLatin1(m_scenario)), "disable");
        r.scenario = name;
        const CountingProxy::Stats s = m_proxy.stats();
        r.requests = s.requests;
        r.bytesUp = s.bytesUp;
        r.bytesDown = s.bytesDown;
        r.connections = s.connections;
        r.deviceRssPeak = m_rss.peak(0);
        r.serverRssPeak = m_rss.peak(1);
        r.deviceRssStart = m_rssStartDevice;
        r.serverRssStart = m_rssStartServer;
        r.deviceCpuMs = (selfCpuMs() - m_cpuSelf) - (m_proxy.threadCpuMs() - m_cpuProxy);
        r.serverCpuMs = procCpuMs(m_server.pid()) - m_cpuServer;
        if (s.responses != s.requests)
            r.extra.insert(u"responses", double(s.responses));
        return r;
    }

private:
    CountingProxy &m_proxy;
    BenchServer &m_server;
    RssSampler &m_rss;
    char m_scenario = 0;
    double m_t0 = 0, m_cpuSelf = 0, m_cpuProxy = 0, m_cpuServer = 0;
    qint64 m_rssStartDevice = 0, m_rssStartServer = 0;
};

struct Check
{
    QString name;
    bool pass;
    QJsonValue detail;
};

struct RunResult
{
    int n = 0, run = 0;
    bool ok = true;
    QString error;
    std::vector<Row> rows;
    std::vector<Check> checks;
    QJsonObject dataset;
    QJsonObject audit;
};

int countWhere(test::TestDevice &d, const char *entity, const QString &where = QStringLiteral("1 = 1"))
{
    return int(Records(d.store()).query(QString::fromLatin1(entity), where).size());
}

RunResult runOnce(int n, int run, quint32 seed, int conflicts, const QString &pgUrl)
{
    RunResult res;
    res.n = n;
    res.run = run;
    auto check = [&](const QString &name, bool pass, const QJsonValue &detail = QJsonValue()) {
        res.checks.push_back({name, pass, detail});
        if (!pass) {
            res.ok = false;
            err() << "sync: PROBLEM N=" << n << " run " << run << ": " << name << " "
                  << QJsonDocument(QJsonObject{{QStringLiteral("d"), detail}}).toJson(QJsonDocument::Compact) << "\n";
            err().flush();
        }
    };

    BenchServer server(pgUrl);
    QString error;
    if (!server.start(0, &error)) {
        res.ok = false;
        res.error = error;
        return res;
    }
    auto admin = [&](const QStringList &args) {
        QString e;
        const QJsonObject o = server.admin(args, &e);
        if (o.isEmpty())
            err() << "sync: admin " << args.join(u' ') << " failed: " << e << "\n";
        return o;
    };
    const QString org = admin({QStringLiteral("create-org"), QStringLiteral("--name"), QStringLiteral("Stichting Al Amal"),
                               QStringLiteral("--kind"), QStringLiteral("migrant_org")}).value(u"id").toString();
    const QString provider = admin({QStringLiteral("create-org"), QStringLiteral("--name"), QStringLiteral("CJG Utrecht West"),
                                    QStringLiteral("--kind"), QStringLiteral("provider")}).value(u"id").toString();
    const QString amal = admin({QStringLiteral("create-user"), QStringLiteral("--org"), org, QStringLiteral("--name"),
                                QStringLiteral("Amal"), QStringLiteral("--role"), QStringLiteral("intermediary")}).value(u"id").toString();
    const QString sanne = admin({QStringLiteral("create-user"), QStringLiteral("--org"), provider, QStringLiteral("--name"),
                                 QStringLiteral("Sanne"), QStringLiteral("--role"), QStringLiteral("caseworker")}).value(u"id").toString();
    auto code = [&](const QString &user) {
        return admin({QStringLiteral("enrol-code"), QStringLiteral("--user"), user}).value(u"code").toString();
    };

    CountingProxy proxy(server.port());
    proxy.start();
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));
    RssSampler rss(20);
    rss.watch(0, 0);
    rss.watch(1, server.pid());
    Meter meter(proxy, server, rss);

    // Device A: the intermediary's tablet. Enrolled and synced once (public records) before
    // anything is counted, as the peer creates its server database before counting.
    auto a = std::make_unique<test::TestDevice>(QStringLiteral("a"));
    if (!a->enrol(url, code(amal), &error)) {
        res.ok = false;
        res.error = QStringLiteral("enrol: ") + error;
        return res;
    }
    check(QStringLiteral("setup: first sync"), a->sync());

    // The dataset: each peer document becomes one referral (its reason, risk factors, urgency,
    // language, dates, consent and provider); every 10 documents share a family (code, country,
    // languages) and the consent the referrals rest on, so that the caseworker receives them.
    std::vector<QString> referralIds;
    {
        std::vector<PeerDoc> docs = makePeerDocs(n, seed);
        qint64 pouchBytes = 0;
        for (const PeerDoc &d : docs)
            pouchBytes += QJsonDocument(d.toPouchJson()).toJson(QJsonDocument::Compact).size();
        Records records(a->store());
        const int families = (n + 9) / 10;
        for (int i = 0; i < n;) {
            Transaction tx(a->store().db());
            for (int k = 0; k < 500 && i < n; ++k, ++i) {
                const PeerDoc &d = docs[size_t(i)];
                const QString familyId = Ids::derived(QStringLiteral("bench-sync/family-%1").arg(i / 10));
                const QString consentId = Ids::derived(QStringLiteral("bench-sync/consent-%1").arg(i / 10));
                if (i % 10 == 0) {
                    QJsonArray langs;
                    for (const QString &l : d.languages)
                        langs.append(l);
                    records.createWithId(u"family", familyId,
                                         {{QStringLiteral("code"), d.familyCode},
                                          {QStringLiteral("country_of_origin"), mapCountry(d.originCountry)},
                                          {QStringLiteral("languages"), langs},
                                          {QStringLiteral("preferred_language"), d.languages.first()},
                                          {QStringLiteral("intermediary_id"), amal}});
                    records.createWithId(u"consent", consentId,
                                         {{QStringLiteral("family_id"), familyId},
                                          {QStringLiteral("provider_id"), provider},
                                          {QStringLiteral("shares"), QJsonArray{QStringLiteral("area"), QStringLiteral("background")}},
                                          {QStringLiteral("purpose"), QStringLiteral("referral")},
                                          {QStringLiteral("given_on"), QDateTime::fromMSecsSinceEpoch(d.createdAt, Qt::UTC).date().toString(Qt::ISODate)},
                                          {QStringLiteral("method"), QStringLiteral("signed")}});
                }
                const QString id = Ids::derived(QStringLiteral("bench-sync/") + d.id);
                records.createWithId(u"referral", id,
                                     {{QStringLiteral("family_id"), familyId},
                                      {QStringLiteral("provider_id"), provider},
                                      {QStringLiteral("consent_id"), consentId},
                                      {QStringLiteral("reason_family"), d.reason},
                                      {QStringLiteral("risk_factors"), riskCodes(d.riskFactors)},
                                      {QStringLiteral("urgency"), mapUrgency(d.urgency)},
                                      {QStringLiteral("language"), d.languages.first()},
                                      {QStringLiteral("intermediary_id"), amal},
                                      {QStringLiteral("state"), QStringLiteral("sent")},
                                      {QStringLiteral("sent_at"), double(d.submittedAt)}});
                referralIds.push_back(id);
            }
            tx.commit();
        }
        qint64 brugBytes = 0;
        for (int i = 0; i < std::min(n, 1000); ++i)
            brugBytes += QJsonDocument(records.get(u"referral", referralIds[size_t(i)])->fields).toJson(QJsonDocument::Compact).size();
        res.dataset = {{QStringLiteral("referrals"), n},
                       {QStringLiteral("families"), families},
                       {QStringLiteral("consents"), families},
                       {QStringLiteral("records"), n + 2 * families},
                       {QStringLiteral("pouch_doc_json_bytes_avg"), double(pouchBytes) / n},
                       {QStringLiteral("brug_referral_json_bytes_avg"), double(brugBytes) / std::min(n, 1000)},
                       {QStringLiteral("outbox_entries"), double(a->client().pendingChanges())}};
    }

    // (a) initial push: the device holds the records, the server none of them.
    meter.begin('a');
    const bool aOk = a->sync(600000);
    Row ra = meter.end(QStringLiteral("a_push_initial"));
    check(QStringLiteral("a: sync ok and outbox empty"), aOk && a->client().pendingChanges() == 0,
          double(a->client().pendingChanges()));
    res.rows.push_back(ra);
    if (g_stopAfter == u"a")
        return res;

    // (b) one record changed on the device, pushed.
    const QString target = referralIds[size_t(n / 2)];
    {
        Records records(a->store());
        const QString before = records.get(u"referral", target)->fields.value(u"urgency").toString();
        records.update(u"referral", target, {{QStringLiteral("urgency"), before == u"urgent" ? QStringLiteral("normal") : QStringLiteral("urgent")}});
    }
    const QString targetUrgency = Records(a->store()).get(u"referral", target)->fields.value(u"urgency").toString();
    meter.begin('b');
    const bool bOk = a->sync();
    Row rb = meter.end(QStringLiteral("b_push_incremental_1"));
    check(QStringLiteral("b: sync ok, one request"), bOk && rb.requests == 1, double(rb.requests));
    check(QStringLiteral("b: under 2 KB"), rb.bytesUp + rb.bytesDown < 2048, double(rb.bytesUp + rb.bytesDown));
    res.rows.push_back(rb);
    if (g_stopAfter == u"b")
        return res;

    // (c) a new device of the same user pulls everything.
    {
        auto b = std::make_unique<test::TestDevice>(QStringLiteral("b"));
        if (!b->enrol(url, code(amal), &error))
            check(QStringLiteral("c: enrol"), false, error);
        meter.begin('c');
        const bool cOk = b->sync(600000);
        Row rc = meter.end(QStringLiteral("c_pull_initial"));
        check(QStringLiteral("c: sync ok"), cOk);
        check(QStringLiteral("c: fresh device holds N referrals"), countWhere(*b, "referral") == n, countWhere(*b, "referral"));
        check(QStringLiteral("c: and every family and consent"),
              countWhere(*b, "family") == res.dataset.value(u"families").toInt() &&
                  countWhere(*b, "consent") == res.dataset.value(u"consents").toInt());
        const auto got = Records(b->store()).get(u"referral", target);
        check(QStringLiteral("c: fresh device has the changed record"), got && got->fields.value(u"urgency").toString() == targetUrgency);
        res.rows.push_back(rc);
    }
    if (g_stopAfter == u"c")
        return res;

    // Untimed: a two-way sync so that both directions are settled.
    a->sync();

    // (e) nothing to do.
    meter.begin('e');
    const bool eOk = a->sync();
    Row re = meter.end(QStringLiteral("e_sync_noop"));
    check(QStringLiteral("e: sync ok, one request"), eOk && re.requests == 1, double(re.requests));
    check(QStringLiteral("e: under 2 KB"), re.bytesUp + re.bytesDown < 2048, double(re.bytesUp + re.bytesDown));
    res.rows.push_back(re);
    if (g_stopAfter == u"e")
        return res;

    // (d) K records edited on both sides on different fields: the intermediary edits the content
    // (reason + a marker), the caseworker edits the provider's fields (status, intake date +
    // a marker) and syncs first; then one sync of the intermediary's device is timed.
    const int k = std::min(conflicts, n);
    std::vector<QString> ids;
    for (int j = 0; j < k; ++j)
        ids.push_back(referralIds[size_t(qint64(j) * n / k)]);
    const QString suffix = QStringLiteral(" Follow-up visit: family agreed to go along to the intake together.");
    auto devTok = [](const QString &id) { return QStringLiteral("device-edit:") + id.left(8); };
    auto srvTok = [](const QString &id) { return QStringLiteral("server-edit:") + id.left(8); };
    auto c = std::make_unique<test::TestDevice>(QStringLiteral("caseworker"));
    if (!c->enrol(url, code(sanne), &error))
        check(QStringLiteral("d: caseworker enrol"), false, error);
    check(QStringLiteral("d: caseworker receives the referrals"), c->sync(600000) && countWhere(*c, "referral") == n,
          countWhere(*c, "referral"));
    std::map<QString, QString> reasons;
    {
        Records records(a->store());
        Transaction tx(a->store().db());
        for (const QString &id : ids) {
            const QString reason = records.get(u"referral", id)->fields.value(u"reason_family").toString() + suffix;
            reasons[id] = reason;
            records.update(u"referral", id, {{QStringLiteral("reason_family"), reason},
                                             {QStringLiteral("reason_intermediary"), devTok(id)}});
        }
        tx.commit();
    }
    {
        Records records(c->store());
        Transaction tx(c->store().db());
        for (const QString &id : ids)
            records.update(u"referral", id, {{QStringLiteral("status"), QStringLiteral("intake_planned")},
                                             {QStringLiteral("intake_on"), QStringLiteral("2025-02-03")},
                                             {QStringLiteral("intake_place"), srvTok(id)}});
        tx.commit();
    }
    check(QStringLiteral("d: caseworker's edits pushed"), c->sync() && c->client().pendingChanges() == 0);
    meter.begin('d');
    const bool dOk = a->sync();
    Row rd = meter.end(QStringLiteral("d_sync_conflicts_%1").arg(k));
    check(QStringLiteral("d: sync ok"), dOk && a->client().pendingChanges() == 0);
    c->sync(); // the caseworker receives the intermediary's edits (untimed)

    // Audit: every edit of both sides, on the device, the caseworker's device and the server.
    auto bothEdits = [&](const QJsonObject &f, const QString &id) {
        const bool dev = f.value(u"reason_family").toString() == reasons[id] && f.value(u"reason_intermediary").toString() == devTok(id);
        const bool srv = f.value(u"status").toString() == u"intake_planned" && f.value(u"intake_on").toString() == u"2025-02-03" &&
                         f.value(u"intake_place").toString() == srvTok(id);
        return std::pair{dev, srv};
    };
    int devBoth = 0, devDev = 0, devSrv = 0, cwBoth = 0, srvBoth = 0;
    for (const QString &id : ids) {
        const auto [d1, s1] = bothEdits(Records(a->store()).get(u"referral", id)->fields, id);
        devDev += d1;
        devSrv += s1;
        devBoth += d1 && s1;
        const auto [d2, s2] = bothEdits(Records(c->store()).get(u"referral", id)->fields, id);
        cwBoth += d2 && s2;
    }
    const QJsonObject dump = server.admin({QStringLiteral("dump")});
    int serverConflicts = 0;
    const std::set<QString> idSet(ids.begin(), ids.end());
    for (const QJsonValue &v : dump.value(u"records").toArray()) {
        const QJsonObject r = v.toObject();
        if (r.value(u"entity").toString() == u"conflict")
            ++serverConflicts;
        if (r.value(u"entity").toString() == u"referral" && idSet.count(r.value(u"id").toString())) {
            QJsonObject f;
            const QJsonObject fields = r.value(u"fields").toObject();
            for (auto it = fields.begin(); it != fields.end(); ++it)
                f.insert(it.key(), it->toObject().value(u"v"));
            const auto [d3, s3] = bothEdits(f, r.value(u"id").toString());
            srvBoth += d3 && s3;
        }
    }
    const int deviceConflicts = countWhere(*a, "conflict");
    res.audit = {{QStringLiteral("docs_edited_both_sides"), k},
                 {QStringLiteral("edits_total"), 2 * k},
                 {QStringLiteral("records_with_both_edits_device"), devBoth},
                 {QStringLiteral("records_with_both_edits_caseworker"), cwBoth},
                 {QStringLiteral("records_with_both_edits_server"), srvBoth},
                 {QStringLiteral("device_edits_kept"), devDev},
                 {QStringLiteral("caseworker_edits_kept"), devSrv},
                 {QStringLiteral("edits_missing_from_record"), 2 * k - devDev - devSrv},
                 {QStringLiteral("edits_hidden_in_conflicts"), 0},
                 {QStringLiteral("conflict_records_server"), serverConflicts},
                 {QStringLiteral("conflict_records_device"), deviceConflicts},
                 {QStringLiteral("note"), QStringLiteral("Brug merges per field: different fields edited on two sides are "
                                                         "both kept in the one record; a conflict record is made only when "
                                                         "the same field is written concurrently (none here).")}};
    rd.extra.insert(u"conflict_audit", res.audit);
    check(QStringLiteral("d: one request"), rd.requests == 1, double(rd.requests));
    check(QStringLiteral("d: every edit kept on device, caseworker and server"), devBoth == k && cwBoth == k && srvBoth == k, res.audit);
    check(QStringLiteral("d: no edit hidden in a conflict"), serverConflicts == 0 && deviceConflicts == 0);
    res.rows.push_back(rd);

    proxy.stop();
    server.stop();
    return res;
}

struct Median
{
    int n;
    QString scenario;
    int runs;
    double ms, msMin, msMax, requests, bytesUp, bytesDown, connections, deviceRss, serverRss, deviceCpu, serverCpu;
};

std::vector<Median> medians(const std::vector<RunResult> &results, const QList<int> &sizes)
{
    std::vector<Median> out;
    for (int n : sizes) {
        std::map<QString, std::vector<const Row *>> by;
        for (const RunResult &r : results)
            if (r.n == n)
                for (const Row &row : r.rows)
                    by[row.scenario].push_back(&row);
        for (const auto &[name, rows] : by) {
            auto col = [&](auto f) {
                std::vector<double> v;
                for (const Row *r : rows)
                    v.push_back(double(f(*r)));
                return v;
            };
            const auto ms = col([](const Row &r) { return r.ms; });
            out.push_back({n, name, int(rows.size()), median(ms), *std::min_element(ms.begin(), ms.end()),
                           *std::max_element(ms.begin(), ms.end()), median(col([](const Row &r) { return r.requests; })),
                           median(col([](const Row &r) { return r.bytesUp; })), median(col([](const Row &r) { return r.bytesDown; })),
                           median(col([](const Row &r) { return r.connections; })),
                           median(col([](const Row &r) { return r.deviceRssPeak; })),
                           median(col([](const Row &r) { return r.serverRssPeak; })),
                           median(col([](const Row &r) { return r.deviceCpuMs; })),
                           median(col([](const Row &r) { return r.serverCpuMs; }))});
        }
    }
    return out;
}

int checkGenerator(quint32 seed, int n)
{
    // Every document of the port, one JSON per line; peer-generator-check.mjs compares them with
    // the original generator's.
    for (const PeerDoc &d : makePeerDocs(n, seed))
        out() << QJsonDocument(d.toPouchJson()).toJson(QJsonDocument::Compact) << "\n";
    out().flush();
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    for (const char *opt : {"sizes", "runs", "seed", "conflicts", "pouchdb", "results-dir", "pg", "stop-after"})
        p.addOption(QCommandLineOption(QString::fromLatin1(opt), QString(), QStringLiteral("value")));
    p.addOption(QCommandLineOption(QStringLiteral("check-generator")));
    p.process(app);
    const quint32 seed = p.isSet(QStringLiteral("seed")) ? p.value(QStringLiteral("seed")).toUInt() : 20240601u;
    if (p.isSet(QStringLiteral("check-generator")))
        return checkGenerator(seed, p.isSet(QStringLiteral("sizes")) ? p.value(QStringLiteral("sizes")).toInt() : 3);
    QList<int> sizes;
    for (const QString &s : (p.isSet(QStringLiteral("sizes")) ? p.value(QStringLiteral("sizes")) : QStringLiteral("1000,10000")).split(u','))
        sizes << s.toInt();
    const int runs = p.isSet(QStringLiteral("runs")) ? p.value(QStringLiteral("runs")).toInt() : 3;
    const int conflicts = p.isSet(QStringLiteral("conflicts")) ? p.value(QStringLiteral("conflicts")).toInt() : 100;
    const QString pg = p.value(QStringLiteral("pg"));
    g_stopAfter = p.value(QStringLiteral("stop-after"));

    QJsonObject meta{{QStringLiteral("benchmark"), QStringLiteral("sync")},
                     {QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                     {QStringLiteral("host"), hostInfo()},
                     {QStringLiteral("config"), QJsonObject{{QStringLiteral("runs"), runs},
                                                            {QStringLiteral("sizes"), QJsonArray::fromVariantList(QVariantList(sizes.begin(), sizes.end()))},
                                                            {QStringLiteral("seed"), double(seed)},
                                                            {QStringLiteral("conflicts"), conflicts},
                                                            {QStringLiteral("server_backend"), pg.isEmpty() ? QStringLiteral("sqlite") : QStringLiteral("postgres")},
                                                            {QStringLiteral("device_store"), QStringLiteral("SQLCipher, KDF profile Fast (the KDF is not part of a sync)")},
                                                            {QStringLiteral("client_limits"), QStringLiteral("SyncClient defaults: batch 5000 changes / 2 MiB, pull 4 MiB per page")},
                                                            {QStringLiteral("build"), QStringLiteral("Release")}}},
                     {QStringLiteral("method"), QJsonObject{
                          {QStringLiteral("transport"), QStringLiteral("HTTP/1.1 over 127.0.0.1, keep-alive (QNetworkAccessManager), through a counting pass-through TCP proxy (its own thread, poll(), TCP_NODELAY) in the device process, in front of brug-server")},
                          {QStringLiteral("bytes"), QStringLiteral("counted at the proxy's server-side: bytes read from the device (up) and from brug-server (down), HTTP heads + bodies as on the wire, after compression (zstd, docs/sync-protocol.md §1), without TCP/IP framing: what brug-server's sockets read and wrote")},
                          {QStringLiteral("requests"), QStringLiteral("HTTP request heads that reached brug-server during the scenario")},
                          {QStringLiteral("ms"), QStringLiteral("wall time of one SyncClient run (syncNow() to finished) in the device process, through the proxy")},
                          {QStringLiteral("rss"), QStringLiteral("peak RSS sampled every 20 ms during the scenario; device = the benchmark process (devices A, B and the caseworker's are in it)")},
                          {QStringLiteral("cpu"), QStringLiteral("user+system CPU of each process during the scenario; the proxy thread's CPU is taken out of the device's")},
                          {QStringLiteral("data"), QStringLiteral("the peer's generator ported value for value (seed 20240601): document i -> referral i (reason -> reason_family, risk factors, urgency, first language, submitted_at -> sent_at, state sent); every 10 documents share a family (family_code, origin country, languages) and a consent with the provider. So Brug moves N referrals + N/10 families + N/10 consents (1.2 N records) where PouchDB moves N documents.")}}}};

    std::vector<RunResult> results;
    const double started = nowMs();
    for (int run = 1; run <= runs; ++run) {
        for (int n : sizes) {
            const double t0 = nowMs();
            RunResult r = runOnce(n, run, seed, conflicts, pg);
            err() << "sync: run " << run << " N=" << n << ": " << (r.error.isEmpty() ? QStringLiteral("done") : r.error) << " in "
                  << fmt((nowMs() - t0) / 1000.0, 1) << " s" << (r.ok ? "" : " (with problems)") << "\n";
            err().flush();
            results.push_back(std::move(r));
        }
    }
    const std::vector<Median> med = medians(results, sizes);

    // The peer's medians, when given.
    std::map<std::pair<int, QString>, QJsonObject> pouch;
    QJsonObject pouchMeta;
    if (p.isSet(QStringLiteral("pouchdb"))) {
        QFile f(p.value(QStringLiteral("pouchdb")));
        if (f.open(QIODevice::ReadOnly)) {
            const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
            pouchMeta = doc.value(u"meta").toObject();
            for (const QJsonValue &v : doc.value(u"medians").toArray()) {
                QJsonObject o = v.toObject();
                QString name = o.value(u"scenario").toString();
                pouch[{o.value(u"n").toInt(), name}] = o;
            }
        } else {
            err() << "sync: cannot read " << f.fileName() << "\n";
        }
    }

    QJsonArray medJson, ratioJson, runsJson;
    std::vector<QStringList> rows, ratioRows;
    for (const Median &m : med) {
        medJson.append(QJsonObject{{QStringLiteral("n"), m.n}, {QStringLiteral("scenario"), m.scenario}, {QStringLiteral("runs"), m.runs},
                                   {QStringLiteral("ms"), m.ms}, {QStringLiteral("ms_min"), m.msMin}, {QStringLiteral("ms_max"), m.msMax},
                                   {QStringLiteral("requests"), m.requests}, {QStringLiteral("bytes_up"), m.bytesUp},
                                   {QStringLiteral("bytes_down"), m.bytesDown}, {QStringLiteral("connections"), m.connections},
                                   {QStringLiteral("device_rss_peak_bytes"), m.deviceRss}, {QStringLiteral("server_rss_peak_bytes"), m.serverRss},
                                   {QStringLiteral("device_cpu_ms"), m.deviceCpu}, {QStringLiteral("server_cpu_ms"), m.serverCpu}});
        rows.push_back({QString::number(m.n), m.scenario, fmtInt(m.ms), QStringLiteral("%1-%2").arg(fmtInt(m.msMin), fmtInt(m.msMax)),
                        fmtInt(m.requests), fmtInt(m.bytesUp), fmtInt(m.bytesDown), fmtInt(m.connections),
                        fmtInt(m.deviceRss / 1048576.0), fmtInt(m.serverRss / 1048576.0), fmtInt(m.deviceCpu), fmtInt(m.serverCpu)});
        // PouchDB names its conflict scenario by K; so does this benchmark.
        const auto it = pouch.find({m.n, m.scenario});
        if (it == pouch.end())
            continue;
        const QJsonObject &q = it->second;
        const double qms = q.value(u"ms").toDouble();
        const double qbytes = q.value(u"bytes_up").toDouble() + q.value(u"bytes_down").toDouble();
        const double bbytes = m.bytesUp + m.bytesDown;
        const double speedup = m.ms > 0 ? qms / m.ms : 0;
        const double byteRatio = qbytes > 0 ? bbytes / qbytes : 0;
        const bool fastEnough = speedup >= 5;
        const bool smallEnough = byteRatio <= 1.0 / 3.0;
        ratioJson.append(QJsonObject{{QStringLiteral("n"), m.n}, {QStringLiteral("scenario"), m.scenario},
                                     {QStringLiteral("pouchdb_ms"), qms}, {QStringLiteral("brug_ms"), m.ms},
                                     {QStringLiteral("time_ratio_brug_over_pouchdb"), m.ms / qms},
                                     {QStringLiteral("speedup"), speedup},
                                     {QStringLiteral("pouchdb_requests"), q.value(u"requests").toDouble()},
                                     {QStringLiteral("brug_requests"), m.requests},
                                     {QStringLiteral("pouchdb_bytes"), qbytes}, {QStringLiteral("brug_bytes"), bbytes},
                                     {QStringLiteral("bytes_ratio_brug_over_pouchdb"), byteRatio},
                                     {QStringLiteral("bytes_up_ratio"), m.bytesUp / std::max(1.0, q.value(u"bytes_up").toDouble())},
                                     {QStringLiteral("bytes_down_ratio"), m.bytesDown / std::max(1.0, q.value(u"bytes_down").toDouble())},
                                     {QStringLiteral("target_5x_faster"), fastEnough},
                                     {QStringLiteral("target_third_of_bytes"), smallEnough}});
        ratioRows.push_back({QString::number(m.n), m.scenario, fmtInt(qms), fmtInt(m.ms), fmt(m.ms / qms, 3),
                             QStringLiteral("%1x").arg(fmt(speedup, 1)),
                             QStringLiteral("%1 / %2").arg(fmtInt(q.value(u"requests").toDouble()), fmtInt(m.requests)),
                             fmtInt(qbytes), fmtInt(bbytes), fmt(byteRatio, 3),
                             (fastEnough ? QStringLiteral("yes") : QStringLiteral("**no**")) + QStringLiteral(" / ") +
                                 (smallEnough ? QStringLiteral("yes") : QStringLiteral("**no**"))});
    }
    bool allOk = true;
    for (const RunResult &r : results) {
        QJsonArray rowsJ, checksJ;
        for (const Row &row : r.rows)
            rowsJ.append(row.toJson());
        for (const Check &c : r.checks)
            checksJ.append(QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("pass"), c.pass}, {QStringLiteral("detail"), c.detail}});
        allOk = allOk && r.ok;
        runsJson.append(QJsonObject{{QStringLiteral("n"), r.n}, {QStringLiteral("run"), r.run}, {QStringLiteral("ok"), r.ok},
                                    {QStringLiteral("error"), r.error}, {QStringLiteral("dataset"), r.dataset},
                                    {QStringLiteral("scenarios"), rowsJ}, {QStringLiteral("checks"), checksJ}});
    }
    meta.insert(u"wall_seconds", (nowMs() - started) / 1000.0);
    meta.insert(u"loadavg_at_end", loadAverage());
    QJsonObject doc{{QStringLiteral("meta"), meta}, {QStringLiteral("medians"), medJson}, {QStringLiteral("runs"), runsJson}};
    if (!ratioJson.isEmpty()) {
        doc.insert(u"pouchdb_file", p.value(QStringLiteral("pouchdb")));
        doc.insert(u"pouchdb_meta", pouchMeta);
        doc.insert(u"ratios", ratioJson);
    }
    const QString resultsDir = p.value(QStringLiteral("results-dir"));
    const QString written = resultsDir.isEmpty() ? QString()
                                                 : writeResults(resultsDir, pg.isEmpty() ? QStringLiteral("sync") : QStringLiteral("sync-postgres"), doc);

    const QJsonObject ds = results.empty() ? QJsonObject() : results.back().dataset;
    out() << "\nBrug sync (" << (pg.isEmpty() ? "brug-server on SQLite" : "brug-server on PostgreSQL") << "), medians of "
          << runs << " run(s); load " << loadAverage() << "\n";
    out() << table({QStringLiteral("N"), QStringLiteral("scenario"), QStringLiteral("ms (median)"), QStringLiteral("ms min-max"),
                     QStringLiteral("requests"), QStringLiteral("bytes up"), QStringLiteral("bytes down"), QStringLiteral("new conns"),
                     QStringLiteral("device RSS MB"), QStringLiteral("server RSS MB"), QStringLiteral("device CPU ms"),
                     QStringLiteral("server CPU ms")},
                    rows);
    for (const RunResult &r : results)
        if (!r.audit.isEmpty())
            out() << "conflicts N=" << r.n << " run " << r.run << ": " << r.audit.value(u"docs_edited_both_sides").toInt()
                  << " records edited on both sides; both edits kept in " << r.audit.value(u"records_with_both_edits_device").toInt()
                  << " (device), " << r.audit.value(u"records_with_both_edits_caseworker").toInt() << " (caseworker), "
                  << r.audit.value(u"records_with_both_edits_server").toInt() << " (server); "
                  << r.audit.value(u"edits_missing_from_record").toInt() << "/" << r.audit.value(u"edits_total").toInt()
                  << " edits missing, " << r.audit.value(u"conflict_records_server").toInt() << " conflict records\n";
    if (!ratioRows.empty()) {
        out() << "\nBrug / PouchDB (medians; speed-up = PouchDB ms / Brug ms; bytes = up + down)\n";
        out() << table({QStringLiteral("N"), QStringLiteral("scenario"), QStringLiteral("PouchDB ms"), QStringLiteral("Brug ms"),
                         QStringLiteral("time ratio"), QStringLiteral("speed-up"), QStringLiteral("requests P/B"),
                         QStringLiteral("PouchDB bytes"), QStringLiteral("Brug bytes"), QStringLiteral("bytes ratio"),
                         QStringLiteral("5x / one third")},
                        ratioRows);
    }
    if (!ds.isEmpty())
        out() << "records: PouchDB doc JSON avg " << fmtInt(ds.value(u"pouch_doc_json_bytes_avg").toDouble())
              << " B; Brug referral fields JSON avg " << fmtInt(ds.value(u"brug_referral_json_bytes_avg").toDouble())
              << " B; Brug moves " << ds.value(u"records").toInt() << " records for N=" << ds.value(u"referrals").toInt() << "\n";
    for (const RunResult &r : results)
        for (const Check &c : r.checks)
            if (!c.pass)
                out() << "PROBLEM N=" << r.n << " run " << r.run << ": " << c.name << "\n";
    if (!written.isEmpty())
        out() << "results: " << written << "\n";
    out().flush();
    return allOk ? 0 : 1;
}
