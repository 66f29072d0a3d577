// A large batch is read on several threads, each change parsed from its own text. That reading
// must give exactly the request the whole document gives, and for anything it does not take
// (bad JSON, a wrong value, a shape it does not know) the whole reading's answer, error and all.
#include "batchreading.h"
#include "rawbody.h"
#include "syncmessages.h"
#include "syncrequesttext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace brug;

namespace {
const QString kStamp = QStringLiteral("1796036864978-0000-2ddab47342fad338");
const QString kOther = QStringLiteral("1796036864979-0003-2ddab47342fad338");
constexpr int kChanges = 600;

QString uuid(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

/// A batch of visits, with the variety a device writes: text with escapes and non-Latin
/// letters, per-field stamps, bases, re-sends, nulls.
SyncRequest batch(int count)
{
    SyncRequest req;
    req.storeId = uuid(999999);
    req.cursor = 41;
    req.since = 40;
    req.ackedBatch = 6;
    req.outboxRemaining = 12;
    req.maxBytes = 65536;
    req.hasBatch = true;
    req.batchSeq = 7;
    req.batchKey = QStringLiteral("k7.a");
    for (int i = 0; i < count; ++i) {
        RecordChange c;
        c.entity = QStringLiteral("visit");
        c.id = uuid(i);
        c.fields.insert(u"family_id", uuid(100000 + i % 50));
        c.fields.insert(u"date", QStringLiteral("2026-11-%1").arg(1 + i % 28, 2, 10, QLatin1Char('0')));
        c.fields.insert(u"note", QStringLiteral("bezoek %1: \"thuis\"\\ \u0645\u0631\u062d\u0628\u0627 \u00e7ocuk\n").arg(i));
        c.fields.insert(u"risk_factors", QJsonArray{QStringLiteral("rf01"), QStringLiteral("rf03")});
        c.fields.insert(u"follow_up_on", i % 3 ? QJsonValue(QJsonValue::Null) : QJsonValue(QStringLiteral("2026-12-01")));
        c.stamp = kStamp;
        if (i % 7 == 0)
            c.stamps.insert(QStringLiteral("note"), kOther);
        if (i % 5 == 0)
            c.bases.insert(QStringLiteral("date"), kStamp);
        c.resend = i % 11 == 0;
        req.changes.push_back(c);
    }
    return req;
}

void compareRequests(const SyncRequest &a, const SyncRequest &b, bool bothRead = true)
{
    QCOMPARE(a.storeId, b.storeId);
    QCOMPARE(a.cursor, b.cursor);
    QCOMPARE(a.since, b.since);
    QCOMPARE(a.ackedBatch, b.ackedBatch);
    QCOMPARE(a.outboxRemaining, b.outboxRemaining);
    QCOMPARE(a.pull, b.pull);
    QCOMPARE(a.maxBytes, b.maxBytes);
    QCOMPARE(a.hasBatch, b.hasBatch);
    QCOMPARE(a.batchSeq, b.batchSeq);
    QCOMPARE(a.batchKey, b.batchKey);
    QCOMPARE(a.changes.size(), b.changes.size());
    for (size_t i = 0; i < a.changes.size(); ++i) {
        const RecordChange &x = a.changes[i];
        const RecordChange &y = b.changes[i];
        QCOMPARE(x.entity, y.entity);
        QCOMPARE(x.id, y.id);
        QCOMPARE(x.fields, y.fields);
        QCOMPARE(x.stamp, y.stamp);
        QCOMPARE(x.stamps, y.stamps);
        QCOMPARE(x.bases, y.bases);
        QCOMPARE(x.resend, y.resend);
        if (bothRead)
            QCOMPARE(x.validated, y.validated);
    }
}

/// The split reading prepares each change's text as the whole reading leaves it to the push
/// (when it took the body: `split` may be a whole reading too).
void compareTexts(const ReadSyncRequest &split, const ReadSyncRequest &whole)
{
    QCOMPARE(split.texts.size(), whole.texts.size());
    for (size_t i = 0; i < split.texts.size(); ++i) {
        const ChangeText &s = split.texts[i];
        const ChangeText &w = whole.texts[i];
        const RecordChange &c = whole.request.changes[i];
        QCOMPARE(s.fields, w.fields);
        QVERIFY(!w.prepared);
        QCOMPARE(s.prepared, split.parts > 1);
        if (!s.prepared)
            continue;
        QCOMPARE(s.names, c.fields.keys());
        QCOMPARE(s.members.isEmpty(), !c.sharedStamp());
        if (c.sharedStamp()) {
            QCOMPARE(RawBody::bodyFromMembers(s.members, "1-2", 3),
                     RawBody::fromChangeFields(w.fields, "1-2", 3, c.fields.size()));
        }
    }
}

QByteArray replaceOnce(QByteArray text, const QByteArray &what, const QByteArray &with, int occurrence)
{
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i) {
        at = text.indexOf(what, at + 1);
        if (at < 0)
            qFatal("replaceOnce: too few occurrences");
    }
    return text.replace(at, what.size(), with);
}

/// A conflict record whose winning value (of any type) nests `depth` arrays deep.
QByteArray withNestedConflict(int depth)
{
    QByteArray body = batch(kChanges).toJsonText();
    const QByteArray conflict = "{\"e\":\"conflict\",\"f\":{\"entity\":\"visit\",\"field\":\"note\",\"record_id\":\"" +
                                uuid(3).toLatin1() + "\",\"winner_value\":" + QByteArray(depth, '[') +
                                QByteArray(depth, ']') + "},\"id\":\"" + uuid(888888).toLatin1() + "\",\"s\":\"" +
                                kStamp.toLatin1() + "\"},";
    return body.insert(body.indexOf("[{") + 1, conflict);
}
} // namespace

