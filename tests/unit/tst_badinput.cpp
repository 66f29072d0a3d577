// Bad input: a corrupt, truncated or foreign file, a full disk, a read-only folder. Each gives a
// clear StoreError naming the file (and never the data in it), and the file is left as it was.

#include "keyfile.h"
#include "records.h"
#include "storetestutil.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cerrno>
#include <grp.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace brug;
using namespace brug::test;

namespace {
const QString kSecretName = QStringLiteral("Qwertyzanzibar Oyelaran");
const QString kSecretNote = QStringLiteral("Obaatanpa-vertrouwelijk ");
constexpr uid_t kNobody = 65534;

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

/// Reads every column of every row of every table, so each page is decrypted at least once.
void readEverything(Store &store)
{
    QStringList tables;
    Statement &t = store.db().prepare(s("SELECT name FROM sqlite_master WHERE type = 'table'"));
    while (t.step())
        tables << t.text(0);
    t.reset();
    for (const QString &table : tables) {
        Statement &q = store.db().prepare(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        while (q.step())
            for (int c = 0; c < q.columnCount(); ++c)
                (void)q.utf8(c);
        q.reset();
    }
}

/// Runs `body` in a child process, as user nobody when we are root (root writes anywhere).
/// Returns the child's exit code: 10 + StoreError::Kind, 0 when no error; `message` gets what().
template <typename F>
int runUnprivileged(F &&body, QString *message)
{
    int fds[2];
    if (pipe(fds) != 0)
        return -1;
    const pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        close(fds[0]);
        if (geteuid() == 0 && (setgroups(0, nullptr) != 0 || setgid(kNobody) != 0 || setuid(kNobody) != 0))
            _exit(90);
        int code = 0;
        QByteArray what;
        try {
            body();
        } catch (const StoreError &e) {
            code = 10 + int(e.kind());
            what = QByteArray(e.what()) + '\n' + e.advice().toUtf8();
        } catch (...) {
            code = 91;
        }
        if (::write(fds[1], what.constData(), size_t(what.size())) < 0)
            code = 92;
        _exit(code);
    }
    close(fds[1]);
    QByteArray what;
    char buf[4096];
    ssize_t n;
    while ((n = ::read(fds[0], buf, sizeof buf)) > 0)
        what.append(buf, n);
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    if (message)
        *message = QString::fromUtf8(what);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int exitCodeFor(StoreError::Kind kind)
{
    return 10 + int(kind);
}
} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;

    /// A closed store of many pages, with a distinctive family and visits in it.
    void makeStore(int visits = 120)
    {
        auto store = createStore(m_path);
        Records records(*store);
        Transaction tx(store->db());
        const QString family = records.create(u"family", {{s("code"), s("F-1")}, {s("name"), kSecretName}});
        for (int i = 0; i < visits; ++i)
            records.create(u"visit", {{s("family_id"), family}, {s("note"), kSecretNote.repeated(80)}});
        tx.commit();
    }

    /// The error names the file and none of what is in it.
    void checkMessage(const QString &text, const QString &file)
    {
        qInfo("%s", qPrintable(text.section(u'\n', 0, 0)));
        QVERIFY2(text.contains(file), qPrintable(text));
        QVERIFY2(!text.contains(s("Qwertyzanzibar")), qPrintable(text));
        QVERIFY2(!text.contains(s("Obaatanpa")), qPrintable(text));
        QVERIFY2(!text.contains(kPassphrase), qPrintable(text));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(s("store.db"));
    }

    void cleanup()
    {
        // Writable again, whatever a failed test left behind, so the folder can be removed.
        chmod(QFile::encodeName(m_dir->filePath(s("ro"))).constData(), 0755);
        chmod(QFile::encodeName(m_dir->path()).constData(), 0700);
        m_dir.reset();
    }

