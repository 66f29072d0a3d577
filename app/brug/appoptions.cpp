#include "appoptions.h"

#include "language.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace brug {

QStringList AppOptions::pages()
{
    return {QStringLiteral("home"), QStringLiteral("families"), QStringLiteral("family"), QStringLiteral("visit"),
            QStringLiteral("meeting"), QStringLiteral("consent"), QStringLiteral("referral"),
            QStringLiteral("directory"), QStringLiteral("hours"), QStringLiteral("settings"),
            QStringLiteral("inbox"), QStringLiteral("review"), QStringLiteral("reports")};
}

QStringList AppOptions::providerPages()
{
    return {QStringLiteral("inbox"), QStringLiteral("review")};
}

bool AppOptions::parse(const QStringList &args, QString *error)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Brug: home visits, consent and referrals, offline first."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption store(QStringLiteral("store"), QStringLiteral("The store file."), QStringLiteral("FILE"));
    const QCommandLineOption passphrase(QStringLiteral("passphrase-file"), QStringLiteral("Unlock with the passphrase in FILE."), QStringLiteral("FILE"));
    const QCommandLineOption list(QStringLiteral("list-pages"), QStringLiteral("Print the page names for --page."));
    const QCommandLineOption selfTestOpt(QStringLiteral("self-test"), QStringLiteral("Load every page in every language and quit."));
    const QCommandLineOption shot(QStringLiteral("screenshot"), QStringLiteral("Render a page to a PNG and exit."), QStringLiteral("FILE"));
    const QCommandLineOption pageOpt(QStringLiteral("page"), QStringLiteral("The page to show."), QStringLiteral("PAGE"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("nl, ar, tr or ak (Twi)."), QStringLiteral("LANG"));
    const QCommandLineOption sizeOpt(QStringLiteral("size"), QStringLiteral("Window size, e.g. 360x740."), QStringLiteral("WxH"));
    const QCommandLineOption role(QStringLiteral("demo-role"), QStringLiteral("Demo user for screenshots: intermediary, contact_woman, coordinator, caseworker, manager."), QStringLiteral("ROLE"));
    const QCommandLineOption bench(QStringLiteral("benchmark"), QStringLiteral("Measure and write JSON to FILE (tests/bench)."), QStringLiteral("FILE"));
    p.addOptions({store, passphrase, list, selfTestOpt, shot, pageOpt, lang, sizeOpt, role, bench});
    if (!p.parse(args)) {
        *error = p.errorText();
        return false;
    }
    if (p.isSet(QStringLiteral("help")))
        p.showHelp(0);
    if (p.isSet(QStringLiteral("version")))
        p.showVersion();
    storePath = p.value(store);
    passphraseFile = p.value(passphrase);
    listPages = p.isSet(list);
    selfTest = p.isSet(selfTestOpt);
    screenshot = p.value(shot);
    if (p.isSet(pageOpt)) {
        page = p.value(pageOpt);
        if (!pages().contains(page)) {
            *error = QStringLiteral("unknown page '%1'; --list-pages prints the names").arg(page);
            return false;
        }
    }
    if (p.isSet(lang)) {
        language = p.value(lang) == u"tw" ? QStringLiteral("ak") : p.value(lang);
        if (!Language::supported().contains(language)) {
            *error = QStringLiteral("unknown language '%1'; use nl, ar, tr or ak").arg(p.value(lang));
            return false;
        }
    }
    if (p.isSet(sizeOpt)) {
        static const QRegularExpression wxh(QStringLiteral("^(\\d{3,4})x(\\d{3,4})$"));
        const auto m = wxh.match(p.value(sizeOpt));
        if (!m.hasMatch()) {
            *error = QStringLiteral("--size must be WxH, e.g. 360x740");
            return false;
        }
        size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    }
    benchmark = p.value(bench);
    demoRole = p.value(role);
    if (demoRole.isEmpty())
        demoRole = providerPages().contains(page) ? QStringLiteral("caseworker")
                 : page == u"reports"             ? QStringLiteral("coordinator")
                 : page == u"meeting"             ? QStringLiteral("contact_woman")
                                                  : QStringLiteral("intermediary");
    return true;
}

} // namespace brug
