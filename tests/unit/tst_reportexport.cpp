// The Reports page's exports (app/ui/reportsmodel, reportpdf): the figures as QML sees them, the
// CSV, and a PDF that poppler renders (pdftoppm, every page with ink on it) and whose text holds
// the figures and their labels (pdftotext), left to right and mirrored for Arabic with a font
// that has Arabic glyphs.

#include "hlc.h"
#include "labels.h"
#include "language.h"
#include "records.h"
#include "reportbuilder.h"
#include "reportpdf.h"
#include "reportsmodel.h"
#include "session.h"
#include "storetestutil.h"

#include <QImage>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace brug;
using namespace brug::test;

namespace {
const QString kProvider = QStringLiteral("11111111-1111-4111-8111-111111111111");
const QString kRemoteNode = QStringLiteral("00000000000000bb");

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args)
{
    Run r;
    const QString exe = QStandardPaths::findExecutable(program);
    if (exe.isEmpty()) {
        r.err = program.toUtf8() + " is not installed (poppler-utils, see scripts/setup)";
        return r;
    }
    QProcess p;
    p.start(exe, args);
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

/// The box around everything that is not white in rows [top, bottom) of an image.
QRect inkBox(const QImage &image, int top, int bottom)
{
    int minX = image.width(), maxX = -1, minY = bottom, maxY = -1;
    for (int y = qMax(0, top); y < qMin(bottom, image.height()); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qGray(image.pixel(x, y)) < 200) {
                minX = qMin(minX, x);
                maxX = qMax(maxX, x);
                minY = qMin(minY, y);
                maxY = qMax(maxY, y);
            }
    return maxX < 0 ? QRect() : QRect(QPoint(minX, minY), QPoint(maxX, maxY));
}

int inkPixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += qGray(image.pixel(x, y)) < 200 ? 1 : 0;
    return n;
}
} // namespace

class TestReportExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Language> m_language;
    int m_stamp = 0;

    void remote(Store &store, const QString &entity, const QString &id, const QJsonObject &fields)
    {
        RecordChange c;
        c.entity = entity;
        c.id = id;
        c.fields = fields;
        const QString st = Hlc{QDateTime::currentMSecsSinceEpoch() - 5000, quint32(++m_stamp), kRemoteNode}.toString();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            c.stamps.insert(it.key(), st);
        Records(store).applyRemote(c);
    }

    /// Renders `pdf` with pdftoppm at 50 dpi; returns the pages.
    QList<QImage> render(const QString &pdf)
    {
        const QString prefix = m_dir.filePath(QFileInfo(pdf).completeBaseName());
        const Run r = run(s("pdftoppm"), {s("-png"), s("-r"), s("50"), pdf, prefix});
        if (r.exitCode != 0) {
            qWarning("pdftoppm: %s", r.err.constData());
            return {};
        }
        QList<QImage> pages;
        const QDir dir(m_dir.path());
        const QStringList filter{QFileInfo(pdf).completeBaseName() + s("-*.png")};
        for (const QString &f : dir.entryList(filter, QDir::Files, QDir::Name))
            pages << QImage(dir.filePath(f)).convertToFormat(QImage::Format_RGB32);
        return pages;
    }

    QString text(const QString &pdf)
    {
        const Run r = run(s("pdftotext"), {s("-layout"), pdf, s("-")});
        return r.exitCode == 0 ? QString::fromUtf8(r.out) : QString();
    }

    ReportsModel *model()
    {
        auto *m = new ReportsModel;
        m->setFrom(s("2025-03-01"));
        m->setTo(s("2025-04-30"));
        return m;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // BRUG_TEST_KEEP=1 keeps the PDFs and their renderings to look at.
        if (qEnvironmentVariableIsSet("BRUG_TEST_KEEP")) {
            m_dir.setAutoRemove(false);
            qInfo("exports kept in %s", qPrintable(m_dir.path()));
        }
        m_language = std::make_unique<Language>();
        m_language->setCode(s("nl"));

        // 12 families from Morocco, 3 from Turkey, 6 from Ghana, each visited in March or April
        // 2025; 7 referrals to one provider, 6 with an intake 10 days later.
        DeviceIdentity me = identity(s("coordinator"));
        me.orgName = s("Al Amal");
        auto store = createStore(m_dir.filePath(s("coordinator.db")), me);
        remote(*store, s("organisation"), kOrgId, {{s("name"), s("Al Amal")}, {s("kind"), s("migrant_org")}});
        remote(*store, s("organisation"), kProvider, {{s("name"), s("CJG West")}, {s("kind"), s("provider")}});
        remote(*store, s("user"), kUserId,
               {{s("org_id"), kOrgId}, {s("display_name"), s("Fatima El Idrissi")}, {s("role"), s("coordinator")}});
        Records rec(*store);
        int n = 0;
        for (const auto &[country, count] : {std::pair{"MA", 12}, std::pair{"TR", 3}, std::pair{"GH", 6}}) {
            for (int i = 0; i < count; ++i, ++n) {
                const QString family = rec.create(u"family", {{s("code"), QStringLiteral("F-%1").arg(n)},
                                                              {s("country_of_origin"), s(country)},
                                                              {s("neighbourhood"), n % 2 ? s("Lombok") : s("Kanaleneiland")}});
                rec.create(u"visit", {{s("family_id"), family},
                                      {s("date"), n % 3 ? s("2025-03-12") : s("2025-04-02")},
                                      {s("risk_factors"), QJsonArray{s("rf09"), s("rf01")}},
                                      {s("actions"), QJsonArray{s("information")}}});
                if (n < 7) {
                    const QString referral = rec.create(
                        u"referral", {{s("family_id"), family},
                                      {s("provider_id"), kProvider},
                                      {s("state"), s("sent")},
                                      {s("sent_at"), double(QDateTime(QDate(2025, 3, 3), QTime(10, 0)).toMSecsSinceEpoch())}});
                    if (n < 6)
                        remote(*store, s("referral"), referral,
                               {{s("status"), s("intake_planned")}, {s("intake_on"), s("2025-03-13")}});
                }
            }
        }
        rec.create(u"meeting", {{s("date"), s("2025-04-09")}, {s("women"), 17}, {s("children"), 6}});
        rec.create(u"time_entry", {{s("user_id"), kUserId}, {s("date"), s("2025-03-12")}, {s("activity"), s("home_visit")},
                                   {s("minutes"), 150}, {s("distance_km"), 12.5}, {s("expenses_cents"), 480}});
        m_session = std::make_unique<Session>(store->path());
        m_session->adopt(std::move(store));
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_language.reset();
    }

    void figuresForQml()
    {
        std::unique_ptr<ReportsModel> m(model());
        QVERIFY(m->ready());
        QVERIFY(!m->providerSide());
        QCOMPARE(m->preset(), s("custom"));
        QCOMPARE(m->familiesReached().value(s("value")).toInt(), 21);
        QCOMPARE(m->familiesReached().value(s("display")).toString(), s("21"));

        const QVariantList origin = m->familiesByOrigin();
        QCOMPARE(origin.size(), 3);
        const QVariantMap first = origin.at(0).toMap();
        QCOMPARE(first.value(s("key")).toString(), s("MA"));
        // The catalogue's label in the chosen language (whatever translation the build carries).
        QCOMPARE(first.value(s("label")).toString(), Labels::label(s("country"), s("MA")));
        QCOMPARE(first.value(s("value")).toInt(), 12);
        QCOMPARE(first.value(s("suppressed")).toBool(), false);
        for (const QVariant &v : origin) {
            const QVariantMap item = v.toMap();
            if (item.value(s("key")).toString() == u"TR") {
                // 3 families: never shown, never charted by length.
                QCOMPARE(item.value(s("display")).toString(), s("<5"));
                QCOMPARE(item.value(s("value")).toInt(), 0);
                QVERIFY(item.value(s("suppressed")).toBool());
            } else if (item.value(s("key")).toString() == u"GH") {
                // 6, but 21 - 12 - 6 would give the 3 away: withheld.
                QCOMPARE(item.value(s("display")).toString(), s("\u22655"));
                QVERIFY(item.value(s("withheld")).toBool());
                QVERIFY(item.value(s("suppressed")).toBool());
            }
        }
        const QVariantList months = m->visitsPerMonth();
        QCOMPARE(months.size(), 2);
        QCOMPARE(months.at(0).toMap().value(s("key")).toString(), s("2025-03"));
        QCOMPARE(months.at(0).toMap().value(s("value")).toInt(), 14);
        QCOMPARE(months.at(1).toMap().value(s("value")).toInt(), 7);
        QCOMPARE(m->referralsByStatus().size(), 8);
        QCOMPARE(m->daysToIntake().value(s("available")).toBool(), true);
        QCOMPARE(m->daysToIntake().value(s("median")).toDouble(), 10.0);
        QCOMPARE(m->hours().size(), 1);
        QCOMPARE(m->hours().at(0).toMap().value(s("hoursDisplay")).toString(), s("2:30"));
        QVERIFY(m->privacyNote().contains(s("<5")));
        QVERIFY(m->periodText().contains(s("maart")));
        QVERIFY(m->suggestedPath(s("pdf")).endsWith(s("brug-figures-2025-03-01-2025-04-30.pdf")));

        // The period presets.
        QSignalSpy spy(m.get(), &ReportsModel::periodChanged);
        m->setPreset(s("thisYear"));
        QCOMPARE(m->from(), QDate(QDate::currentDate().year(), 1, 1).toString(Qt::ISODate));
        m->setPreset(s("last3months"));
        QCOMPARE(m->to(), QDate::currentDate().toString(Qt::ISODate));
        QCOMPARE(spy.count(), 2);
    }

    void csvExport()
    {
        std::unique_ptr<ReportsModel> m(model());
        const QString path = m_dir.filePath(s("exports/figures.csv"));
        QCOMPARE(m->exportCsv(QUrl::fromLocalFile(path)), QString());
        const QByteArray csv = readBytes(path);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(csv);
        QVERIFY(text.contains(Labels::label(s("country"), s("MA")) + s(";12\r\n")));
        QVERIFY(text.contains(Labels::label(s("country"), s("TR")) + s(";<5\r\n")));
        QVERIFY(text.contains(s("\r\n") + m->title(s("families_by_origin")) + s("\r\n")));
        // A plain path works too; a web address does not.
        QCOMPARE(m->exportCsv(QUrl(m_dir.filePath(s("plain.csv")))), QString());
        QVERIFY(QFile::exists(m_dir.filePath(s("plain.csv"))));
        QVERIFY(!m->exportCsv(QUrl(s("https://example.org/figures.csv"))).isEmpty());
    }

    void pdfRendersAndHoldsTheFigures()
    {
        std::unique_ptr<ReportsModel> m(model());
        const QString path = m_dir.filePath(s("figures.pdf"));
        QCOMPARE(m->exportPdf(QUrl::fromLocalFile(path)), QString());
        QVERIFY(readBytes(path).startsWith("%PDF"));

        const QList<QImage> pages = render(path);
        QVERIFY2(!pages.isEmpty(), "pdftoppm rendered no page");
        for (const QImage &p : pages) {
            QVERIFY(p.width() > 350 && p.height() > p.width()); // A4 portrait at 50 dpi: 413 x 585
            QVERIFY2(inkPixels(p) > 500, "a blank page");
        }
        // The title starts at the left margin.
        const QRect title = inkBox(pages.first(), 25, 60);
        QVERIFY2(title.isValid() && title.left() < 50 && title.right() < pages.first().width() * 3 / 4,
                 qPrintable(QStringLiteral("title at %1..%2").arg(title.left()).arg(title.right())));

        // Compatibility normalisation undoes the ligatures ("fi") the PDF is set with.
        const QString t = text(path).normalized(QString::NormalizationForm_KC);
        QVERIFY2(!t.isEmpty(), "pdftotext read nothing");
        QStringList expected = {s("Al Amal"), s("maart 2025"), s("CJG West"), s("21"), s("12"), s("<5"),
                                s("Fatima El Idrissi"), s("Lombok")};
        for (const char *country : {"MA", "TR", "GH"})
            expected << Labels::label(s("country"), s(country));
        // Every section's title, in the chosen language.
        for (const QString &id : m->report().order)
            expected << m->title(id);
        for (const QString &e : expected) {
            // pdftotext -layout may break a long title over two lines: its first words suffice.
            const QString words = e.section(u' ', 0, 2).normalized(QString::NormalizationForm_KC);
            QVERIFY2(t.contains(words), qPrintable(e));
        }
        QVERIFY(t.contains(QChar(0x2265))); // "≥5"
        // Nothing of what families said ever reaches a report.
        QVERIFY(!t.contains(s("F-1")));
    }

    void pdfInArabicIsMirrored()
    {
        m_language->setCode(s("ar"));
        QVERIFY(m_language->rtl());
        std::unique_ptr<ReportsModel> m(model());
        const QString path = m_dir.filePath(s("figures-ar.pdf"));
        QCOMPARE(m->exportPdf(QUrl::fromLocalFile(path)), QString());
        m_language->setCode(s("nl"));

        const QList<QImage> pages = render(path);
        QVERIFY(!pages.isEmpty());
        for (const QImage &p : pages)
            QVERIFY2(inkPixels(p) > 500, "a blank page");
        // Right to left: the title ends at the right margin.
        const QImage &first = pages.first();
        const QRect title = inkBox(first, 25, 60);
        QVERIFY2(title.isValid() && title.right() > first.width() - 50 && title.left() > first.width() / 4,
                 qPrintable(QStringLiteral("title at %1..%2").arg(title.left()).arg(title.right())));
    }

    void arabicLabelsHaveArabicGlyphs()
    {
        ReportBuilder builder(*m_session->store());
        const Report report = builder.build(ReportPeriod(QDate(2025, 3, 1), QDate(2025, 4, 30)));
        ReportPdf::Options o;
        o.direction = Qt::RightToLeft;
        o.locale = QLocale(QLocale::Arabic, QLocale::Morocco);
        o.title = s("أرقام الأمل");
        o.periodText = s("مارس – أبريل 2025");
        o.labels = [](const QString &kind, const QString &key) {
            if (kind == u"country" && key == u"MA")
                return s("المغرب");
            if (kind == u"section" && key == u"families_reached")
                return s("الأسر التي وصلنا إليها");
            return ReportLabels::english(kind, key);
        };
        const QString path = m_dir.filePath(s("arabic.pdf"));
        QCOMPARE(ReportPdf::write(report, path, o), QString());
        QVERIFY(!render(path).isEmpty());

        // The Arabic is set in a font that has its glyphs, embedded in the file.
        const Run fonts = run(s("pdffonts"), {path});
        QCOMPARE(fonts.exitCode, 0);
        QVERIFY2(fonts.out.contains("Arabic"), fonts.out.constData());
        // And it reads back as the words written: poppler gives the shaped letters (presentation
        // forms), which compatibility normalisation turns back into the letters.
        const QString t = text(path).normalized(QString::NormalizationForm_KC);
        QVERIFY2(t.contains(s("المغرب")), qPrintable(t.left(600)));
        QVERIFY(t.contains(s("12")));
    }

    void exportErrorsAreSaid()
    {
        std::unique_ptr<ReportsModel> m(model());
        QVERIFY(!m->exportPdf(QUrl(s("https://example.org/x.pdf"))).isEmpty());
        QVERIFY(!m->exportPdf(QUrl::fromLocalFile(s("/proc/brug-no-such-dir/x.pdf"))).isEmpty());
        QVERIFY(!m->exportCsv(QUrl::fromLocalFile(s("/proc/brug-no-such-dir/x.csv"))).isEmpty());
    }
};

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"
