#include "syncmessages.h"

#include "hlc.h"
#include "ids.h"
#include "jsonreader.h"
#include "jsontext.h"
#include "wirechange.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace brug {

namespace {
constexpr qint64 kMaxSeq = 9007199254740991LL; // 2^53 - 1: exact in every JSON reader

bool isValidBatchKey(QStringView key)
{
    if (key.isEmpty() || key.size() > 64)
        return false;
    for (QChar c : key)
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
              c == u'.' || c == u'_' || c == u':' || c == u'-'))
            return false;
    return true;
}

void checkProtocol(JsonReader &r, std::optional<ProtocolError> *error)
{
    const qint64 v = r.integer(QStringLiteral("protocol"), true, 0, kMaxSeq);
    if (r.ok() && v != kProtocolVersion)
        *error = ProtocolError{400, QStringLiteral("protocol_mismatch"),
                               QStringLiteral("this server speaks protocol %1").arg(kProtocolVersion),
                               QStringLiteral("protocol")};
}
} // namespace

QByteArray SyncRequest::toJsonText() const
{
    // Members in sorted order, as QJsonDocument would write them.
    QByteArray out;
    out.reserve(256 + qsizetype(changes.size()) * 1024);
    out += "{\"acked_batch\":" + QByteArray::number(ackedBatch);
    if (hasBatch) {
        out += ",\"batch\":{\"changes\":[";
        appendChanges(out, changes);
        out += ']';
        if (!batchKey.isEmpty()) {
            out += ",\"key\":";
            JsonText::appendString(out, batchKey);
        }
        out += ",\"seq\":" + QByteArray::number(batchSeq) + '}';
    }
    out += ",\"cursor\":" + QByteArray::number(cursor);
    out += ",\"max_bytes\":" + QByteArray::number(maxBytes);
    out += ",\"outbox_remaining\":" + QByteArray::number(outboxRemaining);
    out += ",\"protocol\":" + QByteArray::number(kProtocolVersion);
    out += pull ? ",\"pull\":true" : ",\"pull\":false";
    if (since >= 0 && since < cursor)
        out += ",\"since\":" + QByteArray::number(since);
    out += ",\"store_id\":";
    JsonText::appendStringOrNull(out, storeId);
    out += '}';
    return out;
}

void SyncRequest::appendChanges(QByteArray &out, const std::vector<RecordChange> &changes)
{
    for (size_t i = 0; i < changes.size(); ++i) {
        if (i)
            out += ',';
        WireChange::appendJson(out, changes[i], WireChange::Direction::Push);
    }
}

std::pair<QByteArray, QByteArray> SyncRequest::jsonTextAroundChanges() const
{
    SyncRequest envelope = *this;
    envelope.hasBatch = true;
    envelope.changes.clear();
    const QByteArray text = envelope.toJsonText();
    // "acked_batch" is the only member before "batch", so this is the batch's own "changes".
    static const QByteArray open = "\"batch\":{\"changes\":[";
    const qsizetype at = text.indexOf(open) + open.size();
    return {text.left(at), text.mid(at)};
}

QJsonObject SyncRequest::toJson() const
{
    return QJsonDocument::fromJson(toJsonText()).object();
}

