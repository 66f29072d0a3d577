#include "restamper.h"

#include "hlc.h"
#include "rowstamps.h"
#include "schema.h"
#include "store.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <map>
#include <optional>
#include <set>

namespace brug {

namespace {
// The stamp's wall time by the clock's own reading of it; 0 for text that is no stamp.
qint64 wallOf(const QString &stamp)
{
    const std::optional<Hlc> hlc = Hlc::parse(stamp);
    return hlc ? hlc->wall : 0;
}

QJsonObject parse(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

/// `o` with every string value found in `renamed` replaced; whether anything was.
bool rename(QJsonObject &o, const QHash<QString, QString> &renamed)
{
    bool changed = false;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const auto found = renamed.constFind(it.value().toString());
        if (found != renamed.constEnd()) {
            it.value() = *found;
            changed = true;
        }
    }
    return changed;
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

Restamper::Restamper(Store &store) : m_store(store) {}

int Restamper::restampAfter(qint64 limitWall)
{
    Database &db = m_store.db();
    Transaction tx(db);
    struct Entry
    {
        qint64 seq;
        QString entity, recordId, stamp;
        QJsonObject stamps, bases;
    };
    std::vector<Entry> entries;
    std::map<QString, QString> ahead; // old stamp -> new one; stamps sort in the order written
    Statement &read = db.prepare(QStringLiteral("SELECT seq, entity, record_id, stamp, stamps, bases FROM outbox ORDER BY seq"));
    while (read.step()) {
        Entry e{read.int64(0), read.text(1), read.text(2), read.text(3),
                read.isNull(4) ? QJsonObject() : parse(read.utf8(4)),
                read.isNull(5) ? QJsonObject() : parse(read.utf8(5))};
        if (wallOf(e.stamp) > limitWall)
            ahead.emplace(e.stamp, QString());
        for (const QJsonValue &v : std::as_const(e.stamps))
            if (wallOf(v.toString()) > limitWall)
                ahead.emplace(v.toString(), QString());
        entries.push_back(std::move(e));
    }
    read.reset();
    if (ahead.empty())
        return 0;

    // The clock goes back to the limit: no stamp the server accepted is past it, so the new
    // stamps still come after everything this device has seen.
    HlcClock &clock = m_store.clock();
    if (clock.last().wall > limitWall)
        clock.restore(Hlc{limitWall, 0, clock.node()});
    QHash<QString, QString> renamed;
    for (auto &[old, fresh] : ahead) {
        fresh = clock.next().toString();
        renamed.insert(old, fresh);
    }

    Statement &write = db.prepare(QStringLiteral("UPDATE outbox SET stamp = ?, stamps = ?, bases = ? WHERE seq = ?"));
    std::set<std::pair<QString, QString>> records;
    for (Entry &e : entries) {
        const bool stamp = renamed.contains(e.stamp);
        const bool stamps = rename(e.stamps, renamed);
        const bool bases = rename(e.bases, renamed);
        if (!stamp && !stamps && !bases)
            continue;
        write.bind(1, renamed.value(e.stamp, e.stamp));
        e.stamps.isEmpty() ? write.bindNull(2) : write.bind(2, compact(e.stamps));
        e.bases.isEmpty() ? write.bindNull(3) : write.bind(3, compact(e.bases));
        write.bind(4, e.seq);
        write.run();
        records.insert({e.entity, e.recordId});
    }
    for (const auto &[entity, id] : records) {
        const EntityDef *def = Schema::entity(entity);
        if (!def)
            continue;
        Statement &get = db.prepare(QStringLiteral("SELECT _stamps FROM \"%1\" WHERE id = ?").arg(def->table()));
        get.bind(1, id);
        QJsonObject stamps;
        const bool found = get.step();
        if (found)
            stamps = RowStamps::read(get.utf8(0));
        get.reset();
        if (!found || !rename(stamps, renamed))
            continue;
        Statement &put = db.prepare(QStringLiteral("UPDATE \"%1\" SET _stamps = ? WHERE id = ?").arg(def->table()));
        put.bindText(1, RowStamps::write(stamps)).bind(2, id);
        put.run();
    }
    m_store.saveClock();
    tx.commit();
    return int(ahead.size());
}

} // namespace brug
