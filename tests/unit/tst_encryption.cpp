// Encrypted at rest: the file on disk shows neither the SQLite header nor anything written into
// it; a wrong passphrase, a missing or damaged key file give clear errors and change nothing.

#include "keyfile.h"
#include "records.h"
#include "storetestutil.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>
#include <sodium.h>

using namespace brug;
using namespace brug::test;

namespace {
const QString kFamilyName = QStringLiteral("Qwertyzanzibar Oyelaran");
const QString kNote = QStringLiteral("Obaatanpa-vertrouwelijk-kwijtgeraakte-sleutelbos");
const QByteArray kSqliteHeader("SQLite format 3\0", 16);

/// Which files of `dir` contain `needle` in UTF-8 or UTF-16 (either byte order).
QStringList filesContaining(const QString &dir, const QString &needle)
{
    QStringList hits;
    const QByteArray u8 = needle.toUtf8();
    QByteArray u16le(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2);
    QByteArray u16be = u16le;
    for (qsizetype i = 0; i + 1 < u16be.size(); i += 2)
        std::swap(u16be[i], u16be[i + 1]);
    for (const QString &name : QDir(dir).entryList(QDir::Files | QDir::Hidden)) {
        const QByteArray bytes = readBytes(QDir(dir).filePath(name));
        if (bytes.contains(u8) || bytes.contains(u16le) || bytes.contains(u16be))
            hits << name;
    }
    return hits;
}

QStringList secrets()
{
    // The values as written, and as the search key keeps them (folded to lower case).
    return {kFamilyName, kFamilyName.toLower(), QStringLiteral("Qwertyzanzibar"),
            QStringLiteral("qwertyzanzibar"), kNote};
}
} // namespace

