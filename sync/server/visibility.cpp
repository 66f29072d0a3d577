#include "visibility.h"

#include "recordtable.h"
#include "schema.h"
#include "serverdatabase.h"

#include <QHash>
#include <QJsonArray>
#include <algorithm>
#include <map>
#include <optional>

namespace brug {

namespace {
bool isLive(const ServerRecord &r)
{
    return !r.value(QStringLiteral("deleted")).toBool();
}

bool isActiveConsent(const ServerRecord &c)
{
    return isLive(c) && !c.value(QStringLiteral("given_on")).toString().isEmpty() &&
           c.value(QStringLiteral("withdrawn_on")).isNull();
}
} // namespace

Visibility::Visibility(const ServerDatabase &db, RecordTable &table) : m_db(db), m_table(table) {}

QStringList Visibility::maskFor(const QString &entity, const QSet<QString> &shares)
{
    const EntityDef *def = Schema::entity(entity);
    QStringList out;
    if (!def)
        return out;
    for (const FieldDef &f : def->fields) {
        if (f.share == Share::Never)
            continue;
        if (f.share == Share::Always || shares.contains(QString(Schema::shareName(f.share))))
            out << f.name;
    }
    return out;
}

bool Visibility::isGranted(const QString &providerId, const QString &entity, const QString &id) const
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM grants WHERE provider_id = ? AND entity = ? AND id = ?"),
                       {providerId, entity, id}).toInt() > 0;
}

void Visibility::refreshFamilies(const QSet<QString> &familyIds, const KnownRecord &known, const NewRecord &isNew)
{
    QStringList ids;
    for (const QString &f : familyIds)
        if (!f.isEmpty())
            ids << f;
    std::sort(ids.begin(), ids.end()); // events in the same order on every run
    constexpr qsizetype kChunk = 200;
    for (qsizetype start = 0; start < ids.size(); start += kChunk) {
        const QStringList chunk = ids.mid(start, kChunk);
        QHash<QString, std::vector<ServerRecord>> records =
            m_table.loadFamilies(chunk, {QStringLiteral("referral"), QStringLiteral("consent"), QStringLiteral("family")}, known);
        std::map<QString, Grants> desired;
        for (const QString &f : chunk)
            desired[f] = familyGrants(f, std::move(records[f]));
        reconcile(desired, isNew);
    }
}

Visibility::Grants Visibility::familyGrants(const QString &familyId, std::vector<ServerRecord> records)
{
    QHash<QString, ServerRecord> referrals, consents;
    std::optional<ServerRecord> family;
    for (ServerRecord &r : records) {
        if (r.entity == u"referral")
            referrals.insert(r.id, std::move(r));
        else if (r.entity == u"consent")
            consents.insert(r.id, std::move(r));
        else if (r.id == familyId)
            family = std::move(r);
    }

    Grants desired;
    // Providers that receive a referral of the family's own organisation: only those see the
    // family (another organisation's records that name it must not change that, either way).
    QSet<QString> providers;
    for (const ServerRecord &r : referrals) {
        const QString provider = r.text(QStringLiteral("provider_id"));
        if (!isLive(r) || r.text(QStringLiteral("state")) != u"sent" || provider.isEmpty())
            continue;
        const auto c = consents.constFind(r.text(QStringLiteral("consent_id")));
        if (c == consents.constEnd() || !isActiveConsent(*c) || c->orgId != r.orgId ||
            c->text(QStringLiteral("provider_id")) != provider)
            continue;
        desired[{provider, QStringLiteral("referral"), r.id}] = QStringLiteral("*");
        // The same for every consent (the schema's): made once, not per referral of a push.
        static const QString consentMask = maskFor(QStringLiteral("consent"), {}).join(u',');
        desired[{provider, QStringLiteral("consent"), c->id}] = consentMask;
        if (family && r.orgId == family->orgId)
            providers.insert(provider);
    }
    if (family && isLive(*family)) {
        for (const QString &provider : providers) {
            // The family is seen through every active consent it gave this provider.
            QSet<QString> shares;
            for (const ServerRecord &c : consents)
                if (isActiveConsent(c) && c.text(QStringLiteral("provider_id")) == provider &&
                    c.orgId == family->orgId)
                    for (const QJsonValue &s : c.value(QStringLiteral("shares")).toArray())
                        shares.insert(s.toString());
            desired[{provider, QStringLiteral("family"), familyId}] =
                maskFor(QStringLiteral("family"), shares).join(u',');
        }
    }
    return desired;
}

void Visibility::refreshMeetings(const QSet<QString> &meetingIds)
{
    for (const QString &m : meetingIds)
        if (!m.isEmpty())
            refreshMeeting(m);
}

