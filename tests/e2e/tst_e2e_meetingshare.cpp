// End to end: a neighbourhood meeting reaches the provider it asked to come (or that came), with
// only the fields docs/sync-protocol.md §10 lists — never the place's name, the questions, the
// needs or the theme's note — and leaves it again when it no longer qualifies; the provider's
// Reports page counts it. A real brug-server, on SQLite and on PostgreSQL.
#include "reportbuilder.h"
#include "serverprocess.h"
#include "testdevice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace brug;
using namespace brug::test;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}
const QByteArray kSecret = "ZQMEET";
} // namespace

class TestE2eMeetingShare : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> server;
    QJsonObject demo;
    std::unique_ptr<TestDevice> ayse, sanne;
    QString providerId, orgId, asked, notAsked, notAProvider;

    QString code(const char *key) const { return demo.value(u"codes").toObject().value(QLatin1StringView(key)).toString(); }

    QJsonObject meeting(const QString &provider, bool requested, bool present) const
    {
        return {{s("date"), s("2031-01-15")},
                {s("place_kind"), s("mosque")},
                {s("place_name"), s("Moskee ") + QString::fromLatin1(kSecret)},
                {s("neighbourhood"), s("Lombok")},
                {s("theme"), s("parenting")},
                {s("theme_note"), s("note ") + QString::fromLatin1(kSecret)},
                {s("language"), s("tr")},
                {s("women"), 14},
                {s("men"), 2},
                {s("children"), 6},
                {s("newcomers"), 3},
                {s("questions"), s("what lives here ") + QString::fromLatin1(kSecret)},
                {s("needs"), QJsonArray{s("school"), s("money")}},
                {s("provider_requested"), requested},
                {s("provider_present"), present},
                {s("provider_id"), provider}};
    }

    bool both()
    {
        return ayse->sync() && sanne->sync();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        server = std::make_unique<ServerProcess>();
        QString error;
        QVERIFY2(server->start(&error), qPrintable(error));
        demo = server->seedDemo();
        QVERIFY(!demo.isEmpty());
        providerId = demo.value(u"organisations").toObject().value(u"provider").toString();
        orgId = demo.value(u"organisations").toObject().value(u"migrant_org").toString();
        ayse = std::make_unique<TestDevice>(s("ayse"));
        sanne = std::make_unique<TestDevice>(s("sanne"));
        QVERIFY2(ayse->enrol(server->url(), code("ayse"), &error), qPrintable(error));
        QVERIFY2(sanne->enrol(server->url(), code("sanne"), &error), qPrintable(error));
        QVERIFY(both());
    }

    void aMeetingThatAskedTheProviderReachesIt()
    {
        Records r = ayse->records();
        asked = r.create(u"meeting", meeting(providerId, true, false));
        notAsked = r.create(u"meeting", meeting(providerId, false, false));
        // provider_id naming an organisation that is no provider shares nothing.
        notAProvider = r.create(u"meeting", meeting(orgId, true, true));
        QVERIFY(both());

        const auto m = sanne->records().get(u"meeting", asked);
        QVERIFY(m.has_value());
        QCOMPARE(m->value(u"date").toString(), s("2031-01-15"));
        QCOMPARE(m->value(u"place_kind").toString(), s("mosque"));
        QCOMPARE(m->value(u"neighbourhood").toString(), s("Lombok"));
        QCOMPARE(m->value(u"theme").toString(), s("parenting"));
        QCOMPARE(m->value(u"language").toString(), s("tr"));
        QCOMPARE(m->value(u"women").toInt(), 14);
        QCOMPARE(m->value(u"men").toInt(), 2);
        QCOMPARE(m->value(u"children").toInt(), 6);
        QCOMPARE(m->value(u"newcomers").toInt(), 3);
        QCOMPARE(m->value(u"provider_requested").toBool(), true);
        QCOMPARE(m->value(u"provider_present").toBool(), false);
        QCOMPARE(m->value(u"provider_id").toString(), providerId);
        QCOMPARE(m->value(u"deleted").toBool(), false);
        QVERIFY(m->value(u"created_at").toDouble() > 0);
        for (const char *never : {"place_name", "theme_note", "questions", "needs", "contact_woman_id"})
            QVERIFY2(m->value(QString::fromLatin1(never)).isNull(), never);
        QVERIFY(!sanne->records().get(u"meeting", notAsked).has_value());
        QVERIFY(!sanne->records().get(u"meeting", notAProvider).has_value());

        // Not a byte of what was said there is on the provider's device.
        const QByteArray all = QJsonDocument(sanne->dump()).toJson();
        QVERIFY(!all.contains(kSecret));
        QVERIFY(QJsonDocument(ayse->dump()).toJson().contains(kSecret));
    }

    void theProvidersFiguresCountIt()
    {
        ReportBuilder builder(sanne->store());
        const Report report = builder.build(ReportPeriod(QDate(2031, 1, 1), QDate(2031, 3, 31)));
        QCOMPARE(report.side, Report::Side::Provider);
        const FigureRow *jan = report.table(u"meetings_provider_requested")->row(u"2031-01");
        QVERIFY(jan);
        QCOMPARE(jan->figure.count(), qint64(1));
        QVERIFY(jan->figure.suppressed());
        QCOMPARE(jan->figure.display(), s("<5"));
        QCOMPARE(report.table(u"meetings_provider_present")->row(u"2031-01")->figure.count(), qint64(0));
    }

    void changesFollowAndTheShareEnds()
    {
        // A shared field changes: the provider sees it.
        QVERIFY(ayse->records().update(u"meeting", asked, {{s("women"), 21}, {s("questions"), s("more ZQMEET")}}));
        QVERIFY(both());
        QCOMPARE(sanne->records().get(u"meeting", asked)->value(u"women").toInt(), 21);
        QVERIFY(sanne->records().get(u"meeting", asked)->value(u"questions").isNull());

        // The provider came after all to the other one: now it has that one too.
        QVERIFY(ayse->records().update(u"meeting", notAsked, {{s("provider_present"), true}}));
        QVERIFY(both());
        QVERIFY(sanne->records().get(u"meeting", notAsked).has_value());
        QCOMPARE(sanne->records().get(u"meeting", notAsked)->value(u"women").toInt(), 14);

        // No longer asked: it leaves the provider's device.
        QVERIFY(ayse->records().update(u"meeting", asked, {{s("provider_requested"), false}}));
        // Deleted: it leaves too.
        ayse->records().remove(u"meeting", notAsked);
        QVERIFY(both());
        QVERIFY(!sanne->records().get(u"meeting", asked).has_value());
        QVERIFY(!sanne->records().get(u"meeting", notAsked).has_value());

        // Asked again: it comes back, whole but for what is never shared.
        QVERIFY(ayse->records().update(u"meeting", asked, {{s("provider_requested"), true}}));
        QVERIFY(both());
        const auto back = sanne->records().get(u"meeting", asked);
        QVERIFY(back.has_value());
        QCOMPARE(back->value(u"women").toInt(), 21);
        QVERIFY(back->value(u"place_name").isNull());
        QVERIFY(!QJsonDocument(sanne->dump()).toJson().contains(kSecret));
    }
};

QTEST_GUILESS_MAIN(TestE2eMeetingShare)
#include "tst_e2e_meetingshare.moc"
