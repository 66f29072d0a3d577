// Hybrid logical clock stamps (docs/sync-protocol.md §5): format, parse, order, and a clock that
// never goes back, not with a frozen wall clock, nor after it has seen a newer remote stamp.

#include "hlc.h"

#include <QtTest>

using namespace brug;

namespace {
const QString kNode = QStringLiteral("9f3a2b1c4d5e6f70");
const QString kOther = QStringLiteral("00000000000000ff");

qint64 g_wall = 1764489600000;
qint64 wall()
{
    return g_wall;
}
} // namespace

class TestHlc : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { g_wall = 1764489600000; }

    void formatsAsProtocolString()
    {
        QCOMPARE((Hlc{1764489600000, 0, kNode}.toString()),
                 QStringLiteral("1764489600000-0000-9f3a2b1c4d5e6f70"));
        QCOMPARE((Hlc{1764489600000, 0xbeef, kNode}.toString()),
                 QStringLiteral("1764489600000-beef-9f3a2b1c4d5e6f70"));
        // Wall time is zero-padded to 13 digits, the counter to 4 hex digits.
        QCOMPARE((Hlc{5, 0x1a, kOther}.toString()),
                 QStringLiteral("0000000000005-001a-00000000000000ff"));
    }

    void parsesWhatItFormats()
    {
        const Hlc stamps[] = {{1764489600000, 0, kNode}, {1, 0xffff, kOther},
                              {9999999999999, 0x0a0b, QStringLiteral("abcdef0123456789")}};
        for (const Hlc &h : stamps) {
            const std::optional<Hlc> back = Hlc::parse(h.toString());
            QVERIFY2(back.has_value(), qPrintable(h.toString()));
            QCOMPARE(back->wall, h.wall);
            QCOMPARE(back->counter, h.counter);
            QCOMPARE(back->node, h.node);
            QVERIFY(Hlc::isValid(h.toString()));
        }
    }

    void tellsStampsOfOneNode()
    {
        const QString early = Hlc{1764489600000, 0, kNode}.toString();
        QVERIFY(Hlc::sameNode(early, Hlc{1764489600001, 7, kNode}.toString()));
        QVERIFY(!Hlc::sameNode(early, Hlc{1764489600000, 0, kOther}.toString()));
        // Nodes that differ only in their first digit.
        QVERIFY(!Hlc::sameNode(early, Hlc{1764489600000, 0, QStringLiteral("0f3a2b1c4d5e6f70")}.toString()));
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("upper-case node") << "1764489600000-0000-9F3A2B1C4D5E6F70";
        QTest::newRow("upper-case counter") << "1764489600000-00AB-9f3a2b1c4d5e6f70";
        QTest::newRow("counter not hex") << "1764489600000-00g0-9f3a2b1c4d5e6f70";
        QTest::newRow("wall not digits") << "176448960000x-0000-9f3a2b1c4d5e6f70";
        QTest::newRow("signed wall") << "+764489600000-0000-9f3a2b1c4d5e6f70";
        QTest::newRow("wrong separators") << "1764489600000_0000_9f3a2b1c4d5e6f70";
        QTest::newRow("separator moved") << "176448960000-00000-9f3a2b1c4d5e6f70";
        QTest::newRow("short node") << "1764489600000-0000-9f3a2b1c4d5e6f7";
        QTest::newRow("long node") << "1764489600000-0000-9f3a2b1c4d5e6f701";
        QTest::newRow("leading space") << " 764489600000-0000-9f3a2b1c4d5e6f70";
        QTest::newRow("short wall") << "176448960000-0000-9f3a2b1c4d5e6f70";
    }
    void rejectsMalformed()
    {
        QFETCH(QString, text);
        QVERIFY(!Hlc::parse(text).has_value());
        QVERIFY(!Hlc::isValid(text));
    }

    void nodeValidity()
    {
        QVERIFY(Hlc::isValidNode(kNode));
        QVERIFY(!Hlc::isValidNode(u"9F3A2B1C4D5E6F70"));
        QVERIFY(!Hlc::isValidNode(u"9f3a2b1c4d5e6f7"));
        QVERIFY(!Hlc::isValidNode(u"9f3a2b1c4d5e6f7g"));
    }

    // Stamps compare as strings, and that order is (wall, counter, node).
    void stringOrderIsWriteOrder()
    {
        const std::vector<Hlc> ascending = {
            {999, 0xffff, kNode},          {1000, 0, kOther},        {1000, 0, kNode},
            {1000, 0x9, kOther},           {1000, 0xa, kOther},      {1000, 0xff, kOther},
            {1000, 0x100, kOther},         {1764489600000, 0, kOther}, {1764489600001, 0, kOther},
        };
        for (size_t i = 1; i < ascending.size(); ++i) {
            const QString a = ascending[i - 1].toString();
            const QString b = ascending[i].toString();
            QVERIFY2(a < b, qPrintable(a + QStringLiteral(" !< ") + b));
        }
    }

    void nextIsStrictlyIncreasingWithFrozenWall()
    {
        HlcClock clock(kNode, wall);
        Hlc first = clock.next();
        QCOMPARE(first.wall, g_wall);
        QCOMPARE(first.counter, 0u);
        QCOMPARE(first.node, kNode);
        QString prev = first.toString();
        for (int i = 1; i < 1000; ++i) {
            const Hlc h = clock.next();
            QCOMPARE(h.wall, g_wall);
            QCOMPARE(h.counter, quint32(i));
            QVERIFY(h.toString() > prev);
            prev = h.toString();
        }
        QCOMPARE(clock.last().toString(), prev);
    }

    void counterExhaustionBorrowsNextMillisecond()
    {
        HlcClock clock(kNode, wall);
        QString prev;
        for (int i = 0; i <= 0x10001; ++i) {
            const QString s = clock.next().toString();
            QVERIFY(Hlc::isValid(s)); // the counter never grows past 4 hex digits
            if (i > 0 && !(s > prev))
                QFAIL(qPrintable(QStringLiteral("%1 after %2").arg(s, prev)));
            prev = s;
        }
        QCOMPARE(clock.last().wall, g_wall + 1);
    }

    void wallGoingBackDoesNotGoBack()
    {
        HlcClock clock(kNode, wall);
        const QString a = clock.next().toString();
        g_wall -= 60000; // the user sets the device clock a minute back
        const QString b = clock.next().toString();
        QVERIFY(b > a);
        g_wall += 120000;
        const Hlc c = clock.next();
        QVERIFY(c.toString() > b);
        QCOMPARE(c.wall, g_wall);
        QCOMPARE(c.counter, 0u);
    }

    void observeMakesNextGreater_data()
    {
        QTest::addColumn<int>("localWrites");
        QTest::addColumn<qint64>("remoteWall");
        QTest::addColumn<int>("remoteCounter");
        QTest::addColumn<QString>("remoteNode");
        const qint64 now = 1764489600000;
        QTest::newRow("remote ahead of wall") << 1 << now + 5000 << 7 << kOther;
        QTest::newRow("same ms, higher counter") << 2 << now << 0x50 << kOther;
        QTest::newRow("same ms and counter, greater node") << 4 << now << 3 << QStringLiteral("ffffffffffffffff");
        QTest::newRow("remote behind") << 3 << now - 5000 << 9 << kOther;
        QTest::newRow("counter at its maximum") << 1 << now << 0xffff << kOther;
        QTest::newRow("ahead with full counter") << 0 << now + 1 << 0xffff << kOther;
    }
    void observeMakesNextGreater()
    {
        QFETCH(int, localWrites);
        QFETCH(qint64, remoteWall);
        QFETCH(int, remoteCounter);
        QFETCH(QString, remoteNode);
        HlcClock clock(kNode, wall);
        QString lastLocal;
        for (int i = 0; i < localWrites; ++i)
            lastLocal = clock.next().toString();
        const Hlc remote{remoteWall, quint32(remoteCounter), remoteNode};
        clock.observe(remote);
        const Hlc n = clock.next();
        QVERIFY2(n.toString() > remote.toString(),
                 qPrintable(n.toString() + QStringLiteral(" <= ") + remote.toString()));
        QVERIFY(n.toString() > lastLocal);
        QCOMPARE(n.node, kNode);
        QVERIFY(Hlc::isValid(n.toString()));
    }

    void observeWallFollowsServerTime()
    {
        HlcClock clock(kNode, wall);
        (void)clock.next();
        clock.observeWall(g_wall + 90000);
        const Hlc n = clock.next();
        QVERIFY(n.wall >= g_wall + 90000);
    }

    void restoreContinuesAfterLast()
    {
        const Hlc saved{g_wall + 1000, 0x20, QStringLiteral("aaaaaaaaaaaaaaaa")};
        HlcClock clock(kNode, wall);
        clock.restore(saved);
        QCOMPARE(clock.node(), kNode); // restoring never changes who we are
        const Hlc n = clock.next();
        QCOMPARE(n.wall, saved.wall);
        QCOMPARE(n.counter, saved.counter + 1);
        QCOMPARE(n.node, kNode);
    }
};

QTEST_GUILESS_MAIN(TestHlc)
#include "tst_hlc.moc"