void Visibility::refreshMeeting(const QString &meetingId)
{
    Grants desired;
    const std::optional<ServerRecord> meeting = m_table.load(QStringLiteral("meeting"), meetingId);
    if (meeting && isLive(*meeting)) {
        const QString provider = meeting->text(QStringLiteral("provider_id"));
        const bool asked = meeting->value(QStringLiteral("provider_requested")).toBool() ||
                           meeting->value(QStringLiteral("provider_present")).toBool();
        if (asked && !provider.isEmpty() &&
            m_db.scalar(QStringLiteral("SELECT kind FROM orgs WHERE id = ?"), {provider}).toString() == u"provider")
            desired[{provider, QStringLiteral("meeting"), meetingId}] = maskFor(QStringLiteral("meeting"), {}).join(u',');
    }
    // grants.family_id is the column that groups grants for a refresh: for a meeting's grant it
    // holds the meeting's own id (ids are UUIDs, so a meeting never shares a family's group).
    reconcile({{meetingId, desired}});
}

void Visibility::reconcile(const std::map<QString, Grants> &desired, const NewRecord &isNew)
{
    if (desired.empty())
        return;
    std::map<QString, Grants> existing;
    QStringList groups;
    for (const auto &entry : desired)
        groups << entry.first;
    QVariantList args;
    QStringList marks;
    for (const QString &g : groups) {
        marks << QStringLiteral("?");
        args << g;
    }
    ServerRows q = m_db.select(QStringLiteral("SELECT provider_id, entity, id, mask, family_id FROM grants WHERE family_id IN (%1)")
                                   .arg(marks.join(u',')),
                               args);
    while (q.next())
        existing[q.value(4).toString()][{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()}] =
            q.value(3).toString();

    auto event = [&](const Key &k, const char *kind) {
        m_db.run(QStringLiteral("INSERT INTO grant_events (seq, provider_id, entity, id, kind) VALUES (?,?,?,?,?)"),
                 {m_table.nextSeq(), k.provider, k.entity, k.id, QString::fromLatin1(kind)});
        ++m_events;
    };
    // New grants of every group, gathered for a few multi-row statements below.
    std::vector<std::tuple<const Key *, const QString *, const QString *>> added; // key, mask, group
    for (const auto &[group, wanted] : desired) {
        const Grants &had = existing[group];
        for (const auto &[k, mask] : had) {
            const auto d = wanted.find(k);
            if (d == wanted.end()) {
                m_db.run(QStringLiteral("DELETE FROM grants WHERE provider_id = ? AND entity = ? AND id = ?"),
                         {k.provider, k.entity, k.id});
                event(k, "revoke");
            } else if (d->second != mask) {
                const QStringList beforeList = mask.split(u',');
                const QStringList afterList = d->second.split(u',');
                const QSet<QString> before(beforeList.begin(), beforeList.end());
                const QSet<QString> after(afterList.begin(), afterList.end());
                m_db.run(QStringLiteral("UPDATE grants SET mask = ? WHERE provider_id = ? AND entity = ? AND id = ?"),
                         {d->second, k.provider, k.entity, k.id});
                // Narrowed: the device drops the record and gets back what it may still see.
                if (!after.contains(before))
                    event(k, "revoke");
                event(k, "grant");
            }
        }
        for (const auto &entry : wanted)
            if (!had.count(entry.first))
                added.emplace_back(&entry.first, &entry.second, &group);
    }
    // In one statement per 100 (a push of referrals makes a dozen per family): an upsert,
    // because a referral moved to another family may still hold its old grant row.
    constexpr size_t kChunk = 100;
    for (size_t start = 0; start < added.size(); start += kChunk) {
        const size_t end = std::min(added.size(), start + kChunk);
        QStringList grantRows, eventRows;
        QVariantList grantArgs, eventArgs;
        for (size_t i = start; i < end; ++i) {
            const auto &[k, mask, group] = added[i];
            grantRows << QStringLiteral("(?,?,?,?,?)");
            grantArgs << k->provider << k->entity << k->id << *group << *mask;
            if (isNew && isNew(k->entity, k->id))
                continue;
            eventRows << QStringLiteral("(?,?,?,?,?)");
            eventArgs << m_table.nextSeq() << k->provider << k->entity << k->id << QStringLiteral("grant");
            ++m_events;
        }
        m_db.run(QStringLiteral("INSERT INTO grants (provider_id, entity, id, family_id, mask) VALUES %1 "
                                 "ON CONFLICT (provider_id, entity, id) DO UPDATE SET family_id = excluded.family_id, "
                                 "mask = excluded.mask")
                      .arg(grantRows.join(u',')),
                  grantArgs);
        if (!eventRows.isEmpty())
            m_db.run(QStringLiteral("INSERT INTO grant_events (seq, provider_id, entity, id, kind) VALUES %1")
                          .arg(eventRows.join(u',')),
                      eventArgs);
    }
}

} // namespace brug
