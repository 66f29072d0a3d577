// What a pull costs the server when it holds many organisations (PullBuilder on a real store,
// in process: the queries and the changes' text, not the wire).
//
//   brug_bench_pull [--orgs 10] [--records 5000] [--runs 5] [--pg URL] [--results-dir DIR]
//
// Two stores: one organisation alone, and the same organisation among --orgs, each writing as
// much, at the same time. The organisation has --records records (a third of them referrals, half
// of those granted to a provider with a message each). On each store, medians of --runs:
//   org_first      an intermediary's device pulls everything (pages of 2 MiB, as devices ask)
//   org_next       then one new record of its own, among one of every other organisation
//   provider_first a caseworker's device pulls what its grants allow
//   provider_next  then one new message on a granted referral, among the others' records
// The result is each scenario's time on the shared store over its time alone: 1.0 is a server
// whose pulls do not grow with other organisations' data.

#include "benchutil.h"
#include "devicecontext.h"
#include "pullbuilder.h"
#include "recordtable.h"
#include "serverdatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QUrl>
#include <map>
#include <optional>

using namespace brug;
using namespace brug::bench;

namespace {

const QString kProvider = QStringLiteral("provider-1");

QString orgId(int i)
{
    return QStringLiteral("org-%1").arg(i);
}

DeviceContext device(const QString &org, const QString &role)
{
    DeviceContext d;
    d.deviceId = QStringLiteral("device-") + org;
    d.userId = QStringLiteral("user-") + org;
    d.orgId = org;
    d.role = role;
    d.node = QStringLiteral("0000000000000000");
    return d;
}

/// A store with `orgs` organisations writing in turn, `records` records each; org-0's referrals
/// are half granted to the provider, each of those with a message.
class Store
{
public:
    Store(ServerDatabase db, int orgs, int records) : m_db(std::move(db)), m_orgs(orgs)
    {
        m_db.migrate();
        m_db.exec(QStringLiteral("INSERT INTO orgs (id, kind, name) VALUES (?, 'provider', 'Provider')"), {kProvider});
        for (int o = 0; o < orgs; ++o)
            m_db.exec(QStringLiteral("INSERT INTO orgs (id, kind, name) VALUES (?, 'migrant_org', ?)"), {orgId(o), orgId(o)});
        const QString note = QString(600, u'x');
        constexpr int kPerTransaction = 2000;
        for (int start = 0; start < records; start += kPerTransaction) {
            RecordTable table(m_db);
            WriteTransaction tx(m_db);
            table.beginSequence();
            for (int i = start; i < std::min(records, start + kPerTransaction); ++i)
                for (int o = 0; o < orgs; ++o)
                    writeOne(table, o, i, note);
            table.finishSequence();
            tx.commit();
        }
        // A server in use has statistics on PostgreSQL (autovacuum analyses tables of this size
        // within a minute); without them its plans for a fresh store are guesses. SQLite's
        // planner runs without statistics in brug-server, and so here.
        if (m_db.backend() == ServerDatabase::Backend::Postgres)
            m_db.exec(QStringLiteral("ANALYZE"));
    }

    /// One more record of each organisation; org-0's is a message on a granted referral.
    void writeRound()
    {
        RecordTable table(m_db);
        WriteTransaction tx(m_db);
        table.beginSequence();
        const int i = ++m_rounds;
        for (int o = 0; o < m_orgs; ++o) {
            const QString id = QStringLiteral("o%1-later-%2").arg(o).arg(i);
            if (o == 0)
                table.writeAsServer(QStringLiteral("message"), id, orgId(o), QStringLiteral("org"),
                                    {{QStringLiteral("referral_id"), m_granted.at(size_t(i) % m_granted.size())},
                                     {QStringLiteral("text"), QStringLiteral("later")}});
            else
                table.writeAsServer(QStringLiteral("visit"), id, orgId(o), QStringLiteral("org"),
                                    {{QStringLiteral("note"), QStringLiteral("later")}});
        }
        table.finishSequence();
        tx.commit();
    }

