// The words of the interface: Labels (catalogue codes in the chosen language) follow whatever
// translator is installed, and Language switches translator, locale and direction at once.
// Uses the translations built into brugui (:/i18n/brug_<lang>.qm).
#include "labels.h"
#include "language.h"

#include <QGuiApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTranslator>
#include <QtTest>

using namespace brug;

namespace {

/// Some letters, and every letter in the Arabic script.
bool isArabic(const QString &text)
{
    int letters = 0;
    for (QChar c : text) {
        if (!c.isLetter())
            continue;
        ++letters;
        if (c.script() != QChar::Script_Arabic)
            return false;
    }
    return letters > 0;
}

QString nameOf(const Labels &labels, const char *catalogue, const char *code)
{
    return labels.names().value(QLatin1StringView(catalogue)).toMap().value(QLatin1StringView(code)).toString();
}

} // namespace

class TestLabels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void sourceWordsWithoutTranslator();
    void labelsFollowTheInstalledTranslator();
    void languageSwitchesDirection();
    void languageSwitchRetranslatesLabels();
};

void TestLabels::sourceWordsWithoutTranslator()
{
    Labels labels;
    QCOMPARE(Labels::instance(), &labels);
    QCOMPARE(Labels::label(QStringLiteral("risk_factor"), QStringLiteral("rf01")), QStringLiteral("Does not know the services"));
    QCOMPARE(Labels::explanation(QStringLiteral("risk_factor"), QStringLiteral("rf01")),
             QStringLiteral("The family does not know what youth services exist or what they do."));
    QCOMPARE(Labels::explanation(QStringLiteral("topic"), QStringLiteral("school")), QString());
    // Unknown codes show as themselves rather than as nothing.
    QCOMPARE(Labels::label(QStringLiteral("topic"), QStringLiteral("astrology")), QStringLiteral("astrology"));
    QCOMPARE(Labels::label(QStringLiteral("no_such_catalogue"), QStringLiteral("x")), QStringLiteral("x"));

    QCOMPARE(nameOf(labels, "topic", "school"), QStringLiteral("School"));
    QCOMPARE(nameOf(labels, "place", "school"), QStringLiteral("School"));
    QCOMPARE(nameOf(labels, "referral_status", "in_care"), QStringLiteral("Receiving help"));
    QCOMPARE(labels.names().value(QStringLiteral("risk_factor")).toMap().size(), 17);

    // Lists for choosing: catalogue order, each with its cluster and explanation.
    const QVariantList factors = labels.lists().value(QStringLiteral("risk_factor")).toList();
    QCOMPARE(factors.size(), 17);
    const QSet<QString> clusters{"awareness", "trust", "quality"};
    for (int i = 0; i < factors.size(); ++i) {
        const QVariantMap item = factors[i].toMap();
        QCOMPARE(item.value(QStringLiteral("code")).toString(), QStringLiteral("rf%1").arg(i + 1, 2, 10, QLatin1Char('0')));
        QVERIFY2(clusters.contains(item.value(QStringLiteral("group")).toString()),
                 qPrintable(item.value(QStringLiteral("group")).toString()));
        QCOMPARE(item.value(QStringLiteral("label")).toString(),
                 Labels::label(QStringLiteral("risk_factor"), item.value(QStringLiteral("code")).toString()));
        QVERIFY(!item.value(QStringLiteral("explanation")).toString().isEmpty());
    }
}