    void corruptStore()
    {
        makeStore();
        QByteArray bytes = readBytes(m_path);
        const qsizetype pages = bytes.size() / 4096;
        QVERIFY2(pages >= 40, "the store should span many pages");
        // Four pages in the middle overwritten, as a failing flash block would.
        const qsizetype at = (pages / 2) * 4096;
        for (qsizetype i = 0; i < 4 * 4096; ++i)
            bytes[at + i] = char(0x5a ^ (i * 31));
        QVERIFY(writeBytes(m_path, bytes));
        const auto before = snapshot(m_dir->path());

        const auto err = storeErrorFrom([&] {
            auto store = Store::open(m_path, kPassphrase);
            readEverything(*store);
        });
        QVERIFY2(err.has_value(), "a damaged store read without an error");
        QVERIFY2(err->kind() == StoreError::Kind::Corrupt || err->kind() == StoreError::Kind::NotADatabase,
                 err->what());
        checkMessage(errorText(*err), m_path);
        QCOMPARE(snapshot(m_dir->path()), before);
    }

    void truncatedStore()
    {
        makeStore();
        const qint64 size = QFileInfo(m_path).size();
        QVERIFY(size >= 40 * 4096);
        QVERIFY(QFile::resize(m_path, (size / 2 / 4096) * 4096));
        const auto before = snapshot(m_dir->path());

        const auto err = storeErrorFrom([&] { (void)Store::open(m_path, kPassphrase); });
        QVERIFY2(err.has_value(), "a store cut to half opened without an error");
        QVERIFY2(err->kind() == StoreError::Kind::Corrupt, err->what());
        QVERIFY2(err->message().contains(s("truncated")), qPrintable(err->message()));
        checkMessage(errorText(*err), m_path);
        QCOMPARE(snapshot(m_dir->path()), before);
    }

    void textFileWhereTheStoreShouldBe()
    {
        // A valid key file for this passphrase, beside a file that is not a database.
        {
            QTemporaryDir other;
            const QString otherPath = other.filePath(s("other.db"));
            (void)Store::create(otherPath, kPassphrase, KeyFile::Profile::Fast);
            QVERIFY(QFile::copy(KeyFile::pathFor(otherPath), KeyFile::pathFor(m_path)));
        }
        QVERIFY(writeBytes(m_path, QByteArray("Boodschappen: brood, melk, thee.\n").repeated(300)));
        const auto before = snapshot(m_dir->path());

        const auto err = storeErrorFrom([&] { (void)Store::open(m_path, kPassphrase); });
        QVERIFY(err.has_value());
        QVERIFY2(err->kind() == StoreError::Kind::NotADatabase, err->what());
        checkMessage(errorText(*err), m_path);
        QCOMPARE(snapshot(m_dir->path()), before);
    }

    void createWhereAFileAlreadyIs()
    {
        QVERIFY(writeBytes(m_path, QByteArray("somebody's notes\n").repeated(100)));
        const auto before = snapshot(m_dir->path());
        const auto err = storeErrorFrom([&] {
            (void)Store::create(m_path, kPassphrase, KeyFile::Profile::Fast);
        });
        QVERIFY(err.has_value());
        checkMessage(errorText(*err), m_path);
        QCOMPARE(snapshot(m_dir->path()), before);

        // Nor over a stray key file: its salt may be the only way into a store moved away.
        QVERIFY(QFile::remove(m_path));
        QVERIFY(writeBytes(KeyFile::pathFor(m_path), QByteArray("{\"salt\":\"00\"}")));
        const auto keyBefore = snapshot(m_dir->path());
        const auto keyErr = storeErrorFrom([&] {
            (void)Store::create(m_path, kPassphrase, KeyFile::Profile::Fast);
        });
        QVERIFY(keyErr.has_value());
        checkMessage(errorText(*keyErr), m_path);
        QCOMPARE(snapshot(m_dir->path()), keyBefore);
    }