    /// Every page from `cursor`; returns the changes received, `*cursor` moved to the end.
    int pullAll(const DeviceContext &d, qint64 *cursor, int *pages)
    {
        RecordTable table(m_db);
        PullBuilder builder(m_db, table);
        const qint64 since = *cursor;
        int changes = 0;
        *pages = 0;
        for (;;) {
            const PullPage p = builder.build(d, *cursor, since, 2 * 1024 * 1024);
            changes += int(p.changes.size());
            ++*pages;
            *cursor = p.cursor;
            if (!p.more)
                return changes;
        }
    }

    [[nodiscard]] qint64 storedSeq() const { return RecordTable(m_db).storedSeq(); }

private:
    void writeOne(RecordTable &table, int o, int i, const QString &note)
    {
        const QString id = QStringLiteral("o%1-r%2").arg(o).arg(i);
        const QString family = QStringLiteral("o%1-f%2").arg(o).arg(i / 10);
        if (i % 3 != 0) {
            table.writeAsServer(QStringLiteral("visit"), id, orgId(o), QStringLiteral("org"),
                                {{QStringLiteral("family_id"), family}, {QStringLiteral("note"), note}});
            return;
        }
        table.writeAsServer(QStringLiteral("referral"), id, orgId(o), QStringLiteral("org"),
                            {{QStringLiteral("family_id"), family}, {QStringLiteral("reason_family"), note}});
        if (o != 0 || i % 2 != 0)
            return;
        m_db.run(QStringLiteral("INSERT INTO grants (provider_id, entity, id, family_id, mask) VALUES (?, 'referral', ?, ?, '*')"),
                 {kProvider, id, family});
        m_granted.push_back(id);
        table.writeAsServer(QStringLiteral("message"), id + QStringLiteral("-m"), orgId(o), QStringLiteral("org"),
                            {{QStringLiteral("referral_id"), id}, {QStringLiteral("text"), note.left(100)}});
    }

