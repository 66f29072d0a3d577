// Writes stamped by a clock far ahead, stamped again after the server refused them
// (docs/sync-protocol.md §5, stamp_ahead): on a real store, the outbox's stamps, bases and the
// records' own stamps move together, in their old order, and the clock follows the server's time.

#include "outbox.h"
#include "records.h"
#include "restamper.h"
#include "storetestutil.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace brug;
using namespace brug::test;

namespace {
constexpr qint64 kServerTime = 1764489600000; // 2025-11-30
constexpr qint64 kYear = 365LL * 24 * 3600 * 1000;
constexpr qint64 kLimit = kServerTime + 15 * 60 * 1000;

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

qint64 wallOf(const QString &stamp)
{
    return QStringView(stamp).left(13).toLongLong();
}
} // namespace

class TestRestamper : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aheadStampsMoveBackInOrderWithTheirBasesAndRecords()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(s("store.db"));
        auto store = createStore(path);
        g_wallMs = kServerTime - 60000;
        store->setWallSource(frozenWall);
        Records records(*store);
        // One write before the clock went wrong: it keeps its stamp.
        const QString early = records.create(u"visit", {{s("note"), s("before")}, {s("duration_min"), 10}});
        const QString earlyStamp = records.get(u"visit", early)->stamps.value(u"note").toString();

        g_wallMs = kServerTime + kYear; // someone set the tablet a year ahead
        const QString visit = records.create(u"visit", {{s("note"), s("first")}, {s("duration_min"), 20}});
        g_wallMs += 5;
        records.update(u"visit", visit, {{s("note"), s("second")}});
        g_wallMs += 5;
        records.update(u"visit", early, {{s("duration_min"), 15}});

        const OutboxBatch before = Outbox(*store).currentBatch(100, 1 << 20);
        QCOMPARE(before.changes.size(), size_t(4));
        const QString oldFirst = before.changes[1].stampOf(s("note"));
        QCOMPARE(before.changes[2].bases.value(s("note")), oldFirst); // the second write's base
        QVERIFY(wallOf(oldFirst) > kLimit);

        QCOMPARE(store->followServerTime(kServerTime), kYear + 10);
        QCOMPARE(Restamper(*store).restampAfter(kLimit), 3); // three writes, one stamp each

        const OutboxBatch after = Outbox(*store).currentBatch(100, 1 << 20); // the same pending batch
        QCOMPARE(after.entries, before.entries);
        QCOMPARE(after.changes[0].allStamps(), before.changes[0].allStamps()); // not ahead: unchanged
        QString previous = earlyStamp;
        for (size_t i = 1; i < after.changes.size(); ++i) {
            const RecordChange &c = after.changes[i];
            QCOMPARE(c.fields, before.changes[i].fields);
            const QString stamp = c.stampOf(s("updated_at"));
            QVERIFY2(wallOf(stamp) <= kLimit, qPrintable(stamp));
            QVERIFY2(stamp > previous, qPrintable(stamp)); // the order of the writes is kept
            for (const QString &fieldStamp : c.allStamps())
                QCOMPARE(fieldStamp, stamp); // one write, one stamp
            previous = stamp;
        }
        const QString newFirst = after.changes[1].stampOf(s("note"));
        QCOMPARE(after.changes[2].bases.value(s("note")), newFirst);
        QCOMPARE(after.changes[3].bases.value(s("duration_min")), earlyStamp);

        // The records hold the new stamps: the latest write of each field.
        const Record v = *records.get(u"visit", visit);
        QCOMPARE(v.stamps.value(u"note").toString(), after.changes[2].stampOf(s("note")));
        QCOMPARE(v.stamps.value(u"duration_min").toString(), newFirst);
        QCOMPARE(v.value(u"note").toString(), s("second"));
        const Record e = *records.get(u"visit", early);
        QCOMPARE(e.stamps.value(u"note").toString(), earlyStamp);
        QCOMPARE(e.stamps.value(u"duration_min").toString(), after.changes[3].stampOf(s("duration_min")));

        // Nothing is ahead any more; the next write is stamped from the server's time, and so
        // it is after the store is opened again.
        QCOMPARE(Restamper(*store).restampAfter(kLimit), 0);
        records.update(u"visit", visit, {{s("duration_min"), 30}});
        const QString next = records.get(u"visit", visit)->stamps.value(u"duration_min").toString();
        QVERIFY2(wallOf(next) <= kLimit && next > previous, qPrintable(next));
        store.reset();
        store = Store::open(path, kPassphrase);
        store->setWallSource(frozenWall);
        Records reopened(*store);
        reopened.update(u"visit", visit, {{s("duration_min"), 35}});
        const QString afterRestart = reopened.get(u"visit", visit)->stamps.value(u"duration_min").toString();
        QVERIFY2(wallOf(afterRestart) <= kLimit && afterRestart > next, qPrintable(afterRestart));
    }

    void aClockSetRightAgainStampsAsItIs()
    {
        QTemporaryDir dir;
        auto store = createStore(dir.filePath(s("store.db")));
        store->setWallSource(frozenWall);
        g_wallMs = kServerTime + 2 * 3600 * 1000;
        QCOMPARE(store->followServerTime(kServerTime), 2 * 3600 * 1000);
        QVERIFY(std::abs(store->clock().next().wall - kServerTime) < 1000);
        g_wallMs = kServerTime + 30000; // set right, within a minute of the server
        QCOMPARE(store->followServerTime(kServerTime), 30000);
        QCOMPARE(store->clock().next().wall, kServerTime + 30000);
    }
};

QTEST_GUILESS_MAIN(TestRestamper)
#include "tst_restamper.moc"