SyncRequest SyncRequest::fromJson(const QJsonObject &json, std::optional<ProtocolError> *error)
{
    JsonReader r(json, QString(), error);
    SyncRequest q;
    checkProtocol(r, error);
    const bool hasStore = json.contains(u"store_id") && !json.value(u"store_id").isNull();
    q.storeId = hasStore ? r.string(QStringLiteral("store_id")) : (r.string(QStringLiteral("store_id"), false), QString());
    q.cursor = r.integer(QStringLiteral("cursor"), true, 0, kMaxSeq);
    q.since = r.integer(QStringLiteral("since"), false, 0, kMaxSeq, -1);
    q.ackedBatch = r.integer(QStringLiteral("acked_batch"), true, 0, kMaxSeq);
    q.outboxRemaining = r.integer(QStringLiteral("outbox_remaining"), false, 0, kMaxSeq);
    q.pull = r.boolean(QStringLiteral("pull"), false, true);
    q.maxBytes = r.integer(QStringLiteral("max_bytes"), false, 16 * 1024, 8 * 1024 * 1024, 1 << 20);
    const QJsonObject batch = r.object(QStringLiteral("batch"), false);
    q.hasBatch = json.contains(u"batch") && !json.value(u"batch").isNull();
    r.noOthers();
    if (!r.ok())
        return {};
    if (hasStore && !Ids::isValid(q.storeId)) {
        r.fail(QStringLiteral("invalid_value"), QStringLiteral("not a store id"), QStringLiteral("store_id"));
        return {};
    }
    if (q.since > q.cursor) {
        r.fail(QStringLiteral("invalid_value"), QStringLiteral("since must not be above cursor"), QStringLiteral("since"));
        return {};
    }
    if (q.since < 0)
        q.since = q.cursor;
    if (q.hasBatch) {
        JsonReader b(batch, QStringLiteral("batch"), error);
        q.batchSeq = b.integer(QStringLiteral("seq"), true, 1, kMaxSeq);
        q.batchKey = b.string(QStringLiteral("key"), false);
        const QJsonArray changes = b.array(QStringLiteral("changes"));
        b.noOthers();
        if (b.ok() && b.has(QStringLiteral("key")) && !isValidBatchKey(q.batchKey))
            b.fail(QStringLiteral("invalid_value"), QStringLiteral("1 to 64 of A-Z a-z 0-9 . _ : -"), QStringLiteral("key"));
        if (!b.ok())
            return {};
        if (changes.size() > kMaxBatchChanges) {
            *error = ProtocolError{413, QStringLiteral("body_too_large"),
                                   QStringLiteral("batch.changes: at most %1 changes").arg(kMaxBatchChanges),
                                   QStringLiteral("batch.changes")};
            return {};
        }
        q.changes.reserve(size_t(changes.size()));
        for (qsizetype i = 0; i < changes.size(); ++i) {
            const QString path = QStringLiteral("batch.changes[%1]").arg(i);
            if (!changes[i].isObject()) {
                *error = ProtocolError{400, QStringLiteral("wrong_type"), path + QStringLiteral(": expected an object"), path};
                return {};
            }
            q.changes.push_back(WireChange::decode(changes[i].toObject(), path, WireChange::Direction::Push, error));
            if (error->has_value())
                return {};
        }
    }
    return q;
}

QByteArray SyncResponse::toJsonText() const
{
    // Members in sorted order, as QJsonDocument would write them.
    QByteArray out;
    qsizetype size = 256 + qsizetype(changes.size()) * 1024;
    for (const QByteArray &c : encodedChanges)
        size += c.size() + 1;
    out.reserve(size);
    out += '{';
    if (hasAck) {
        out += "\"ack\":{\"applied\":" + QByteArray::number(applied);
        out += ",\"batch\":" + QByteArray::number(ackBatch);
        if (!ackKey.isEmpty()) {
            out += ",\"key\":";
            JsonText::appendString(out, ackKey);
        }
        out += ",\"rejected\":[";
        for (size_t i = 0; i < rejected.size(); ++i) {
            const Rejection &x = rejected[i];
            if (i)
                out += ',';
            out += "{\"code\":";
            JsonText::appendString(out, x.code);
            if (!x.field.isEmpty()) {
                out += ",\"field\":";
                JsonText::appendString(out, x.field);
            }
            out += ",\"i\":" + QByteArray::number(x.index);
            out += ",\"message\":";
            JsonText::appendString(out, x.message);
            out += '}';
        }
        out += replay ? "],\"replay\":true}," : "],\"replay\":false},";
    }
    out += "\"action\":";
    JsonText::appendStringOrNull(out, action);
    out += ",\"changes\":[";
    for (size_t i = 0; i < changes.size(); ++i) {
        if (i)
            out += ',';
        WireChange::appendJson(out, changes[i], WireChange::Direction::Pull);
    }
    for (size_t i = 0; i < encodedChanges.size(); ++i) {
        if (i || !changes.empty())
            out += ',';
        out += encodedChanges[i];
    }
    out += "],\"cursor\":" + QByteArray::number(cursor);
    out += more ? ",\"more\":true" : ",\"more\":false";
    out += ",\"protocol\":" + QByteArray::number(kProtocolVersion);
    out += ",\"server_time\":" + QByteArray::number(serverTime);
    out += ",\"store_id\":";
    JsonText::appendString(out, storeId);
    out += '}';
    return out;
}

QJsonObject SyncResponse::toJson() const
{
    return QJsonDocument::fromJson(toJsonText()).object();
}

