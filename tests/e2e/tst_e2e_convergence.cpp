// Convergence (issue 3, "Proof"): three devices of one migrant organisation against a real
// brug-server. With fixed seeds, several hundred random operations each: records created (families,
// visits, meetings, referrals, time entries, messages), random fields of random records edited —
// mostly a few "hot" records and fields, so that the same field is written on several devices
// between syncs — tombstones, undeletes, conflicts resolved, and syncs of a random device with
// random batch and page sizes. At the end every device and the server hold exactly the same
// records, fields, values and stamps.
//
// The test keeps its own ledger of every write (read back from the device: fields, stamp, and the
// base stamp each field had before) and replays it, in the order the devices pushed, through a
// model of the merge rule of docs/sync-protocol.md §6. It checks that no write was lost (each
// field ends with the value of its greatest stamp) and that the server's conflict log is exactly
// the one the rule predicts: every concurrent overwrite kept, with the losing value, once.
#include "conflictrepository.h"
#include "faultproxy.h"
#include "catalogue.h"
#include "ids.h"
#include "messagerepository.h"
#include "outbox.h"
#include "schema.h"
#include "serverprocess.h"
#include "testdevice.h"
#include "testorganisations.h"

#include <QElapsedTimer>
#include <cmath>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QtTest>

using namespace brug;
using namespace brug::test;

namespace {

QByteArray canon(const QJsonValue &v)
{
    return QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
}

bool same(const QJsonValue &a, const QJsonValue &b)
{
    return canon(a) == canon(b);
}

/// One local write as the device made it: every field it stamped, the stamp, and the stamp each
/// field held on the device before (its base).
struct Write
{
    int device = 0;
    QString entity;
    QString id;
    QString stamp;
    QJsonObject values;
    QHash<QString, QString> bases;
};

struct FieldState
{
    QJsonValue value;
    QString stamp;
};

struct ExpectedConflict
{
    QString entity, recordId, field;
    QJsonValue winnerValue, loserValue;
    QString winnerStamp, loserStamp;
};

/// The server as docs/sync-protocol.md §6 describes it, fed with the writes in the order they
/// reached it: per field, the greater stamp wins; a concurrent overwrite with a different value
/// logs a conflict keyed by the losing stamp.
class MergeModel
{
public:
    void apply(const Write &w)
    {
        for (auto it = w.values.begin(); it != w.values.end(); ++it) {
            const QString key = w.entity + u'/' + w.id + u'/' + it.key();
            const FieldState incoming{it.value(), w.stamp};
            auto cur = m_fields.find(key);
            if (cur == m_fields.end()) {
                m_fields.insert(key, incoming);
                continue;
            }
            const bool meta = Schema::isMetaField(it.key());
            const QString base = w.bases.value(it.key());
            if (incoming.stamp > cur->stamp) {
                if (!meta && !same(cur->value, incoming.value) && (base.isEmpty() || cur->stamp > base))
                    conflict(w, it.key(), incoming, *cur);
                *cur = incoming;
            } else if (incoming.stamp < cur->stamp) {
                if (!meta && !same(cur->value, incoming.value))
                    conflict(w, it.key(), *cur, incoming);
            }
        }
    }
    [[nodiscard]] const QHash<QString, FieldState> &fields() const { return m_fields; }
    [[nodiscard]] const QMap<QString, ExpectedConflict> &conflicts() const { return m_conflicts; }

private:
    void conflict(const Write &w, const QString &field, const FieldState &winner, const FieldState &loser)
    {
        const QString id = Ids::derived(QStringLiteral("%1|%2|%3|%4").arg(w.entity, w.id, field, loser.stamp));
        if (m_conflicts.contains(id))
            return;
        m_conflicts.insert(id, {w.entity, w.id, field, winner.value, loser.value, winner.stamp, loser.stamp});
    }

