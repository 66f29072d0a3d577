// brug-server: the provider's sync server and its admin commands (docs/sync-protocol.md).
#include "servercommands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("brug-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BRUG_VERSION));
    return brug::ServerCommands::run(app.arguments());
}