    void fullDiskKeepsEverythingWrittenBefore()
    {
        auto store = createStore(m_path);
        Records records(*store);
        QStringList written;
        written << records.create(u"family", {{s("code"), s("F-1")}, {s("name"), kSecretName}});
        const qint64 pages = scalar(*store, s("PRAGMA page_count"));
        store->db().exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 12));

        std::optional<StoreError> err;
        for (int i = 0; i < 500 && !err; ++i) {
            err = storeErrorFrom([&] {
                written << records.create(u"visit", {{s("family_id"), written.front()},
                                                     {s("note"), kSecretNote.repeated(60)}});
            });
        }
        QVERIFY2(err.has_value(), "the disk never filled");
        QVERIFY2(err->kind() == StoreError::Kind::DiskFull, err->what());
        checkMessage(errorText(*err), m_path);
        QVERIFY(written.size() > 2);

        // Nothing written before is lost, nothing of the failed write is there.
        const qint64 visits = written.size() - 1;
        QCOMPARE(scalar(*store, s("SELECT count(*) FROM visit")), visits);
        QCOMPARE(scalar(*store, s("SELECT count(*) FROM outbox")), visits + 1);
        // Space freed: the same store takes writes again.
        store->db().exec(s("PRAGMA max_page_count = 1073741823"));
        written << records.create(u"visit", {{s("family_id"), written.front()}, {s("note"), s("na ruimte")}});
        store.reset();

        auto reopened = Store::open(m_path, kPassphrase);
        Records again(*reopened);
        QCOMPARE(textScalar(*reopened, s("PRAGMA integrity_check")), s("ok"));
        QCOMPARE(again.get(u"family", written.front())->value(u"name").toString(), kSecretName);
        for (qsizetype i = 1; i < written.size(); ++i)
            QVERIFY2(again.get(u"visit", written[i]).has_value(), qPrintable(written[i]));
        QCOMPARE(scalar(*reopened, s("SELECT count(*) FROM visit")), qint64(written.size() - 1));
        QCOMPARE(scalar(*reopened, s("SELECT count(*) FROM outbox")), qint64(written.size()));
    }

    void createInReadOnlyFolder()
    {
        const QString folder = m_dir->filePath(s("ro"));
        QVERIFY(QDir().mkdir(folder));
        const QString path = folder + s("/store.db");
        // Reachable for nobody, writable for no one but root.
        QVERIFY(chmod(QFile::encodeName(m_dir->path()).constData(), 0755) == 0);
        QVERIFY(chmod(QFile::encodeName(folder).constData(), 0555) == 0);

        QString message;
        const int code = runUnprivileged([&] {
            (void)Store::create(path, kPassphrase, KeyFile::Profile::Fast);
        }, &message);
        chmod(QFile::encodeName(folder).constData(), 0755);
        QVERIFY2(code == exitCodeFor(StoreError::Kind::ReadOnly),
                 qPrintable(QStringLiteral("exit %1: %2").arg(code).arg(message)));
        checkMessage(message, path);
        QCOMPARE(snapshot(folder), (QMap<QString, QByteArray>{}));
    }

    void openInReadOnlyFolder()
    {
        const QString folder = m_dir->filePath(s("ro"));
        QVERIFY(QDir().mkdir(folder));
        m_path = folder + s("/store.db");
        makeStore(10);
        QVERIFY(chmod(QFile::encodeName(m_dir->path()).constData(), 0755) == 0);
        if (geteuid() == 0) {
            // The files are nobody's to write: only the folder is read-only.
            for (const QString &f : QDir(folder).entryList(QDir::Files))
                QVERIFY(chown(QFile::encodeName(folder + u'/' + f).constData(), kNobody, kNobody) == 0);
        }
        QVERIFY(chmod(QFile::encodeName(folder).constData(), 0555) == 0);
        const auto before = snapshot(folder);

        QString message;
        const int code = runUnprivileged([&] {
            auto store = Store::open(m_path, kPassphrase);
            Records(*store).create(u"visit", {{s("note"), kSecretNote}});
        }, &message);
        chmod(QFile::encodeName(folder).constData(), 0755);
        QVERIFY2(code == exitCodeFor(StoreError::Kind::ReadOnly),
                 qPrintable(QStringLiteral("exit %1: %2").arg(code).arg(message)));
        checkMessage(message, m_path);
        QCOMPARE(snapshot(folder), before);
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