    QHash<QString, FieldState> m_fields;
    QMap<QString, ExpectedConflict> m_conflicts;
};

/// entity/id -> field -> {"v": value, "s": stamp}
using Snapshot = QHash<QString, QJsonObject>;

QString firstDifference(const Snapshot &a, const Snapshot &b, const char *nameA, const char *nameB)
{
    for (auto it = a.begin(); it != a.end(); ++it) {
        if (!b.contains(it.key()))
            return QStringLiteral("%1 is on %2, not on %3").arg(it.key(), QLatin1StringView(nameA), QLatin1StringView(nameB));
        const QJsonObject other = b.value(it.key());
        QStringList fields = it.value().keys() + other.keys();
        fields.removeDuplicates();
        for (const QString &f : fields)
            if (!same(it.value().value(f), other.value(f)))
                return QStringLiteral("%1 field %2: %3 has %4, %5 has %6")
                    .arg(it.key(), f, QLatin1StringView(nameA), QString::fromUtf8(canon(it.value().value(f))),
                         QLatin1StringView(nameB), QString::fromUtf8(canon(other.value(f))));
    }
    for (auto it = b.begin(); it != b.end(); ++it)
        if (!a.contains(it.key()))
            return QStringLiteral("%1 is on %2, not on %3").arg(it.key(), QLatin1StringView(nameB), QLatin1StringView(nameA));
    return QString();
}


const QStringList kCreatable = {QStringLiteral("family"), QStringLiteral("visit"), QStringLiteral("meeting"),
                                QStringLiteral("referral"), QStringLiteral("time_entry")};

} // namespace