class TestEncryption : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString dirPath() const { return m_dir->path(); }
    QString m_path;

    /// A store in a fresh folder with the distinctive family and visits written into it, closed.
    void makeStoreWithSecrets()
    {
        auto store = createStore(m_path);
        Records records(*store);
        const QString family = records.create(u"family", {{QStringLiteral("code"), QStringLiteral("F-001")},
                                                          {QStringLiteral("name"), kFamilyName}});
        for (int i = 0; i < 20; ++i)
            records.create(u"visit", {{QStringLiteral("family_id"), family},
                                      {QStringLiteral("note"), kNote.repeated(40)}});
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("store.db"));
    }

    void noPlainTextOnDiskWhileOpenAfterCheckpointAndAfterClose()
    {
        auto store = createStore(m_path);
        Records records(*store);
        const QString family = records.create(u"family", {{QStringLiteral("code"), QStringLiteral("F-001")},
                                                          {QStringLiteral("name"), kFamilyName}});
        for (int i = 0; i < 20; ++i)
            records.create(u"visit", {{QStringLiteral("family_id"), family},
                                      {QStringLiteral("note"), kNote.repeated(40)}});

        // Open, with the writes still in the WAL.
        QVERIFY2(QFileInfo(m_path + QStringLiteral("-wal")).size() > 20 * 4096,
                 "the writes should be in the WAL");
        QVERIFY(readBytes(m_path).left(16) != kSqliteHeader);
        for (const QString &s : secrets())
            QCOMPARE(filesContaining(dirPath(), s), QStringList());

        // After a checkpoint the pages are in the database file itself.
        const qint64 before = QFileInfo(m_path).size();
        store->db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QVERIFY2(QFileInfo(m_path).size() > before + 20 * 4096, "the checkpoint should fill the file");
        QVERIFY(readBytes(m_path).left(16) != kSqliteHeader);
        for (const QString &s : secrets())
            QCOMPARE(filesContaining(dirPath(), s), QStringList());

        // Closed.
        store.reset();
        QVERIFY(readBytes(m_path).size() > 20 * 4096);
        QVERIFY(readBytes(m_path).left(16) != kSqliteHeader);
        for (const QString &s : secrets())
            QCOMPARE(filesContaining(dirPath(), s), QStringList());

        // And it all reads back with the passphrase.
        auto reopened = Store::open(m_path, kPassphrase);
        Records again(*reopened);
        const auto f = again.get(u"family", family);
        QVERIFY(f.has_value());
        QCOMPARE(f->value(u"name").toString(), kFamilyName);
        QCOMPARE(scalar(*reopened, QStringLiteral("SELECT count(*) FROM visit")), qint64(20));
    }

    void wrongPassphraseIsRefusedAndChangesNothing()
    {
        makeStoreWithSecrets();
        const auto before = snapshot(dirPath());
        const auto err = storeErrorFrom([&] { (void)Store::open(m_path, QStringLiteral("wrong horse")); });
        QVERIFY(err.has_value());
        QCOMPARE(err->kind(), StoreError::Kind::WrongPassphrase);
        QCOMPARE(err->file(), m_path);
        QVERIFY(errorText(*err).contains(m_path));
        QVERIFY(!errorText(*err).contains(QStringLiteral("wrong horse")));
        QCOMPARE(snapshot(dirPath()), before);

        // The right passphrase still opens it and reads back what was written.
        auto store = Store::open(m_path, kPassphrase);
        QCOMPARE(textScalar(*store, QStringLiteral("SELECT name FROM family")), kFamilyName);
    }

    void anotherKeyCannotReadTheFile()
    {
        makeStoreWithSecrets();
        const auto before = snapshot(dirPath());
        const auto err = storeErrorFrom([&] {
            (void)Database::open(m_path, QByteArray(32, 'k'), Database::Mode::OpenExisting);
        });
        QVERIFY(err.has_value());
        QCOMPARE(err->kind(), StoreError::Kind::NotADatabase);
        QCOMPARE(snapshot(dirPath()), before);
    }

    void missingKeyFile()
    {
        makeStoreWithSecrets();
        const QString key = KeyFile::pathFor(m_path);
        QVERIFY(QFile::rename(key, key + QStringLiteral(".away")));
        const QByteArray db = sha256(m_path);
        const auto err = storeErrorFrom([&] { (void)Store::open(m_path, kPassphrase); });
        QVERIFY(err.has_value());
        QCOMPARE(err->kind(), StoreError::Kind::KeyFileMissing);
        QVERIFY2(errorText(*err).contains(m_path), qPrintable(errorText(*err)));
        QCOMPARE(sha256(m_path), db);
        QVERIFY(!QFileInfo::exists(key));
    }

    void damagedKeyFile_data()
    {
        QTest::addColumn<QByteArray>("damage"); // how to change the key file's JSON text
        QTest::newRow("binary garbage") << QByteArray("garbage");
        QTest::newRow("empty") << QByteArray("empty");
        QTest::newRow("cut in half") << QByteArray("half");
        QTest::newRow("no salt") << QByteArray("salt");
        QTest::newRow("salt too short") << QByteArray("shortsalt");
        QTest::newRow("other algorithm") << QByteArray("alg");
        QTest::newRow("ops below minimum") << QByteArray("ops0");
        QTest::newRow("ops beyond libsodium's maximum") << QByteArray("opsmax");
        QTest::newRow("memory beyond libsodium's maximum") << QByteArray("memmax");
    }
    void damagedKeyFile()
    {
        QFETCH(QByteArray, damage);
        makeStoreWithSecrets();
        const QString keyPath = KeyFile::pathFor(m_path);
        const QByteArray good = readBytes(keyPath);
        QJsonObject o = QJsonDocument::fromJson(good).object();
        QVERIFY(o.contains(u"salt"));
        QByteArray bad;
        if (damage == "garbage")
            bad = QByteArray("\x00\x01\xfe\xff not json at all", 20);
        else if (damage == "half")
            bad = good.left(good.size() / 2);
        else if (damage != "empty") {
            if (damage == "salt")
                o.remove(u"salt");
            else if (damage == "shortsalt")
                o.insert(u"salt", QStringLiteral("00ff"));
            else if (damage == "alg")
                o.insert(u"alg", QStringLiteral("md5"));
            else if (damage == "ops0")
                o.insert(u"ops", 0);
            else if (damage == "opsmax") // would never finish, or libsodium refuses it
                o.insert(u"ops", double(crypto_pwhash_OPSLIMIT_MAX) * 4);
            else if (damage == "memmax")
                o.insert(u"mem", double(crypto_pwhash_MEMLIMIT_MAX) * 4);
            bad = QJsonDocument(o).toJson(QJsonDocument::Compact);
        }
        QVERIFY(writeBytes(keyPath, bad));
        const auto before = snapshot(dirPath());

        const auto err = storeErrorFrom([&] { (void)Store::open(m_path, kPassphrase); });
        QVERIFY(err.has_value());
        QVERIFY2(err->kind() == StoreError::Kind::Corrupt, err->what());
        QVERIFY2(err->message().contains(QStringLiteral("key file")), qPrintable(err->message()));
        QVERIFY2(errorText(*err).contains(m_path), qPrintable(errorText(*err)));
        QCOMPARE(snapshot(dirPath()), before);
    }

    void eraseLeavesNothingBehind()
    {
        makeStoreWithSecrets();
        QVERIFY(!snapshot(dirPath()).isEmpty());
        QVERIFY(Store::erase(m_path));
        QCOMPARE(snapshot(dirPath()), (QMap<QString, QByteArray>{}));
        const auto err = storeErrorFrom([&] { (void)Store::open(m_path, kPassphrase); });
        QVERIFY(err && err->kind() == StoreError::Kind::NotFound);
    }

    void keyFileKeepsTheProfileParameters()
    {
        // The one store made with the real device profile: Argon2id interactive limits.
        const QString devicePath = m_dir->filePath(QStringLiteral("device.db"));
        {
            auto store = Store::create(devicePath, kPassphrase, KeyFile::Profile::Device);
            QVERIFY(store);
        }
        const KeyFile device = KeyFile::load(KeyFile::pathFor(devicePath));
        QCOMPARE(device.opsLimit, quint64(crypto_pwhash_OPSLIMIT_INTERACTIVE));
        QCOMPARE(device.memLimit, quint64(crypto_pwhash_MEMLIMIT_INTERACTIVE));
        QCOMPARE(device.salt.size(), qsizetype(crypto_pwhash_SALTBYTES));
        QCOMPARE(device.check.size(), qsizetype(16));
        QCOMPARE(device.check, KeyFile::checkFor(device.deriveKey(kPassphrase)));
        QVERIFY(Store::open(devicePath, kPassphrase));

        // The fast profile is cheaper, and every store has its own salt.
        auto fast = Store::create(m_path, kPassphrase, KeyFile::Profile::Fast);
        const KeyFile f = KeyFile::load(KeyFile::pathFor(m_path));
        QVERIFY(f.opsLimit < device.opsLimit || f.memLimit < device.memLimit);
        QVERIFY(f.salt != device.salt);
        QVERIFY(f.deriveKey(kPassphrase) != device.deriveKey(kPassphrase));
    }
};

QTEST_GUILESS_MAIN(TestEncryption)
#include "tst_encryption.moc"