class TestSyncRequestText : public QObject
{
    Q_OBJECT

private slots:
    void readsALargeBatchOnSeveralThreadsAsTheWholeDocument()
    {
        const SyncRequest sent = batch(kChanges);
        for (const QByteArray &body : {sent.toJsonText(),
                                       // Written by another writer: spaces and new lines between everything.
                                       QJsonDocument::fromJson(sent.toJsonText()).toJson(QJsonDocument::Indented)}) {
            std::optional<ProtocolError> splitError, wholeError;
            const auto split = SyncRequestText::read(body, &splitError, 2);
            const auto whole = SyncRequestText::read(body, &wholeError, 1);
            QVERIFY(split && whole);
            QCOMPARE(split->parts, 2);
            QCOMPARE(whole->parts, 1);
            compareRequests(split->request, whole->request);
            compareRequests(split->request, sent, false);
            compareTexts(*split, *whole);
            QCOMPARE(split->texts.size(), size_t(kChanges));
        }
    }

    void givesEachPartAsItIsReadAndThenTheWholeRequest_data()
    {
        QTest::addColumn<int>("threads");
        QTest::newRow("this thread alone") << 1;
        QTest::newRow("two threads") << 2;
        QTest::newRow("four threads") << 4;
    }

    void givesEachPartAsItIsReadAndThenTheWholeRequest()
    {
        // As the push applies a large batch: each change once waitFor says it is there.
        QFETCH(int, threads);
        const QByteArray body = batch(kChanges).toJsonText();
        std::optional<ProtocolError> error;
        const auto whole = SyncRequestText::read(body, &error, 1);
        QVERIFY(whole);
        std::unique_ptr<BatchReading> reading = BatchReading::start(body, threads, SyncRequestText::kSplitFrom);
        QVERIFY(reading);
        QCOMPARE(reading->request().batchSeq, whole->request.batchSeq);
        QCOMPARE(reading->request().batchKey, whole->request.batchKey);
        QVERIFY(reading->request().changes.empty());
        size_t calls = 0;
        for (size_t next = 0; next < size_t(kChanges); ++calls) {
            const size_t there = reading->waitFor(next);
            QVERIFY2(there > next && there <= size_t(kChanges), qPrintable(QString::number(there)));
            for (; next < there; ++next) {
                const RecordChange &c = reading->changes()[next];
                QCOMPARE(c.id, whole->request.changes[next].id);
                QCOMPARE(c.fields, whole->request.changes[next].fields);
                QVERIFY(reading->texts()[next].prepared);
            }
        }
        QVERIFY(calls >= 1);
        QCOMPARE(reading->waitFor(size_t(kChanges)), size_t(0)); // past the last change
        const auto read = reading->finish();
        QVERIFY(read);
        QCOMPARE(read->parts, std::min(threads, int((kChanges + BatchReading::kPart - 1) / BatchReading::kPart)));
        compareRequests(read->request, whole->request);
    }

    void stopsAtAChangeItCannotRead()
    {
        // Change 450 (of the fourth part) names a field visits do not have.
        const QByteArray body = replaceOnce(batch(kChanges).toJsonText(), "\"note\":", "\"notes\":", 450);
        std::unique_ptr<BatchReading> reading = BatchReading::start(body, 2, SyncRequestText::kSplitFrom);
        QVERIFY(reading);
        size_t next = 0;
        for (size_t there; (there = reading->waitFor(next)) != 0;) {
            QVERIFY(there > next);
            next = there;
        }
        // Nothing from the bad change's part on was given as there.
        QVERIFY2(next <= 450 / BatchReading::kPart * BatchReading::kPart, qPrintable(QString::number(next)));
        QVERIFY(!reading->finish());
    }

