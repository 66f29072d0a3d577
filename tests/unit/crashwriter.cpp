// Writes a stream of visits into an existing store until killed, for tst_crashsafety:
//   brug_crashwriter <store path> [max records]
// It continues after the records already there, commits them in groups (crashrecords.h), and
// prints "committed N" (N = records in the store) after each commit.

#include "crashrecords.h"
#include "records.h"
#include "store.h"

#include <QCoreApplication>
#include <cstdio>

using namespace brug;
using namespace brug::test::crash;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: brug_crashwriter <store> [max records]\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const qint64 max = argc > 2 ? QByteArray(argv[2]).toLongLong() : 1000000;
    try {
        auto store = Store::open(path, kPassphrase);
        Records records(*store);
        qint64 next = store->db().scalar(QStringLiteral("SELECT count(*) FROM visit"));
        std::printf("opened %lld\n", static_cast<long long>(next));
        std::fflush(stdout);
        while (next < max) {
            const int n = groupSize(next);
            Transaction tx(store->db());
            for (int i = 0; i < n; ++i)
                records.createWithId(u"visit", visitId(next + i), visitFields(next + i));
            tx.commit();
            next += n;
            std::printf("committed %lld\n", static_cast<long long>(next));
            std::fflush(stdout);
        }
    } catch (const StoreError &e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    return 0;
}
