#include "records.h"

#include "fieldvalidator.h"
#include "ids.h"
#include "recordcodec.h"
#include "rowstamps.h"
#include "rowstampstext.h"
#include "searchkey.h"
#include "store.h"

#include <QJsonDocument>
#include <algorithm>
#include <array>
#include <map>
#include <tuple>

namespace brug {

namespace {
QString quoted(const QString &name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

QString columnList(const EntityDef &def)
{
    QStringList cols;
    for (const FieldDef &f : def.fields)
        cols << quoted(f.name);
    return cols.join(u',');
}

QString selectSql(const EntityDef &def)
{
    return QStringLiteral("SELECT %1, _stamps, id FROM \"%2\" WHERE id = ?")
        .arg(columnList(def), def.name);
}

Record readRow(const EntityDef &def, const Statement &s)
{
    Record r;
    r.entity = def.table();
    int col = 0;
    for (const FieldDef &f : def.fields)
        r.fields.insert(f.name, RecordCodec::read(s, col++, f));
    r.stamps = RowStamps::read(s.utf8(col++));
    r.id = s.text(col);
    return r;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

Records::Records(Store &store) : m_store(store) {}

const EntityDef &Records::entityDef(QStringView entity)
{
    const EntityDef *def = Schema::entity(entity);
    if (!def)
        throw StoreError(StoreError::Kind::Invalid, QString(),
                         QStringLiteral("unknown entity '%1'").arg(entity));
    return *def;
}

std::optional<Record> Records::get(QStringView entity, const QString &id)
{
    const EntityDef &def = entityDef(entity);
    Statement &s = m_store.db().prepare(selectSql(def));
    s.bind(1, id);
    if (!s.step()) {
        s.reset();
        return std::nullopt;
    }
    Record r = readRow(def, s);
    s.reset();
    return r;
}

std::vector<Record> Records::query(QStringView entity, const QString &where, const QVariantList &args)
{
    const EntityDef &def = entityDef(entity);
    Statement &s = m_store.db().prepare(QStringLiteral("SELECT %1, _stamps, id FROM \"%2\" WHERE %3")
                                            .arg(columnList(def), def.name, where));
    int i = 1;
    for (const QVariant &a : args)
        s.bind(i++, a);
    std::vector<Record> out;
    while (s.step())
        out.push_back(readRow(def, s));
    s.reset();
    return out;
}

QString Records::create(QStringView entity, const QJsonObject &fields)
{
    const QString id = Ids::newId();
    write(entityDef(entity), id, fields, true);
    return id;
}

void Records::createWithId(QStringView entity, const QString &id, const QJsonObject &fields)
{
    if (!Ids::isValid(id))
        throw StoreError(StoreError::Kind::Invalid, QString(), QStringLiteral("not a valid id"));
    write(entityDef(entity), id, fields, true);
}

bool Records::update(QStringView entity, const QString &id, const QJsonObject &fields)
{
    return write(entityDef(entity), id, fields, false);
}

void Records::remove(QStringView entity, const QString &id)
{
    write(entityDef(entity), id, QJsonObject{{QStringLiteral("deleted"), true}}, false);
}

bool Records::write(const EntityDef &def, const QString &id, QJsonObject fields, bool create)
{
    const DeviceIdentity &me = m_store.identity();
    if (!me.isValid())
        throw StoreError(StoreError::Kind::Invalid, m_store.path(),
                         QStringLiteral("this device is not enrolled: nothing can be written yet"));
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const FieldDef *f = def.field(it.key());
        if (!f || (f->meta && it.key() != u"deleted"))
            throw StoreError(StoreError::Kind::Invalid, QString(),
                             QStringLiteral("%1.%2: not a field that can be written")
                                 .arg(def.name, it.key()));
        if (auto err = validateField(*f, it.value()))
            throw StoreError(StoreError::Kind::Invalid, QString(),
                             QStringLiteral("%1.%2").arg(def.name, err->message));
    }

    Transaction tx(m_store.db());
    const std::optional<Record> current = get(def.name, id);
    if (create && current)
        throw StoreError(StoreError::Kind::Invalid, QString(),
                         QStringLiteral("%1 %2 exists already").arg(def.name, id));
    if (!create && !current)
        throw StoreError(StoreError::Kind::NotFound, QString(),
                         QStringLiteral("no %1 with id %2").arg(def.name, id));
    if (current) {
        // Writing a field again with the same value would still stamp it newer and could
        // overwrite another device's concurrent change: only what changed is written.
        for (auto it = fields.begin(); it != fields.end();) {
            if (current->fields.value(it.key()) == it.value())
                it = fields.erase(it);
            else
                ++it;
        }
        if (fields.isEmpty())
            return false;
    }

    const qint64 now = m_store.now();
    fields.insert(QStringLiteral("updated_at"), now);
    fields.insert(QStringLiteral("updated_by"), me.userId);
    fields.insert(QStringLiteral("updated_device"), me.deviceId);
    if (create) {
        fields.insert(QStringLiteral("created_at"), now);
        fields.insert(QStringLiteral("created_by"), me.userId);
        if (!fields.contains(u"deleted"))
            fields.insert(QStringLiteral("deleted"), false);
    }
    const QString stamp = m_store.clock().next().toString();

    QJsonObject stamps = current ? current->stamps : QJsonObject();
    QJsonObject bases;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (stamps.contains(it.key()))
            bases.insert(it.key(), stamps.value(it.key()));
        stamps.insert(it.key(), stamp);
    }
    storeRow(def, id, fields, RowStamps::write(stamps), current.has_value());

    const QByteArray fieldsJson = compact(fields);
    Statement &out = m_store.db().prepare(QStringLiteral(
        "INSERT INTO outbox (entity, record_id, fields, stamp, bases, bytes) VALUES (?,?,?,?,?,?)"));
    out.bind(1, def.table()).bind(2, id).bind(3, QString::fromUtf8(fieldsJson)).bind(4, stamp);
    if (bases.isEmpty())
        out.bindNull(5);
    else
        out.bind(5, QString::fromUtf8(compact(bases)));
    out.bind(6, qint64(fieldsJson.size() + 160));
    out.run();
    m_store.saveClock();
    tx.commit();
    return true;
}

void Records::storeRow(const EntityDef &def, const QString &id, const QJsonObject &fields,
                       const QByteArray &stampsJson, bool exists)
{
    // Which of the entity's fields are written, in the schema's order: the statement depends on
    // nothing else, and a pull writes thousands of rows with the same fields. Each value is
    // looked up once, by its place in the schema.
    quint64 mask = 0;
    std::array<QJsonObject::const_iterator, 64> values;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const int f = fieldIndex(def, it.key());
        mask |= quint64(1) << f;
        values[size_t(f)] = it;
    }
    // A new family's search key goes in with it; an existing one's is read back after the update.
    const bool family = def.name == u"family";
    const bool keyInRow = family && !exists;
    Statement &s = m_store.db().prepare(rowSql(def, mask, exists, keyInRow));
    int i = 1;
    for (size_t f = 0; f < def.fields.size(); ++f)
        if (mask & (quint64(1) << f))
            RecordCodec::bind(s, i++, def.fields[f], values[f].value());
    s.bindText(i++, stampsJson);
    if (keyInRow)
        s.bind(i++, SearchKey::forFamily(fields.value(u"code").toString(), fields.value(u"name").toString(),
                                         fields.value(u"neighbourhood").toString()));
    s.bind(i, id);
    s.run();
    if (family && exists &&
        std::any_of(SearchKey::kFamilyFields.begin(), SearchKey::kFamilyFields.end(),
                    [&](QStringView f) { return fields.contains(f); }))
        updateSearchKey(id);
}

int Records::fieldIndex(const EntityDef &def, const QString &name)
{
    const FieldDef *f = def.field(name);
    const auto index = f ? f - def.fields.data() : -1;
    // A row's fields are a 64-bit mask (rowSql); tst_schema keeps every entity within it.
    if (index < 0 || index >= 64)
        throw StoreError(StoreError::Kind::Invalid, QString(), QStringLiteral("%1.%2: unknown field").arg(def.name, name));
    return int(index);
}

const QString &Records::rowSql(const EntityDef &def, quint64 mask, bool exists, bool withSearchKey)
{
    thread_local std::map<std::tuple<const EntityDef *, quint64, bool, bool>, QString> made;
    QString &sql = made[{&def, mask, exists, withSearchKey}];
    if (!sql.isEmpty())
        return sql;
    QStringList names;
    for (size_t f = 0; f < def.fields.size(); ++f)
        if (mask & (quint64(1) << f))
            names << quoted(def.fields[f].name);
    names << QStringLiteral("_stamps");
    if (withSearchKey)
        names << QStringLiteral("search_key");
    if (exists) {
        // OR FAIL: a one-row update has nothing of its own to undo when a constraint fails, and
        // an UPDATE that may abort otherwise copies every page it changes into a statement
        // journal, which SQLCipher 3 encrypts: 190 of the 500 pages the device encrypted in a
        // sync of 100 records edited on both sides.
        sql = QStringLiteral("UPDATE OR FAIL \"%1\" SET %2 = ? WHERE id = ?").arg(def.name, names.join(QStringLiteral(" = ?,")));
    } else {
        const QString marks = QStringLiteral("?,").repeated(names.size());
        sql = QStringLiteral("INSERT INTO \"%1\" (%2, id) VALUES (%3?)").arg(def.name, names.join(u','), marks);
    }
    return sql;
}

void Records::updateSearchKey(const QString &familyId)
{
    Statement &r = m_store.db().prepare(
        QStringLiteral("SELECT code, name, neighbourhood FROM family WHERE id = ?"));
    r.bind(1, familyId);
    QString key;
    if (r.step())
        key = SearchKey::forFamily(r.text(0), r.text(1), r.text(2));
    r.reset();
    Statement &w = m_store.db().prepare(QStringLiteral("UPDATE family SET search_key = ? WHERE id = ?"));
    w.bind(1, key).bind(2, familyId);
    w.run();
}

void Records::dropRecord(const QString &entity, const QString &id)
{
    Database &db = m_store.db();
    if (entity == u"referral") {
        Statement &c = db.prepare(QStringLiteral(
            "DELETE FROM conflict WHERE record_id IN (SELECT id FROM message WHERE referral_id = ?)"));
        c.bind(1, id);
        c.run();
        Statement &m = db.prepare(QStringLiteral("DELETE FROM message WHERE referral_id = ?"));
        m.bind(1, id);
        m.run();
    }
    Statement &c = db.prepare(QStringLiteral("DELETE FROM conflict WHERE record_id = ?"));
    c.bind(1, id);
    c.run();
    Statement &d = db.prepare(QStringLiteral("DELETE FROM \"%1\" WHERE id = ?").arg(entity));
    d.bind(1, id);
    d.run();
}

Records::ApplyResult Records::applyRemote(const RecordChange &change, bool persistClock)
{
    Transaction tx(m_store.db());
    const ApplyResult result = merge(change);
    if (persistClock)
        m_store.saveClock();
    tx.commit();
    return result;
}

void Records::applyRemoteAll(const std::vector<RecordChange> &changes, bool persistClock)
{
    Transaction tx(m_store.db());
    for (const RecordChange &c : changes)
        merge(c);
    if (persistClock)
        m_store.saveClock();
    tx.commit();
}

Records::ApplyResult Records::merge(const RecordChange &change)
{
    const EntityDef &def = entityDef(change.entity);
    if (!Ids::isValid(change.id))
        throw StoreError(StoreError::Kind::Invalid, QString(), QStringLiteral("bad record id"));
    ApplyResult result;
    if (change.drop) {
        dropRecord(def.table(), change.id);
        result.dropped = true;
        return result;
    }
    // The merge needs only the current stamps (and whether the record exists), not its values.
    Statement &read = m_store.db().prepare(QStringLiteral("SELECT _stamps FROM \"%1\" WHERE id = ?").arg(def.name));
    read.bind(1, change.id);
    const bool exists = read.step();
    RowStampsText stamps(exists ? read.utf8(0) : QByteArray());
    read.reset();
    QString lastStamp;
    const QString *shared = change.sharedStamp();
    // Checks one field of the change and observes its stamp, which it returns.
    auto check = [&](const QString &name, const QJsonValue &value) {
        const FieldDef *f = def.field(name);
        if (!f)
            throw StoreError(StoreError::Kind::Invalid, QString(),
                             QStringLiteral("%1.%2: unknown field").arg(def.name, name));
        if (!change.validated)
            if (auto err = validateField(*f, value))
                throw StoreError(StoreError::Kind::Invalid, QString(),
                                 QStringLiteral("%1.%2").arg(def.name, err->message));
        const QString stamp = shared ? *shared : change.stampOf(name);
        // A change's fields mostly share one stamp: read and observe each stamp once.
        if (lastStamp.isEmpty() || (stamp.constData() != lastStamp.constData() && stamp != lastStamp)) {
            const std::optional<Hlc> hlc = Hlc::parse(stamp);
            if (!hlc)
                throw StoreError(StoreError::Kind::Invalid, QString(),
                                 QStringLiteral("%1.%2: bad stamp").arg(def.name, name));
            m_store.clock().observe(*hlc);
            lastStamp = stamp;
        }
        return stamp;
    };
    if (!exists) {
        // A new record (most of a first pull): every field wins, and its stamps are written out
        // as they are checked rather than gathered into objects first. Names are the schema's
        // and stamps passed Hlc::parse, so neither needs escaping.
        if (change.fields.isEmpty())
            return result;
        QByteArray stampsJson;
        if (shared) {
            stampsJson.reserve(48 + change.fields.size() * 16);
            for (auto it = change.fields.begin(); it != change.fields.end(); ++it) {
                check(it.key(), it.value());
                if (stampsJson.isEmpty())
                    RowStamps::beginShared(stampsJson, *shared);
                RowStamps::appendSharedField(stampsJson, it.key());
            }
            stampsJson += '}';
        } else {
            QJsonObject stamps;
            for (auto it = change.fields.begin(); it != change.fields.end(); ++it)
                stamps.insert(it.key(), check(it.key(), it.value()));
            stampsJson = RowStamps::write(stamps);
        }
        storeRow(def, change.id, change.fields, stampsJson, false);
        result.fieldsApplied = int(change.fields.size());
        result.created = true;
        return result;
    }
    QJsonObject winners;
    for (auto it = change.fields.begin(); it != change.fields.end(); ++it) {
        const QString stamp = check(it.key(), it.value());
        if (stamp > stamps.stampOf(it.key())) {
            winners.insert(it.key(), it.value());
            stamps.set(it.key(), stamp);
        }
    }
    if (!winners.isEmpty()) {
        storeRow(def, change.id, winners, stamps.text(), exists);
        result.fieldsApplied = int(winners.size());
    }
    return result;
}

} // namespace brug
