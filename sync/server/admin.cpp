#include "admin.h"

#include "catalogue.h"
#include "deviceregistry.h"
#include "ids.h"
#include "recordtable.h"
#include "serverdatabase.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>

namespace brug {

namespace {
constexpr char kCrockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kMaxFailures = 10;
constexpr qint64 kFailureWindowMs = 10 * 60 * 1000;

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

[[noreturn]] void fail(const QString &message)
{
    throw AdminError(message.toStdString());
}
} // namespace

Admin::Admin(const ServerDatabase &db) : m_db(db) {}

QString Admin::normaliseCode(const QString &typed)
{
    QString out;
    for (QChar c : typed.toUpper()) {
        if (c == u'-' || c.isSpace())
            continue;
        if (c == u'O')
            c = u'0';
        else if (c == u'I' || c == u'L')
            c = u'1';
        out.append(c);
    }
    return out;
}

QString Admin::createOrganisation(const QString &name, const QString &kind, const QJsonObject &details,
                                  const QString &requestedId)
{
    if (name.trimmed().isEmpty() || name.size() > 120)
        fail(QStringLiteral("an organisation needs a name of 1 to 120 characters"));
    if (!Catalogue::contains(u"org_kind", kind))
        fail(QStringLiteral("kind must be migrant_org, provider or municipality"));
    const QString id = requestedId.isEmpty() ? Ids::newId() : requestedId;
    WriteTransaction tx(m_db);
    m_db.exec(QStringLiteral("INSERT INTO orgs (id, kind, name) VALUES (?, ?, ?)"), {id, kind, name});
    RecordTable table(m_db);
    table.beginSequence();
    QJsonObject fields = details;
    fields.insert(QStringLiteral("name"), name);
    fields.insert(QStringLiteral("kind"), kind);
    table.writeAsServer(QStringLiteral("organisation"), id, id, QStringLiteral("public"), fields);
    table.finishSequence();
    tx.commit();
    return id;
}

QString Admin::createUser(const QString &orgId, const QString &displayName, const QString &role,
                          const QStringList &languages, const QString &requestedId)
{
    if (displayName.trimmed().isEmpty() || displayName.size() > 80)
        fail(QStringLiteral("a user needs a display name of 1 to 80 characters"));
    if (!Catalogue::contains(u"role", role))
        fail(QStringLiteral("role must be intermediary, contact_woman, coordinator, caseworker or manager"));
    const QString kind = m_db.scalar(QStringLiteral("SELECT kind FROM orgs WHERE id = ?"), {orgId}).toString();
    if (kind.isEmpty())
        fail(QStringLiteral("no organisation %1").arg(orgId));
    const bool providerRole = role == u"caseworker" || role == u"manager";
    if (providerRole != (kind == u"provider"))
        fail(QStringLiteral("role %1 does not fit an organisation of kind %2").arg(role, kind));
    const QString id = requestedId.isEmpty() ? Ids::newId() : requestedId;
    WriteTransaction tx(m_db);
    m_db.exec(QStringLiteral("INSERT INTO accounts (user_id, org_id, role, name, active) VALUES (?,?,?,?,1)"),
              {id, orgId, role, displayName});
    RecordTable table(m_db);
    table.beginSequence();
    table.writeAsServer(QStringLiteral("user"), id, orgId, QStringLiteral("public"),
                        {{QStringLiteral("org_id"), orgId},
                         {QStringLiteral("display_name"), displayName},
                         {QStringLiteral("role"), role},
                         {QStringLiteral("active"), true},
                         {QStringLiteral("languages"), QJsonArray::fromStringList(languages)}});
    table.finishSequence();
    tx.commit();
    return id;
}

QString Admin::issueEnrolmentCode(const QString &userId, int ttlHours)
{
    const QVariant active = m_db.scalar(QStringLiteral("SELECT active FROM accounts WHERE user_id = ?"), {userId});
    if (!active.isValid())
        fail(QStringLiteral("no user %1").arg(userId));
    if (active.toInt() == 0)
        fail(QStringLiteral("user %1 is deactivated").arg(userId));
    if (ttlHours < 1 || ttlHours > 24 * 30)
        fail(QStringLiteral("a code lives 1 hour to 30 days"));
    QString raw;
    for (int i = 0; i < 12; ++i)
        raw.append(QLatin1Char(kCrockford[QRandomGenerator::system()->bounded(32)]));
    const qint64 t = now();
    m_db.exec(QStringLiteral("INSERT INTO enrol_codes (code_hash, user_id, created_at, expires_at) VALUES (?,?,?,?)"),
              {DeviceRegistry::hashSecret(raw.toLatin1()), userId, t, t + qint64(ttlHours) * 3600 * 1000});
    return raw.mid(0, 4) + u'-' + raw.mid(4, 4) + u'-' + raw.mid(8, 4);
}

void Admin::deactivateUser(const QString &userId)
{
    const QString orgId = m_db.scalar(QStringLiteral("SELECT org_id FROM accounts WHERE user_id = ?"), {userId}).toString();
    if (orgId.isEmpty())
        fail(QStringLiteral("no user %1").arg(userId));
    WriteTransaction tx(m_db);
    m_db.exec(QStringLiteral("UPDATE accounts SET active = 0 WHERE user_id = ?"), {userId});
    RecordTable table(m_db);
    table.beginSequence();
    table.writeAsServer(QStringLiteral("user"), userId, orgId, QStringLiteral("public"),
                        {{QStringLiteral("active"), false}});
    table.finishSequence();
    tx.commit();
}

QString Admin::putDirectoryRecord(const QString &entity, const QString &providerId, const QJsonObject &fields,
                                  const QString &requestedId)
{
    if (entity != u"service" && entity != u"contact_person")
        fail(QStringLiteral("directory records are services and contact persons"));
    if (m_db.scalar(QStringLiteral("SELECT kind FROM orgs WHERE id = ?"), {providerId}).toString() != u"provider")
        fail(QStringLiteral("no provider %1").arg(providerId));
    const QString id = requestedId.isEmpty() ? Ids::newId() : requestedId;
    QJsonObject all = fields;
    all.insert(QStringLiteral("provider_id"), providerId);
    WriteTransaction tx(m_db);
    RecordTable table(m_db);
    table.beginSequence();
    table.writeAsServer(entity, id, providerId, QStringLiteral("public"), all);
    table.finishSequence();
    tx.commit();
    return id;
}

std::variant<EnrolResponse, ProtocolError> Admin::enrol(const EnrolRequest &request, const QString &peer)
{
    const qint64 t = now();
    const int failures = m_db.scalar(QStringLiteral("SELECT count(*) FROM enrol_failures WHERE peer = ? AND at > ?"),
                                     {peer, t - kFailureWindowMs}).toInt();
    if (failures >= kMaxFailures)
        return ProtocolError{429, QStringLiteral("too_many_attempts"),
                             QStringLiteral("too many failed enrolments from this address; wait 10 minutes"), {}};
    const QString hash = DeviceRegistry::hashSecret(normaliseCode(request.code).toLatin1());
    WriteTransaction tx(m_db);
    QSqlQuery q = m_db.exec(QStringLiteral(
        "SELECT c.user_id, c.expires_at, c.used_at, a.org_id, a.role, a.name, a.active, o.name, o.kind "
        "FROM enrol_codes c JOIN accounts a ON a.user_id = c.user_id JOIN orgs o ON o.id = a.org_id "
        "WHERE c.code_hash = ?"),
        {hash});
    if (!q.next() || !q.value(2).isNull() || q.value(1).toLongLong() < t || q.value(6).toInt() == 0) {
        q.finish();
        m_db.exec(QStringLiteral("INSERT INTO enrol_failures (peer, at) VALUES (?, ?)"), {peer, t});
        m_db.exec(QStringLiteral("DELETE FROM enrol_failures WHERE at < ?"), {t - kFailureWindowMs});
        tx.commit();
        return ProtocolError{403, QStringLiteral("enrolment_code_invalid"),
                             QStringLiteral("this enrolment code is unknown, used or expired; ask your coordinator for a new one"), {}};
    }
    EnrolResponse e;
    e.userId = q.value(0).toString();
    e.orgId = q.value(3).toString();
    e.role = q.value(4).toString();
    e.userName = q.value(5).toString();
    e.orgName = q.value(7).toString();
    e.orgKind = q.value(8).toString();
    q.finish();
    e.deviceId = Ids::newId();
    e.token = QString::fromLatin1(DeviceRegistry::newToken());
    e.node = QStringLiteral("%1").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
    e.storeId = m_db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'store_id'")).toString();
    e.serverTime = t;
    m_db.exec(QStringLiteral("INSERT INTO devices (id, user_id, org_id, name, platform, token_hash, node, created_at) "
                             "VALUES (?,?,?,?,?,?,?,?)"),
              {e.deviceId, e.userId, e.orgId, request.deviceName, request.platform,
               DeviceRegistry::hashSecret(e.token.toLatin1()), e.node, t});
    m_db.exec(QStringLiteral("UPDATE enrol_codes SET used_at = ?, device_id = ? WHERE code_hash = ?"),
              {t, e.deviceId, hash});
    tx.commit();
    return e;
}

} // namespace brug
