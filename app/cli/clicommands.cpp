#include "clicommands.h"

#include "enroller.h"
#include "outbox.h"
#include "records.h"
#include "referralrepository.h"
#include "schema.h"
#include "serverendpoint.h"
#include "store.h"
#include "syncclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QTextStream>

namespace brug {

namespace {
const char *const kUsage =
    "usage: brug-cli --store FILE COMMAND [args]\n"
    "The passphrase comes from $BRUG_PASSPHRASE, --passphrase-file FILE or --passphrase P.\n"
    "\n"
    "  init [--fast-kdf]                 create a new store\n"
    "  enrol --server URL --code CODE [--name NAME]\n"
    "  sync [--batch-changes N] [--batch-bytes N] [--pull-bytes N]\n"
    "                                    sync once; prints a JSON summary\n"
    "  add ENTITY JSON                   create a record; prints its id\n"
    "  update ENTITY ID JSON             write fields of a record\n"
    "  get ENTITY ID                     one record as JSON\n"
    "  list ENTITY                       records of an entity, one JSON per line\n"
    "  send-referral ID                  mark a referral sent (needs its consent)\n"
    "  set-status REFERRAL STATUS [JSON] the provider's side of a referral\n"
    "  dump                              the whole store as JSON (records, outbox, position)\n"
    "  erase                             erase the store for good\n";

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

int fail(const QString &message, int code = 1)
{
    QTextStream(stderr) << "brug-cli: " << message << "\n";
    return code;
}

QString passphrase(const QCommandLineParser &p)
{
    if (p.isSet(QStringLiteral("passphrase")))
        return p.value(QStringLiteral("passphrase"));
    if (p.isSet(QStringLiteral("passphrase-file"))) {
        QFile f(p.value(QStringLiteral("passphrase-file")));
        if (f.open(QIODevice::ReadOnly))
            return QString::fromUtf8(f.readAll()).trimmed();
    }
    return qEnvironmentVariable("BRUG_PASSPHRASE");
}

QJsonObject parseObject(const QString &text, QString *error)
{
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject())
        *error = QStringLiteral("not a JSON object: %1").arg(e.errorString());
    return doc.object();
}

QJsonObject recordJson(const Record &r)
{
    return {{QStringLiteral("entity"), r.entity}, {QStringLiteral("id"), r.id},
            {QStringLiteral("fields"), r.fields}, {QStringLiteral("stamps"), r.stamps}};
}

int runSync(Store &store, const QCommandLineParser &p)
{
    SyncClient client(store);
    client.setBackoff(100, 100);
    if (p.isSet(QStringLiteral("batch-changes")) || p.isSet(QStringLiteral("batch-bytes")) ||
        p.isSet(QStringLiteral("pull-bytes")))
        client.setLimits(p.value(QStringLiteral("batch-changes")).toInt() ?: 5000,
                         p.value(QStringLiteral("batch-bytes")).toLongLong() ?: 2 << 20,
                         p.value(QStringLiteral("pull-bytes")).toLongLong() ?: 2 << 20);
    bool wipe = false;
    QObject::connect(&client, &SyncClient::wipeRequested, [&] { wipe = true; });
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&client, &SyncClient::finished, &loop, [&](bool result) {
        ok = result;
        client.cancelRetry();
        loop.quit();
    });
    client.syncNow();
    if (client.isRunning())
        loop.exec();
    const QJsonObject summary{{QStringLiteral("ok"), ok},
                              {QStringLiteral("state"), QString::fromLatin1(QMetaEnum::fromType<SyncState>().valueToKey(int(client.state())))},
                              {QStringLiteral("reason"), client.reasonCode()},
                              {QStringLiteral("pending"), double(client.pendingChanges())},
                              {QStringLiteral("cursor"), double(store.stateInt(QStringLiteral("cursor")))},
                              {QStringLiteral("wiped"), wipe}};
    out() << QJsonDocument(summary).toJson(QJsonDocument::Compact) << "\n";
    out().flush();
    if (wipe)
        return 3; // the caller erases: the store must be closed first (see run())
    return ok ? 0 : 1;
}
} // namespace

