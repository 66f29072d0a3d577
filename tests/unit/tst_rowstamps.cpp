// A record row's stamps column (core/store/rowstamps.h): the shared stamp written once, the
// other stamps in full, rows written in full before read the same; and the same column changed
// in its text by a merge (core/store/rowstampstext.h).

#include "rowstamps.h"
#include "rowstampstext.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QtTest>

using namespace brug;

namespace {
const QString kS = QStringLiteral("1764489600000-0000-9f3a2b1c4d5e6f70");
const QString kT = QStringLiteral("1764489600001-0000-00000000000000ff");
const QString kU = QStringLiteral("1764489600002-0003-00000000000000ff");

QJsonObject referralStamps()
{
    QJsonObject o;
    for (const char *f : {"family_id", "provider_id", "consent_id", "reason_family", "risk_factors", "urgency",
                          "language", "intermediary_id", "state", "sent_at", "created_at", "created_by",
                          "updated_at", "updated_by", "updated_device", "deleted"})
        o.insert(QString::fromLatin1(f), kS);
    return o;
}
} // namespace

class TestRowStamps : public QObject
{
    Q_OBJECT

private slots:
    void sharedStampIsWrittenOnce()
    {
        QJsonObject stamps = referralStamps();
        stamps.insert(QStringLiteral("status"), kT);
        const QByteArray text = RowStamps::write(stamps);
        QVERIFY2(text.startsWith("{\"*\":\"" + kS.toLatin1() + '"'), text.constData());
        QVERIFY2(text.contains("\"urgency\":0"), text.constData());
        QVERIFY2(text.contains("\"status\":\"" + kT.toLatin1() + '"'), text.constData());
        QCOMPARE(text.count(kS.toLatin1()), 1);
        QCOMPARE(RowStamps::read(text), stamps);
        // Under half the text spelled out in full (328 bytes of 862 here).
        const QByteArray full = QJsonDocument(stamps).toJson(QJsonDocument::Compact);
        QVERIFY2(text.size() * 2 < full.size(), qPrintable(QStringLiteral("%1 of %2").arg(text.size()).arg(full.size())));
    }

    void rowsWrittenInFullReadTheSame()
    {
        const QJsonObject stamps{{QStringLiteral("code"), kS}, {QStringLiteral("name"), kT}};
        QCOMPARE(RowStamps::read(QJsonDocument(stamps).toJson(QJsonDocument::Compact)), stamps);
        QCOMPARE(RowStamps::read("{}"), QJsonObject());
    }

    void everyStampDifferentIsWrittenInFull()
    {
        const QJsonObject stamps{{QStringLiteral("code"), kS}, {QStringLiteral("name"), kT}, {QStringLiteral("phone"), kU}};
        const QByteArray text = RowStamps::write(stamps);
        QVERIFY(!text.contains("\"*\""));
        QCOMPARE(RowStamps::read(text), stamps);
        QCOMPARE(RowStamps::read(RowStamps::write({})), QJsonObject());
    }

    void aTieGoesToTheLaterStamp()
    {
        const QJsonObject stamps{{QStringLiteral("a"), kS}, {QStringLiteral("b"), kT},
                                 {QStringLiteral("c"), kS}, {QStringLiteral("d"), kT}};
        const QByteArray text = RowStamps::write(stamps);
        QVERIFY2(text.startsWith("{\"*\":\"" + kT.toLatin1() + '"'), text.constData());
        QCOMPARE(RowStamps::read(text), stamps);
    }

    void textThatNeedsEscapingIsWrittenByTheJsonWriter()
    {
        const QJsonObject stamps{{QStringLiteral("a\"b"), kS}, {QStringLiteral("c"), kS}, {QStringLiteral("ü"), kS}};
        const QByteArray text = RowStamps::write(stamps);
        QVERIFY(QJsonDocument::fromJson(text).isObject());
        QCOMPARE(RowStamps::read(text), stamps);
    }

