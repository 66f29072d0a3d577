#include "pushapplier.h"

#include "hlc.h"
#include "ids.h"
#include "rawbody.h"
#include "recordtable.h"
#include "schema.h"
#include "serverclock.h"
#include "serverdatabase.h"
#include "visibility.h"
#include "writableby.h"

#include <QDateTime>

namespace brug {

namespace {
Rejection reject(const char *code, const QString &message, const QString &field = QString())
{
    return Rejection{0, QString::fromLatin1(code), field, message};
}

const QString kOrg = QStringLiteral("org");
const QString kPublic = QStringLiteral("public");

/// Whether a change can alter what a provider receives of a family (Visibility::familyGrants
/// reads only these fields): a new referral, consent or family does, and so do these fields;
/// a referral's reason or a caseworker's status does not, and needs no refresh of the family.
bool affectsGrants(const RecordChange &c, const QStringList &names, bool created)
{
    static const QSet<QString> referral = {QStringLiteral("family_id"), QStringLiteral("provider_id"),
                                           QStringLiteral("consent_id"), QStringLiteral("state"),
                                           QStringLiteral("deleted")};
    static const QSet<QString> consent = {QStringLiteral("family_id"), QStringLiteral("provider_id"),
                                          QStringLiteral("shares"), QStringLiteral("given_on"),
                                          QStringLiteral("withdrawn_on"), QStringLiteral("deleted")};
    static const QSet<QString> family = {QStringLiteral("deleted")};
    const QSet<QString> *relevant = c.entity == u"referral" ? &referral
                                  : c.entity == u"consent"  ? &consent
                                  : c.entity == u"family"   ? &family
                                                            : nullptr;
    if (!relevant)
        return false;
    if (created)
        return true;
    for (const QString &name : names)
        if (relevant->contains(name))
            return true;
    return false;
}
} // namespace

PushApplier::PushApplier(const ServerDatabase &db, RecordTable &table, Visibility &visibility,
                         const DeviceContext &device)
    : m_db(db), m_table(table), m_visibility(visibility), m_device(device)
{
}

void PushApplier::prefetch(const std::vector<RecordChange> &changes, size_t from, size_t to)
{
    QHash<QString, QStringList> ids;
    // Records loaded or made by earlier changes of the batch are at hand already.
    auto want = [&](const QString &entity, const QString &id) {
        if (!m_cache.count(RecordKey{entity, id}))
            ids[entity] << id;
    };
    for (size_t i = from; i < to; ++i) {
        const RecordChange &c = changes[i];
        want(c.entity, c.id);
        if (c.entity == u"message" && c.fields.contains(u"referral_id"))
            want(QStringLiteral("referral"), c.fields.value(u"referral_id").toString());
    }
    if (ids.isEmpty())
        return;
    for (ServerRecord &r : m_table.loadKeys(ids)) {
        RecordKey key{r.entity, r.id};
        m_cache.emplace(std::move(key), std::move(r));
    }
    // What the server does not have is remembered as absent (exists == false), so that each
    // new record of the batch is not looked up again, one query each.
    for (auto it = ids.cbegin(); it != ids.cend(); ++it)
        for (const QString &id : it.value())
            m_cache.try_emplace(RecordKey{it.key(), id});
}

ServerRecord *PushApplier::cached(const QString &entity, const QString &id)
{
    RecordKey k{entity, id};
    auto it = m_cache.find(k);
    if (it != m_cache.end())
        return &it->second;
    // Not prefetched (a message's referral named only in the record): load it once.
    if (auto r = m_table.load(entity, id))
        return &m_cache.emplace(std::move(k), *r).first->second;
    return nullptr;
}

const ServerRecord *PushApplier::known(const QString &entity, const QString &id) const
{
    const auto it = m_cache.find(RecordKey{entity, id});
    return it != m_cache.end() && it->second.exists ? &it->second : nullptr;
}

bool PushApplier::made(const QString &entity, const QString &id) const
{
    return m_made.count(RecordKey{entity, id}) > 0;
}

PushApplier::Result PushApplier::apply(const std::vector<RecordChange> &changes, const std::vector<ChangeText> &texts,
                                       const Ready &ready)
{
    Result result;
    m_table.deferInserts();
    size_t there = 0; // changes before it are there to apply, and their records prefetched
    for (size_t i = 0; i < changes.size(); ++i) {
        if (i == there) {
            there = ready ? ready(i) : changes.size();
            if (there <= i) {
                result.complete = false;
                return result;
            }
            prefetch(changes, i, there);
        }
        const RecordChange &c = changes[i];
        // Every change of the batch is in the cache after prefetch(), as absent if it is new.
        ServerRecord *entry = cached(c.entity, c.id);
        ServerRecord *current = entry && entry->exists ? entry : nullptr;
        const ChangeText *text = texts.size() == changes.size() ? &texts[i] : nullptr;
        // The change's field names, read out of the JSON once for the checks and the merge.
        const QStringList names = text && text->prepared ? text->names : c.fields.keys();
        if (auto r = authorize(c, names, current)) {
            r->index = int(i);
            result.rejected.push_back(*r);
            continue;
        }
        ServerRecord &record = entry ? *entry : m_cache[RecordKey{c.entity, c.id}];
        if (!current) {
            record.entity = c.entity;
            record.id = c.id;
            const EntityDef *def = Schema::entity(c.entity);
            record.audience = def->audience == Audience::Public ? kPublic : kOrg;
            if (c.entity == u"message") {
                const ServerRecord *ref = cached(QStringLiteral("referral"), c.fields.value(u"referral_id").toString());
                record.orgId = ref && ref->exists ? ref->orgId : m_device.orgId;
            } else if (c.entity == u"conflict") {
                // Only a re-sent conflict gets here (authorizeConflictResend): it follows its record.
                const ServerRecord *subject = conflictSubject(c, nullptr);
                record.orgId = subject->orgId;
                record.referralId = subject->entity == u"referral" ? subject->id
                                  : subject->entity == u"message" ? subject->referralId : QString();
            } else {
                record.orgId = m_device.orgId;
            }
        }
        const QString familyBefore = record.familyId;
        m_recordSeq = 0;
        merge(c, names, record);
        if (m_recordSeq) {
            ++result.ownSeqs;
            record.seq = m_recordSeq;
            record.deriveAudienceColumns();
            // A record this change made holds its fields alone, at one stamp and sequence: its
            // body is the request's text of them, not their parsed values written out again
            // (that was a tenth of the server's work in a large push).
            QByteArray body;
            if (!current && text)
                if (const QString *stamp = c.sharedStamp())
                    body = text->prepared ? RawBody::bodyFromMembers(text->members, stamp->toLatin1(), m_recordSeq)
                                          : RawBody::fromChangeFields(text->fields, stamp->toLatin1(), m_recordSeq,
                                                                      c.fields.size());
            m_table.save(record, body);
            if (!current)
                m_made.insert(RecordKey{c.entity, c.id});
            if (affectsGrants(c, names, !current)) {
                result.families.insert(record.familyId);
                if (!familyBefore.isEmpty())
                    result.families.insert(familyBefore);
            }
            // A meeting the provider was asked to or came to is shared with it (§10).
            if (c.entity == u"meeting")
                m_visibility.refreshMeeting(record.id);
        }
        ++result.applied;
    }
    m_table.flushInserts();
    return result;
}

std::optional<Rejection> PushApplier::authorize(const RecordChange &c, const QStringList &names,
                                               const ServerRecord *current)
{
    const EntityDef &def = *Schema::entity(c.entity);
    const bool provider = m_device.isProviderSide();
    if (c.entity == u"conflict" && c.resend)
        return authorizeConflictResend(c, current);

    const Writable &writable = writableOf(def);
    if (!writable.any)
        return reject("entity_not_writable", QStringLiteral("role %1 does not write %2").arg(m_device.role, def.name));
    for (const QString &name : names) {
        if (!writable.fields.contains(name))
            return reject("field_not_owned",
                          QStringLiteral("role %1 does not write %2.%3").arg(m_device.role, def.name, name),
                          name);
    }

    if (!c.resend) {
        // One lookup each (undefined: not in the change); a change's fields are searched in turn.
        for (const char *f : {"created_by", "updated_by"})
            if (const QJsonValue v = c.fields.value(QLatin1StringView(f)); !v.isUndefined() && v.toString() != m_device.userId)
                return reject("author_mismatch", QStringLiteral("%1 must be this device's user").arg(QLatin1StringView(f)),
                              QString::fromLatin1(f));
        if (const QJsonValue v = c.fields.value(u"updated_device"); !v.isUndefined() && v.toString() != m_device.deviceId)
            return reject("author_mismatch", QStringLiteral("updated_device must be this device"),
                          QStringLiteral("updated_device"));
    }

    // Written only for a change that is refused: most are not.
    const auto notVisible = [&] { return QStringLiteral("%1 %2 is not visible to this device").arg(def.name, c.id); };
    switch (def.audience) {
    case Audience::Public:
        if (c.entity == u"organisation") {
            if (c.id != m_device.orgId || !current)
                return reject("not_visible", notVisible());
        } else {
            // Services and contact persons: only the provider's own.
            const QString before = current ? current->text(QStringLiteral("provider_id")) : m_device.orgId;
            const QJsonValue named = c.fields.value(u"provider_id");
            const QString after = named.isUndefined() ? before : named.toString();
            if (before != m_device.orgId || after != m_device.orgId)
                return reject("not_visible", notVisible());
        }
        break;
    case Audience::Organisation:
    case Audience::Referral:
        if (provider) {
            if (!current || c.entity != u"referral" ||
                !m_visibility.isGranted(m_device.orgId, QStringLiteral("referral"), c.id))
                return reject("not_visible", notVisible());
        } else if (current && current->orgId != m_device.orgId) {
            return reject("not_visible", notVisible());
        }
        if (const QJsonValue named = c.entity == u"referral" ? c.fields.value(u"provider_id") : QJsonValue(QJsonValue::Undefined);
            !named.isUndefined() && !named.isNull()) {
            const QString p = named.toString();
            if (!m_orgKinds.contains(p))
                m_orgKinds.insert(p, m_db.scalar(QStringLiteral("SELECT kind FROM orgs WHERE id = ?"), {p}).toString());
            if (m_orgKinds.value(p) != u"provider")
                return reject("invalid_value", QStringLiteral("provider_id is not a provider on this server"),
                              QStringLiteral("provider_id"));
        }
        break;
    case Audience::WithReferral: {
        if (current) {
            // Only a device that receives the thread may learn that the message exists.
            const bool sees = provider ? m_visibility.isGranted(m_device.orgId, QStringLiteral("referral"), current->referralId)
                                       : current->orgId == m_device.orgId;
            if (!sees)
                return reject("not_visible", notVisible());
            for (auto it = c.fields.begin(); it != c.fields.end(); ++it)
                if (current->fields.value(it.key()).stamp != c.stampOf(it.key()))
                    return reject("immutable", QStringLiteral("a message cannot change once sent"), it.key());
            break;
        }
        const QString referralId = c.fields.value(u"referral_id").toString();
        const ServerRecord *ref = referralId.isEmpty() ? nullptr : cached(QStringLiteral("referral"), referralId);
        if (!ref || !ref->exists)
            return reject("not_visible", QStringLiteral("message needs a referral this device can see"),
                          QStringLiteral("referral_id"));
        const bool visible = provider ? m_visibility.isGranted(m_device.orgId, QStringLiteral("referral"), referralId)
                                      : ref->orgId == m_device.orgId;
        if (!visible)
            return reject("not_visible", notVisible());
        break;
    }
    case Audience::AsRecord:
        if (!current)
            return reject("entity_not_writable", QStringLiteral("conflict records are made by the server"));
        if (provider ? !m_visibility.isGranted(m_device.orgId, QStringLiteral("referral"), current->referralId)
                     : current->orgId != m_device.orgId)
            return reject("not_visible", notVisible());
        break;
    }
    return std::nullopt;
}

const PushApplier::Writable &PushApplier::writableOf(const EntityDef &def)
{
    auto it = m_writable.find(def.name);
    if (it != m_writable.end())
        return *it;
    Writable w;
    for (const FieldDef &f : def.fields) {
        if (!WritableBy::mayWrite(m_device.role, def, f))
            continue;
        w.fields.insert(f.name);
        w.any = w.any || !f.meta;
    }
    return *m_writable.insert(def.name, std::move(w));
}

const ServerRecord *PushApplier::conflictSubject(const RecordChange &c, const ServerRecord *current)
{
    auto text = [&](const char *f) {
        return current ? current->text(QString::fromLatin1(f)) : c.fields.value(QLatin1StringView(f)).toString();
    };
    const QString entity = text("entity");
    if (!Schema::entity(entity) || entity == u"conflict")
        return nullptr;
    const ServerRecord *subject = cached(entity, text("record_id"));
    return subject && subject->exists ? subject : nullptr;
}

std::optional<Rejection> PushApplier::authorizeConflictResend(const RecordChange &c, const ServerRecord *current)
{
    // After a restore the server may have lost a conflict it logged; devices give it back. Only
    // the conflict that the server would have made itself is taken: its id must follow from its
    // content, its record must be one this device sees, and existing content never changes.
    auto text = [&](const char *f) {
        return current ? current->text(QString::fromLatin1(f)) : c.fields.value(QLatin1StringView(f)).toString();
    };
    const QString expected = Ids::derived(QStringLiteral("%1|%2|%3|%4")
                                              .arg(text("entity"), text("record_id"), text("field"), text("loser_stamp")));
    if (expected != c.id)
        return reject("invalid_value", QStringLiteral("a conflict's id must follow from its content"));
    const ServerRecord *subject = conflictSubject(c, current);
    if (!subject)
        return reject("not_visible", QStringLiteral("conflict %1 concerns a record this device cannot see").arg(c.id));
    const bool provider = m_device.isProviderSide();
    const QString referral = subject->entity == u"referral" ? subject->id
                           : subject->entity == u"message" ? subject->referralId : QString();
    const bool visible = provider ? !referral.isEmpty() && m_visibility.isGranted(m_device.orgId, QStringLiteral("referral"), referral)
                                  : subject->orgId == m_device.orgId;
    if (!visible)
        return reject("not_visible", QStringLiteral("conflict %1 concerns a record this device cannot see").arg(c.id));
    if (current) {
        const EntityDef &def = *Schema::entity(u"conflict");
        for (auto it = c.fields.begin(); it != c.fields.end(); ++it) {
            const FieldDef *f = def.field(it.key());
            if (f->writer != Writer::Receiver && !f->meta &&
                current->fields.value(it.key()).stamp != c.stampOf(it.key()))
                return reject("immutable", QStringLiteral("a conflict's content cannot change"), it.key());
        }
    }
    return std::nullopt;
}

void PushApplier::merge(const RecordChange &c, const QStringList &names, ServerRecord &record)
{
    auto seq = [this] {
        if (!m_recordSeq)
            m_recordSeq = m_table.nextSeq();
        return m_recordSeq;
    };
    // Observing a change's newest stamp moves the clock as observing each of its stamps would
    // (stamps compare as text), at one parse instead of one per field. Most changes stamp
    // every field with one string (the wire's shared `s`): then it is neither compared nor
    // looked up field by field.
    const QString *shared = c.sharedStamp();
    QString newest = shared ? *shared : QString();
    if (!shared)
        for (const QString &name : names)
            if (const QString stamp = c.stampOf(name); stamp > newest)
                newest = stamp;
    if (!newest.isEmpty())
        ServerClock::instance().observe(newest);
    // `names` are the fields' keys in the object's order: walked beside its values.
    auto it = c.fields.constBegin();
    for (const QString &field : names) {
        const QJsonValue value = it.value();
        ++it;
        const QString stamp = shared ? *shared : c.stampOf(field);
        // One search of the record's fields, for the read and the write.
        const auto cur = record.fields.find(field);
        if (cur == record.fields.end()) {
            record.fields.insert(field, FieldState{value, stamp, seq()});
            continue;
        }
        const bool meta = Schema::isMetaField(field);
        if (stamp > cur->stamp) {
            // The server held a write this device had not seen: that write loses, and is logged.
            const QString base = c.bases.value(field);
            if (!c.resend && !meta && cur->value() != value && (base.isEmpty() || cur->stamp > base))
                logConflict(record, field, FieldState{value, stamp, 0}, cur->value(), cur->stamp);
            *cur = FieldState{value, stamp, seq()};
        } else if (stamp < cur->stamp) {
            // The same node wrote the newer value later, holding this one: not two writers at
            // once (a device sends a batch again when a power cut took its acknowledgement).
            if (!c.resend && !meta && cur->value() != value && !Hlc::sameNode(stamp, cur->stamp))
                logConflict(record, field, *cur, value, stamp);
        }
    }
}

void PushApplier::logConflict(const ServerRecord &record, const QString &field, const FieldState &winner,
                              const QJsonValue &loserValue, const QString &loserStamp)
{
    const QString id = Ids::derived(QStringLiteral("%1|%2|%3|%4").arg(record.entity, record.id, field, loserStamp));
    if (const ServerRecord *existing = cached(QStringLiteral("conflict"), id); existing && existing->exists)
        return;
    ServerRecord &conflict = m_cache[RecordKey{QStringLiteral("conflict"), id}];
    conflict.entity = QStringLiteral("conflict");
    conflict.id = id;
    conflict.orgId = record.orgId;
    conflict.audience = kOrg;
    if (record.entity == u"referral")
        conflict.referralId = record.id;
    else if (record.entity == u"message")
        conflict.referralId = record.referralId;
    const QString stamp = ServerClock::instance().next();
    const qint64 seq = m_table.nextSeq();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QList<std::pair<QString, QJsonValue>> fields = {
        {QStringLiteral("entity"), record.entity},     {QStringLiteral("record_id"), record.id},
        {QStringLiteral("field"), field},              {QStringLiteral("winner_value"), winner.value()},
        {QStringLiteral("winner_stamp"), winner.stamp}, {QStringLiteral("loser_value"), loserValue},
        {QStringLiteral("loser_stamp"), loserStamp},   {QStringLiteral("created_at"), double(now)},
        {QStringLiteral("updated_at"), double(now)},   {QStringLiteral("deleted"), false}};
    for (const auto &[name, value] : fields)
        conflict.fields.insert(name, FieldState{value, stamp, seq});
    conflict.seq = seq;
    // The conflict's referral column is set above; deriveAudienceColumns would clear nothing here.
    m_table.save(conflict);
}

} // namespace brug
