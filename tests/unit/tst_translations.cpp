// The four languages are complete: every text of the interface (QML and view models) is in each
// translations/brug_<lang>.ts, translated, with every plural form filled in. The second half runs
// lupdate over the sources, as the build does, on copies of the TS files: a text added to the code
// and not yet translated shows up there as unfinished, and fails here.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

const QStringList kLanguages = {QStringLiteral("nl"), QStringLiteral("ar"), QStringLiteral("tr"),
                                QStringLiteral("ak")};

struct TsCheck
{
    QSet<QString> keys;    ///< context | source | comment of every message
    QStringList problems;  ///< "context: source (why)", for the failure message
    int messages = 0;
};

TsCheck readTs(const QString &path)
{
    TsCheck out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.problems << QStringLiteral("cannot open %1").arg(path);
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context, source, comment, translation, type;
    bool numerus = false;
    QStringList forms;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"context") {
                context.clear();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                source.clear();
                comment.clear();
                translation.clear();
                type.clear();
                forms.clear();
                numerus = xml.attributes().value(QLatin1StringView("numerus")) == u"yes";
            } else if (name == u"source") {
                source = xml.readElementText();
            } else if (name == u"comment") {
                comment = xml.readElementText();
            } else if (name == u"translation") {
                type = xml.attributes().value(QLatin1StringView("type")).toString();
                if (!numerus)
                    translation = xml.readElementText();
            } else if (name == u"numerusform") {
                forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            ++out.messages;
            out.keys.insert(context + u'|' + source + u'|' + comment);
            const QString where = QStringLiteral("%1: \"%2\"").arg(context, source.left(60));
            if (!type.isEmpty())
                out.problems << QStringLiteral("%1 (%2)").arg(where, type);
            else if (numerus && (forms.isEmpty() || forms.contains(QString())))
                out.problems << QStringLiteral("%1 (a plural form is empty)").arg(where);
            else if (!numerus && translation.trimmed().isEmpty())
                out.problems << QStringLiteral("%1 (empty)").arg(where);
        }
    }
    if (xml.hasError())
        out.problems << QStringLiteral("%1: XML error %2 at line %3").arg(path, xml.errorString()).arg(xml.lineNumber());
    return out;
}

QString tsPath(const QString &dir, const QString &lang)
{
    return QDir(dir).filePath(QStringLiteral("brug_%1.ts").arg(lang));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void committedFilesComplete_data();
    void committedFilesComplete();
    void sameTextsInEveryLanguage();
    void sourcesHoldNoUntranslatedText_data();
    void sourcesHoldNoUntranslatedText();

private:
    void runLupdate();
    QTemporaryDir m_updated;
    bool m_ran = false;
};

void TestTranslations::committedFilesComplete_data()
{
    QTest::addColumn<QString>("lang");
    for (const QString &lang : kLanguages)
        QTest::newRow(qPrintable(lang)) << lang;
}

void TestTranslations::committedFilesComplete()
{
    QFETCH(QString, lang);
    const TsCheck ts = readTs(tsPath(QStringLiteral(BRUG_TS_DIR), lang));
    QVERIFY2(ts.messages > 500, qPrintable(QStringLiteral("only %1 messages").arg(ts.messages)));
    QVERIFY2(ts.problems.isEmpty(), qPrintable(QStringLiteral("%1 unfinished:\n").arg(ts.problems.size())
                                               + ts.problems.mid(0, 20).join(u'\n')));
}

void TestTranslations::sameTextsInEveryLanguage()
{
    const QSet<QString> dutch = readTs(tsPath(QStringLiteral(BRUG_TS_DIR), QStringLiteral("nl"))).keys;
    for (const QString &lang : kLanguages) {
        const QSet<QString> other = readTs(tsPath(QStringLiteral(BRUG_TS_DIR), lang)).keys;
        QVERIFY2(other == dutch, qPrintable(QStringLiteral("%1: %2 texts not in Dutch, %3 Dutch texts missing")
                                                .arg(lang)
                                                .arg((QSet<QString>(other) -= dutch).size())
                                                .arg((QSet<QString>(dutch) -= other).size())));
    }
}

void TestTranslations::runLupdate()
{
    if (m_ran)
        return;
    m_ran = true;
    QVERIFY(m_updated.isValid());
    QStringList args{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                     QStringLiteral("-silent"), QStringLiteral("@" BRUG_TR_SOURCES), QStringLiteral("-ts")};
    for (const QString &lang : kLanguages) {
        const QString copy = tsPath(m_updated.path(), lang);
        QVERIFY(QFile::copy(tsPath(QStringLiteral(BRUG_TS_DIR), lang), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        args << copy;
    }
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(BRUG_LUPDATE), args);
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAll().constData());
}

void TestTranslations::sourcesHoldNoUntranslatedText_data()
{
    committedFilesComplete_data();
}

void TestTranslations::sourcesHoldNoUntranslatedText()
{
    QFETCH(QString, lang);
    runLupdate();
    const TsCheck updated = readTs(tsPath(m_updated.path(), lang));
    const TsCheck committed = readTs(tsPath(QStringLiteral(BRUG_TS_DIR), lang));
    QVERIFY2(updated.problems.isEmpty(),
             qPrintable(QStringLiteral("%1 texts in the code are not translated in brug_%2.ts (run the "
                                       "update_translations target and translate them):\n")
                            .arg(updated.problems.size())
                            .arg(lang)
                        + updated.problems.mid(0, 20).join(u'\n')));
    // A text that left the code leaves the file too (lupdate -no-obsolete drops it).
    QCOMPARE(updated.keys.size(), committed.keys.size());
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
