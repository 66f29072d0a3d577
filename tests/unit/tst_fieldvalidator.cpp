// The field validator (docs/sync-protocol.md §4): what both ends refuse before anything is stored.

#include "fieldvalidator.h"
#include "schema.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace brug;

namespace {
const FieldDef *fieldOf(const QString &entity, const QString &field)
{
    const EntityDef *e = Schema::entity(entity);
    return e ? e->field(field) : nullptr;
}

QJsonArray manyChildren(int n)
{
    QJsonArray a;
    for (int i = 0; i < n; ++i)
        a.append(QJsonObject{{QStringLiteral("birth_year"), 2010 + i % 10}});
    return a;
}
} // namespace

class TestFieldValidator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rejects_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("code");
        const QString d = QStringLiteral("invalid_date"), t = QStringLiteral("wrong_type"),
                      v = QStringLiteral("invalid_value");
        auto row = [](const char *name, const char *e, const char *f, const QJsonValue &val,
                      const QString &code) {
            QTest::newRow(name) << QString::fromLatin1(e) << QString::fromLatin1(f) << val << code;
        };
        // Dates: exactly YYYY-MM-DD, a day that exists, 1900..2200.
        row("30 February", "visit", "date", QStringLiteral("2026-02-30"), d);
        row("month 13", "visit", "date", QStringLiteral("2025-13-01"), d);
        row("day-month-year", "visit", "date", QStringLiteral("30-11-2026"), d);
        row("31 November", "visit", "follow_up_on", QStringLiteral("2026-11-31"), d);
        row("29 February, no leap year", "consent", "given_on", QStringLiteral("2025-02-29"), d);
        row("day 00", "visit", "date", QStringLiteral("2026-11-00"), d);
        row("before 1900", "visit", "date", QStringLiteral("1899-12-31"), d);
        row("after 2200", "visit", "date", QStringLiteral("2201-01-01"), d);
        row("with a time", "visit", "date", QStringLiteral("2026-11-30T10:00"), d);
        row("no zero padding", "visit", "date", QStringLiteral("2026-1-5"), d);
        row("date as a number", "visit", "date", 20261130, t);
        // Wrong JSON types.
        row("text as number", "family", "name", 42, t);
        row("int as string", "visit", "duration_min", QStringLiteral("45"), t);
        row("int with a fraction", "visit", "duration_min", 45.5, t);
        row("bool as 1", "family", "active", 1, t);
        row("bool as string", "family", "active", QStringLiteral("true"), t);
        row("codes as one string", "visit", "topics", QStringLiteral("parenting"), t);
        row("code as number", "visit", "language", 1, t);
        row("id as number", "visit", "family_id", 7, t);
        row("ms as string", "referral", "sent_at", QStringLiteral("1764489600000"), t);
        row("children as object", "family", "children", QJsonObject{}, t);
        // Ids: lower-case UUIDs.
        row("id not a uuid", "visit", "family_id", QStringLiteral("not-an-id"), v);
        row("upper-case uuid", "visit", "family_id",
            QStringLiteral("5A1D2C3B-4E5F-4A6B-8C7D-9E0F1A2B3C4D"), v);
        // Catalogues.
        row("unknown language", "visit", "language", QStringLiteral("xx"), v);
        row("code in upper case", "visit", "language", QStringLiteral("NL"), v);
        row("risk factor 18", "visit", "risk_factors", QJsonArray{QStringLiteral("rf01"), QStringLiteral("rf18")}, v);
        row("code of another catalogue", "visit", "topics", QJsonArray{QStringLiteral("mosque")}, v);
        row("duplicate codes", "visit", "risk_factors", QJsonArray{QStringLiteral("rf03"), QStringLiteral("rf03")}, v);
        row("number inside codes", "visit", "actions", QJsonArray{3}, t);
        row("unknown referral status", "referral", "status", QStringLiteral("lost"), v);
        // Lengths and ranges.
        row("code 21 characters", "family", "code", QString(21, u'x'), v);
        row("note 20001 characters", "visit", "note", QString(20001, u'n'), v);
        row("duration below 0", "visit", "duration_min", -1, v);
        row("duration above a day", "visit", "duration_min", 1441, v);
        row("attendance above 10000", "meeting", "women", 10001, v);
        row("age above 27", "service", "age_to", 28, v);
        row("negative distance", "time_entry", "distance_km", -0.5, v);
        row("distance above 2000", "time_entry", "distance_km", 2000.5, v);
        row("negative ms", "visit", "created_at", -1, v);
        row("ms after 2200", "visit", "updated_at", 7258118400001.0, v);
        row("expenses above range", "time_entry", "expenses_cents", 1000001, v);
        // Children.
        row("born 1989", "family", "children", QJsonArray{QJsonObject{{QStringLiteral("birth_year"), 1989}}}, v);
        row("unknown gender", "family", "children", QJsonArray{QJsonObject{{QStringLiteral("gender"), QStringLiteral("q")}}}, v);
        row("unknown child member", "family", "children", QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}}, QStringLiteral("unknown_field"));
        row("21 children", "family", "children", manyChildren(21), v);
        row("child not an object", "family", "children", QJsonArray{2015}, t);
        // Stamps.
        row("not a stamp", "conflict", "winner_stamp", QStringLiteral("yesterday"), v);
    }
    void rejects()
    {
        QFETCH(QString, entity);
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        const FieldDef *f = fieldOf(entity, field);
        QVERIFY2(f, qPrintable(entity + u'.' + field));
        const std::optional<FieldError> err = validateField(*f, value);
        QVERIFY2(err.has_value(), "accepted");
        QCOMPARE(err->code, code);
        QVERIFY2(err->message.contains(field), qPrintable(err->message));
    }

    void accepts_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        auto row = [](const char *name, const char *e, const char *f, const QJsonValue &val) {
            QTest::newRow(name) << QString::fromLatin1(e) << QString::fromLatin1(f) << val;
        };
        row("a real date", "visit", "date", QStringLiteral("2026-11-30"));
        row("29 February 2024", "visit", "date", QStringLiteral("2024-02-29"));
        row("first day", "visit", "date", QStringLiteral("1900-01-01"));
        row("last day", "visit", "date", QStringLiteral("2200-12-31"));
        row("code exactly 20", "family", "code", QString(20, u'x'));
        row("arabic name", "family", "name", QStringLiteral("فاطمة الزهراء"));
        row("duration 0", "visit", "duration_min", 0);
        row("duration 1440", "visit", "duration_min", 1440);
        row("integral double", "visit", "duration_min", 45.0);
        row("distance 0", "time_entry", "distance_km", 0);
        row("distance 12.5", "time_entry", "distance_km", 12.5);
        row("false", "family", "active", false);
        row("no codes", "visit", "topics", QJsonArray{});
        row("two risk factors", "visit", "risk_factors", QJsonArray{QStringLiteral("rf01"), QStringLiteral("rf17")});
        row("known language", "family", "preferred_language", QStringLiteral("ak"));
        row("lower-case uuid", "visit", "family_id", QStringLiteral("5a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d"));
        row("children", "family", "children",
            QJsonArray{QJsonObject{{QStringLiteral("birth_year"), 2015}, {QStringLiteral("gender"), QJsonValue::Null}},
                       QJsonObject{{QStringLiteral("gender"), QStringLiteral("x")}}, QJsonObject{}});
        row("20 children", "family", "children", manyChildren(20));
        row("ms", "visit", "created_at", 1764489600000.0);
        row("a stamp", "conflict", "loser_stamp", QStringLiteral("1764489600000-0000-9f3a2b1c4d5e6f70"));
        row("any value", "conflict", "winner_value", QJsonObject{{QStringLiteral("a"), 1}});
    }
    void accepts()
    {
        QFETCH(QString, entity);
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        const FieldDef *f = fieldOf(entity, field);
        QVERIFY2(f, qPrintable(entity + u'.' + field));
        const std::optional<FieldError> err = validateField(*f, value);
        QVERIFY2(!err.has_value(), err ? qPrintable(err->message) : "");
    }

    void acceptsNullForEveryField()
    {
        int checked = 0;
        for (const EntityDef &e : Schema::entities()) {
            for (const FieldDef &f : e.fields) {
                const std::optional<FieldError> err = validateField(f, QJsonValue(QJsonValue::Null));
                QVERIFY2(!err.has_value(), qPrintable(e.name + u'.' + f.name));
                ++checked;
            }
        }
        QVERIFY(checked > 100);
    }

    // Errors travel to logs and to the other end: they name the field and the rule, never the value.
    void errorNamesTheFieldNeverTheValue()
    {
        const QString secret = QStringLiteral("Zwartewaterkloof");
        const FieldDef *code = fieldOf(QStringLiteral("family"), QStringLiteral("code"));
        const FieldDef *lang = fieldOf(QStringLiteral("visit"), QStringLiteral("language"));
        const FieldDef *date = fieldOf(QStringLiteral("visit"), QStringLiteral("date"));
        QVERIFY(code && lang && date);
        const std::pair<const FieldDef *, QJsonValue> cases[] = {
            {code, secret + secret},
            {lang, secret},
            {date, secret.left(10)},
        };
        for (const auto &[f, value] : cases) {
            const std::optional<FieldError> err = validateField(*f, value);
            QVERIFY(err.has_value());
            QVERIFY2(err->message.contains(f->name), qPrintable(err->message));
            QVERIFY2(!err->message.contains(secret.left(10)), qPrintable(err->message));
        }
    }
};

QTEST_GUILESS_MAIN(TestFieldValidator)
#include "tst_fieldvalidator.moc"
