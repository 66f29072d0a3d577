#include "pullbuilder.h"

#include "recordtable.h"
#include "serverdatabase.h"

#include <QJsonDocument>
#include <QSet>
#include <algorithm>
#include <limits>

namespace brug {

struct PullBuilder::Item
{
    qint64 seq = 0;
    ServerRecord record;
    QString mask;          ///< empty: every field; else comma-separated fields
    QString eventKind;     ///< grant, revoke (then `record` holds only entity and id)
    qint64 size = 0;
};

namespace {
const QString kColumns = QStringLiteral(
    "r.entity, r.id, r.org_id, r.audience, r.provider_id, r.family_id, r.referral_id, r.seq, r.body");

ServerRecord rowRecord(const QSqlQuery &q)
{
    ServerRecord r;
    r.entity = q.value(0).toString();
    r.id = q.value(1).toString();
    r.orgId = q.value(2).toString();
    r.audience = q.value(3).toString();
    r.providerId = q.value(4).toString();
    r.familyId = q.value(5).toString();
    r.referralId = q.value(6).toString();
    r.seq = q.value(7).toLongLong();
    r.parseBody(q.value(8).toByteArray());
    r.exists = true;
    return r;
}

/// The fields a device gets of a record: newer than its cursor (all of them for a grant),
/// within the mask, and not those it wrote itself.
RecordChange toChange(const ServerRecord &r, const QString &mask, qint64 cursor, const QString &node)
{
    RecordChange c;
    c.entity = r.entity;
    c.id = r.id;
    QSet<QString> allowed;
    if (!mask.isEmpty() && mask != u"*")
        for (const QString &f : mask.split(u','))
            allowed.insert(f);
    for (auto it = r.fields.begin(); it != r.fields.end(); ++it) {
        if (it->seq <= cursor || (!allowed.isEmpty() && !allowed.contains(it.key())))
            continue;
        if (it->stamp.endsWith(node))
            continue;
        c.fields.insert(it.key(), it->value);
        c.stamps.insert(it.key(), it->stamp);
    }
    return c;
}
} // namespace

PullBuilder::PullBuilder(const ServerDatabase &db, const RecordTable &table) : m_db(db), m_table(table) {}

void PullBuilder::collectRecords(const QString &sql, const QVariantList &args, std::vector<Item> &items,
                                 qint64 *bound, bool masked)
{
    QSqlQuery q = m_db.exec(sql, args);
    int n = 0;
    qint64 last = 0;
    while (q.next()) {
        Item item;
        item.record = rowRecord(q);
        item.seq = item.record.seq;
        item.size = q.value(8).toByteArray().size();
        if (masked)
            item.mask = q.value(9).toString();
        last = item.seq;
        items.push_back(std::move(item));
        ++n;
    }
    // A source that filled its limit may have more after its last row: the page stops there.
    if (n >= m_limit)
        *bound = std::min(*bound, last);
}

void PullBuilder::collectEvents(const QString &providerId, qint64 cursor, std::vector<Item> &items, qint64 *bound)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT seq, entity, id, kind FROM grant_events "
                                           "WHERE provider_id = ? AND seq > ? ORDER BY seq LIMIT %1").arg(m_limit),
                            {providerId, cursor});
    int n = 0;
    qint64 last = 0;
    while (q.next()) {
        Item item;
        item.seq = q.value(0).toLongLong();
        item.record.entity = q.value(1).toString();
        item.record.id = q.value(2).toString();
        item.eventKind = q.value(3).toString();
        item.size = 64;
        last = item.seq;
        items.push_back(std::move(item));
        ++n;
    }
    if (n >= m_limit)
        *bound = std::min(*bound, last);
}

