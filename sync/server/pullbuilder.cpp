#include "pullbuilder.h"

#include "jsontext.h"
#include "rawbody.h"
#include "recordtable.h"
#include "serverdatabase.h"
#include "wirechange.h"

#include <QJsonDocument>
#include <QSet>
#include <QVarLengthArray>
#include <algorithm>
#include <cstring>
#include <limits>

namespace brug {

struct PullBuilder::Item
{
    qint64 seq = 0;
    QString entity;
    QString id;
    QByteArray body;       ///< the stored body, as text (empty for an event)
    QString mask;          ///< empty: every field; else comma-separated fields
    QString eventKind;     ///< grant, revoke
};

namespace {
/// The fields a device gets of a record: newer than its cursor, within the mask, and not those
/// it wrote itself (`node`; an empty node: every field, its own writes too).
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
        if (!node.isEmpty() && it->stamp.endsWith(node))
            continue;
        c.fields.insert(it.key(), it->value());
        c.stamps.insert(it.key(), it->stamp);
    }
    return c;
}

/// toChange, written as wire text straight from the stored body's text (no JSON values built:
/// on a pull of thousands of records that was most of the server's work). Appends nothing when
/// no field is left; returns false when the body cannot be read this way.
bool appendRawChange(QByteArray &out, const QString &entity, const QString &id, const QByteArray &body,
                     const QString &mask, qint64 cursor, const QByteArray &node)
{
    struct Field
    {
        QByteArrayView name, value, stamp;
    };
    QVarLengthArray<Field, 32> fields;
    QVarLengthArray<QByteArray, 32> allowed;
    if (!mask.isEmpty() && mask != u"*")
        for (const QString &f : mask.split(u','))
            allowed.append(f.toUtf8());
    const bool read = RawBody::forEachField(body, [&](QByteArrayView name, QByteArrayView value, QByteArrayView stamp, qint64 seq) {
        if (seq <= cursor || (!node.isEmpty() && stamp.endsWith(node)))
            return;
        if (!allowed.isEmpty() && std::find(allowed.begin(), allowed.end(), name) == allowed.end())
            return;
        fields.append({name, value, stamp});
    });
    if (!read)
        return false;
    if (fields.isEmpty())
        return true;
    // The stamp most fields share goes in `s` (ties: the later stamp), as WireChange::encode does.
    // Counted per distinct stamp, of which a record has one or a few: comparing every field's
    // stamp with every other's was a twelfth of the server's work in a fleet of devices.
    QVarLengthArray<std::pair<QByteArrayView, int>, 8> stamps;
    for (const Field &f : fields) {
        auto it = std::find_if(stamps.begin(), stamps.end(), [&](const auto &c) { return c.first == f.stamp; });
        if (it == stamps.end())
            stamps.append({f.stamp, 1});
        else
            ++it->second;
    }
    QByteArrayView common;
    int best = -1;
    for (const auto &[stamp, n] : stamps) {
        if (n > best || (n == best && stamp.compare(common) > 0)) {
            best = n;
            common = stamp;
        }
    }
    // The members are copied into room made once for them: appending each piece was as costly.
    qsizetype fieldsSize = 0, othersSize = 0;
    for (const Field &f : fields) {
        fieldsSize += f.name.size() + f.value.size() + 4; // "name":value,
        if (f.stamp != common)
            othersSize += f.name.size() + f.stamp.size() + 6; // "name":"stamp",
    }
    out.reserve(out.size() + fieldsSize + othersSize + entity.size() + id.size() + common.size() + 64);
    out += "{\"e\":";
    JsonText::appendString(out, entity);
    out += ",\"f\":{";
    const auto write = [](char *at, QByteArrayView text) {
        std::memcpy(at, text.data(), size_t(text.size()));
        return at + text.size();
    };
    qsizetype start = out.size();
    out.resize(start + fieldsSize - 1);
    char *p = out.data() + start;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            *p++ = ',';
        *p++ = '"';
        p = write(p, fields[i].name);
        *p++ = '"';
        *p++ = ':';
        p = write(p, fields[i].value);
    }
    out += "},\"id\":";
    JsonText::appendString(out, id);
    out += ",\"s\":\"";
    out += common;
    out += '"';
    if (othersSize > 0) {
        out += ",\"x\":{";
        start = out.size();
        out.resize(start + othersSize - 1);
        p = out.data() + start;
        bool first = true;
        for (const Field &f : fields) {
            if (f.stamp == common)
                continue;
            if (!first)
                *p++ = ',';
            first = false;
            *p++ = '"';
            p = write(p, f.name);
            p = write(p, "\":\"");
            p = write(p, f.stamp);
            *p++ = '"';
        }
        out += '}';
    }
    out += '}';
    return true;
}

QByteArray encoded(const RecordChange &c)
{
    QByteArray out;
    WireChange::appendJson(out, c, WireChange::Direction::Pull);
    return out;
}

/// A stored record's change as wire text (empty when no field is left): from the body's text,
/// or through a parsed record when the body is not of the shape the text reader takes.
QByteArray changeText(const QString &entity, const QString &id, const QByteArray &body, const QString &mask,
                      qint64 cursor, const QString &node, const QByteArray &nodeUtf8)
{
    QByteArray text;
    if (appendRawChange(text, entity, id, body, mask, cursor, nodeUtf8))
        return text;
    ServerRecord r;
    r.entity = entity;
    r.id = id;
    r.parseBody(body);
    const RecordChange c = toChange(r, mask, cursor, node);
    return c.fields.isEmpty() ? QByteArray() : encoded(c);
}
} // namespace

