#include "servercommands.h"

#include "admin.h"
#include "demodata.h"
#include "deviceregistry.h"
#include "httpserver.h"
#include "serverdatabase.h"
#include "serverrecord.h"
#include "signalwatcher.h"
#include "syncservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>
#include <cstdio>
#include <optional>

namespace brug {

namespace {
QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

int usageError(const QString &message)
{
    QTextStream(stderr) << "brug-server: " << message << "\n";
    return 2;
}

const char *const kUsage =
    "usage: brug-server COMMAND [options]\n"
    "\n"
    "Store (every command): --data DIR (SQLite, the default: ./brug-server-data)\n"
    "                       --database postgresql://user:pass@host:port/db\n"
    "\n"
    "Commands:\n"
    "  serve --listen HOST:PORT [--threads N] [--max-body BYTES] [--tls-cert PEM --tls-key PEM]\n"
    "  create-org --name NAME --kind migrant_org|provider|municipality [--city CITY]\n"
    "  create-user --org ID --name NAME --role ROLE [--languages ar,nl]\n"
    "  enrol-code --user ID [--ttl-hours 72]\n"
    "  list-devices [--org ID]\n"
    "  revoke-device --device ID\n"
    "  deactivate-user --user ID\n"
    "  add-service --provider ID --name NAME [--description TEXT] [--phone P]\n"
    "  add-contact --provider ID --name NAME [--function F] [--phone P] [--email E]\n"
    "  seed-demo [--codes-out FILE]   organisations, users, directory and enrolment codes for a demo\n"
    "  store-id                       print the identity of this store\n"
    "  dump                           every record with its fields and stamps (JSON; for tests)\n"
    "\n"
    "Add --json to print results as JSON.\n";

std::optional<ServerDatabase> openStore(const QCommandLineParser &p, QString *error)
{
    std::optional<ServerDatabase> db;
    if (p.isSet(QStringLiteral("database")))
        db = ServerDatabase::postgres(p.value(QStringLiteral("database")));
    else
        db = ServerDatabase::sqlite(p.isSet(QStringLiteral("data")) ? p.value(QStringLiteral("data"))
                                                                    : QStringLiteral("brug-server-data"));
    try {
        db->migrate();
    } catch (const std::exception &e) {
        *error = QString::fromUtf8(e.what());
        return std::nullopt;
    }
    return db;
}

void print(const QCommandLineParser &p, const QJsonObject &json, const QString &text)
{
    if (p.isSet(QStringLiteral("json")))
        out() << QJsonDocument(json).toJson(QJsonDocument::Compact) << "\n";
    else
        out() << text << "\n";
    out().flush();
}

int serve(const QCommandLineParser &p, ServerDatabase db)
{
    const QString listen = p.value(QStringLiteral("listen"));
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const int port = colon > 0 ? listen.mid(colon + 1).toInt(&portOk) : 0;
    if (colon <= 0 || !portOk || port < 0 || port > 65535)
        return usageError(QStringLiteral("--listen HOST:PORT is required, e.g. 127.0.0.1:8787"));
    HttpServer::Options options;
    if (p.isSet(QStringLiteral("threads")))
        options.threads = qBound(1, p.value(QStringLiteral("threads")).toInt(), 64);
    if (p.isSet(QStringLiteral("max-body")))
        options.maxBodyBytes = qMax<qint64>(1024, p.value(QStringLiteral("max-body")).toLongLong());
    if (p.isSet(QStringLiteral("tls-cert")) || p.isSet(QStringLiteral("tls-key"))) {
        QFile cert(p.value(QStringLiteral("tls-cert"))), key(p.value(QStringLiteral("tls-key")));
        if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
            return usageError(QStringLiteral("cannot read --tls-cert or --tls-key"));
        options.tlsCert = cert.readAll();
        options.tlsKey = key.readAll();
    }
    // WAL checkpoints run here, on the main thread, twice a second, not in the request that
    // happens to fill the WAL.
    db.setBackgroundCheckpoints(true);
    QTimer checkpoints;
    QObject::connect(&checkpoints, &QTimer::timeout, [&db] { db.checkpoint(); });
    checkpoints.start(500);
    SyncService service(db);
    HttpServer server([&service](const HttpRequest &r) { return service.handle(r); }, options);
    if (!server.listen(listen.left(colon), quint16(port)))
        return usageError(QStringLiteral("cannot listen on %1: %2").arg(listen, server.errorString()));
    out() << "brug-server: " << db.describe() << ", listening on " << listen.left(colon) << ":"
          << server.port() << (options.tlsCert.isEmpty() ? "" : " (TLS)") << "\n";
    out().flush();
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::stopRequested, qApp, &QCoreApplication::quit);
    const int rc = QCoreApplication::exec();
    server.stop();
    out() << "brug-server: stopped\n";
    return rc;
}

int runAdmin(const QString &command, const QCommandLineParser &p, const ServerDatabase &db)
{
    Admin admin(db);
    auto need = [&](const char *name) {
        const QString v = p.value(QString::fromLatin1(name));
        if (v.isEmpty())
            throw AdminError(QStringLiteral("--%1 is required").arg(QLatin1StringView(name)).toStdString());
        return v;
    };
    if (command == u"create-org") {
        QJsonObject details;
        if (p.isSet(QStringLiteral("city")))
            details.insert(u"city", p.value(QStringLiteral("city")));
        const QString id = admin.createOrganisation(need("name"), need("kind"), details);
        print(p, {{QStringLiteral("id"), id}}, id);
    } else if (command == u"create-user") {
        QStringList languages;
        if (p.isSet(QStringLiteral("languages")))
            languages = p.value(QStringLiteral("languages")).split(u',', Qt::SkipEmptyParts);
        const QString id = admin.createUser(need("org"), need("name"), need("role"), languages);
        print(p, {{QStringLiteral("id"), id}}, id);
    } else if (command == u"enrol-code") {
        const int ttl = p.isSet(QStringLiteral("ttl-hours")) ? p.value(QStringLiteral("ttl-hours")).toInt() : 72;
        const QString code = admin.issueEnrolmentCode(need("user"), ttl);
        print(p, {{QStringLiteral("code"), code}}, code);
    } else if (command == u"list-devices") {
        QJsonArray list;
        QString text;
        for (const DeviceInfo &d : DeviceRegistry(db).list(p.value(QStringLiteral("org")))) {
            list.append(QJsonObject{{QStringLiteral("id"), d.id}, {QStringLiteral("name"), d.name},
                                    {QStringLiteral("platform"), d.platform}, {QStringLiteral("user_id"), d.userId},
                                    {QStringLiteral("user"), d.userName}, {QStringLiteral("org_id"), d.orgId},
                                    {QStringLiteral("created_at"), double(d.createdAt)},
                                    {QStringLiteral("last_seen"), double(d.lastSeen)},
                                    {QStringLiteral("revoked"), d.revokedAt != 0}});
            text += QStringLiteral("%1  %2  %3  %4%5\n").arg(d.id, d.userName, d.name, d.platform,
                                                              d.revokedAt ? QStringLiteral("  (revoked)") : QString());
        }
        print(p, {{QStringLiteral("devices"), list}}, text.trimmed());
    } else if (command == u"revoke-device") {
        if (!DeviceRegistry(db).revoke(need("device"), QDateTime::currentMSecsSinceEpoch()))
            throw AdminError("no such device");
        print(p, {{QStringLiteral("revoked"), true}}, QStringLiteral("revoked"));
    } else if (command == u"deactivate-user") {
        admin.deactivateUser(need("user"));
        print(p, {{QStringLiteral("deactivated"), true}}, QStringLiteral("deactivated"));
    } else if (command == u"add-service" || command == u"add-contact") {
        QJsonObject fields{{QStringLiteral("name"), need("name")}};
        for (const char *opt : {"description", "phone", "email", "function"})
            if (p.isSet(QString::fromLatin1(opt)))
                fields.insert(QString::fromLatin1(opt), p.value(QString::fromLatin1(opt)));
        if (command == u"add-service")
            fields.remove(QStringLiteral("function")), fields.remove(QStringLiteral("email"));
        else
            fields.remove(QStringLiteral("description"));
        const QString id = admin.putDirectoryRecord(command == u"add-service" ? QStringLiteral("service")
                                                                              : QStringLiteral("contact_person"),
                                                    need("provider"), fields);
        print(p, {{QStringLiteral("id"), id}}, id);
    } else if (command == u"seed-demo") {
        const QJsonObject result = DemoData::seed(db);
        if (p.isSet(QStringLiteral("codes-out"))) {
            QFile f(p.value(QStringLiteral("codes-out")));
            if (!f.open(QIODevice::WriteOnly))
                throw AdminError("cannot write --codes-out");
            f.write(QJsonDocument(result).toJson());
        }
        print(p, result, QString::fromUtf8(QJsonDocument(result).toJson()));
    } else if (command == u"dump") {
        QJsonArray records;
        QSqlQuery q = db.exec(QStringLiteral("SELECT entity, id, org_id, audience, body FROM records ORDER BY entity, id"));
        while (q.next()) {
            ServerRecord r;
            r.parseBody(q.value(4).toByteArray());
            QJsonObject fields;
            for (auto it = r.fields.begin(); it != r.fields.end(); ++it)
                fields.insert(it.key(), QJsonObject{{QStringLiteral("v"), it->value()}, {QStringLiteral("s"), it->stamp}});
            records.append(QJsonObject{{QStringLiteral("entity"), q.value(0).toString()},
                                       {QStringLiteral("id"), q.value(1).toString()},
                                       {QStringLiteral("org_id"), q.value(2).toString()},
                                       {QStringLiteral("audience"), q.value(3).toString()},
                                       {QStringLiteral("fields"), fields}});
        }
        out() << QJsonDocument(QJsonObject{{QStringLiteral("records"), records}}).toJson(QJsonDocument::Compact) << "\n";
        out().flush();
    } else if (command == u"store-id") {
        const QString id = db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'store_id'")).toString();
        print(p, {{QStringLiteral("store_id"), id}}, id);
    } else {
        return usageError(QStringLiteral("unknown command '%1'\n\n%2").arg(command, QLatin1StringView(kUsage)));
    }
    return 0;
}
} // namespace

