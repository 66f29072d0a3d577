// A push's records are stored from the request's own text of their fields (BatchText finds it,
// RawBody::fromChangeFields makes the body): that text must be exactly what the parser read
// for each change, and anything of another shape must be refused, so that the server writes
// the body from the parsed fields instead.
#include "batchtext.h"
#include "jsontext.h"
#include "rawbody.h"
#include "serverrecord.h"
#include "syncmessages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace brug;

namespace {
const QString kStamp = QStringLiteral("1796036864978-0000-2ddab47342fad338");

RecordChange change(const QString &id, const QJsonObject &fields)
{
    RecordChange c;
    c.entity = QStringLiteral("referral");
    c.id = id;
    c.fields = fields;
    c.stamp = kStamp;
    return c;
}

QByteArray text(const QJsonObject &o)
{
    QByteArray out;
    JsonText::appendObject(out, o);
    return out;
}
} // namespace

class TestBatchText : public QObject
{
    Q_OBJECT

private slots:
    void findsEachChangesFieldsAsTheDeviceWroteThem()
    {
        const QJsonObject first{{QStringLiteral("reason_family"), QStringLiteral("{\"f\":[1]}, \\ \"e\" ]")},
                                {QStringLiteral("risk_factors"), QJsonArray{QStringLiteral("rf01"), QJsonObject{{QStringLiteral("f"), 2}}}},
                                {QStringLiteral("urgency"), QStringLiteral("soon")}};
        const QJsonObject second{{QStringLiteral("deleted"), false}, {QStringLiteral("language"), QJsonValue::Null}};
        SyncRequest req;
        req.hasBatch = true;
        req.batchSeq = 3;
        req.changes = {change(QStringLiteral("00000000-0000-4000-8000-000000000001"), first),
                       change(QStringLiteral("00000000-0000-4000-8000-000000000002"), second)};
        req.changes[1].bases.insert(QStringLiteral("deleted"), kStamp); // a "b" object before "f"
        const QByteArray body = req.toJsonText();
        const std::vector<QByteArrayView> found = BatchText::changeFields(body);
        QCOMPARE(found.size(), size_t(2));
        QCOMPARE(QJsonDocument::fromJson(found[0].toByteArray()).object(), first);
        QCOMPARE(QJsonDocument::fromJson(found[1].toByteArray()).object(), second);

        // Without a batch (a pull alone) there is nothing to find.
        SyncRequest pull;
        QVERIFY(BatchText::changeFields(pull.toJsonText()).empty());
    }

    void readsSpacedText()
    {
        const QByteArray body = " { \"cursor\" : 0 , \"batch\" : { \"seq\" : 1 , \"changes\" : [ { \"e\" : \"family\" ,"
                                " \"f\" : { \"a\" : 1 , \"b\" : [ 2 ] } } , { \"f\" : {} } ] } } ";
        const std::vector<QByteArrayView> found = BatchText::changeFields(body);
        QCOMPARE(found.size(), size_t(2));
        QCOMPARE(found[0], QByteArrayView("{ \"a\" : 1 , \"b\" : [ 2 ] }"));
        QCOMPARE(found[1], QByteArrayView("{}"));
    }

    void refusesOtherShapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("no batch") << QByteArray("{\"cursor\":0}");
        QTest::newRow("batch null") << QByteArray("{\"batch\":null}");
        QTest::newRow("no changes") << QByteArray("{\"batch\":{\"seq\":1}}");
        QTest::newRow("changes not an array") << QByteArray("{\"batch\":{\"changes\":{}}}");
        QTest::newRow("a change without f") << QByteArray("{\"batch\":{\"changes\":[{\"e\":\"x\"}]}}");
        QTest::newRow("a change not an object") << QByteArray("{\"batch\":{\"changes\":[1]}}");
        // The parser keeps one of two members of one name: which one is its affair.
        QTest::newRow("f twice") << QByteArray("{\"batch\":{\"changes\":[{\"f\":{\"a\":1},\"f\":{\"a\":2}}]}}");
        QTest::newRow("f escaped") << QByteArray("{\"batch\":{\"changes\":[{\"f\":{\"a\":1},\"\\u0066\":{\"a\":2}}]}}");
        QTest::newRow("changes twice") << QByteArray("{\"batch\":{\"changes\":[],\"changes\":[{\"f\":{}}]}}");
        QTest::newRow("batch twice") << QByteArray("{\"batch\":{\"changes\":[]},\"batch\":{\"changes\":[]}}");
        QTest::newRow("batch escaped") << QByteArray("{\"batch\":{\"changes\":[]},\"b\\u0061tch\":{}}");
        QTest::newRow("cut") << QByteArray("{\"batch\":{\"changes\":[{\"f\":{\"a\":1}}");
        QTest::newRow("trailing text") << QByteArray("{\"batch\":{\"changes\":[]}} x");
    }

    void refusesOtherShapes()
    {
        QFETCH(QByteArray, body);
        QVERIFY(BatchText::changeFields(body).empty());
    }

    void aBodyFromTheFieldsTextIsTheBodyOfTheParsedFields()
    {
        // Written from the text or from the parsed fields: the same stored body.
        const QJsonObject fields{{QStringLiteral("children"), QJsonArray{QJsonObject{{QStringLiteral("b"), QStringLiteral("}{")}}}},
                                 {QStringLiteral("deleted"), false},
                                 {QStringLiteral("duration_min"), -45},
                                 {QStringLiteral("lat"), 52.0907},
                                 {QStringLiteral("name"), QStringLiteral("عائلة Öztürk \"Ɔbaa\"\n")},
                                 {QStringLiteral("language"), QJsonValue::Null}};
        ServerRecord r;
        for (auto it = fields.begin(); it != fields.end(); ++it)
            r.fields.insert(it.key(), {it.value(), kStamp, 42});
        const QByteArray body = RawBody::fromChangeFields(text(fields), kStamp.toLatin1(), 42, fields.size());
        QCOMPARE(body, r.bodyJson());
        ServerRecord back;
        back.parseBody(body);
        QVERIFY(back.fields == r.fields);
    }

    void aBodyIsMadeOnlyFromPlainSortedFields_data()
    {
        QTest::addColumn<QByteArray>("fields");
        QTest::addColumn<int>("count");
        QTest::newRow("fewer than parsed") << QByteArray("{\"a\":1,\"b\":2}") << 3;
        QTest::newRow("more than parsed") << QByteArray("{\"a\":1,\"b\":2,\"c\":3}") << 2;
        QTest::newRow("one field") << QByteArray("{\"a\":1}") << 1;
        QTest::newRow("out of order") << QByteArray("{\"b\":1,\"a\":2}") << 2;
        QTest::newRow("a name twice") << QByteArray("{\"a\":1,\"a\":2}") << 2;
        QTest::newRow("an escaped name") << QByteArray("{\"a\":1,\"\\u0062\":2}") << 2;
        QTest::newRow("not an object") << QByteArray("[1,2]") << 2;
    }

    void aBodyIsMadeOnlyFromPlainSortedFields()
    {
        QFETCH(QByteArray, fields);
        QFETCH(int, count);
        QVERIFY(RawBody::fromChangeFields(fields, kStamp.toLatin1(), 1, count).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBatchText)
#include "tst_batchtext.moc"