    ServerDatabase m_db;
    int m_orgs;
    int m_rounds = 0;
    std::vector<QString> m_granted;
};

struct Measure
{
    std::vector<double> ms;
    int changes = 0;
    int pages = 0;
};

/// The four scenarios on one store, `runs` times each.
std::map<QString, Measure> measure(Store &store, int runs)
{
    std::map<QString, Measure> m;
    const DeviceContext org = device(orgId(0), QStringLiteral("intermediary"));
    const DeviceContext provider = device(kProvider, QStringLiteral("caseworker"));
    auto time = [&](const QString &name, const DeviceContext &d, qint64 *cursor) {
        Measure &x = m[name];
        const double t0 = nowMs();
        x.changes = store.pullAll(d, cursor, &x.pages);
        x.ms.push_back(nowMs() - t0);
    };
    qint64 orgCursor = 0, providerCursor = 0;
    for (int run = 0; run < runs; ++run) {
        qint64 first = 0;
        time(QStringLiteral("org_first"), org, &first);
        first = 0;
        time(QStringLiteral("provider_first"), provider, &first);
        orgCursor = providerCursor = store.storedSeq();
        store.writeRound();
        time(QStringLiteral("org_next"), org, &orgCursor);
        time(QStringLiteral("provider_next"), provider, &providerCursor);
    }
    return m;
}

/// A new, empty PostgreSQL database named `name` on the server of `url`.
ServerDatabase postgresDatabase(const QString &url, const QString &name)
{
    const ServerDatabase admin = ServerDatabase::postgres(url);
    if (admin.scalar(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = ?"), {name}).toInt() > 0)
        admin.exec(QStringLiteral("DROP DATABASE %1").arg(name));
    admin.exec(QStringLiteral("CREATE DATABASE %1").arg(name));
    QUrl u(url);
    u.setPath(QLatin1Char('/') + name);
    return ServerDatabase::postgres(u.toString());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    for (const char *opt : {"orgs", "records", "runs", "pg", "results-dir"})
        p.addOption(QCommandLineOption(QString::fromLatin1(opt), QString(), QStringLiteral("value")));
    p.process(app);
    const int orgs = p.isSet(QStringLiteral("orgs")) ? p.value(QStringLiteral("orgs")).toInt() : 10;
    const int records = p.isSet(QStringLiteral("records")) ? p.value(QStringLiteral("records")).toInt() : 5000;
    const int runs = p.isSet(QStringLiteral("runs")) ? p.value(QStringLiteral("runs")).toInt() : 5;
    const QString pg = p.value(QStringLiteral("pg"));
    const QString resultsDir = p.isSet(QStringLiteral("results-dir")) ? p.value(QStringLiteral("results-dir"))
                                                                      : QStringLiteral("tests/bench/results");
    QTemporaryDir dir;
    auto makeStore = [&](const QString &name, int n) {
        const double t0 = nowMs();
        std::optional<Store> s;
        if (pg.isEmpty()) {
            QDir(dir.path()).mkpath(name);
            s.emplace(ServerDatabase::sqlite(dir.filePath(name)), n, records);
        } else {
            s.emplace(postgresDatabase(pg, QStringLiteral("brug_bench_pull_") + name), n, records);
        }
        err() << "pull: store '" << name << "' (" << n << " organisations x " << records << " records) in "
              << fmt((nowMs() - t0) / 1000.0) << " s\n";
        err().flush();
        return s;
    };

    std::optional<Store> alone = makeStore(QStringLiteral("alone"), 1);
    const std::map<QString, Measure> a = measure(*alone, runs);
    alone.reset();
    std::optional<Store> shared = makeStore(QStringLiteral("shared"), orgs);
    const std::map<QString, Measure> s = measure(*shared, runs);
    shared.reset();

    std::vector<QStringList> rows;
    QJsonArray scenarios;
    for (const char *name : {"org_first", "org_next", "provider_first", "provider_next"}) {
        const QString key = QString::fromLatin1(name);
        const Measure &x = a.at(key), &y = s.at(key);
        const double ma = median(x.ms), ms = median(y.ms);
        rows.push_back({key, QString::number(x.changes), QString::number(x.pages), fmt(ma, 2), fmt(ms, 2), fmt(ms / ma, 2)});
        scenarios.append(QJsonObject{{QStringLiteral("scenario"), key},
                                     {QStringLiteral("changes"), x.changes},
                                     {QStringLiteral("changes_shared"), y.changes},
                                     {QStringLiteral("pages"), x.pages},
                                     {QStringLiteral("ms_alone"), summary(x.ms)},
                                     {QStringLiteral("ms_shared"), summary(y.ms)},
                                     {QStringLiteral("shared_over_alone"), ms / ma}});
        if (x.changes != y.changes)
            err() << "pull: " << key << " received " << x.changes << " changes alone and " << y.changes << " shared\n";
    }
    out() << "Pull on a server of one organisation, and of " << orgs << " (" << records << " records each, "
          << (pg.isEmpty() ? "SQLite" : "PostgreSQL") << "), median of " << runs << " runs, load " << loadAverage() << "\n\n"
          << table({QStringLiteral("scenario"), QStringLiteral("changes"), QStringLiteral("pages"), QStringLiteral("ms alone"),
                    QStringLiteral("ms among ") + QString::number(orgs), QStringLiteral("ratio")},
                   rows, 1);
    const QJsonObject doc{{QStringLiteral("benchmark"), QStringLiteral("pull")},
                          {QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                          {QStringLiteral("host"), hostInfo()},
                          {QStringLiteral("config"), QJsonObject{{QStringLiteral("orgs"), orgs},
                                                                 {QStringLiteral("records"), records},
                                                                 {QStringLiteral("runs"), runs},
                                                                 {QStringLiteral("backend"), pg.isEmpty() ? QStringLiteral("sqlite") : QStringLiteral("postgres")}}},
                          {QStringLiteral("scenarios"), scenarios}};
    out() << "results: " << writeResults(resultsDir, pg.isEmpty() ? QStringLiteral("pull") : QStringLiteral("pull-postgres"), doc) << "\n";
    return 0;
}
