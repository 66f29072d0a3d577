// The text reader of stored record bodies (sync/server/rawbody), which a pull and every read of
// a record use: it must see exactly the fields, values, stamps and sequences the body was written
// from, whatever the values hold, and refuse text of another shape rather than guess. A record
// read that way writes its unchanged values back as they were.
#include "rawbody.h"
#include "serverrecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace brug;

namespace {
struct Seen
{
    QJsonValue value;
    QString stamp;
    qint64 seq = 0;
};

bool readRaw(const QByteArray &body, QHash<QString, Seen> *out)
{
    return RawBody::forEachField(body, [&](QByteArrayView name, QByteArrayView value, QByteArrayView stamp, qint64 seq) {
        // A value read alone must be one whole JSON value: wrap it to parse it.
        const QJsonArray one = QJsonDocument::fromJson("[" + value.toByteArray() + "]").array();
        out->insert(QString::fromUtf8(name), {one.size() == 1 ? one.at(0) : QJsonValue(QJsonValue::Undefined),
                                              QString::fromUtf8(stamp), seq});
    });
}
} // namespace

class TestRawBody : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatTheParserReads()
    {
        ServerRecord r;
        const QString s1 = QStringLiteral("1796036864978-0000-2ddab47342fad338");
        const QString s2 = QStringLiteral("1796036865000-0003-00000000000000ff");
        r.fields.insert(QStringLiteral("note"), {QStringLiteral("she said \"]},[{\" and left \\ early\n"), s1, 7});
        r.fields.insert(QStringLiteral("name"), {QStringLiteral("عائلة Öztürk Ɔbaa"), s1, 7});
        r.fields.insert(QStringLiteral("risk_factors"), {QJsonArray{QStringLiteral("rf01"), QStringLiteral("]"), 3}, s2, 9});
        r.fields.insert(QStringLiteral("children"), {QJsonArray{QJsonObject{{QStringLiteral("b"), QStringLiteral("}{")}}}, s2, 9});
        r.fields.insert(QStringLiteral("duration_min"), {-45, s1, 7});
        r.fields.insert(QStringLiteral("lat"), {52.0907, s1, 7});
        r.fields.insert(QStringLiteral("deleted"), {false, s1, 7});
        r.fields.insert(QStringLiteral("language"), {QJsonValue::Null, s2, 12345678901234});
        const QByteArray body = r.bodyJson();

        ServerRecord parsed;
        parsed.parseBody(body);
        QVERIFY(parsed.fields == r.fields);
        QHash<QString, Seen> raw;
        QVERIFY(readRaw(body, &raw));
        QCOMPARE(raw.size(), r.fields.size());
        for (auto it = r.fields.begin(); it != r.fields.end(); ++it) {
            QVERIFY2(raw.contains(it.key()), qPrintable(it.key()));
            QCOMPARE(raw.value(it.key()).value, it->value());
            QCOMPARE(raw.value(it.key()).stamp, it->stamp);
            QCOMPARE(raw.value(it.key()).seq, it->seq);
        }
    }

    // A record read from its body keeps its values as text until one is asked for, and writes
    // those it did not change back as they were: the same body, byte for byte.
    void aReadBodyIsWrittenBackAsItWasRead()
    {
        ServerRecord r;
        const QString s1 = QStringLiteral("1796036864978-0000-2ddab47342fad338");
        const QString s2 = QStringLiteral("1796036865000-0003-00000000000000ff");
        r.fields.insert(QStringLiteral("a_note"), {QStringLiteral("\"quoted\" \u00e9 \\ تاريخ"), s1, 7});
        r.fields.insert(QStringLiteral("b_list"), {QJsonArray{QStringLiteral("rf01"), 2.5, QJsonValue::Null}, s1, 7});
        r.fields.insert(QStringLiteral("c_flag"), {true, s2, 9});
        r.fields.insert(QStringLiteral("d_gone"), {QJsonValue::Null, s1, 7});
        const QByteArray body = r.bodyJson();

        ServerRecord read;
        read.parseBody(body);
        QCOMPARE(read.bodyJson(), body);
        QVERIFY(!read.fields.value(u"a_note").storedText().isEmpty()); // kept as text
        QCOMPARE(read.text(u"a_note"), r.text(u"a_note"));
        QCOMPARE(read.bodyJson(), body); // reading a value changes nothing written

        // One field written anew: the others come back as they were.
        read.fields.insert(QStringLiteral("c_flag"), {false, s2, 10});
        ServerRecord again;
        again.parseBody(read.bodyJson());
        QCOMPARE(again.value(u"c_flag"), QJsonValue(false));
        QCOMPARE(again.fields.value(u"c_flag").seq, 10);
        for (const char *name : {"a_note", "b_list", "d_gone"}) {
            const QString field = QString::fromLatin1(name);
            QCOMPARE(again.value(field), r.value(field));
            QCOMPARE(again.fields.value(field).stamp, r.fields.value(field).stamp);
            QCOMPARE(again.fields.value(field).seq, r.fields.value(field).seq);
        }
    }

    void readsTheSharedStampAndSequence()
    {
        // Fields stored as [value] alone take the stamp and sequence under "", whatever follows.
        const QByteArray body = " { \"\" : [ \"s1\" , 7 ] , \"a\" : [ \"x\" ] , \"b\" : [ [1] , \"s2\" , 9 ] , \"c\" : [ null ] } ";
        QHash<QString, Seen> raw;
        QVERIFY(readRaw(body, &raw));
        QCOMPARE(raw.size(), 3);
        QCOMPARE(raw.value(QStringLiteral("a")).value, QJsonValue(QStringLiteral("x")));
        QCOMPARE(raw.value(QStringLiteral("a")).stamp, QStringLiteral("s1"));
        QCOMPARE(raw.value(QStringLiteral("a")).seq, 7);
        QCOMPARE(raw.value(QStringLiteral("b")).stamp, QStringLiteral("s2"));
        QCOMPARE(raw.value(QStringLiteral("b")).seq, 9);
        QCOMPARE(raw.value(QStringLiteral("c")).value, QJsonValue(QJsonValue::Null));
        QCOMPARE(raw.value(QStringLiteral("c")).stamp, QStringLiteral("s1"));

        ServerRecord parsed;
        parsed.parseBody(body);
        QCOMPARE(parsed.fields.size(), 3);
        for (auto it = parsed.fields.begin(); it != parsed.fields.end(); ++it) {
            QCOMPARE(raw.value(it.key()).value, it->value());
            QCOMPARE(raw.value(it.key()).stamp, it->stamp);
            QCOMPARE(raw.value(it.key()).seq, it->seq);
        }
    }

    void readsTextQJsonDocumentWrote()
    {
        // Bodies stored before the server wrote them by hand, and with spaces.
        const QByteArray compact = "{\"a\":[[1,[2]],\"s1\",3],\"b\":[{\"x\":\"]\"},\"s2\",4]}";
        const QByteArray spaced = " { \"a\" : [ [1, [2]] , \"s1\" , 3 ] , \"b\" : [ {\"x\": \"]\"} , \"s2\" , 4 ] } ";
        for (const QByteArray &body : {compact, spaced}) {
            QHash<QString, Seen> raw;
            QVERIFY(readRaw(body, &raw));
            QCOMPARE(raw.size(), 2);
            QCOMPARE(raw.value(QStringLiteral("a")).value, QJsonValue(QJsonArray{1, QJsonArray{2}}));
            QCOMPARE(raw.value(QStringLiteral("b")).stamp, QStringLiteral("s2"));
            QCOMPARE(raw.value(QStringLiteral("b")).seq, 4);
        }
        QHash<QString, Seen> none;
        QVERIFY(readRaw("{}", &none));
        QVERIFY(none.isEmpty());
        QVERIFY(readRaw("{\"\":[\"s\",3]}", &none));
        QVERIFY(none.isEmpty());
    }

    void refusesOtherShapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("not an array") << QByteArray("{\"a\":1}");
        QTest::newRow("two members") << QByteArray("{\"a\":[1,\"s\"]}");
        QTest::newRow("seq not a number") << QByteArray("{\"a\":[1,\"s\",\"x\"]}");
        QTest::newRow("seq with exponent") << QByteArray("{\"a\":[1,\"s\",1e3]}");
        QTest::newRow("stamp not a string") << QByteArray("{\"a\":[1,2,3]}");
        QTest::newRow("cut in a string") << QByteArray("{\"a\":[\"abc");
        QTest::newRow("cut in an array") << QByteArray("{\"a\":[[1,2");
        QTest::newRow("trailing text") << QByteArray("{\"a\":[1,\"s\",3]}x");
        QTest::newRow("missing comma") << QByteArray("{\"a\":[1,\"s\",3] \"b\":[1,\"s\",3]}");
        // The shared stamp and sequence ("") come first, once, as [stamp, seq].
        QTest::newRow("value alone, nothing shared") << QByteArray("{\"a\":[1]}");
        QTest::newRow("value alone before the shared") << QByteArray("{\"a\":[1],\"\":[\"s\",3]}");
        QTest::newRow("shared twice") << QByteArray("{\"\":[\"s\",3],\"\":[\"t\",4],\"a\":[1]}");
        QTest::newRow("shared without seq") << QByteArray("{\"\":[\"s\"],\"a\":[1]}");
        QTest::newRow("shared with a value") << QByteArray("{\"\":[1,\"s\",3],\"a\":[1]}");
        QTest::newRow("shared seq not a number") << QByteArray("{\"\":[\"s\",\"3\"],\"a\":[1]}");
    }

    void refusesOtherShapes()
    {
        QFETCH(QByteArray, body);
        QHash<QString, Seen> raw;
        QVERIFY(!readRaw(body, &raw));
    }
};

QTEST_GUILESS_MAIN(TestRawBody)
#include "tst_rawbody.moc"