int ServerCommands::run(const QStringList &args)
{
    QCommandLineParser p;
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(QStringLiteral("command"), QStringLiteral("serve, create-org, ..."));
    for (const char *opt : {"data", "database", "listen", "threads", "max-body", "tls-cert", "tls-key",
                            "name", "kind", "city", "org", "role", "languages", "user", "ttl-hours",
                            "device", "provider", "description", "phone", "email", "function",
                            "codes-out"})
        p.addOption(QCommandLineOption(QString::fromLatin1(opt), QString(), QStringLiteral("value")));
    p.addOption(QCommandLineOption(QStringLiteral("json"), QStringLiteral("print JSON")));
    if (!p.parse(args))
        return usageError(p.errorText());
    if (p.isSet(QStringLiteral("help")) || p.positionalArguments().isEmpty()) {
        out() << kUsage;
        return p.positionalArguments().isEmpty() && !p.isSet(QStringLiteral("help")) ? 2 : 0;
    }
    if (p.isSet(QStringLiteral("version"))) {
        out() << "brug-server " << QCoreApplication::applicationVersion() << "\n";
        return 0;
    }
    QString error;
    const std::optional<ServerDatabase> db = openStore(p, &error);
    if (!db)
        return usageError(error), 1;
    const QString command = p.positionalArguments().first();
    try {
        if (command == u"serve")
            return serve(p, *db);
        return runAdmin(command, p, *db);
    } catch (const std::exception &e) {
        QTextStream(stderr) << "brug-server: " << e.what() << "\n";
        return 1;
    }
}

} // namespace brug