SyncResponse SyncResponse::fromJson(const QJsonObject &json, std::optional<ProtocolError> *error)
{
    JsonReader r(json, QString(), error);
    SyncResponse s;
    checkProtocol(r, error);
    s.storeId = r.string(QStringLiteral("store_id"));
    s.serverTime = r.integer(QStringLiteral("server_time"), true, 0, kMaxSeq);
    const QJsonArray changes = r.array(QStringLiteral("changes"));
    s.cursor = r.integer(QStringLiteral("cursor"), true, 0, kMaxSeq);
    s.more = r.boolean(QStringLiteral("more"), true);
    s.action = r.string(QStringLiteral("action"), false);
    const QJsonObject ack = r.object(QStringLiteral("ack"), false);
    s.hasAck = json.contains(u"ack");
    r.noOthers();
    if (!r.ok())
        return {};
    if (s.hasAck) {
        JsonReader a(ack, QStringLiteral("ack"), error);
        s.ackBatch = a.integer(QStringLiteral("batch"), true, 0, kMaxSeq);
        s.ackKey = a.string(QStringLiteral("key"), false);
        s.applied = int(a.integer(QStringLiteral("applied"), true, 0, kMaxSeq));
        s.replay = a.boolean(QStringLiteral("replay"), true);
        const QJsonArray rejected = a.array(QStringLiteral("rejected"));
        a.noOthers();
        for (const QJsonValue &v : rejected) {
            const QJsonObject e = v.toObject();
            s.rejected.push_back({e.value(u"i").toInt(), e.value(u"code").toString(),
                                  e.value(u"field").toString(), e.value(u"message").toString()});
        }
        if (!a.ok())
            return {};
    }
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QString path = QStringLiteral("changes[%1]").arg(i);
        s.changes.push_back(WireChange::decode(changes[i].toObject(), path, WireChange::Direction::Pull, error));
        if (error->has_value())
            return {};
    }
    return s;
}

QJsonObject EnrolRequest::toJson() const
{
    return {{QStringLiteral("protocol"), kProtocolVersion},
            {QStringLiteral("code"), code},
            {QStringLiteral("device_name"), deviceName},
            {QStringLiteral("platform"), platform}};
}

EnrolRequest EnrolRequest::fromJson(const QJsonObject &json, std::optional<ProtocolError> *error)
{
    JsonReader r(json, QString(), error);
    EnrolRequest e;
    checkProtocol(r, error);
    e.code = r.string(QStringLiteral("code"));
    e.deviceName = r.string(QStringLiteral("device_name"));
    e.platform = r.string(QStringLiteral("platform"));
    r.noOthers();
    if (!r.ok())
        return {};
    if (e.code.size() > 40)
        r.fail(QStringLiteral("invalid_value"), QStringLiteral("too long"), QStringLiteral("code"));
    else if (e.deviceName.trimmed().isEmpty() || e.deviceName.size() > 80)
        r.fail(QStringLiteral("invalid_value"), QStringLiteral("1 to 80 characters"), QStringLiteral("device_name"));
    else if (e.platform.trimmed().isEmpty() || e.platform.size() > 40)
        r.fail(QStringLiteral("invalid_value"), QStringLiteral("1 to 40 characters"), QStringLiteral("platform"));
    return r.ok() ? e : EnrolRequest{};
}

QJsonObject EnrolResponse::toJson() const
{
    return {{QStringLiteral("protocol"), kProtocolVersion},
            {QStringLiteral("device_id"), deviceId},
            {QStringLiteral("token"), token},
            {QStringLiteral("node"), node},
            {QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), userId},
                                                 {QStringLiteral("display_name"), userName},
                                                 {QStringLiteral("role"), role}}},
            {QStringLiteral("organisation"), QJsonObject{{QStringLiteral("id"), orgId},
                                                         {QStringLiteral("name"), orgName},
                                                         {QStringLiteral("kind"), orgKind}}},
            {QStringLiteral("store_id"), storeId},
            {QStringLiteral("server_time"), double(serverTime)}};
}

EnrolResponse EnrolResponse::fromJson(const QJsonObject &json, std::optional<ProtocolError> *error)
{
    JsonReader r(json, QString(), error);
    EnrolResponse e;
    checkProtocol(r, error);
    e.deviceId = r.string(QStringLiteral("device_id"));
    e.token = r.string(QStringLiteral("token"));
    e.node = r.string(QStringLiteral("node"));
    const QJsonObject user = r.object(QStringLiteral("user"));
    const QJsonObject org = r.object(QStringLiteral("organisation"));
    e.storeId = r.string(QStringLiteral("store_id"));
    e.serverTime = r.integer(QStringLiteral("server_time"), true, 0, kMaxSeq);
    r.noOthers();
    e.userId = user.value(u"id").toString();
    e.userName = user.value(u"display_name").toString();
    e.role = user.value(u"role").toString();
    e.orgId = org.value(u"id").toString();
    e.orgName = org.value(u"name").toString();
    e.orgKind = org.value(u"kind").toString();
    if (r.ok() && (!Ids::isValid(e.deviceId) || !Hlc::isValidNode(e.node) || !Ids::isValid(e.userId)))
        r.fail(QStringLiteral("invalid_value"), QStringLiteral("bad enrolment answer"));
    return r.ok() ? e : EnrolResponse{};
}

} // namespace brug
