// The wire format of docs/sync-protocol.md, without a server: changes (§7) with their shared
// stamp `s`, overrides `x`, bases `b`, re-send `r` and drops; the sync and enrol bodies (§3, §8)
// both ways; and that every validation error carries the right code, status and path (§2) and
// never repeats a value that was sent.
#include "contentcoding.h"
#include "gzip.h"
#include "gzipinflater.h"
#include "jsontext.h"
#include "protocolerror.h"
#include "syncmessages.h"
#include "wirechange.h"
#include "zstdcodec.h"
#include "zstddecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <zstd.h>

using namespace brug;

namespace {
// Inflates as brug-server does (GzipInflater), whole body at once; the state says how it ended.
QByteArray inflate(const QByteArray &gz, qint64 cap, GzipInflater::State *state)
{
    GzipInflater inflater(cap);
    inflater.feed(gz.constData(), gz.size());
    *state = inflater.finish();
    return *state == GzipInflater::State::Ok ? inflater.takeOutput() : QByteArray();
}
} // namespace

namespace {
const QString kNode = QStringLiteral("9f3a2b1c4d5e6f70");
const QString kS1 = QStringLiteral("1764489600000-0000-9f3a2b1c4d5e6f70");
const QString kS2 = QStringLiteral("1764489605000-0003-9f3a2b1c4d5e6f70");
const QString kS3 = QStringLiteral("1764489609000-0000-00000000000000ff");
const QString kBase = QStringLiteral("1764400000000-0002-9f3a2b1c4d5e6f70");
const QString kId = QStringLiteral("2f1c0a9e-3b4d-4e5f-8a6b-7c8d9e0f1a2b");
const QString kFamily = QStringLiteral("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
const QString kStore = QStringLiteral("5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9");
// Put in sent text values; no error message may repeat it (§2: never a family's data).
const QString kMarker = QStringLiteral("ZQXMARKER");

QJsonObject parse(const char *json)
{
    QJsonParseError e{};
    const QJsonDocument d = QJsonDocument::fromJson(QByteArray(json), &e);
    if (e.error != QJsonParseError::NoError)
        qFatal("bad JSON in the test table: %s: %s", json, qPrintable(e.errorString()));
    return d.object();
}

/// A valid pushed visit change; the table below breaks one member at a time.
QJsonObject visitChange()
{
    return QJsonObject{{QStringLiteral("e"), QStringLiteral("visit")},
                       {QStringLiteral("id"), kId},
                       {QStringLiteral("s"), kS1},
                       {QStringLiteral("f"), QJsonObject{{QStringLiteral("family_id"), kFamily},
                                                         {QStringLiteral("date"), QStringLiteral("2026-11-30")},
                                                         {QStringLiteral("duration_min"), 45},
                                                         {QStringLiteral("note"), kMarker}}}};
}

QJsonObject withMember(QJsonObject o, const QString &key, const QJsonValue &v)
{
    if (v.isUndefined())
        o.remove(key);
    else
        o.insert(key, v);
    return o;
}

QJsonObject withField(const QString &field, const QJsonValue &v)
{
    QJsonObject c = visitChange();
    QJsonObject f = c.value(u"f").toObject();
    f.insert(field, v);
    c.insert(u"f", f);
    return c;
}

RecordChange visit()
{
    RecordChange c;
    c.entity = QStringLiteral("visit");
    c.id = kId;
    c.fields = {{QStringLiteral("family_id"), kFamily},
                {QStringLiteral("date"), QStringLiteral("2026-11-30")},
                {QStringLiteral("duration_min"), 45},
                {QStringLiteral("note"), QStringLiteral("a note")},
                {QStringLiteral("language"), QJsonValue::Null}};
    for (auto it = c.fields.begin(); it != c.fields.end(); ++it)
        c.stamps.insert(it.key(), kS1);
    return c;
}

void compareChanges(const RecordChange &a, const RecordChange &b)
{
    QCOMPARE(a.entity, b.entity);
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.fields, b.fields);
    QCOMPARE(a.allStamps(), b.allStamps());
    QCOMPARE(a.bases, b.bases);
    QCOMPARE(a.resend, b.resend);
    QCOMPARE(a.drop, b.drop);
}

QJsonObject syncRequest()
{
    return QJsonObject{{QStringLiteral("protocol"), 1},
                       {QStringLiteral("store_id"), kStore},
                       {QStringLiteral("cursor"), 340},
                       {QStringLiteral("acked_batch"), 12},
                       {QStringLiteral("batch"), QJsonObject{{QStringLiteral("seq"), 13},
                                                             {QStringLiteral("changes"), QJsonArray{visitChange()}}}},
                       {QStringLiteral("outbox_remaining"), 0},
                       {QStringLiteral("pull"), true},
                       {QStringLiteral("max_bytes"), 1048576}};
}

QJsonObject withBatch(const QString &key, const QJsonValue &v)
{
    QJsonObject o = syncRequest();
    o.insert(u"batch", withMember(o.value(u"batch").toObject(), key, v));
    return o;
}

QJsonObject enrolRequest()
{
    return QJsonObject{{QStringLiteral("protocol"), 1},
                       {QStringLiteral("code"), QStringLiteral("7K3D-9XQ2-MW4P")},
                       {QStringLiteral("device_name"), QStringLiteral("Tablet Amal")},
                       {QStringLiteral("platform"), QStringLiteral("android")}};
}

void checkError(const std::optional<ProtocolError> &error, int status, const QString &code, const QString &path)
{
    QVERIFY2(error.has_value(), "the input was accepted");
    QCOMPARE(error->code, code);
    QCOMPARE(error->status, status);
    QCOMPARE(error->path, path);
    QVERIFY(!error->message.isEmpty());
    QVERIFY2(!error->message.contains(kMarker), qPrintable(error->message));
}
} // namespace

