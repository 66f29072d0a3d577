// brug-cli: a command-line device on the same libraries as the app, for scripts, tests and
// coordinators: create a store, enrol, add and list records, sync once, dump the store.
#include "clicommands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("brug-cli"));
    return brug::CliCommands::run(app.arguments());
}
