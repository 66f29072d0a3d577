// A server record's fields are kept in one array sorted by name (FieldMap), no longer a hash:
// these check that it still behaves as the map the server's code reads and writes.
#include "fieldmap.h"
#include "serverrecord.h"

#include <QJsonArray>
#include <QtTest>

using namespace brug;

using Field = std::pair<QString, FieldState>;
Q_DECLARE_METATYPE(QList<Field>)

class TestFieldMap : public QObject
{
    Q_OBJECT

    static FieldState state(const QString &value, qint64 seq)
    {
        return FieldState{value, QStringLiteral("1796036864978-0000-2ddab47342fad338"), seq};
    }
    static QStringList names(const FieldMap &m)
    {
        QStringList out;
        for (auto it = m.begin(); it != m.end(); ++it)
            out << it.key();
        return out;
    }

private slots:
    void keepsNamesSortedWhateverTheOrderOfWrites()
    {
        FieldMap m;
        for (const char *name : {"note", "family_id", "zone", "a", "note_b", "b"})
            m.insert(QString::fromLatin1(name), state(QString::fromLatin1(name), 1));
        QCOMPARE(names(m), (QStringList{"a", "b", "family_id", "note", "note_b", "zone"}));
        QCOMPARE(m.size(), 6);
        for (auto it = m.begin(); it != m.end(); ++it)
            QCOMPARE(it->value().toString(), it.key()); // each value stayed with its name
    }

    void replacesAFieldInPlace()
    {
        FieldMap m;
        m.insert(QStringLiteral("b"), state(QStringLiteral("first"), 1));
        m.insert(QStringLiteral("a"), state(QStringLiteral("x"), 1));
        m.insert(QStringLiteral("b"), state(QStringLiteral("second"), 2));
        QCOMPARE(m.size(), 2);
        QCOMPARE(m.value(u"b").value().toString(), QStringLiteral("second"));
        QCOMPARE(m.value(u"b").seq, 2);
        auto it = m.find(u"a");
        QVERIFY(it != m.end());
        it->seq = 9;
        QCOMPARE(m.value(u"a").seq, 9);
    }

    void missingFieldsReadEmpty()
    {
        FieldMap m;
        QVERIFY(!m.contains(u"x"));
        QVERIFY(m.value(u"x").value().isNull());
        QVERIFY(m.value(u"x").stamp.isEmpty());
        m.insert(QStringLiteral("m"), state(QStringLiteral("v"), 1));
        QVERIFY(!m.contains(u"a"));
        QVERIFY(!m.contains(u"z"));
        QVERIFY(m.find(u"mm") == m.end());
        QCOMPARE(m.size(), 1);
        m[QStringLiteral("c")].seq = 4; // operator[] adds what is missing
        QCOMPARE(names(m), (QStringList{"c", "m"}));
        QCOMPARE(m.value(u"c").seq, 4);
    }

    void aCopyIsItsOwn()
    {
        FieldMap a;
        a.insert(QStringLiteral("f"), state(QStringLiteral("one"), 1));
        FieldMap b = a;
        QVERIFY(a == b);
        b.insert(QStringLiteral("f"), state(QStringLiteral("two"), 2));
        b.insert(QStringLiteral("g"), state(QStringLiteral("new"), 2));
        QCOMPARE(a.value(u"f").value().toString(), QStringLiteral("one"));
        QCOMPARE(a.size(), 1);
        QVERIFY(!(a == b));
    }

    void bodyReadsBackAsWritten_data()
    {
        QTest::addColumn<QList<Field>>("fields");
        QTest::addColumn<QByteArray>("expected");
        const QString s1 = QStringLiteral("s1"), s2 = QStringLiteral("s2");
        const QJsonValue rf = QJsonArray{QStringLiteral("rf01")};
        // The stamp and sequence most fields share are stored once, under "".
        QTest::newRow("most share one write")
            << QList<Field>{{QStringLiteral("risk_factors"), {rf, s2, 9}},
                            {QStringLiteral("deleted"), {false, s1, 7}},
                            {QStringLiteral("name"), {QStringLiteral("عائلة"), s1, 7}}}
            << QByteArray(R"({"":["s1",7],"deleted":[false],"name":["عائلة"],"risk_factors":[["rf01"],"s2",9]})");
        QTest::newRow("one stamp, two sequences")
            << QList<Field>{{QStringLiteral("a"), {1, s1, 7}}, {QStringLiteral("b"), {2, s1, 8}},
                            {QStringLiteral("c"), {3, s1, 8}}}
            << QByteArray(R"({"":["s1",8],"a":[1,"s1",7],"b":[2],"c":[3]})");
        QTest::newRow("nothing shared")
            << QList<Field>{{QStringLiteral("a"), {1, s1, 7}}, {QStringLiteral("b"), {rf, s2, 9}}}
            << QByteArray(R"({"a":[1,"s1",7],"b":[["rf01"],"s2",9]})");
        QTest::newRow("one field") << QList<Field>{{QStringLiteral("a"), {QJsonValue::Null, s1, 7}}}
                                   << QByteArray(R"({"a":[null,"s1",7]})");
        QTest::newRow("no field") << QList<Field>{} << QByteArray("{}");
    }

    void bodyReadsBackAsWritten()
    {
        QFETCH(QList<Field>, fields);
        QFETCH(QByteArray, expected);
        ServerRecord r;
        for (const auto &[name, state] : fields)
            r.fields.insert(name, state);
        const QByteArray body = r.bodyJson();
        QCOMPARE(body, expected);
        ServerRecord back;
        back.parseBody(body);
        QVERIFY(back.fields == r.fields);
    }

    void bodyOfEveryFieldWithItsStampIsRead()
    {
        // As servers before schema version 3 stored every body.
        ServerRecord back;
        back.parseBody(R"({"a":[1,"s1",7],"b":[["rf01"],"s1",7]})");
        QCOMPARE(back.fields.size(), 2);
        QCOMPARE(back.fields.value(u"a").stamp, QStringLiteral("s1"));
        QCOMPARE(back.fields.value(u"b").value(), QJsonValue(QJsonArray{QStringLiteral("rf01")}));
        QCOMPARE(back.fields.value(u"b").seq, 7);
    }
};

QTEST_GUILESS_MAIN(TestFieldMap)
#include "tst_fieldmap.moc"