class TestProtocol : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // --- §7: changes on the wire ---------------------------------------------------------

    void sharedStampGoesOnceInS()
    {
        RecordChange c = visit();
        const QJsonObject o = WireChange::encode(c, WireChange::Direction::Push);
        QCOMPARE(o.value(u"e").toString(), QStringLiteral("visit"));
        QCOMPARE(o.value(u"id").toString(), kId);
        QCOMPARE(o.value(u"s").toString(), kS1);
        QCOMPARE(o.value(u"f").toObject(), c.fields);
        QVERIFY(!o.contains(u"x"));
        QVERIFY(!o.contains(u"b"));
        QVERIFY(!o.contains(u"r"));
        QVERIFY(!o.contains(u"drop"));
        QCOMPARE(o.keys(), (QStringList{"e", "f", "id", "s"}));

        std::optional<ProtocolError> error;
        const RecordChange back = WireChange::decode(o, QStringLiteral("c"), WireChange::Direction::Push, &error);
        QVERIFY(!error);
        compareChanges(back, c);
        QVERIFY(back.fields.value(u"language").isNull()); // a cleared field stays a null, not absent
        // Both merges take the one stamp without a lookup per field.
        QVERIFY(back.sharedStamp());
        QCOMPARE(*back.sharedStamp(), kS1);
    }

    void stampsThatDifferGoInX()
    {
        RecordChange c = visit();
        c.stamps.insert(QStringLiteral("note"), kS2);
        c.stamps.insert(QStringLiteral("duration_min"), kS3);
        const QJsonObject o = WireChange::encode(c, WireChange::Direction::Push);
        QCOMPARE(o.value(u"s").toString(), kS1); // the stamp most fields share
        QCOMPARE(o.value(u"x").toObject(),
                 (QJsonObject{{QStringLiteral("note"), kS2}, {QStringLiteral("duration_min"), kS3}}));
        std::optional<ProtocolError> error;
        for (auto d : {WireChange::Direction::Push, WireChange::Direction::Pull}) {
            const RecordChange back = WireChange::decode(WireChange::encode(c, d), QString(), d, &error);
            QVERIFY(!error);
            compareChanges(back, c);
            QVERIFY(!back.sharedStamp()); // merged field by field
        }
    }

    void oneStampWithExceptions()
    {
        // As the outbox and the wire keep them: one stamp for the change, and the fields
        // whose stamp differs.
        RecordChange c = visit();
        c.stamps.clear();
        c.stamp = kS1;
        c.stamps.insert(QStringLiteral("note"), kS2);
        QCOMPARE(c.stampOf(QStringLiteral("note")), kS2);
        QCOMPARE(c.stampOf(QStringLiteral("date")), kS1);
        QVERIFY(!c.sharedStamp());
        const QJsonObject o = WireChange::encode(c, WireChange::Direction::Push);
        QCOMPARE(o.value(u"s").toString(), kS1);
        QCOMPARE(o.value(u"x").toObject(), (QJsonObject{{QStringLiteral("note"), kS2}}));
        std::optional<ProtocolError> error;
        compareChanges(WireChange::decode(o, QString(), WireChange::Direction::Push, &error), c);
        QVERIFY(!error);

        // An `x` that repeats `s` names the same write: every field shares the one stamp.
        QJsonObject same = o;
        same.insert(u"x", QJsonObject{{QStringLiteral("note"), kS1}});
        const RecordChange back = WireChange::decode(same, QString(), WireChange::Direction::Push, &error);
        QVERIFY(!error);
        QVERIFY(back.sharedStamp());
        QCOMPARE(*back.sharedStamp(), kS1);
        QCOMPARE(back.stampOf(QStringLiteral("note")), kS1);

        // Encoded again, such a change has no `x`.
        QVERIFY(!WireChange::encode(back, WireChange::Direction::Push).contains(u"x"));
    }

    void everyStampDifferentStillRoundTrips()
    {
        RecordChange c;
        c.entity = QStringLiteral("meeting");
        c.id = kId;
        c.fields = {{QStringLiteral("women"), 14}, {QStringLiteral("men"), 2}};
        c.stamps = {{QStringLiteral("women"), kS1}, {QStringLiteral("men"), kS2}};
        const QJsonObject o = WireChange::encode(c, WireChange::Direction::Pull);
        // A tie is broken the same way every time: the greater stamp goes in `s`.
        QCOMPARE(o.value(u"s").toString(), kS2);
        QCOMPARE(o.value(u"x").toObject(), (QJsonObject{{QStringLiteral("women"), kS1}}));
        std::optional<ProtocolError> error;
        compareChanges(WireChange::decode(o, QString(), WireChange::Direction::Pull, &error), c);
        QVERIFY(!error);
    }

    void basesAndResendArePushOnly()
    {
        RecordChange c = visit();
        c.bases = {{QStringLiteral("date"), kBase}, {QStringLiteral("note"), kS3}};
        c.resend = true;
        const QJsonObject push = WireChange::encode(c, WireChange::Direction::Push);
        QCOMPARE(push.value(u"b").toObject(),
                 (QJsonObject{{QStringLiteral("date"), kBase}, {QStringLiteral("note"), kS3}}));
        QCOMPARE(push.value(u"r").toInt(), 1);
        std::optional<ProtocolError> error;
        compareChanges(WireChange::decode(push, QString(), WireChange::Direction::Push, &error), c);
        QVERIFY(!error);

        const QJsonObject pull = WireChange::encode(c, WireChange::Direction::Pull);
        QVERIFY(!pull.contains(u"b"));
        QVERIFY(!pull.contains(u"r"));
        const RecordChange back = WireChange::decode(pull, QString(), WireChange::Direction::Pull, &error);
        QVERIFY(!error);
        QVERIFY(back.bases.isEmpty());
        QVERIFY(!back.resend);
        QCOMPARE(back.fields, c.fields);
    }

    void notResentNeedsNoR()
    {
        QJsonObject o = visitChange();
        o.insert(u"r", 0);
        std::optional<ProtocolError> error;
        const RecordChange c = WireChange::decode(o, QString(), WireChange::Direction::Push, &error);
        QVERIFY(!error);
        QVERIFY(!c.resend);
        QVERIFY(!WireChange::encode(c, WireChange::Direction::Push).contains(u"r"));
    }

    void dropRoundTrips()
    {
        RecordChange d;
        d.entity = QStringLiteral("referral");
        d.id = kId;
        d.drop = true;
        const QJsonObject o = WireChange::encode(d, WireChange::Direction::Pull);
        QCOMPARE(o, (QJsonObject{{QStringLiteral("e"), QStringLiteral("referral")},
                                 {QStringLiteral("id"), kId},
                                 {QStringLiteral("drop"), true}}));
        std::optional<ProtocolError> error;
        const RecordChange back = WireChange::decode(o, QString(), WireChange::Direction::Pull, &error);
        QVERIFY(!error);
        compareChanges(back, d);
        QVERIFY(back.fields.isEmpty());
    }

    void everyEntityAndFieldTypeRoundTrips()
    {
        const QList<std::pair<QString, QJsonObject>> samples = {
            {QStringLiteral("family"),
             {{QStringLiteral("code"), QStringLiteral("F-AB12C")},
              {QStringLiteral("languages"), QJsonArray{QStringLiteral("ar"), QStringLiteral("ber")}},
              {QStringLiteral("children"), QJsonArray{QJsonObject{{QStringLiteral("birth_year"), 2014},
                                                                  {QStringLiteral("gender"), QStringLiteral("f")}},
                                                      QJsonObject{{QStringLiteral("birth_year"), 2019},
                                                                  {QStringLiteral("gender"), QJsonValue::Null}}}},
              {QStringLiteral("active"), true}}},
            {QStringLiteral("time_entry"),
             {{QStringLiteral("distance_km"), 12.5}, {QStringLiteral("expenses_cents"), 1000000},
              {QStringLiteral("minutes"), 0}}},
            {QStringLiteral("referral"),
             {{QStringLiteral("sent_at"), 1764489600000.0}, {QStringLiteral("state"), QStringLiteral("sent")},
              {QStringLiteral("intake_on"), QStringLiteral("2200-12-31")}}},
            {QStringLiteral("conflict"),
             {{QStringLiteral("winner_value"), QJsonObject{{QStringLiteral("any"), QJsonArray{1, "x"}}}},
              {QStringLiteral("winner_stamp"), kS1}, {QStringLiteral("loser_value"), QJsonValue::Null}}},
            {QStringLiteral("message"), {{QStringLiteral("body"), QStringLiteral("Ja, in het Arabisch — نعم")}}},
        };
        for (const auto &[entity, fields] : samples) {
            RecordChange c;
            c.entity = entity;
            c.id = kId;
            c.fields = fields;
            for (auto it = fields.begin(); it != fields.end(); ++it)
                c.stamps.insert(it.key(), kS2);
            // Through text, as on the wire.
            const QByteArray text = QJsonDocument(WireChange::encode(c, WireChange::Direction::Pull)).toJson();
            std::optional<ProtocolError> error;
            const RecordChange back = WireChange::decode(QJsonDocument::fromJson(text).object(), QString(),
                                                         WireChange::Direction::Pull, &error);
            QVERIFY2(!error, qPrintable(entity + u' ' + (error ? error->message : QString())));
            compareChanges(back, c);
        }
    }

    void changeErrors_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<bool>("pull");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("path");

        const QJsonObject v = visitChange();
        const QJsonValue none = QJsonValue::Undefined;
        auto row = [](const char *name, const QJsonObject &json, bool pull, const char *code, const char *path) {
            QTest::newRow(name) << json << pull << QString::fromLatin1(code)
                                << QStringLiteral("batch.changes[7]") + QString::fromLatin1(path);
        };
        row("e missing", withMember(v, QStringLiteral("e"), none), false, "missing_field", ".e");
        row("e a number", withMember(v, QStringLiteral("e"), 3), false, "wrong_type", ".e");
        row("e unknown", withMember(v, QStringLiteral("e"), kMarker), false, "invalid_value", ".e");
        row("id missing", withMember(v, QStringLiteral("id"), none), false, "missing_field", ".id");
        row("id upper case", withMember(v, QStringLiteral("id"), kId.toUpper()), false, "invalid_value", ".id");
        row("id braces", withMember(v, QStringLiteral("id"), u'{' + kId + u'}'), false, "invalid_value", ".id");
        row("id marker", withMember(v, QStringLiteral("id"), kMarker), false, "invalid_value", ".id");
        row("s missing", withMember(v, QStringLiteral("s"), none), false, "missing_field", ".s");
        row("s a number", withMember(v, QStringLiteral("s"), 1764489600000.0), false, "wrong_type", ".s");
        row("s malformed", withMember(v, QStringLiteral("s"), QStringLiteral("1764489600000-0000-9F3A2B1C4D5E6F70")),
            false, "invalid_value", ".s");
        row("s short", withMember(v, QStringLiteral("s"), QStringLiteral("176448960000-0000-9f3a2b1c4d5e6f70")),
            false, "invalid_value", ".s");
        row("f missing", withMember(v, QStringLiteral("f"), none), false, "missing_field", ".f");
        row("f an array", withMember(v, QStringLiteral("f"), QJsonArray{1}), false, "wrong_type", ".f");
        row("f empty", withMember(v, QStringLiteral("f"), QJsonObject{}), false, "invalid_value", ".f");
        row("unknown member", withMember(v, QStringLiteral("z"), kMarker), false, "unknown_field", ".z");
        row("unknown field", withField(QStringLiteral("mood"), kMarker), false, "unknown_field", ".f.mood");
        row("int as string", withField(QStringLiteral("duration_min"), QStringLiteral("45")), false, "wrong_type",
            ".f.duration_min");
        row("int as float", withField(QStringLiteral("duration_min"), 4.5), false, "wrong_type", ".f.duration_min");
        row("int out of range", withField(QStringLiteral("duration_min"), 1441), false, "invalid_value",
            ".f.duration_min");
        row("int negative", withField(QStringLiteral("duration_min"), -1), false, "invalid_value", ".f.duration_min");
        row("text as number", withField(QStringLiteral("note"), 5), false, "wrong_type", ".f.note");
        row("text too long", withField(QStringLiteral("note"), kMarker.repeated(20000 / kMarker.size() + 1)), false,
            "invalid_value", ".f.note");
        row("date impossible", withField(QStringLiteral("date"), QStringLiteral("2026-02-30")), false,
            "invalid_date", ".f.date");
        row("date other format", withField(QStringLiteral("date"), QStringLiteral("30-11-2026")), false,
            "invalid_date", ".f.date");
        row("date with time", withField(QStringLiteral("date"), QStringLiteral("2026-11-30T10:00")), false,
            "invalid_date", ".f.date");
        row("date before 1900", withField(QStringLiteral("date"), QStringLiteral("1899-12-31")), false,
            "invalid_date", ".f.date");
        row("date as number", withField(QStringLiteral("date"), 20261130), false, "wrong_type", ".f.date");
        row("id field bad", withField(QStringLiteral("family_id"), kMarker), false, "invalid_value", ".f.family_id");
        row("code unknown", withField(QStringLiteral("language"), kMarker), false, "invalid_value", ".f.language");
        row("code as array", withField(QStringLiteral("language"), QJsonArray{"nl"}), false, "wrong_type",
            ".f.language");
        row("codes not array", withField(QStringLiteral("topics"), QStringLiteral("school")), false, "wrong_type",
            ".f.topics");
        row("codes unknown", withField(QStringLiteral("topics"), QJsonArray{"school", kMarker}), false,
            "invalid_value", ".f.topics");
        row("codes twice", withField(QStringLiteral("topics"), QJsonArray{"school", "school"}), false,
            "invalid_value", ".f.topics");
        row("meta ms negative", withField(QStringLiteral("created_at"), -5), false, "invalid_value", ".f.created_at");
        row("meta bool as int", withField(QStringLiteral("deleted"), 1), false, "wrong_type", ".f.deleted");
        row("x not in f", withMember(v, QStringLiteral("x"), QJsonObject{{QStringLiteral("language"), kS2}}), false,
            "invalid_value", ".x.language");
        row("x malformed", withMember(v, QStringLiteral("x"), QJsonObject{{QStringLiteral("note"), kMarker}}), false,
            "invalid_value", ".x.note");
        row("x not a string", withMember(v, QStringLiteral("x"), QJsonObject{{QStringLiteral("note"), 5}}), false,
            "invalid_value", ".x.note");
        row("x an array", withMember(v, QStringLiteral("x"), QJsonArray{kS2}), false, "wrong_type", ".x");
        row("b not in f", withMember(v, QStringLiteral("b"), QJsonObject{{QStringLiteral("language"), kBase}}), false,
            "invalid_value", ".b.language");
        row("b malformed", withMember(v, QStringLiteral("b"), QJsonObject{{QStringLiteral("date"), kMarker}}), false,
            "invalid_value", ".b.date");
        row("r is 2", withMember(v, QStringLiteral("r"), 2), false, "invalid_value", ".r");
        row("r true", withMember(v, QStringLiteral("r"), true), false, "wrong_type", ".r");
        row("drop in a push", withMember(v, QStringLiteral("drop"), true), false, "unknown_field", ".drop");
        row("b in a pull", withMember(v, QStringLiteral("b"), QJsonObject{{QStringLiteral("date"), kBase}}), true,
            "unknown_field", ".b");
        row("r in a pull", withMember(v, QStringLiteral("r"), 1), true, "unknown_field", ".r");
        const QJsonObject drop{{QStringLiteral("e"), QStringLiteral("referral")}, {QStringLiteral("id"), kId},
                               {QStringLiteral("drop"), true}};
        row("drop not bool", withMember(drop, QStringLiteral("drop"), 1), true, "wrong_type", ".drop");
        row("drop with fields", withMember(drop, QStringLiteral("f"), QJsonObject{{QStringLiteral("state"), "sent"}}),
            true, "unknown_field", ".f");
        row("drop bad id", withMember(drop, QStringLiteral("id"), kMarker), true, "invalid_value", ".id");
        // children: at most 20, only birth_year and gender, in range.
        QJsonArray many;
        for (int i = 0; i < 21; ++i)
            many.append(QJsonObject{{QStringLiteral("birth_year"), 2010}});
        const QJsonObject family{{QStringLiteral("e"), QStringLiteral("family")}, {QStringLiteral("id"), kId},
                                 {QStringLiteral("s"), kS1}, {QStringLiteral("f"), QJsonObject{}}};
        auto familyWith = [&](const QJsonValue &children) {
            return withMember(family, QStringLiteral("f"), QJsonObject{{QStringLiteral("children"), children}});
        };
        row("children 21", familyWith(many), false, "invalid_value", ".f.children");
        row("children member", familyWith(QJsonArray{QJsonObject{{QStringLiteral("name"), kMarker}}}), false,
            "unknown_field", ".f.children");
        row("children year", familyWith(QJsonArray{QJsonObject{{QStringLiteral("birth_year"), 1989}}}), false,
            "invalid_value", ".f.children");
        row("children gender", familyWith(QJsonArray{QJsonObject{{QStringLiteral("gender"), kMarker}}}), false,
            "invalid_value", ".f.children");
        row("children not objects", familyWith(QJsonArray{2014}), false, "wrong_type", ".f.children");
        row("user field on visit", withField(QStringLiteral("display_name"), kMarker), false, "unknown_field",
            ".f.display_name");
    }

    void changeErrors()
    {
        QFETCH(QJsonObject, json);
        QFETCH(bool, pull);
        QFETCH(QString, code);
        QFETCH(QString, path);
        std::optional<ProtocolError> error;
        const RecordChange c = WireChange::decode(json, QStringLiteral("batch.changes[7]"),
                                                  pull ? WireChange::Direction::Pull : WireChange::Direction::Push,
                                                  &error);
        checkError(error, 400, code, path);
        QVERIFY(c.entity.isEmpty() && c.fields.isEmpty()); // nothing half-decoded comes back
    }

    // --- §8: POST /v1/sync -----------------------------------------------------------------

    void syncRequestRoundTrips()
    {
        SyncRequest q;
        q.storeId = kStore;
        q.cursor = 340;
        q.ackedBatch = 12;
        q.hasBatch = true;
        q.batchSeq = 13;
        q.batchKey = QStringLiteral("4021-4077-57");
        RecordChange a = visit();
        a.bases = {{QStringLiteral("note"), kBase}};
        RecordChange b = visit();
        b.id = kFamily;
        b.stamps.insert(QStringLiteral("note"), kS3);
        b.resend = true;
        q.changes = {a, b};
        q.outboxRemaining = 7;
        q.pull = false;
        q.maxBytes = 16 * 1024;
        const QJsonObject json = q.toJson();
        QCOMPARE(json.value(u"protocol").toInt(), 1);
        // Written by hand, the text is exactly what QJsonDocument would write (sorted, compact).
        QCOMPARE(QJsonDocument::fromJson(q.toJsonText()).toJson(QJsonDocument::Compact), q.toJsonText());
        QCOMPARE(json.value(u"batch").toObject().value(u"seq").toInt(), 13);

        std::optional<ProtocolError> error;
        const SyncRequest back = SyncRequest::fromJson(QJsonDocument::fromJson(QJsonDocument(json).toJson()).object(),
                                                       &error);
        QVERIFY2(!error, qPrintable(error ? error->message : QString()));
        QCOMPARE(back.storeId, q.storeId);
        QCOMPARE(back.cursor, q.cursor);
        QCOMPARE(back.ackedBatch, q.ackedBatch);
        QVERIFY(back.hasBatch);
        QCOMPARE(back.batchSeq, q.batchSeq);
        QCOMPARE(back.batchKey, q.batchKey);
        QCOMPARE(back.changes.size(), size_t(2));
        compareChanges(back.changes[0], a);
        compareChanges(back.changes[1], b);
        QCOMPARE(back.outboxRemaining, q.outboxRemaining);
        QCOMPARE(back.pull, false);
        QCOMPARE(back.maxBytes, q.maxBytes);
    }

    void firstSyncWithoutBatch()
    {
        SyncRequest q; // before the first sync: no store id, nothing to push
        const QJsonObject json = q.toJson();
        QVERIFY(json.value(u"store_id").isNull());
        QVERIFY(!json.contains(u"batch"));
        std::optional<ProtocolError> error;
        const SyncRequest back = SyncRequest::fromJson(json, &error);
        QVERIFY(!error);
        QVERIFY(back.storeId.isEmpty());
        QVERIFY(!back.hasBatch);
        QVERIFY(back.changes.empty());
        QVERIFY(back.batchKey.isEmpty());
        QCOMPARE(back.pull, true);
        QCOMPARE(back.maxBytes, qint64(1 << 20));

        // The optional members may be left out, or null.
        const SyncRequest minimal = SyncRequest::fromJson(
            parse(R"({"protocol":1,"cursor":0,"acked_batch":0})"), &error);
        QVERIFY(!error);
        QCOMPARE(minimal.pull, true);
        QCOMPARE(minimal.outboxRemaining, qint64(0));
        QCOMPARE(minimal.maxBytes, qint64(1 << 20));
        (void)SyncRequest::fromJson(parse(R"({"protocol":1,"store_id":null,"cursor":0,"acked_batch":0,"batch":null})"),
                              &error);
        QVERIFY(!error);
    }

    void syncRequestErrors_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("path");
        const QJsonObject q = syncRequest();
        const QJsonValue none = QJsonValue::Undefined;
        auto row = [](const char *name, const QJsonObject &json, const char *code, const char *path, int status = 400) {
            QTest::newRow(name) << json << status << QString::fromLatin1(code) << QString::fromLatin1(path);
        };
        row("protocol missing", withMember(q, QStringLiteral("protocol"), none), "missing_field", "protocol");
        row("protocol 2", withMember(q, QStringLiteral("protocol"), 2), "protocol_mismatch", "protocol");
        row("protocol 0", withMember(q, QStringLiteral("protocol"), 0), "protocol_mismatch", "protocol");
        row("protocol string", withMember(q, QStringLiteral("protocol"), QStringLiteral("1")), "wrong_type", "protocol");
        row("protocol 1.5", withMember(q, QStringLiteral("protocol"), 1.5), "wrong_type", "protocol");
        row("cursor missing", withMember(q, QStringLiteral("cursor"), none), "missing_field", "cursor");
        row("cursor null", withMember(q, QStringLiteral("cursor"), QJsonValue::Null), "wrong_type", "cursor");
        row("cursor string", withMember(q, QStringLiteral("cursor"), QStringLiteral("340")), "wrong_type", "cursor");
        row("cursor negative", withMember(q, QStringLiteral("cursor"), -1), "invalid_value", "cursor");
        row("cursor float", withMember(q, QStringLiteral("cursor"), 3.25), "wrong_type", "cursor");
        row("cursor huge", withMember(q, QStringLiteral("cursor"), 1e300), "invalid_value", "cursor");
        row("cursor 2^53", withMember(q, QStringLiteral("cursor"), 9007199254740992.0), "invalid_value", "cursor");
        row("acked_batch missing", withMember(q, QStringLiteral("acked_batch"), none), "missing_field", "acked_batch");
        row("acked_batch bool", withMember(q, QStringLiteral("acked_batch"), true), "wrong_type", "acked_batch");
        row("store_id number", withMember(q, QStringLiteral("store_id"), 5), "wrong_type", "store_id");
        row("store_id bad", withMember(q, QStringLiteral("store_id"), kMarker), "invalid_value", "store_id");
        row("store_id empty", withMember(q, QStringLiteral("store_id"), QString()), "invalid_value", "store_id");
        row("outbox_remaining negative", withMember(q, QStringLiteral("outbox_remaining"), -3), "invalid_value",
            "outbox_remaining");
        row("pull string", withMember(q, QStringLiteral("pull"), QStringLiteral("yes")), "wrong_type", "pull");
        row("max_bytes too small", withMember(q, QStringLiteral("max_bytes"), 16383), "invalid_value", "max_bytes");
        row("max_bytes too large", withMember(q, QStringLiteral("max_bytes"), 8 * 1024 * 1024 + 1), "invalid_value",
            "max_bytes");
        row("unknown envelope member", withMember(q, QStringLiteral("extra"), kMarker), "unknown_field", "extra");
        row("batch an array", withMember(q, QStringLiteral("batch"), QJsonArray{}), "wrong_type", "batch");
        row("batch.seq missing", withBatch(QStringLiteral("seq"), none), "missing_field", "batch.seq");
        row("batch.seq 0", withBatch(QStringLiteral("seq"), 0), "invalid_value", "batch.seq");
        row("batch.seq negative", withBatch(QStringLiteral("seq"), -13), "invalid_value", "batch.seq");
        row("batch.seq float", withBatch(QStringLiteral("seq"), 13.5), "wrong_type", "batch.seq");
        row("batch.seq string", withBatch(QStringLiteral("seq"), QStringLiteral("13")), "wrong_type", "batch.seq");
        row("batch.changes missing", withBatch(QStringLiteral("changes"), none), "missing_field", "batch.changes");
        row("batch.changes object", withBatch(QStringLiteral("changes"), QJsonObject{}), "wrong_type", "batch.changes");
        row("batch unknown member", withBatch(QStringLiteral("extra"), 1), "unknown_field", "batch.extra");
        row("batch.key number", withBatch(QStringLiteral("key"), 4021), "wrong_type", "batch.key");
        row("batch.key empty", withBatch(QStringLiteral("key"), QString()), "invalid_value", "batch.key");
        row("batch.key 65 characters", withBatch(QStringLiteral("key"), QString(65, u'a')), "invalid_value", "batch.key");
        row("batch.key with a space", withBatch(QStringLiteral("key"), QStringLiteral("1 2")), "invalid_value", "batch.key");
        row("batch.key with a quote", withBatch(QStringLiteral("key"), QStringLiteral("1\"2")), "invalid_value", "batch.key");
        row("change not an object", withBatch(QStringLiteral("changes"), QJsonArray{visitChange(), kMarker}),
            "wrong_type", "batch.changes[1]");
        row("second change bad", withBatch(QStringLiteral("changes"),
                                           QJsonArray{visitChange(), withField(QStringLiteral("date"), "2026-02-30")}),
            "invalid_date", "batch.changes[1].f.date");
        QJsonArray many;
        for (int i = 0; i <= kMaxBatchChanges; ++i)
            many.append(visitChange());
        row("5001 changes", withBatch(QStringLiteral("changes"), many), "body_too_large", "batch.changes", 413);
        QJsonArray manyBad = many;
        manyBad[kMaxBatchChanges - 1] = kMarker;
        row("5001 changes, one bad", withBatch(QStringLiteral("changes"), manyBad), "body_too_large", "batch.changes",
            413);
    }

    void syncRequestErrors()
    {
        QFETCH(QJsonObject, json);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, path);
        std::optional<ProtocolError> error;
        const SyncRequest q = SyncRequest::fromJson(json, &error);
        checkError(error, status, code, path);
        QVERIFY(q.changes.empty());
        QVERIFY(!q.hasBatch);
    }

    void exactlyFiveThousandChangesAreOneBatch()
    {
        QJsonArray many;
        for (int i = 0; i < kMaxBatchChanges; ++i)
            many.append(visitChange());
        std::optional<ProtocolError> error;
        const SyncRequest q = SyncRequest::fromJson(withBatch(QStringLiteral("changes"), many), &error);
        QVERIFY(!error);
        QCOMPARE(q.changes.size(), size_t(kMaxBatchChanges));
    }

    void syncResponseRoundTrips()
    {
        SyncResponse s;
        s.storeId = kStore;
        s.serverTime = 1764489600000;
        s.hasAck = true;
        s.ackBatch = 13;
        s.ackKey = QStringLiteral("4021-4077-57");
        s.applied = 55;
        s.replay = true;
        s.rejected = {{3, QStringLiteral("field_not_owned"), QStringLiteral("status"), QStringLiteral("role x")},
                      {9, QStringLiteral("not_visible"), QString(), QStringLiteral("visit y")}};
        RecordChange d;
        d.entity = QStringLiteral("family");
        d.id = kFamily;
        d.drop = true;
        RecordChange v = visit();
        v.stamps.insert(QStringLiteral("note"), kS3);
        s.changes = {d, v};
        s.cursor = 400;
        s.more = true;
        s.action = QStringLiteral("finish_push");

        const QJsonObject json = s.toJson();
        const QJsonObject ack = json.value(u"ack").toObject();
        QCOMPARE(QJsonDocument::fromJson(s.toJsonText()).toJson(QJsonDocument::Compact), s.toJsonText());
        QCOMPARE(ack.value(u"rejected").toArray().at(0).toObject(),
                 (QJsonObject{{QStringLiteral("i"), 3}, {QStringLiteral("code"), QStringLiteral("field_not_owned")},
                              {QStringLiteral("field"), QStringLiteral("status")},
                              {QStringLiteral("message"), QStringLiteral("role x")}}));
        QVERIFY(!ack.value(u"rejected").toArray().at(1).toObject().contains(u"field"));
        QCOMPARE(json.value(u"changes").toArray().at(0).toObject().value(u"drop").toBool(), true);

        std::optional<ProtocolError> error;
        const SyncResponse back = SyncResponse::fromJson(QJsonDocument::fromJson(QJsonDocument(json).toJson()).object(),
                                                         &error);
        QVERIFY2(!error, qPrintable(error ? error->message : QString()));
        QCOMPARE(back.storeId, s.storeId);
        QCOMPARE(back.serverTime, s.serverTime);
        QVERIFY(back.hasAck);
        QCOMPARE(back.ackBatch, s.ackBatch);
        QCOMPARE(back.ackKey, s.ackKey);
        QCOMPARE(back.applied, s.applied);
        QCOMPARE(back.replay, true);
        QCOMPARE(back.rejected.size(), size_t(2));
        for (size_t i = 0; i < 2; ++i) {
            QCOMPARE(back.rejected[i].index, s.rejected[i].index);
            QCOMPARE(back.rejected[i].code, s.rejected[i].code);
            QCOMPARE(back.rejected[i].field, s.rejected[i].field);
            QCOMPARE(back.rejected[i].message, s.rejected[i].message);
        }
        QCOMPARE(back.changes.size(), size_t(2));
        compareChanges(back.changes[0], d);
        compareChanges(back.changes[1], v);
        QCOMPARE(back.cursor, s.cursor);
        QCOMPARE(back.more, true);
        QCOMPARE(back.action, s.action);
    }

    void syncResponseWithoutAckOrAction()
    {
        SyncResponse s;
        s.storeId = kStore;
        s.serverTime = 1;
        const QJsonObject json = s.toJson();
        QVERIFY(!json.contains(u"ack"));
        QVERIFY(json.value(u"action").isNull());
        QCOMPARE(json.value(u"changes").toArray().size(), 0);
        QCOMPARE(json.value(u"more").toBool(true), false);
        std::optional<ProtocolError> error;
        const SyncResponse back = SyncResponse::fromJson(json, &error);
        QVERIFY(!error);
        QVERIFY(!back.hasAck);
        QVERIFY(back.action.isEmpty());
        QVERIFY(back.changes.empty());
    }

    void syncResponseErrors_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("path");
        SyncResponse s;
        s.storeId = kStore;
        s.hasAck = true;
        s.changes = {visit()};
        const QJsonObject r = s.toJson();
        const QJsonValue none = QJsonValue::Undefined;
        QTest::newRow("protocol 2") << withMember(r, QStringLiteral("protocol"), 2) << "protocol_mismatch" << "protocol";
        QTest::newRow("cursor missing") << withMember(r, QStringLiteral("cursor"), none) << "missing_field" << "cursor";
        QTest::newRow("more string") << withMember(r, QStringLiteral("more"), QStringLiteral("no")) << "wrong_type"
                                     << "more";
        QTest::newRow("unknown member") << withMember(r, QStringLiteral("extra"), 1) << "unknown_field" << "extra";
        QJsonObject ack = r.value(u"ack").toObject();
        ack.remove(QStringLiteral("applied"));
        QTest::newRow("ack.applied missing") << withMember(r, QStringLiteral("ack"), ack) << "missing_field"
                                             << "ack.applied";
        QJsonArray changes = r.value(u"changes").toArray();
        QJsonObject bad = changes[0].toObject();
        bad.insert(u"s", kMarker);
        changes.append(bad);
        QTest::newRow("bad change") << withMember(r, QStringLiteral("changes"), changes) << "invalid_value"
                                    << "changes[1].s";
    }

    void syncResponseErrors()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, code);
        QFETCH(QString, path);
        std::optional<ProtocolError> error;
        (void)SyncResponse::fromJson(json, &error);
        checkError(error, 400, code, path);
    }

    // --- §3: POST /v1/enrol ----------------------------------------------------------------

    void enrolRequestRoundTrips()
    {
        EnrolRequest e;
        e.code = QStringLiteral("7k3d 9xq2 mw4p");
        e.deviceName = QStringLiteral("Tablet Amal — عمل");
        e.platform = QStringLiteral("android");
        const QJsonObject json = e.toJson();
        QCOMPARE(json.value(u"protocol").toInt(), 1);
        std::optional<ProtocolError> error;
        const EnrolRequest back = EnrolRequest::fromJson(json, &error);
        QVERIFY(!error);
        QCOMPARE(back.code, e.code); // as typed: the server normalises it
        QCOMPARE(back.deviceName, e.deviceName);
        QCOMPARE(back.platform, e.platform);
        (void)EnrolRequest::fromJson(withMember(enrolRequest(), QStringLiteral("device_name"), QString(80, u'x')), &error);
        QVERIFY(!error);
    }

    void enrolRequestErrors_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("path");
        const QJsonObject e = enrolRequest();
        const QJsonValue none = QJsonValue::Undefined;
        QTest::newRow("protocol 2") << withMember(e, QStringLiteral("protocol"), 2) << "protocol_mismatch" << "protocol";
        QTest::newRow("code missing") << withMember(e, QStringLiteral("code"), none) << "missing_field" << "code";
        QTest::newRow("code number") << withMember(e, QStringLiteral("code"), 1234) << "wrong_type" << "code";
        QTest::newRow("code too long") << withMember(e, QStringLiteral("code"), kMarker.repeated(5)) << "invalid_value"
                                       << "code";
        QTest::newRow("device_name empty") << withMember(e, QStringLiteral("device_name"), QStringLiteral("  "))
                                           << "invalid_value" << "device_name";
        QTest::newRow("device_name 81") << withMember(e, QStringLiteral("device_name"), QString(81, u'x'))
                                        << "invalid_value" << "device_name";
        QTest::newRow("platform missing") << withMember(e, QStringLiteral("platform"), none) << "missing_field"
                                          << "platform";
        QTest::newRow("platform 41") << withMember(e, QStringLiteral("platform"), QString(41, u'x')) << "invalid_value"
                                     << "platform";
        QTest::newRow("unknown member") << withMember(e, QStringLiteral("token"), kMarker) << "unknown_field" << "token";
    }

    void enrolRequestErrors()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, code);
        QFETCH(QString, path);
        std::optional<ProtocolError> error;
        const EnrolRequest back = EnrolRequest::fromJson(json, &error);
        checkError(error, 400, code, path);
        QVERIFY(back.code.isEmpty());
    }

    void enrolResponseRoundTrips()
    {
        EnrolResponse e;
        e.deviceId = kId;
        e.token = QStringLiteral("brug_") + QString(43, u'a');
        e.node = kNode;
        e.userId = kFamily;
        e.userName = QStringLiteral("Amal");
        e.role = QStringLiteral("intermediary");
        e.orgId = kStore;
        e.orgName = QStringLiteral("Stichting Al Amal");
        e.orgKind = QStringLiteral("migrant_org");
        e.storeId = kStore;
        e.serverTime = 1764489600000;
        const QJsonObject json = e.toJson();
        QCOMPARE(json.value(u"user").toObject().value(u"role").toString(), QStringLiteral("intermediary"));
        QCOMPARE(json.value(u"organisation").toObject().value(u"kind").toString(), QStringLiteral("migrant_org"));
        std::optional<ProtocolError> error;
        const EnrolResponse back = EnrolResponse::fromJson(json, &error);
        QVERIFY(!error);
        QCOMPARE(back.deviceId, e.deviceId);
        QCOMPARE(back.token, e.token);
        QCOMPARE(back.node, e.node);
        QCOMPARE(back.userId, e.userId);
        QCOMPARE(back.userName, e.userName);
        QCOMPARE(back.role, e.role);
        QCOMPARE(back.orgId, e.orgId);
        QCOMPARE(back.orgName, e.orgName);
        QCOMPARE(back.orgKind, e.orgKind);
        QCOMPARE(back.storeId, e.storeId);
        QCOMPARE(back.serverTime, e.serverTime);

        // A client refuses an answer it cannot use.
        for (const auto &[key, value] : {std::pair{"device_id", QJsonValue(QStringLiteral("x"))},
                                         std::pair{"node", QJsonValue(QStringLiteral("9F3A2B1C4D5E6F70"))}}) {
            error.reset();
            (void)EnrolResponse::fromJson(withMember(json, QString::fromLatin1(key), value), &error);
            QVERIFY2(error.has_value(), key);
            QCOMPARE(error->code, QStringLiteral("invalid_value"));
        }
        error.reset();
        (void)EnrolResponse::fromJson(withMember(json, QStringLiteral("token"), QJsonValue::Undefined), &error);
        checkError(error, 400, QStringLiteral("missing_field"), QStringLiteral("token"));
    }

    // --- §2: the error body ------------------------------------------------------------------

    void errorBodyRoundTrips()
    {
        const ProtocolError e{400, QStringLiteral("wrong_type"), QStringLiteral("batch.changes[3].f.duration_min: expected an integer"),
                              QStringLiteral("batch.changes[3].f.duration_min")};
        const QJsonObject json = e.toJson();
        QCOMPARE(json.keys(), QStringList{QStringLiteral("error")});
        QCOMPARE(json.value(u"error").toObject().keys(), (QStringList{"code", "message", "path"}));
        const ProtocolError back = ProtocolError::fromJson(400, json);
        QCOMPARE(back.status, 400);
        QCOMPARE(back.code, e.code);
        QCOMPARE(back.message, e.message);
        QCOMPARE(back.path, e.path);

        const ProtocolError noPath{401, QStringLiteral("unauthorized"), QStringLiteral("a Bearer token is required"), {}};
        QCOMPARE(noPath.toJson().value(u"error").toObject().keys(), (QStringList{"code", "message"}));
        QCOMPARE(ProtocolError::fromJson(401, noPath.toJson()).path, QString());
    }

    // --- §1: gzip bodies -----------------------------------------------------------------------

    void gzipRoundTripsAndCaps()
    {
        QByteArray data;
        for (int i = 0; i < 5000; ++i)
            data += QByteArray::number(i) + ',';
        const QByteArray packed = Gzip::compress(data);
        QVERIFY(packed.startsWith("\x1f\x8b"));
        QVERIFY(packed.size() < data.size());
        GzipInflater::State error = GzipInflater::State::Corrupt;
        QCOMPARE(inflate(packed, data.size(), &error), data);
        QCOMPARE(error, GzipInflater::State::Ok);

        QVERIFY(inflate(packed, data.size() - 1, &error).isEmpty());
        QCOMPARE(error, GzipInflater::State::TooLarge);

        QVERIFY(inflate(packed.left(packed.size() / 2), data.size(), &error).isEmpty());
        QCOMPARE(error, GzipInflater::State::Corrupt);
        QVERIFY(inflate(packed.left(packed.size() - 4), data.size(), &error).isEmpty());
        QCOMPARE(error, GzipInflater::State::Corrupt);
        QVERIFY(inflate("not gzip at all", 1000, &error).isEmpty());
        QCOMPARE(error, GzipInflater::State::Corrupt);
        QVERIFY(inflate(QByteArray(), 1000, &error).isEmpty());
        QCOMPARE(error, GzipInflater::State::Corrupt);

        // A bomb: 64 MiB of zeros in about 64 KiB stops at the cap.
        const QByteArray bomb = Gzip::compress(QByteArray(64 * 1024 * 1024, '\0'), 9);
        QVERIFY(bomb.size() < 256 * 1024);
        QVERIFY(inflate(bomb, 1024 * 1024, &error).isEmpty());
        QCOMPARE(error, GzipInflater::State::TooLarge);
    }

    void gzipAtEveryLevelAndOfNothing()
    {
        QByteArray data;
        for (int i = 0; i < 3000; ++i)
            data += "{\"id\":\"" + QByteArray::number(i * 7919) + "\",\"n\":" + QByteArray::number(i) + "},";
        GzipInflater::State error = GzipInflater::State::Corrupt;
        for (int level = 0; level <= 12; ++level) {
            const QByteArray packed = Gzip::compress(data, level);
            QVERIFY2(!packed.isEmpty(), qPrintable(QString::number(level)));
            QCOMPARE(inflate(packed, data.size(), &error), data);
            // The compressor each thread keeps for a level is used again.
            QCOMPARE(Gzip::compress(data, level), packed);
        }
        QCOMPARE(inflate(Gzip::compress(QByteArray()), 10, &error), QByteArray());
        QCOMPARE(error, GzipInflater::State::Ok);
        // No such level: nothing, and the caller sends the body as it is.
        QVERIFY(Gzip::compress(data, 13).isEmpty());
        QVERIFY(Gzip::compress(data, -1).isEmpty());
    }

    // A device inflates a response whole (Gzip::decompress), as gunzip would, up to a cap.
    void gzipDecompressesWholeResponsesUpToACap()
    {
        QByteArray data;
        for (int i = 0; i < 4000; ++i)
            data += "{\"id\":\"" + QByteArray::number(i * 7919) + "\",\"n\":" + QByteArray::number(i) + "},";
        const QByteArray packed = Gzip::compress(data);
        QCOMPARE(Gzip::decompress(packed, data.size()), std::optional<QByteArray>(data));
        QCOMPARE(Gzip::decompress(packed, data.size() - 1), std::nullopt);
        QCOMPARE(Gzip::decompress(Gzip::compress(QByteArray()), 10), std::optional<QByteArray>(QByteArray()));

        // Concatenated members inflate to their concatenation: the trailer's size is the last
        // member's, a guess that is too small for the first of these.
        const QByteArray small = "{\"small\":1}";
        QCOMPARE(Gzip::decompress(packed + Gzip::compress(small), 1 << 20), std::optional<QByteArray>(data + small));
        QCOMPARE(Gzip::decompress(Gzip::compress(small) + packed, 1 << 20), std::optional<QByteArray>(small + data));
        QCOMPARE(Gzip::decompress(packed + packed, 2 * data.size()), std::optional<QByteArray>(data + data));
        QCOMPARE(Gzip::decompress(packed + packed, 2 * data.size() - 1), std::nullopt);

        // A trailer whose size is wrong is corrupt, as for gunzip ("length error"), whether it
        // says too little or about 2 GiB (the buffer is then sized to the cap, not to it).
        QByteArray lying = packed;
        lying[lying.size() - 4] = 1;
        lying[lying.size() - 3] = 0;
        lying[lying.size() - 2] = 0;
        lying[lying.size() - 1] = 0;
        QCOMPARE(Gzip::decompress(lying, 1 << 20), std::nullopt);
        lying[lying.size() - 1] = char(0x7f);
        QCOMPARE(Gzip::decompress(lying, 1 << 20), std::nullopt);

        // Not gzip, cut short, corrupt, or followed by something else: nothing.
        QCOMPARE(Gzip::decompress("{\"plain\":\"json, not gzip\"}", 1 << 20), std::nullopt);
        QCOMPARE(Gzip::decompress(QByteArray(), 1 << 20), std::nullopt);
        QCOMPARE(Gzip::decompress(packed.left(packed.size() / 2), 1 << 20), std::nullopt);
        QCOMPARE(Gzip::decompress(packed.left(packed.size() - 1), 1 << 20), std::nullopt);
        QByteArray flipped = packed;
        flipped[packed.size() / 2] = char(flipped[packed.size() / 2] ^ 0x20);
        QCOMPARE(Gzip::decompress(flipped, 1 << 20), std::nullopt);
        QCOMPARE(Gzip::decompress(packed + "trailing", 1 << 20), std::nullopt);

        // A bomb: 64 MiB of zeros in about 64 KiB stops at the cap.
        const QByteArray bomb = Gzip::compress(QByteArray(64 * 1024 * 1024, '\0'), 9);
        QCOMPARE(Gzip::decompress(bomb, 1024 * 1024), std::nullopt);
    }

    // --- §1: zstd bodies -----------------------------------------------------------------------

    // The server's decoder, fed the body in pieces of every size, as it arrives.
    void zstdDecodesInPiecesUpToACap()
    {
        QByteArray data;
        for (int i = 0; i < 5000; ++i)
            data += QByteArray::number(i) + ',';
        const QByteArray packed = Zstd::compress(data);
        QVERIFY(packed.startsWith("\x28\xb5\x2f\xfd")); // the frame's magic number
        QVERIFY(packed.size() < data.size() / 2);
        const auto decode = [](const QByteArray &body, qint64 cap, qsizetype piece, BodyDecoder::State *state) {
            ZstdDecoder decoder(cap);
            for (qsizetype at = 0; at < body.size(); at += piece)
                decoder.feed(body.constData() + at, std::min(piece, body.size() - at));
            *state = decoder.finish();
            return *state == BodyDecoder::State::Ok ? decoder.takeOutput() : QByteArray();
        };
        BodyDecoder::State state = BodyDecoder::State::Corrupt;
        for (const qsizetype piece : {1, 7, 100, 4096, 1 << 20}) {
            QCOMPARE(decode(packed, data.size(), piece, &state), data);
            QCOMPARE(decode(packed + Zstd::compress("tail"), data.size() + 4, piece, &state), data + "tail");
        }
        QVERIFY(decode(packed, data.size() - 1, 100, &state).isEmpty());
        QCOMPARE(state, BodyDecoder::State::TooLarge);
        for (const QByteArray &bad : {packed.left(packed.size() / 2), packed.left(packed.size() - 1),
                                      packed + "trailing", QByteArray("not zstd at all"), QByteArray(),
                                      Gzip::compress(data)}) {
            QVERIFY(decode(bad, 1 << 20, 100, &state).isEmpty());
            QCOMPARE(state, BodyDecoder::State::Corrupt);
        }
        // The checksum: one flipped bit of the last block is found.
        QByteArray flipped = packed;
        flipped[packed.size() - 10] = char(flipped[packed.size() - 10] ^ 0x01);
        QVERIFY(decode(flipped, 1 << 20, 100, &state).isEmpty());
        QCOMPARE(state, BodyDecoder::State::Corrupt);
        // Nothing compressed is still a frame, of nothing.
        QCOMPARE(decode(Zstd::compress(QByteArray()), 10, 1, &state), QByteArray());
        QCOMPARE(state, BodyDecoder::State::Ok);
    }

    // The decoder's room grows in steps of 64 KiB: a frame that ends exactly at a step's end, with
    // all of its input read, is complete (a decoder asked again there waits for another frame).
    void zstdFramesEndingAtTheDecodersRoomAreComplete()
    {
        for (const qsizetype size : {64 * 1024, 128 * 1024, 1024 * 1024, 1024 * 1024 + 1, 192 * 1024 - 1}) {
            const QByteArray data(size, 'z');
            ZstdDecoder decoder(size);
            const QByteArray packed = Zstd::compress(data);
            QCOMPARE(decoder.feed(packed.constData(), packed.size()), BodyDecoder::State::Ok);
            QCOMPARE(decoder.finish(), BodyDecoder::State::Ok);
            QCOMPARE(decoder.takeOutput(), data);
        }
    }

    // A frame that needs a window over 8 MiB is refused before any of it is decompressed.
    void zstdWindowOver8MiBIsRefused()
    {
        const QByteArray data(12 * 1024 * 1024, 'w');
        for (const int windowLog : {23, 24}) {
            ZSTD_CCtx *c = ZSTD_createCCtx();
            ZSTD_CCtx_setParameter(c, ZSTD_c_windowLog, windowLog);
            QByteArray packed(qsizetype(ZSTD_compressBound(size_t(data.size()))), Qt::Uninitialized);
            const size_t n = ZSTD_compress2(c, packed.data(), size_t(packed.size()), data.constData(), size_t(data.size()));
            ZSTD_freeCCtx(c);
            QVERIFY(!ZSTD_isError(n));
            packed.resize(qsizetype(n));
            ZstdDecoder decoder(64 * 1024 * 1024);
            decoder.feed(packed.constData(), packed.size());
            QCOMPARE(decoder.finish(), windowLog <= ZstdDecoder::kMaxWindowLog ? BodyDecoder::State::Ok : BodyDecoder::State::Corrupt);
            // A device's whole response that says its size goes straight into room for it: no
            // window is set aside, and the room is bounded by the cap.
            QCOMPARE(Zstd::decompress(packed, 64 * 1024 * 1024), std::optional<QByteArray>(data));
        }
    }

    // A device decompresses a response whole, up to a cap; frames that do not say their size
    // (a server that streams) read the same.
    void zstdDecompressesWholeResponsesUpToACap()
    {
        QByteArray data;
        for (int i = 0; i < 4000; ++i)
            data += "{\"id\":\"" + QByteArray::number(i * 7919) + "\",\"n\":" + QByteArray::number(i) + "},";
        const QByteArray packed = Zstd::compress(data);
        QCOMPARE(Zstd::decompress(packed, data.size()), std::optional<QByteArray>(data));
        QCOMPARE(Zstd::decompress(packed, data.size() - 1), std::nullopt);
        QCOMPARE(Zstd::decompress(packed + packed, 2 * data.size()), std::optional<QByteArray>(data + data));

        ZSTD_CCtx *c = ZSTD_createCCtx();
        QByteArray streamed(qsizetype(ZSTD_compressBound(size_t(data.size()))) + 64, Qt::Uninitialized);
        ZSTD_outBuffer out{streamed.data(), size_t(streamed.size()), 0};
        ZSTD_inBuffer in{data.constData(), size_t(data.size()), 0};
        ZSTD_compressStream2(c, &out, &in, ZSTD_e_continue);
        QCOMPARE(ZSTD_compressStream2(c, &out, &in, ZSTD_e_end), size_t(0));
        ZSTD_freeCCtx(c);
        streamed.resize(qsizetype(out.pos));
        QCOMPARE(ZSTD_getFrameContentSize(streamed.constData(), size_t(streamed.size())), ZSTD_CONTENTSIZE_UNKNOWN);
        QCOMPARE(Zstd::decompress(streamed, data.size()), std::optional<QByteArray>(data));
        QCOMPARE(Zstd::decompress(streamed, data.size() - 1), std::nullopt);

        QCOMPARE(Zstd::decompress("{\"plain\":\"json\"}", 1 << 20), std::nullopt);
        QCOMPARE(Zstd::decompress(packed.left(packed.size() - 3), 1 << 20), std::nullopt);
        // A frame that says it is larger than the cap is not given room for it.
        const QByteArray bomb = Zstd::compress(QByteArray(64 * 1024 * 1024, '\0'));
        QVERIFY(bomb.size() < 64 * 1024);
        QCOMPARE(Zstd::decompress(bomb, 1024 * 1024), std::nullopt);
    }

    void contentCodingsAreNamedAndNegotiated()
    {
        using CC = ContentCoding;
        QCOMPARE(ContentCodings::fromName(""), std::optional<CC>(CC::Identity));
        QCOMPARE(ContentCodings::fromName(" Identity "), std::optional<CC>(CC::Identity));
        QCOMPARE(ContentCodings::fromName("gzip"), std::optional<CC>(CC::Gzip));
        QCOMPARE(ContentCodings::fromName("x-gzip"), std::optional<CC>(CC::Gzip));
        QCOMPARE(ContentCodings::fromName("ZSTD"), std::optional<CC>(CC::Zstd));
        QCOMPARE(ContentCodings::fromName("br"), std::nullopt);
        QCOMPARE(ContentCodings::fromName("zstd, gzip"), std::nullopt);
        QCOMPARE(ContentCodings::name(CC::Zstd), QByteArray("zstd"));
        QCOMPARE(ContentCodings::name(CC::Gzip), QByteArray("gzip"));
        QCOMPARE(ContentCodings::name(CC::Identity), QByteArray());

        QVERIFY(ContentCodings::accepts(ContentCodings::kServerReads, CC::Zstd));
        QVERIFY(ContentCodings::accepts(ContentCodings::kServerReads, CC::Gzip));
        QVERIFY(!ContentCodings::accepts("gzip", CC::Zstd));
        QVERIFY(!ContentCodings::accepts("", CC::Zstd));
        QVERIFY(!ContentCodings::accepts("zstd;q=0", CC::Zstd));
        QVERIFY(ContentCodings::accepts("zstd;q=0.001", CC::Zstd));
        QVERIFY(ContentCodings::accepts("br, *", CC::Zstd));
        QCOMPARE(ContentCodings::preferred(ContentCodings::kClientReads), CC::Zstd);
        QCOMPARE(ContentCodings::preferred("identity"), CC::Identity);
        QCOMPARE(ContentCodings::preferred("zstd;q=2, gzip"), CC::Gzip); // a weight above 1 is no weight

        // Each coding's body decompresses by its name; a name not read is nothing.
        const QByteArray text = QByteArray("{\"n\":1}").repeated(200);
        for (const CC coding : {CC::Identity, CC::Gzip, CC::Zstd}) {
            const QByteArray packed = ContentCodings::compress(coding, text, 3);
            QCOMPARE(ContentCodings::decompress(ContentCodings::name(coding), packed, text.size()), std::optional<QByteArray>(text));
            QCOMPARE(ContentCodings::decompress(ContentCodings::name(coding), packed, text.size() - 1), std::nullopt);
        }
        QCOMPARE(ContentCodings::decompress("br", text, 1 << 20), std::nullopt);
    }

    // --- JSON text written by hand (the server's stored bodies) --------------------------------

    void jsonTextReadsBackAsTheSameValue_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("null") << QJsonValue(QJsonValue::Null);
        QTest::newRow("true") << QJsonValue(true);
        QTest::newRow("false") << QJsonValue(false);
        QTest::newRow("zero") << QJsonValue(0);
        QTest::newRow("ms") << QJsonValue(double(1796036864978));
        QTest::newRow("negative") << QJsonValue(-42);
        QTest::newRow("2^53") << QJsonValue(9007199254740992.0);
        QTest::newRow("above 2^53") << QJsonValue(1e300);
        QTest::newRow("fraction") << QJsonValue(0.1);
        QTest::newRow("tiny") << QJsonValue(-1.5e-12);
        QTest::newRow("plain") << QJsonValue(QStringLiteral("huisbezoek"));
        QTest::newRow("empty") << QJsonValue(QString());
        QTest::newRow("quotes and backslash") << QJsonValue(QStringLiteral("zij zei \"ja\" \\ nee"));
        QTest::newRow("control") << QJsonValue(QStringLiteral("a\nb\tc\rd\be\ff") + QChar(1) + QChar(0x1f) + QChar(0x7f));
        QTest::newRow("arabic") << QJsonValue(QStringLiteral("زيارة منزلية"));
        QTest::newRow("twi and turkish") << QJsonValue(QStringLiteral("Ɔbaa ɛ ŋ ğüşiöç"));
        QTest::newRow("surrogate pair") << QJsonValue(QString::fromUtf8("\xF0\x9F\x91\xAA"));
        // Plain ASCII is copied across until the first character that is not; the rest is escaped.
        QTest::newRow("ascii, then not") << QJsonValue(QStringLiteral("Yılmaz \"ev\"\nziyareti") + QChar(2));
        QTest::newRow("escape first") << QJsonValue(QStringLiteral("\"quoted\" then plain"));
        QTest::newRow("nested") << QJsonValue(QJsonArray{QJsonArray{1, QStringLiteral("ş")}, QJsonObject{{QStringLiteral("ğ"), 2}}});
        QTest::newRow("array") << QJsonValue(QJsonArray{QStringLiteral("rf01"), 2, true, QJsonValue::Null});
        QTest::newRow("object") << QJsonValue(QJsonObject{{QStringLiteral("a\"b"), QJsonArray{1.5}}, {QStringLiteral("c"), QJsonObject{}}});
    }

    void jsonTextReadsBackAsTheSameValue()
    {
        QFETCH(QJsonValue, value);
        QByteArray text = "[";
        JsonText::appendValue(text, value);
        text += ',';
        JsonText::appendString(text, QStringLiteral("k\"ey"));
        text += ']';
        QJsonParseError e{};
        const QJsonArray back = QJsonDocument::fromJson(text, &e).array();
        QVERIFY2(e.error == QJsonParseError::NoError, text.constData());
        QCOMPARE(back.size(), 2);
        QCOMPARE(back.at(0), value);
        QCOMPARE(back.at(1).toString(), QStringLiteral("k\"ey"));
        // Integers never get an exponent: stamps' milliseconds and sequence numbers stay exact.
        if (value.isDouble() && value.toDouble() == double(qint64(value.toDouble())) && std::abs(value.toDouble()) < 1e16)
            QVERIFY2(!text.mid(1, text.indexOf(',') - 1).contains('e'), text.constData());
    }

    void jsonTextNonFiniteIsNull()
    {
        QByteArray text;
        JsonText::appendValue(text, QJsonValue(std::numeric_limits<double>::infinity()));
        QCOMPARE(text, QByteArray("null"));
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
