// A record row's stamps column (core/store/rowstamps.h): the shared stamp written once, the
// other stamps in full, rows written in full before read the same.

#include "rowstamps.h"

#include <QJsonDocument>
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
};

QTEST_GUILESS_MAIN(TestRowStamps)
#include "tst_rowstamps.moc"