int CliCommands::run(const QStringList &args)
{
    QCommandLineParser p;
    p.addHelpOption();
    for (const char *opt : {"store", "passphrase", "passphrase-file", "server", "code", "name",
                            "batch-changes", "batch-bytes", "pull-bytes"})
        p.addOption(QCommandLineOption(QString::fromLatin1(opt), QString(), QStringLiteral("value")));
    p.addOption(QCommandLineOption(QStringLiteral("fast-kdf"), QStringLiteral("tests only: minimal Argon2id")));
    p.addPositionalArgument(QStringLiteral("command"), QString());
    if (!p.parse(args))
        return fail(p.errorText(), 2);
    const QStringList pos = p.positionalArguments();
    if (p.isSet(QStringLiteral("help")) || pos.isEmpty()) {
        out() << kUsage;
        return pos.isEmpty() ? 2 : 0;
    }
    const QString path = p.value(QStringLiteral("store"));
    if (path.isEmpty())
        return fail(QStringLiteral("--store FILE is required"), 2);
    const QString command = pos.first();
    try {
        if (command == u"init") {
            auto store = Store::create(path, passphrase(p),
                                       p.isSet(QStringLiteral("fast-kdf")) ? KeyFile::Profile::Fast
                                                                           : KeyFile::Profile::Device);
            out() << "created " << path << "\n";
            return 0;
        }
        if (command == u"erase")
            return Store::erase(path) ? 0 : fail(QStringLiteral("could not remove every file"));
        std::unique_ptr<Store> store = Store::open(path, passphrase(p));
        Records records(*store);
        if (command == u"enrol") {
            QNetworkAccessManager network;
            Enroller enroller(*store, network);
            QEventLoop loop;
            QString error;
            QObject::connect(&enroller, &Enroller::succeeded, &loop, &QEventLoop::quit);
            QObject::connect(&enroller, &Enroller::failed, &loop, [&](const QString &code, const QString &msg) {
                error = code + QStringLiteral(": ") + msg;
                loop.quit();
            });
            enroller.enrol(ServerEndpoint::fromUserInput(p.value(QStringLiteral("server"))), p.value(QStringLiteral("code")),
                           p.isSet(QStringLiteral("name")) ? p.value(QStringLiteral("name")) : QStringLiteral("brug-cli"));
            loop.exec();
            if (!error.isEmpty())
                return fail(error);
            out() << QJsonDocument(QJsonObject{{QStringLiteral("device_id"), store->identity().deviceId},
                                               {QStringLiteral("user_id"), store->identity().userId},
                                               {QStringLiteral("org_id"), store->identity().orgId},
                                               {QStringLiteral("role"), store->identity().role}})
                         .toJson(QJsonDocument::Compact)
                  << "\n";
            return 0;
        }
        if (command == u"sync") {
            const int rc = runSync(*store, p);
            if (rc == 3) {
                store.reset();
                Store::erase(path);
                QTextStream(stderr) << "brug-cli: the server ordered this device erased; the store is gone\n";
            }
            return rc;
        }
        QString error;
        if (command == u"add" && pos.size() == 3) {
            const QJsonObject fields = parseObject(pos[2], &error);
            if (!error.isEmpty())
                return fail(error, 2);
            out() << records.create(pos[1], fields) << "\n";
            return 0;
        }
        if (command == u"update" && pos.size() == 4) {
            const QJsonObject fields = parseObject(pos[3], &error);
            if (!error.isEmpty())
                return fail(error, 2);
            out() << (records.update(pos[1], pos[2], fields) ? "changed" : "unchanged") << "\n";
            return 0;
        }
        if (command == u"get" && pos.size() == 3) {
            const auto r = records.get(pos[1], pos[2]);
            if (!r)
                return fail(QStringLiteral("no %1 %2").arg(pos[1], pos[2]));
            out() << QJsonDocument(recordJson(*r)).toJson(QJsonDocument::Compact) << "\n";
            return 0;
        }
        if (command == u"list" && pos.size() == 2) {
            for (const Record &r : records.query(pos[1], QStringLiteral("1 = 1 ORDER BY id")))
                out() << QJsonDocument(recordJson(r)).toJson(QJsonDocument::Compact) << "\n";
            return 0;
        }
        if (command == u"send-referral" && pos.size() == 2) {
            ReferralRepository(*store).send(pos[1]);
            return 0;
        }
        if (command == u"set-status" && pos.size() >= 3) {
            const QJsonObject fields = pos.size() > 3 ? parseObject(pos[3], &error) : QJsonObject();
            if (!error.isEmpty())
                return fail(error, 2);
            ReferralRepository(*store).updateStatus(pos[1], pos[2], fields);
            return 0;
        }
        if (command == u"dump") {
            QJsonObject dump;
            QJsonObject entities;
            for (const EntityDef &def : Schema::entities()) {
                QJsonArray list;
                for (const Record &r : records.query(def.name, QStringLiteral("1 = 1 ORDER BY id")))
                    list.append(recordJson(r));
                entities.insert(def.name, list);
            }
            dump.insert(u"records", entities);
            dump.insert(u"outbox", double(Outbox(*store).pendingCount()));
            dump.insert(u"rejected", double(Outbox(*store).rejectedChanges().size()));
            dump.insert(u"cursor", double(store->stateInt(QStringLiteral("cursor"))));
            dump.insert(u"acked_batch", double(Outbox(*store).ackedBatch()));
            out() << QJsonDocument(dump).toJson(QJsonDocument::Indented);
            return 0;
        }
        return fail(QStringLiteral("unknown command or wrong arguments\n\n%1").arg(QLatin1StringView(kUsage)), 2);
    } catch (const StoreError &e) {
        return fail(QStringLiteral("%1: %2 %3").arg(QLatin1StringView(StoreError::kindName(e.kind())), e.message(), e.advice()));
    }
}

} // namespace brug