PullBuilder::PullBuilder(const ServerDatabase &db, const RecordTable &table) : m_db(db), m_table(table), m_sql(db, kLimit) {}

void PullBuilder::collectRecords(const QString &sql, const QVariantList &args, std::vector<Item> &items,
                                 qint64 *bound, bool masked, qint64 maxBytes)
{
    ServerRows q = m_db.select(sql, args);
    int n = 0;
    qint64 last = 0, read = 0;
    // Rows past `maxBytes` of bodies could not go in this page: the source stops there, as
    // when it fills its limit (a page of 1 MiB is ~700 records of 1.5 KB, not 4,000).
    while (read < maxBytes && q.next()) {
        Item item;
        item.entity = q.value(0).toString();
        item.id = q.value(1).toString();
        item.seq = q.value(7).toLongLong();
        item.body = q.value(8).toByteArray();
        read += item.body.size();
        if (masked)
            item.mask = q.value(9).toString();
        last = item.seq;
        items.push_back(std::move(item));
        ++n;
    }
    // A source that filled its limit may have more after its last row: the page stops there.
    if (n >= kLimit || read >= maxBytes)
        *bound = std::min(*bound, last);
}

void PullBuilder::collectEvents(const QString &providerId, qint64 cursor, std::vector<Item> &items, qint64 *bound)
{
    ServerRows q = m_db.select(m_sql.events, {providerId, cursor});
    int n = 0;
    qint64 last = 0;
    while (q.next()) {
        Item item;
        item.seq = q.value(0).toLongLong();
        item.entity = q.value(1).toString();
        item.id = q.value(2).toString();
        item.eventKind = q.value(3).toString();
        last = item.seq;
        items.push_back(std::move(item));
        ++n;
    }
    if (n >= kLimit)
        *bound = std::min(*bound, last);
}

bool PullBuilder::fewerGrantsThan(const QString &providerId, qint64 changed) const
{
    // A few changes are read as they are, without a count's round trip (a sync's usual case).
    constexpr qint64 kFew = 64;
    return changed > kFew && m_db.scalar(m_sql.grantsUpTo, {providerId, changed}).toLongLong() < changed;
}

void PullBuilder::expandGrant(const DeviceContext &device, const Item &event, std::vector<QByteArray> &out,
                              qint64 *bytes)
{
    // The grant's mask and the record's body in one statement; read as text like any other
    // pulled record. A grant sends the record whole: every field (cursor 0), the device's own
    // writes too, since a device drops a record with all its fields when its grant is revoked.
    ServerRows g = m_db.select(m_sql.grantedRecord, {device.orgId, event.entity, event.id});
    const QString mask = g.next() ? g.value(0).toString() : QString();
    if (mask.isEmpty())
        return; // revoked again since: a later revoke event follows
    const QByteArray body = g.value(1).toByteArray();
    if (!body.isEmpty()) {
        const QByteArray text = changeText(event.entity, event.id, body, mask, 0, QString(), QByteArray());
        if (!text.isEmpty()) {
            *bytes += text.size();
            out.push_back(text);
        }
    }
    if (event.entity != u"referral")
        return;
    ServerRows q = m_db.select(m_sql.thread, {event.id});
    while (q.next()) {
        const QByteArray messageBody = q.value(8).toByteArray();
        const QByteArray text = changeText(q.value(0).toString(), q.value(1).toString(), messageBody, QString(), 0,
                                           QString(), QByteArray());
        *bytes += text.size();
        if (!text.isEmpty())
            out.push_back(text);
    }
}

PullPage PullBuilder::build(const DeviceContext &device, qint64 cursor, qint64 since, qint64 maxBytes)
{
    // Everything committed up to `visible` can be seen by the queries below (writers commit in
    // sequence order), so when no source is cut, the cursor may advance to it.
    const qint64 visible = m_table.storedSeq();
    std::vector<Item> items;
    qint64 bound = std::numeric_limits<qint64>::max();
    // Sources read apart, each in sequence order up to its limit, and merged below: one query for
    // "own or public" read every organisation's records after the cursor to find them.
    if (!device.isProviderSide()) {
        collectRecords(m_sql.ownRecords, {device.orgId, cursor}, items, &bound, false, maxBytes);
        collectRecords(m_sql.publicRecords, {cursor}, items, &bound, false, maxBytes);
    } else {
        collectRecords(m_sql.publicRecords, {cursor}, items, &bound, false, maxBytes);
        const bool byGrant = fewerGrantsThan(device.orgId, visible - cursor);
        collectRecords(byGrant ? m_sql.grantedByGrant : m_sql.grantedBySeq, {device.orgId, cursor}, items, &bound, true,
                       maxBytes);
        collectRecords(byGrant ? m_sql.threadsByGrant : m_sql.threadsBySeq, {device.orgId, cursor}, items, &bound,
                       false, maxBytes);
        collectEvents(device.orgId, cursor, items, &bound);
    }
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) { return a.seq < b.seq; });

    const QByteArray node = device.node.toUtf8();
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
            drop.entity = item.entity;
            drop.id = item.id;
            drop.drop = true;
            page.changes.push_back(encoded(drop));
        } else if (item.eventKind == u"grant") {
            expandGrant(device, item, page.changes, &bytes);
        } else {
            // Fields above `since`, not `cursor`: a record changed again after an earlier page of
            // this run was cut sorts after that cut, while some of its fields may be older than
            // the cursor that page returned and were never sent.
            QByteArray text = changeText(item.entity, item.id, item.body, item.mask, std::min(since, cursor), device.node, node);
            // The text sent, which max_bytes caps (§8), not the stored body it came from.
            if (!text.isEmpty()) {
                bytes += text.size();
                page.changes.push_back(std::move(text));
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
