// brug-server: the provider's sync server and its admin commands (docs/sync-protocol.md).
#include "servercommands.h"

#include <QCoreApplication>

#include <sqlite3.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

int main(int argc, char *argv[])
{
#ifdef __GLIBC__
    // Each request runs on one of libmicrohttpd's threads, whose malloc arena glibc gives back to
    // the kernel as soon as the request's memory is freed, and bodies over 128 KiB are mmapped
    // afresh each time: the next request then page-faults its memory in again (measured: 0.9 ms
    // of CPU just to read a request's headers, on every request). Keeping freed memory for reuse
    // costs the server its high-water mark of RSS, a few tens of MiB.
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
#endif
    // ServerDatabase gives each thread its own SQLite connection, and no statement leaves its
    // thread: SQLite need not lock every call on a connection, nor count every allocation under
    // one lock for all threads (a large push calls it a million times).
    sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("brug-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BRUG_VERSION));
    return brug::ServerCommands::run(app.arguments());
}
