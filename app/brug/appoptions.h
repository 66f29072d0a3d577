#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

namespace brug {

/// The app's command line: the store to use, and the screenshot mode that renders one page
/// offscreen to a PNG and exits.
struct AppOptions
{
    QString storePath;
    QString passphraseFile;   ///< unlock at start (demo, screenshots)
    bool listPages = false;
    bool selfTest = false;    ///< load every page in every language, then quit
    QString screenshot;       ///< PNG to write
    QString page = QStringLiteral("home");
    QString language;
    QSize size{1280, 800};
    QString demoRole;         ///< which demo user a screenshot shows (intermediary, caseworker, ...)
    QString benchmark;        ///< JSON file: measure start-up, list, scrolling, search (tests/bench)

    bool parse(const QStringList &args, QString *error);
    [[nodiscard]] static QStringList pages();
    /// Pages a provider's caseworker sees; the rest are the intermediary's.
    [[nodiscard]] static QStringList providerPages();
};

} // namespace brug