void TestLabels::labelsFollowTheInstalledTranslator()
{
    Labels labels;
    QSignalSpy changed(&labels, &Labels::changed);
    const QString english = nameOf(labels, "risk_factor", "rf07");

    QTranslator arabic;
    QVERIFY2(arabic.load(QStringLiteral(":/i18n/brug_ar.qm")), "brug_ar.qm is not in brugui's resources");
    QVERIFY(QCoreApplication::installTranslator(&arabic));
    labels.retranslated();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(labels.revision(), 1);

    // Every label of the catalogues the pages show, in Arabic script.
    for (const char *catalogue : {"risk_factor", "risk_cluster", "topic", "action", "referral_status", "urgency",
                                  "share", "consent_method", "activity"}) {
        const QVariantMap names = labels.names().value(QLatin1StringView(catalogue)).toMap();
        QVERIFY2(!names.isEmpty(), catalogue);
        for (auto it = names.begin(); it != names.end(); ++it)
            QVERIFY2(isArabic(it.value().toString()),
                     qPrintable(QStringLiteral("%1/%2: %3").arg(QLatin1StringView(catalogue), it.key(), it.value().toString())));
    }
    QVERIFY(nameOf(labels, "risk_factor", "rf07") != english);
    const QVariantList topics = labels.lists().value(QStringLiteral("topic")).toList();
    QVERIFY(isArabic(topics.first().toMap().value(QStringLiteral("label")).toString()));
    QVERIFY(isArabic(Labels::explanation(QStringLiteral("risk_factor"), QStringLiteral("rf01"))));

    QCoreApplication::removeTranslator(&arabic);
    labels.retranslated();
    QCOMPARE(labels.revision(), 2);
    QCOMPARE(nameOf(labels, "risk_factor", "rf07"), english);
}

void TestLabels::languageSwitchesDirection()
{
    Language language;
    QCOMPARE(Language::instance(), &language);
    QCOMPARE(Language::supported(), (QStringList{"nl", "ar", "tr", "ak"}));
    QCOMPARE(language.languages().size(), 4);
    language.setCode(QStringLiteral("nl"));
    QSignalSpy changed(&language, &Language::changed);

    language.setCode(QStringLiteral("ar"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(language.code(), QStringLiteral("ar"));
    QVERIFY(language.rtl());
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    QCOMPARE(QLocale().language(), QLocale::Arabic);
    QCOMPARE(language.name(), QStringLiteral("العربية"));
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("ar"));
    // Dates keep together inside right-to-left text.
    QVERIFY(language.date(QStringLiteral("2025-03-04")).startsWith(QChar(0x2068)));

    language.setCode(QStringLiteral("ar")); // no change, no signal
    QCOMPARE(changed.count(), 1);

    for (const char *ltr : {"tr", "ak", "nl"}) {
        language.setCode(QLatin1StringView(ltr));
        QCOMPARE(language.code(), QString::fromLatin1(ltr));
        QVERIFY2(!language.rtl(), ltr);
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        QVERIFY(!language.date(QStringLiteral("2025-03-04")).startsWith(QChar(0x2068)));
    }
    QCOMPARE(language.name(), QStringLiteral("Nederlands"));
    QCOMPARE(language.number(1234.5, 1), QStringLiteral("1.234,5"));

    // An unknown language falls back to Dutch, left to right.
    language.setCode(QStringLiteral("ar"));
    QVERIFY(language.rtl());
    language.setCode(QStringLiteral("xx"));
    QCOMPARE(language.code(), QStringLiteral("nl"));
    QVERIFY(!language.rtl());
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    QCOMPARE(QLocale().language(), QLocale::Dutch);
    language.setCode(QString());
    QCOMPARE(language.code(), QStringLiteral("nl"));
}

void TestLabels::languageSwitchRetranslatesLabels()
{
    Language language;
    Labels labels;
    QObject::connect(&language, &Language::changed, &labels, &Labels::retranslated); // as the app wires them
    language.setCode(QStringLiteral("nl"));
    const QString dutch = nameOf(labels, "risk_factor", "rf01");
    QVERIFY(!dutch.isEmpty());
    QVERIFY(dutch != QStringLiteral("Does not know the services"));

    QSignalSpy changed(&labels, &Labels::changed);
    language.setCode(QStringLiteral("ar"));
    QCOMPARE(changed.count(), 1);
    QVERIFY2(isArabic(nameOf(labels, "risk_factor", "rf01")), qPrintable(nameOf(labels, "risk_factor", "rf01")));
    QVERIFY(isArabic(nameOf(labels, "referral_status", "intake_planned")));

    language.setCode(QStringLiteral("tr"));
    const QString turkish = nameOf(labels, "risk_factor", "rf01");
    QVERIFY(!isArabic(turkish));
    QVERIFY(turkish != dutch);
    QVERIFY(turkish != QStringLiteral("Does not know the services"));

    language.setCode(QStringLiteral("zz"));
    QCOMPARE(nameOf(labels, "risk_factor", "rf01"), dutch);
}

QTEST_MAIN(TestLabels)
#include "tst_labels.moc"