void PullBuilder::expandGrant(const DeviceContext &device, const Item &event, std::vector<RecordChange> &out,
                              qint64 *bytes)
{
    const QString mask = m_db.scalar(QStringLiteral("SELECT mask FROM grants WHERE provider_id = ? AND entity = ? AND id = ?"),
                                     {device.orgId, event.record.entity, event.record.id}).toString();
    if (mask.isEmpty())
        return; // revoked again since: a later revoke event follows
    if (auto r = m_table.load(event.record.entity, event.record.id)) {
        RecordChange c = toChange(*r, mask, 0, device.node);
        if (!c.fields.isEmpty()) {
            *bytes += r->bodyJson().size();
            out.push_back(std::move(c));
        }
    }
    if (event.record.entity != u"referral")
        return;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM records r WHERE r.referral_id = ? "
                                           "AND r.entity IN ('message', 'conflict') ORDER BY r.seq").arg(kColumns),
                            {event.record.id});
    while (q.next()) {
        RecordChange c = toChange(rowRecord(q), QString(), 0, device.node);
        *bytes += q.value(8).toByteArray().size();
        if (!c.fields.isEmpty())
            out.push_back(std::move(c));
    }
}

PullPage PullBuilder::build(const DeviceContext &device, qint64 cursor, qint64 since, qint64 maxBytes)
{
    // Everything committed up to `visible` can be seen by the queries below (writers commit in
    // sequence order), so when no source is cut, the cursor may advance to it.
    const qint64 visible = m_table.storedSeq();
    std::vector<Item> items;
    qint64 bound = std::numeric_limits<qint64>::max();
    const QString limit = QStringLiteral(" ORDER BY r.seq LIMIT %1").arg(m_limit);
    if (!device.isProviderSide()) {
        collectRecords(QStringLiteral("SELECT %1 FROM records r WHERE r.seq > ? AND (r.org_id = ? OR r.audience = 'public')")
                               .arg(kColumns) + limit,
                       {cursor, device.orgId}, items, &bound, false);
    } else {
        collectRecords(QStringLiteral("SELECT %1 FROM records r WHERE r.seq > ? AND r.audience = 'public'").arg(kColumns) + limit,
                       {cursor}, items, &bound, false);
        collectRecords(QStringLiteral("SELECT %1, g.mask FROM grants g JOIN records r ON r.entity = g.entity AND r.id = g.id "
                                      "WHERE g.provider_id = ? AND r.seq > ?").arg(kColumns) + limit,
                       {device.orgId, cursor}, items, &bound, true);
        collectRecords(QStringLiteral("SELECT %1 FROM grants g JOIN records r ON r.referral_id = g.id "
                                      "WHERE g.provider_id = ? AND g.entity = 'referral' "
                                      "AND r.entity IN ('message', 'conflict') AND r.seq > ?").arg(kColumns) + limit,
                       {device.orgId, cursor}, items, &bound, false);
        collectEvents(device.orgId, cursor, items, &bound);
    }
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) { return a.seq < b.seq; });

    PullPage page;
    page.cursor = cursor;
    qint64 bytes = 0;
    bool cut = false;
    for (size_t i = 0; i < items.size(); ++i) {
        const Item &item = items[i];
        if (item.seq > bound) {
            cut = true;
            break;
        }
        // Never split one sequence number across pages: the cursor must stay a clean boundary.
        if (bytes >= maxBytes && item.seq != page.cursor) {
            cut = true;
            break;
        }
        if (item.eventKind == u"revoke") {
            RecordChange drop;
            drop.entity = item.record.entity;
            drop.id = item.record.id;
            drop.drop = true;
            page.changes.push_back(drop);
        } else if (item.eventKind == u"grant") {
            expandGrant(device, item, page.changes, &bytes);
        } else {
            // Fields above `since`, not `cursor`: a record changed again after an earlier page of
            // this run was cut sorts after that cut, while some of its fields may be older than
            // the cursor that page returned and were never sent.
            RecordChange c = toChange(item.record, item.mask, std::min(since, cursor), device.node);
            if (!c.fields.isEmpty()) {
                bytes += item.size;
                page.changes.push_back(std::move(c));
            }
        }
        page.cursor = item.seq;
    }
    page.more = cut || bound != std::numeric_limits<qint64>::max();
    if (!page.more)
        page.cursor = std::max(page.cursor, visible);
    return page;
}

} // namespace brug