class TestE2eConvergence : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> server;
    std::unique_ptr<FaultProxy> proxy; // passes everything through; counts the round trips
    QJsonObject demo;
    std::vector<std::unique_ptr<TestDevice>> devices;
    QRandomGenerator rng;
    int counter = 0;
    int seed = 0;
    QString orgId, providerId;
    QStringList userIds;

    std::vector<Write> ledger;
    std::vector<std::vector<Write>> unpushed;   // per device, in write order
    MergeModel model;
    QStringList created;                        // "entity/id" in creation order
    QHash<QString, int> createdBy;              // "entity/id" -> device

    struct Counts
    {
        int ops = 0, creates = 0, edits = 0, deletes = 0, undeletes = 0, messages = 0, resolves = 0,
            syncs = 0, smallSyncs = 0, writes = 0;
    } counts;

    bool chance(int percent) { return int(rng.bounded(100)) < percent; }
    template<typename T> const T &pick(const QList<T> &list) { return list.at(int(rng.bounded(quint32(list.size())))); }

    QString token()
    {
        return QStringLiteral("s%1-%2").arg(seed).arg(++counter);
    }

    QString knownId(const QString &entity)
    {
        QStringList ids;
        for (const QString &k : std::as_const(created))
            if (k.startsWith(entity + u'/'))
                ids << k.mid(entity.size() + 1);
        return ids.isEmpty() ? Ids::newId() : pick(ids);
    }

    /// A valid value for a field, unique where the type allows it (text, numbers, dates), so that
    /// every write of a text field can be told apart.
    QJsonValue valueFor(const QString &entity, const FieldDef &f)
    {
        if (chance(4))
            return QJsonValue::Null;
        const int n = ++counter;
        switch (f.type) {
        case FieldType::Text: {
            QString s = QStringLiteral("%1-%2").arg(seed).arg(n);
            // Some long texts, so that a few records fill a pull page of 16 KiB.
            if (f.maxLength >= 500 && chance(40)) {
                const int extra = int(rng.bounded(quint32(std::min(f.maxLength - 20, 8000))));
                for (int i = 0; i < extra; ++i)
                    s += QChar(u'a' + int(rng.bounded(26u)));
            }
            return s.left(f.maxLength);
        }
        case FieldType::Int:
            return int(f.min) + n % (int(f.max - f.min) + 1);
        case FieldType::Num:
            return std::fmod(n * 0.25, f.max);
        case FieldType::Bool:
            return chance(50);
        case FieldType::Date:
            return QDate(1990, 1, 1).addDays(n % 60000).toString(Qt::ISODate);
        case FieldType::Ms:
            return double(1764489600000LL + n);
        case FieldType::Id:
            if (f.name == u"provider_id")
                return providerId;
            if (f.name == u"intermediary_id" || f.name == u"user_id" || f.name == u"contact_woman_id")
                return pick(userIds);
            if (f.name == u"family_id")
                return knownId(QStringLiteral("family"));
            if (f.name == u"meeting_id")
                return knownId(QStringLiteral("meeting"));
            return Ids::newId();
        case FieldType::Code: {
            const auto items = Catalogue::items(f.catalogue);
            return QString(items[rng.bounded(quint32(items.size()))].code);
        }
        case FieldType::Codes: {
            const auto items = Catalogue::items(f.catalogue);
            QJsonArray a;
            const int k = int(rng.bounded(4u));
            for (int i = 0; i < k; ++i) {
                const QString c = QString(items[rng.bounded(quint32(items.size()))].code);
                if (!a.contains(c))
                    a.append(c);
            }
            return a;
        }
        case FieldType::Children: {
            QJsonArray a;
            const int k = int(rng.bounded(4u));
            static const char *const genders[] = {"f", "m", "x"};
            for (int i = 0; i < k; ++i)
                a.append(QJsonObject{{QStringLiteral("birth_year"), 2000 + (n + i) % 100},
                                     {QStringLiteral("gender"), QLatin1StringView(genders[(n + i) % 3])}});
            return a;
        }
        case FieldType::Any:
        case FieldType::Stamp:
            break;
        }
        Q_UNUSED(entity)
        return QJsonValue::Null;
    }

    /// The fields a migrant organisation's device writes by hand (not meta, not the provider's).
    static QList<const FieldDef *> editable(const QString &entity)
    {
        QList<const FieldDef *> out;
        for (const FieldDef &f : Schema::entity(entity)->fields)
            if (!f.meta && f.writer == Writer::Owner)
                out << &f;
        return out;
    }

    /// Two fields per entity that every device keeps writing: text, numbers, dates or codes,
    /// so that concurrent writes mostly differ.
    static QList<const FieldDef *> hotFields(const QString &entity)
    {
        QList<const FieldDef *> out;
        for (const FieldDef *f : editable(entity))
            if (out.size() < 2 && f->name != u"state" &&
                (f->type == FieldType::Text || f->type == FieldType::Int || f->type == FieldType::Date ||
                 f->type == FieldType::Code))
                out << f;
        return out;
    }

    /// Reads back what one local write did, checks it, and puts it in the ledger.
    bool capture(int d, const QString &entity, const QString &id, const std::optional<Record> &before,
                 const QJsonObject &intended)
    {
        const std::optional<Record> after = devices[d]->records().get(entity, id);
        if (!after) {
            qWarning() << "write of" << entity << id << "left no record";
            return false;
        }
        Write w;
        w.device = d;
        w.entity = entity;
        w.id = id;
        for (auto it = after->stamps.begin(); it != after->stamps.end(); ++it) {
            const QString old = before ? before->stamps.value(it.key()).toString() : QString();
            if (old == it.value().toString())
                continue;
            if (!w.stamp.isEmpty() && w.stamp != it.value().toString()) {
                qWarning() << "one write, two stamps:" << w.stamp << it.value().toString();
                return false;
            }
            w.stamp = it.value().toString();
            w.values.insert(it.key(), after->fields.value(it.key()));
            if (!old.isEmpty())
                w.bases.insert(it.key(), old);
        }
        for (auto it = intended.begin(); it != intended.end(); ++it) {
            const QJsonValue stored = after->fields.value(it.key());
            if (!same(stored, it.value())) {
                qWarning() << "stored" << entity << it.key() << canon(stored) << "wrote" << canon(it.value());
                return false;
            }
        }
        if (w.values.isEmpty())
            return true; // nothing changed: nothing was written
        ledger.push_back(w);
        unpushed[size_t(d)].push_back(w);
        ++counts.writes;
        return true;
    }

    /// Records of the org a device holds, preferring a few hot ones so that writes collide.
    std::optional<QString> pickRecord(int d, const QStringList &entities, bool wantDeleted = false)
    {
        QStringList candidates;
        const int hot = 8;
        const bool preferHot = chance(60);
        for (const QString &k : std::as_const(created)) {
            const QString entity = k.section(u'/', 0, 0);
            if (!entities.contains(entity))
                continue;
            const auto r = devices[d]->records().get(entity, k.section(u'/', 1));
            if (!r || r->isDeleted() != wantDeleted)
                continue;
            candidates << k;
            if (preferHot && candidates.size() >= hot)
                break;
        }
        if (candidates.isEmpty())
            return std::nullopt;
        return pick(candidates);
    }

    bool opCreate(int d)
    {
        const QString entity = pick(kCreatable);
        const auto fields = editable(entity);
        QJsonObject values;
        for (const FieldDef *f : fields)
            if (chance(50) || f->name == u"note" || f->name == u"name" || f->name == u"date")
                values.insert(f->name, valueFor(entity, *f));
        if (entity == u"referral")
            values.insert(QStringLiteral("state"), QStringLiteral("draft"));
        const QString id = devices[d]->records().create(entity, values);
        created << entity + u'/' + id;
        createdBy.insert(entity + u'/' + id, d);
        ++counts.creates;
        return capture(d, entity, id, std::nullopt, values);
    }

    bool opEdit(int d)
    {
        const auto key = pickRecord(d, kCreatable);
        if (!key)
            return opCreate(d);
        const QString entity = key->section(u'/', 0, 0), id = key->section(u'/', 1);
        const auto fields = editable(entity);
        QJsonObject values;
        const int k = 1 + int(rng.bounded(3u));
        for (int i = 0; i < k; ++i) {
            // Mostly the first few fields of the entity: the same fields on different devices.
            const FieldDef *f = chance(60) ? pick(hotFields(entity)) : pick(fields);
            if (entity == u"referral" && f->name == u"state")
                continue;
            values.insert(f->name, valueFor(entity, *f));
        }
        const auto before = devices[d]->records().get(entity, id);
        devices[d]->records().update(entity, id, values);
        ++counts.edits;
        return capture(d, entity, id, before, values);
    }

    bool opDelete(int d, bool undelete)
    {
        const auto key = pickRecord(d, kCreatable, undelete);
        if (!key)
            return true;
        const QString entity = key->section(u'/', 0, 0), id = key->section(u'/', 1);
        const auto before = devices[d]->records().get(entity, id);
        if (undelete) {
            devices[d]->records().update(entity, id, {{QStringLiteral("deleted"), false}});
            ++counts.undeletes;
        } else {
            devices[d]->records().remove(entity, id);
            ++counts.deletes;
        }
        return capture(d, entity, id, before, {{QStringLiteral("deleted"), undelete ? false : true}});
    }

    bool opMessage(int d)
    {
        const auto key = pickRecord(d, {QStringLiteral("referral")});
        if (!key)
            return true;
        const QString referral = key->section(u'/', 1);
        const QString body = QStringLiteral("message %1").arg(token());
        const QString id = MessageRepository(devices[d]->store()).post(referral, body);
        created << QStringLiteral("message/") + id;
        createdBy.insert(QStringLiteral("message/") + id, d);
        ++counts.messages;
        return capture(d, QStringLiteral("message"), id, std::nullopt, {{QStringLiteral("body"), body}});
    }

    bool opResolve(int d)
    {
        const auto open = ConflictRepository(devices[d]->store()).allOpen();
        if (open.empty())
            return true;
        const Conflict c = open[rng.bounded(quint32(open.size()))];
        const auto targetBefore = devices[d]->records().get(c.entity, c.recordId);
        const auto conflictBefore = devices[d]->records().get(u"conflict", c.id);
        ConflictRepository(devices[d]->store()).resolve(c.id, chance(50));
        ++counts.resolves;
        // In the order resolve() writes them: the record (keeping the loser), then the conflict.
        return (!targetBefore || capture(d, c.entity, c.recordId, targetBefore, {})) &&
               capture(d, QStringLiteral("conflict"), c.id, conflictBefore, {});
    }

    bool opSync(int d, bool small)
    {
        TestDevice &dev = *devices[size_t(d)];
        if (small) {
            // Tiny batches and the smallest pull pages the protocol allows: many round trips.
            dev.client().setLimits(1 + int(rng.bounded(6u)), 600 + qint64(rng.bounded(4000u)), 16 * 1024);
            ++counts.smallSyncs;
        } else {
            dev.client().setLimits(5000, 2 * 1024 * 1024, 4 * 1024 * 1024);
        }
        ++counts.syncs;
        if (!dev.sync()) {
            qWarning() << "sync of device" << d << "failed:" << dev.client().reasonCode() << dev.client().reason();
            return false;
        }
        if (dev.client().pendingChanges() != 0) {
            qWarning() << "device" << d << "still has" << dev.client().pendingChanges() << "changes after a sync";
            return false;
        }
        // Everything this device wrote reached the server, in the order it wrote it.
        for (const Write &w : unpushed[size_t(d)])
            model.apply(w);
        unpushed[size_t(d)].clear();
        return true;
    }

    Snapshot serverSnapshot(int *conflictsOut = nullptr)
    {
        QString error;
        const QJsonObject dump = server->admin({QStringLiteral("dump")}, &error);
        if (dump.isEmpty())
            qWarning() << "dump failed:" << error;
        Snapshot out;
        for (const QJsonValue &v : dump.value(u"records").toArray()) {
            const QJsonObject r = v.toObject();
            if (r.value(u"audience").toString() != u"public" && r.value(u"org_id").toString() != orgId)
                continue;
            out.insert(r.value(u"entity").toString() + u'/' + r.value(u"id").toString(), r.value(u"fields").toObject());
            if (conflictsOut && r.value(u"entity").toString() == u"conflict")
                ++*conflictsOut;
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    // A pull in several pages must bring every field of a record, also when the record was
    // changed again after its first fields were written (found by randomWritesConverge).
    void pagedPullBringsEveryField()
    {
        server = std::make_unique<ServerProcess>();
        QString error;
        QVERIFY2(server->start(&error), qPrintable(error));
        demo = createOrganisations(*server);
        const QJsonObject codes = demo.value(u"codes").toObject();
        TestDevice amal(QStringLiteral("amal")), kwame(QStringLiteral("kwame"));
        QVERIFY2(amal.enrol(server->url(), codes.value(u"amal").toString(), &error), qPrintable(error));
        QVERIFY2(kwame.enrol(server->url(), codes.value(u"kwame").toString(), &error), qPrintable(error));
        // Three visits of about 17 KB each: a pull page of 16 KiB holds one of them.
        QStringList ids;
        for (int i = 0; i < 3; ++i)
            ids << amal.records().create(u"visit", {{QStringLiteral("date"), QStringLiteral("2026-11-2%1").arg(i)},
                                                    {QStringLiteral("note"), QString(17000, QChar(u'a' + i))}});
        QVERIFY(amal.sync());
        // The first visit changes again: it now sorts after the other two in a pull, while its
        // note and date still carry their first, older sequence numbers.
        amal.records().update(u"visit", ids[0], {{QStringLiteral("duration_min"), 42}});
        QVERIFY(amal.sync());

        kwame.client().setLimits(5000, 2 * 1024 * 1024, 16 * 1024);
        QVERIFY(kwame.sync());
        for (int i = 0; i < 3; ++i) {
            const auto v = kwame.records().get(u"visit", ids[i]);
            QVERIFY(v.has_value());
            QCOMPARE(v->value(u"note").toString(), QString(17000, QChar(u'a' + i)));
            QCOMPARE(v->value(u"date").toString(), QStringLiteral("2026-11-2%1").arg(i));
        }
        QCOMPARE(kwame.records().get(u"visit", ids[0])->value(u"duration_min").toInt(), 42);
        const QString diff = firstDifference(kwame.snapshot(), amal.snapshot(), "kwame", "amal");
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        server.reset();
    }

    void randomWritesConverge_data()
    {
        QTest::addColumn<int>("seed");
        QTest::addColumn<int>("operations");
        QTest::newRow("seed 1") << 1 << 500;
        QTest::newRow("seed 2") << 2 << 500;
        QTest::newRow("seed 3") << 3 << 500;
        QTest::newRow("seed 4") << 4 << 500;
    }

    void randomWritesConverge()
    {
        QFETCH(int, seed);
        QFETCH(int, operations);
        QElapsedTimer timer;
        timer.start();
        this->seed = seed;
        rng.seed(quint32(seed) * 7919u);
        counter = 0;
        ledger.clear();
        created.clear();
        createdBy.clear();
        model = MergeModel{};
        counts = Counts{};
        devices.clear();
        unpushed.assign(3, {});

        server = std::make_unique<ServerProcess>();
        QString error;
        QVERIFY2(server->start(&error), qPrintable(error));
        demo = createOrganisations(*server);
        QVERIFY(!demo.value(u"codes").toObject().value(u"ayse").toString().isEmpty());
        orgId = demo.value(u"organisations").toObject().value(u"migrant_org").toString();
        providerId = demo.value(u"organisations").toObject().value(u"provider").toString();
        const QJsonObject users = demo.value(u"users").toObject();
        userIds = {users.value(u"amal").toString(), users.value(u"kwame").toString(), users.value(u"ayse").toString(),
                   users.value(u"fatima").toString()};
        proxy = std::make_unique<FaultProxy>(server->port());
        QVERIFY(proxy->listen());
        for (const char *name : {"amal", "kwame", "ayse"}) {
            auto d = std::make_unique<TestDevice>(QLatin1StringView(name));
            const QString code = demo.value(u"codes").toObject().value(QLatin1StringView(name)).toString();
            QVERIFY2(d->enrol(proxy->url(), code, &error), qPrintable(error));
            devices.push_back(std::move(d));
        }

        for (int op = 0; op < operations; ++op) {
            const int d = int(rng.bounded(3u));
            const int roll = int(rng.bounded(100u));
            bool ok = true;
            if (roll < 14 || created.size() < 4)
                ok = opCreate(d);
            else if (roll < 60)
                ok = opEdit(d);
            else if (roll < 65)
                ok = opDelete(d, false);
            else if (roll < 67)
                ok = opDelete(d, true);
            else if (roll < 71)
                ok = opMessage(d);
            else if (roll < 75)
                ok = opResolve(d);
            else
                ok = opSync(d, chance(35));
            ++counts.ops;
            QVERIFY2(ok, qPrintable(QStringLiteral("operation %1 (roll %2) on device %3").arg(op).arg(roll).arg(d)));
        }

        // Quiet: every device pushes what it has and pulls what the others pushed.
        for (int round = 0; round < 3; ++round)
            for (int d = 0; d < 3; ++d)
                QVERIFY(opSync(d, round == 0 && chance(50)));

        int serverConflicts = 0;
        const Snapshot onServer = serverSnapshot(&serverConflicts);
        QVERIFY(!onServer.isEmpty());

        // 1. Every device holds exactly what the server holds for this organisation.
        for (int d = 0; d < 3; ++d) {
            const Snapshot mine = devices[size_t(d)]->snapshot();
            const QString diff = firstDifference(mine, onServer, "the device", "the server");
            QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("device %1: %2").arg(d).arg(diff)));
            QCOMPARE(devices[size_t(d)]->client().pendingChanges(), 0);
            QCOMPARE(Outbox(devices[size_t(d)]->store()).rejectedChanges().size(), size_t(0));
        }

        // 2. No write lost: each field holds the value of its greatest stamp in the ledger.
        QHash<QString, FieldState> latest;
        QHash<QString, QJsonValue> valueAtStamp; // entity/id/field/stamp -> value
        for (const Write &w : ledger)
            for (auto it = w.values.begin(); it != w.values.end(); ++it) {
                const QString key = w.entity + u'/' + w.id + u'/' + it.key();
                valueAtStamp.insert(key + u'/' + w.stamp, it.value());
                auto l = latest.find(key);
                if (l == latest.end() || w.stamp > l->stamp)
                    latest.insert(key, {it.value(), w.stamp});
            }
        for (auto it = latest.begin(); it != latest.end(); ++it) {
            const QString record = it.key().section(u'/', 0, 1), field = it.key().section(u'/', 2);
            QVERIFY2(onServer.contains(record), qPrintable(record + QStringLiteral(" is missing on the server")));
            const QJsonObject f = onServer.value(record).value(field).toObject();
            QVERIFY2(f.value(u"s").toString() == it->stamp && same(f.value(u"v"), it->value),
                     qPrintable(QStringLiteral("%1: server has %2 @ %3, the last write was %4 @ %5")
                                    .arg(it.key(), QString::fromUtf8(canon(f.value(u"v"))), f.value(u"s").toString(),
                                         QString::fromUtf8(canon(it->value)), it->stamp)));
            const FieldState m = model.fields().value(it.key());
            QVERIFY(m.stamp == it->stamp && same(m.value, it->value));
        }
        // Every record created is there, once; nothing else of these kinds is.
        QSet<QString> serverRecords;
        for (auto it = onServer.begin(); it != onServer.end(); ++it) {
            const QString entity = it.key().section(u'/', 0, 0);
            if (kCreatable.contains(entity) || entity == u"message")
                serverRecords.insert(it.key());
        }
        const QSet<QString> createdSet(created.begin(), created.end());
        QCOMPARE(createdSet.size(), created.size());
        QCOMPARE(serverRecords, createdSet);

        // 3. The conflict log: exactly the conflicts the merge rule predicts, each once, each
        //    keeping a value some device really wrote, the winner newer than the loser.
        QMap<QString, QJsonObject> conflicts;
        for (auto it = onServer.begin(); it != onServer.end(); ++it)
            if (it.key().startsWith(u"conflict/"))
                conflicts.insert(it.key().mid(9), it.value());
        QVERIFY2(!conflicts.isEmpty(), "a run with this many concurrent edits makes conflicts");
        for (auto it = conflicts.begin(); it != conflicts.end(); ++it) {
            const QJsonObject &c = it.value();
            auto v = [&](const char *f) { return c.value(QLatin1StringView(f)).toObject().value(u"v"); };
            const QString where = QStringLiteral("conflict %1 on %2/%3.%4")
                                      .arg(it.key(), v("entity").toString(), v("record_id").toString(), v("field").toString());
            QVERIFY2(v("winner_stamp").toString() > v("loser_stamp").toString(), qPrintable(where));
            const QString fieldKey = v("entity").toString() + u'/' + v("record_id").toString() + u'/' + v("field").toString();
            QVERIFY2(valueAtStamp.contains(fieldKey + u'/' + v("loser_stamp").toString()),
                     qPrintable(where + QStringLiteral(": the loser is no write of any device")));
            QVERIFY2(same(valueAtStamp.value(fieldKey + u'/' + v("loser_stamp").toString()), v("loser_value")),
                     qPrintable(where + QStringLiteral(": the loser's value is not what was written")));
            QVERIFY2(same(valueAtStamp.value(fieldKey + u'/' + v("winner_stamp").toString()), v("winner_value")),
                     qPrintable(where + QStringLiteral(": the winner's value is not what was written")));
            QString name = fieldKey;
            name.replace(u'/', u'|');
            QVERIFY2(it.key() == Ids::derived(name + u'|' + v("loser_stamp").toString()),
                     qPrintable(where + QStringLiteral(": id is not derived from its loser")));
        }
        const auto &expected = model.conflicts();
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            QVERIFY2(conflicts.contains(it.key()),
                     qPrintable(QStringLiteral("no conflict kept for %1/%2.%3: %4 @ %5 lost to %6 @ %7")
                                    .arg(it->entity, it->recordId, it->field, QString::fromUtf8(canon(it->loserValue)),
                                         it->loserStamp, QString::fromUtf8(canon(it->winnerValue)), it->winnerStamp)));
            const QJsonObject c = conflicts.value(it.key());
            auto v = [&](const char *f) { return c.value(QLatin1StringView(f)).toObject().value(u"v"); };
            QCOMPARE(v("winner_stamp").toString(), it->winnerStamp);
            QVERIFY(same(v("winner_value"), it->winnerValue));
        }
        for (auto it = conflicts.begin(); it != conflicts.end(); ++it)
            QVERIFY2(expected.contains(it.key()),
                     qPrintable(QStringLiteral("conflict %1 was not a concurrent write").arg(it.key())));
        QCOMPARE(conflicts.size(), expected.size());

        // Message threads: each message once (messages are never conflicts).
        int messages = 0;
        for (auto it = onServer.begin(); it != onServer.end(); ++it)
            messages += it.key().startsWith(u"message/");
        QCOMPARE(messages, counts.messages);

        qInfo("seed %d: %d operations (%d creates, %d edits, %d deletes, %d undeletes, %d messages, "
              "%d resolves, %d syncs of which %d with tiny batches and pages, in %d requests), %d writes, "
              "%d records, %d conflicts, %lld ms",
              seed, counts.ops, counts.creates, counts.edits, counts.deletes, counts.undeletes, counts.messages,
              counts.resolves, counts.syncs, counts.smallSyncs, proxy->stats().requests - 3, counts.writes,
              int(created.size()), int(conflicts.size()), timer.elapsed());
        devices.clear();
        proxy.reset();
        server.reset();
    }
};

QTEST_GUILESS_MAIN(TestE2eConvergence)
#include "tst_e2e_convergence.moc"
