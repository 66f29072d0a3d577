// brug: the app for intermediaries, contact women and caseworkers. main() only wires the
// services together; the interface is the QML module Brug (qml/).
#include "appoptions.h"
#include "appwindow.h"

#include <QGuiApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("Brug"));
    QGuiApplication::setApplicationName(QStringLiteral("brug"));
    QGuiApplication::setApplicationVersion(QStringLiteral(BRUG_VERSION));

    brug::AppOptions options;
    QString error;
    if (!options.parse(app.arguments(), &error)) {
        QTextStream(stderr) << "brug: " << error << "\n";
        return 2;
    }
    if (options.listPages) {
        QTextStream out(stdout);
        for (const QString &page : brug::AppOptions::pages())
            out << page << "\n";
        return 0;
    }
    brug::AppWindow window(options);
    return window.run();
}
