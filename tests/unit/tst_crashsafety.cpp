// A writer process is killed with SIGKILL at random points while it writes visits, and restarted
// on the same store. Every write it reported committed must be there with its outbox entry; a
// write beyond must be wholly there or wholly absent; nothing is duplicated.

#include "crashrecords.h"
#include "records.h"
#include "storetestutil.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <random>

using namespace brug;
using namespace brug::test;

namespace {
constexpr int kKills = 24;
constexpr quint32 kSeed = 20111117; // fixed: the same kill points on every run

struct RunOutput
{
    qint64 opened = -1;    ///< records the writer found at start
    qint64 committed = -1; ///< the last "committed N" it printed
};

RunOutput parse(const QByteArray &out)
{
    RunOutput r;
    for (const QByteArray &line : out.split('\n')) {
        if (line.startsWith("opened "))
            r.opened = line.mid(7).toLongLong();
        else if (line.startsWith("committed "))
            r.committed = line.mid(10).toLongLong();
    }
    return r;
}
} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private:
    QString m_path;

    /// Opens the store and checks it: counts, integrity, and every record with all its fields and
    /// its one outbox entry. Returns how many visits it holds (-1: failed).
    qint64 verify(qint64 mustHave, qint64 mayHave)
    {
        qint64 count = -1;
        [&] {
            auto store = Store::open(m_path, crash::kPassphrase);
            QCOMPARE(textScalar(*store, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
            const qint64 visits = scalar(*store, QStringLiteral("SELECT count(*) FROM visit"));
            QVERIFY2(visits >= mustHave,
                     qPrintable(QStringLiteral("%1 visits, %2 reported committed").arg(visits).arg(mustHave)));
            QVERIFY2(visits <= mayHave,
                     qPrintable(QStringLiteral("%1 visits, at most %2 written").arg(visits).arg(mayHave)));
            // Whole transactions only: the count falls on a group boundary.
            QVERIFY2(crash::isBoundary(visits), qPrintable(QStringLiteral("%1 visits: half a transaction").arg(visits)));
            QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM outbox")), visits);

            Records records(*store);
            // The outbox has no index by record: read it once (record id -> its entries' fields).
            QHash<QString, QList<QJsonObject>> outbox;
            for (const OutboxRow &row : outboxRows(*store))
                outbox[row.entity + u'/' + row.recordId].append(row.fields);
            QString previousStamp;
            for (qint64 n = 0; n < visits; ++n) {
                const QString id = crash::visitId(n);
                const auto r = records.get(u"visit", id);
                QVERIFY2(r.has_value(), qPrintable(QStringLiteral("visit %1 missing").arg(n)));
                const QJsonObject expected = crash::visitFields(n);
                for (auto it = expected.begin(); it != expected.end(); ++it)
                    QVERIFY2(r->value(it.key()) == it.value(),
                             qPrintable(QStringLiteral("visit %1 field %2").arg(n).arg(it.key())));
                QCOMPARE(r->value(u"deleted"), QJsonValue(false));

                const QList<QJsonObject> entries = outbox.value(QStringLiteral("visit/") + id);
                QVERIFY2(entries.size() == 1,
                         qPrintable(QStringLiteral("visit %1 has %2 outbox entries").arg(n).arg(entries.size())));
                const QJsonObject &queued = entries.front();
                for (auto it = expected.begin(); it != expected.end(); ++it)
                    QVERIFY2(queued.value(it.key()) == it.value(),
                             qPrintable(QStringLiteral("outbox of visit %1 field %2").arg(n).arg(it.key())));

                // Stamps only grow, across every restart.
                const QString stamp = r->stamps.value(u"note").toString();
                QVERIFY2(stamp > previousStamp, qPrintable(QStringLiteral("visit %1 stamp %2").arg(n).arg(stamp)));
                previousStamp = stamp;
            }
            count = visits;
        }();
        return count;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFileInfo(QStringLiteral(BRUG_CRASHWRITER)).isExecutable(), BRUG_CRASHWRITER);
        QVERIFY(crash::isBoundary(0) && crash::isBoundary(crash::groupSize(0)));
    }

    void committedWritesSurviveSigkill()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        m_path = dir.filePath(QStringLiteral("crash.db"));
        {
            auto store = Store::create(m_path, crash::kPassphrase, KeyFile::Profile::Fast);
            store->setIdentity(identity());
        }

        std::mt19937 rng(kSeed);
        qint64 durable = 0; // records verified present after the previous kill
        int kills = 0, midWay = 0;
        while (kills < kKills) {
            QProcess writer;
            writer.setProgram(QStringLiteral(BRUG_CRASHWRITER));
            writer.setArguments({m_path});
            writer.start();
            QVERIFY(writer.waitForStarted());
            // Sometimes while it opens the store; mostly in the middle of the stream, counted
            // from when it has opened, so a slow start on a busy machine changes nothing.
            const bool duringOpen = rng() % 5 == 0;
            const int delay = duringOpen ? int(rng() % 15) : int(5 + rng() % 250);
            QByteArray output;
            while (!duringOpen && !output.contains("opened") && writer.waitForReadyRead(30000))
                output += writer.readAllStandardOutput();
            const bool exited = writer.waitForFinished(delay);
            QVERIFY2(!exited, qPrintable(QStringLiteral("the writer stopped by itself: %1")
                                             .arg(QString::fromLocal8Bit(writer.readAllStandardError()))));
            writer.kill(); // SIGKILL
            QVERIFY(writer.waitForFinished(10000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            ++kills;

            output += writer.readAllStandardOutput();
            const RunOutput out = parse(output);
            if (out.opened >= 0)
                QCOMPARE(out.opened, durable); // it saw exactly what was there
            const qint64 reported = std::max(out.committed, durable);
            if (out.committed > durable)
                ++midWay;
            // At most the one transaction it was committing when killed may be there unreported.
            const qint64 atMost = reported + crash::groupSize(reported);
            const qint64 now = verify(reported, atMost);
            if (QTest::currentTestFailed())
                return;
            durable = now;
        }
        QVERIFY2(durable > 50, qPrintable(QStringLiteral("only %1 records written").arg(durable)));
        QVERIFY2(midWay >= kKills / 2, "most kills should land after the writer has committed");
        qInfo("%d kills, %lld visits, %d kills after at least one commit", kills, durable, midWay);

        // A last run to the end: a store that survived all this still takes writes.
        QProcess writer;
        writer.start(QStringLiteral(BRUG_CRASHWRITER), {m_path, QString::number(durable + 10)});
        QVERIFY(writer.waitForFinished(60000));
        QCOMPARE(writer.exitStatus(), QProcess::NormalExit);
        QCOMPARE(writer.exitCode(), 0);
        // It stops after the group that reaches the limit: at most one group (5) beyond.
        const qint64 final = verify(durable + 10, durable + 10 + 5);
        QVERIFY(final >= durable + 10);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