    void theSharedFormAsAPullWritesIt()
    {
        QByteArray text;
        RowStamps::beginShared(text, kS);
        RowStamps::appendSharedField(text, u"code");
        RowStamps::appendSharedField(text, u"name");
        text += '}';
        QCOMPARE(RowStamps::read(text), (QJsonObject{{QStringLiteral("code"), kS}, {QStringLiteral("name"), kS}}));
        QCOMPARE(RowStamps::read("{\"*\":\"" + kS.toLatin1() + "\"}"), QJsonObject());
        QCOMPARE(RowStamps::read("{\"*\":\"" + kS.toLatin1() + "\",\"a\":\"" + kT.toLatin1() + "\",\"b\":0}"),
                 (QJsonObject{{QStringLiteral("a"), kT}, {QStringLiteral("b"), kS}}));
    }

    void textThatIsNotAnObjectReadsAsNoStamps()
    {
        QCOMPARE(RowStamps::read("not json"), QJsonObject());
        QCOMPARE(RowStamps::read("[1,2]"), QJsonObject());
        QCOMPARE(RowStamps::read(QByteArray()), QJsonObject());
    }

    // A merge's change of a few fields, made in the text, reads as the same change made to the
    // parsed object: from each form a row can be in, by random changes with a fixed seed.
    void changedInTheTextReadsAsChangedInTheObject_data()
    {
        QTest::addColumn<QByteArray>("start");
        QJsonObject full = referralStamps();
        full.insert(QStringLiteral("status"), kT);
        QTest::newRow("shared form") << RowStamps::write(full);
        QTest::newRow("written in full before") << QJsonDocument(full).toJson(QJsonDocument::Compact);
        QTest::newRow("every stamp different") << RowStamps::write({{QStringLiteral("a"), kS}, {QStringLiteral("b"), kT}});
        QTest::newRow("shared stamp and no field") << QByteArray("{\"*\":\"" + kS.toLatin1() + "\"}");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("no text") << QByteArray();
        QTest::newRow("names that need escaping")
            << RowStamps::write({{QStringLiteral("a\"b"), kS}, {QStringLiteral("c"), kS}, {QStringLiteral("d"), kT}});
    }
    void changedInTheTextReadsAsChangedInTheObject()
    {
        QFETCH(QByteArray, start);
        const QStringList names{QStringLiteral("status"), QStringLiteral("urgency"), QStringLiteral("intake_on"),
                                QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("new_field")};
        const QStringList stamps{kS, kT, kU, QStringLiteral("1764489600003-0000-00000000000000aa")};
        QRandomGenerator random(20261201);
        for (int round = 0; round < 200; ++round) {
            QJsonObject expected = RowStamps::read(start);
            RowStampsText text(start);
            const int changes = 1 + int(random.bounded(6));
            for (int c = 0; c < changes; ++c) {
                const QString &name = names[random.bounded(int(names.size()))];
                const QString &stamp = stamps[random.bounded(int(stamps.size()))];
                QCOMPARE(text.stampOf(name), expected.value(name).toString());
                text.set(name, stamp);
                expected.insert(name, stamp);
                QCOMPARE(text.stampOf(name), stamp);
            }
            QCOMPARE(RowStamps::read(text.text()), expected);
            start = text.text(); // the next round starts where this one ended
        }
    }

    // Setting most fields to one new stamp writes the column again, with that stamp shared.
    void theNewMostCommonStampBecomesTheSharedOne()
    {
        QJsonObject stamps = referralStamps();
        RowStampsText text(RowStamps::write(stamps));
        for (auto it = stamps.begin(); it != stamps.end(); ++it) {
            text.set(it.key(), kU);
            it.value() = kU;
        }
        const QByteArray written = text.text();
        QVERIFY2(written.startsWith("{\"*\":\"" + kU.toLatin1() + '"'), written.constData());
        QCOMPARE(written.count(kU.toLatin1()), 1);
        QCOMPARE(RowStamps::read(written), stamps);
    }

    // A field's own stamp that comes back to the shared one is written as 0 again.
    void theSharedStampIsNeverSpelledOutTwice()
    {
        const QJsonObject stamps = referralStamps();
        RowStampsText text(RowStamps::write(stamps));
        text.set(u"urgency", kT);
        QVERIFY(text.text().contains("\"urgency\":\"" + kT.toLatin1() + '"'));
        text.set(u"urgency", kS);
        QCOMPARE(text.text(), RowStamps::write(stamps));
    }
};

QTEST_GUILESS_MAIN(TestRowStamps)
#include "tst_rowstamps.moc"