    void aReadingLeftPartWayStopsItsThreads()
    {
        // The push failed at its first change (the store, say): the reading is dropped unfinished.
        const QByteArray body = batch(kChanges).toJsonText();
        for (int round = 0; round < 20; ++round) {
            std::unique_ptr<BatchReading> reading = BatchReading::start(body, 4, SyncRequestText::kSplitFrom);
            QVERIFY(reading);
            QVERIFY(reading->waitFor(0) > 0);
        }
    }

    void aSmallBatchIsReadWhole()
    {
        std::optional<ProtocolError> error;
        const auto read = SyncRequestText::read(batch(int(SyncRequestText::kSplitFrom) - 1).toJsonText(), &error, 4);
        QVERIFY(read);
        QCOMPARE(read->parts, 1);
        QCOMPARE(read->request.changes.size(), size_t(SyncRequestText::kSplitFrom - 1));
    }

    void answersWhatTheWholeDocumentAnswers_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("accepted"); // 1 or 0; -1: as the whole reading decides
        const QByteArray good = batch(kChanges).toJsonText();
        const QByteArray note = "\"note\":";
        QTest::newRow("malformed JSON in change 400") << replaceOnce(good, note, "\"note\";", 400) << 0;
        QTest::newRow("a value of a wrong type in change 257")
            << replaceOnce(good, "\"date\":\"2026", "\"date\":2026.0,\"x_\":\"", 257) << 0;
        QTest::newRow("an impossible date in the last change")
            << replaceOnce(good, "\"date\":\"2026-11-", "\"date\":\"2026-02-3", kChanges - 1) << 0;
        QTest::newRow("an unknown field in change 500") << replaceOnce(good, note, "\"notes\":", 500) << 0;
        QTest::newRow("an unknown member of change 300") << replaceOnce(good, "\"s\":", "\"z\":1,\"s\":", 300) << 0;
        QTest::newRow("a stamp for a field not sent in change 0")
            << replaceOnce(good, "\"x\":{\"note\"", "\"x\":{\"notes\"", 0) << 0;
        QTest::newRow("a change is not an object") << replaceOnce(good, "{\"b\":", "7,{\"b\":", 30) << 0;
        QTest::newRow("a trailing comma") << replaceOnce(good, "}]", "},]", 0) << 0;
        QTest::newRow("no comma between two changes") << replaceOnce(good, "},{", "}{", 100) << 0;
        QTest::newRow("a second batch") << QByteArray(good).replace("{\"acked_batch\"", "{\"batch\":null,\"acked_batch\"") << -1;
        QTest::newRow("a second list of changes")
            << QByteArray(good).replace("\"changes\":[", "\"changes\":[],\"changes\":[") << -1;
        QTest::newRow("an unknown member of the request") << QByteArray(good).replace("\"cursor\":", "\"cursors\":1,\"cursor\":") << 0;
        QTest::newRow("a batch key of the wrong kind") << QByteArray(good).replace("\"k7.a\"", "\"k7 a\"") << 0;
        QTest::newRow("an escaped member name") << replaceOnce(good, "\"f\":{", "\"\\u0066\":{", 10) << 1;
        QTest::newRow("a byte order mark") << "\xef\xbb\xbf" + good << 1;
        QTest::newRow("garbage after the request") << good + "}" << 0;
        QTest::newRow("the list cut short") << good.left(good.size() / 2) << 0;
        QTest::newRow("a conflict's value nested 70 deep") << withNestedConflict(70) << 1;
        QTest::newRow("a conflict's value nested 1100 deep") << withNestedConflict(1100) << 0;
        QByteArray tooMany = batch(kMaxBatchChanges + 1).toJsonText();
        QTest::newRow("too many changes") << tooMany << 0;
    }

    void answersWhatTheWholeDocumentAnswers()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, accepted);
        std::optional<ProtocolError> splitError, wholeError;
        const auto split = SyncRequestText::read(body, &splitError, 2);
        const auto whole = SyncRequestText::read(body, &wholeError, 1);
        if (accepted >= 0)
            QCOMPARE(bool(whole), bool(accepted));
        QCOMPARE(bool(split), bool(whole));
        if (whole) {
            compareRequests(split->request, whole->request);
            compareTexts(*split, *whole);
            return;
        }
        QVERIFY(splitError && wholeError);
        QCOMPARE(splitError->status, wholeError->status);
        QCOMPARE(splitError->code, wholeError->code);
        QCOMPARE(splitError->message, wholeError->message);
        QCOMPARE(splitError->path, wholeError->path);
    }
};

QTEST_GUILESS_MAIN(TestSyncRequestText)
#include "tst_syncrequesttext.moc"
