#include "keyfile.h"

#include "storeerror.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <sodium.h>

namespace brug {

namespace {
void initSodium()
{
    static const bool ok = sodium_init() >= 0;
    if (!ok)
        throw StoreError(StoreError::Kind::Internal, QString(), QStringLiteral("libsodium failed to start"));
}
} // namespace

QString KeyFile::pathFor(const QString &storePath)
{
    return storePath + QStringLiteral(".key");
}

KeyFile KeyFile::generate(Profile profile)
{
    initSodium();
    KeyFile k;
    k.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(k.salt.data(), size_t(k.salt.size()));
    if (profile == Profile::Device) {
        // Interactive limits: a second or less on a mid-range phone, 64 MiB.
        k.opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
        k.memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    } else {
        k.opsLimit = crypto_pwhash_OPSLIMIT_MIN;
        k.memLimit = 8 * 1024;
    }
    return k;
}

QByteArray KeyFile::deriveKey(const QString &passphrase) const
{
    initSodium();
    QByteArray key(32, '\0');
    const QByteArray pass = passphrase.toUtf8();
    if (crypto_pwhash(reinterpret_cast<unsigned char *>(key.data()), size_t(key.size()),
                      pass.constData(), size_t(pass.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), opsLimit,
                      size_t(memLimit), crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw StoreError(StoreError::Kind::Internal, QString(),
                         QStringLiteral("not enough memory to derive the key"));
    return key;
}

QByteArray KeyFile::checkFor(const QByteArray &key)
{
    initSodium();
    static const QByteArray label("brug key check v1");
    QByteArray out(16, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()),
                       reinterpret_cast<const unsigned char *>(label.constData()),
                       size_t(label.size()), reinterpret_cast<const unsigned char *>(key.constData()),
                       size_t(key.size()));
    return out;
}

KeyFile KeyFile::load(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        throw StoreError(StoreError::Kind::KeyFileMissing, path, QStringLiteral("no key file"));
    if (!f.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::ReadOnly, path, QStringLiteral("cannot read the key file"));
    const QByteArray data = f.read(4096);
    const QJsonObject o = QJsonDocument::fromJson(data).object();
    KeyFile k;
    k.salt = QByteArray::fromHex(o.value(u"salt").toString().toLatin1());
    k.opsLimit = quint64(o.value(u"ops").toDouble());
    k.memLimit = quint64(o.value(u"mem").toDouble());
    k.check = QByteArray::fromHex(o.value(u"check").toString().toLatin1());
    if (o.value(u"alg").toString() != u"argon2id13" || k.salt.size() != crypto_pwhash_SALTBYTES ||
        k.check.size() != 16 || k.opsLimit < crypto_pwhash_OPSLIMIT_MIN ||
        k.memLimit < crypto_pwhash_MEMLIMIT_MIN ||
        // Beyond the "sensitive" limits no Brug ever wrote: a damaged file, which would
        // otherwise make opening take hours or fail for lack of memory.
        k.opsLimit > crypto_pwhash_OPSLIMIT_SENSITIVE || k.memLimit > crypto_pwhash_MEMLIMIT_SENSITIVE)
        throw StoreError(StoreError::Kind::Corrupt, path, QStringLiteral("the key file is damaged"));
    return k;
}

void KeyFile::save(const QString &path) const
{
    QJsonObject o;
    o.insert(u"v", 1);
    o.insert(u"alg", QStringLiteral("argon2id13"));
    o.insert(u"ops", double(opsLimit));
    o.insert(u"mem", double(memLimit));
    o.insert(u"salt", QString::fromLatin1(salt.toHex()));
    o.insert(u"check", QString::fromLatin1(check.toHex()));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw StoreError(StoreError::Kind::ReadOnly, path, QStringLiteral("cannot write the key file"));
    f.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    if (!f.commit())
        throw StoreError(StoreError::Kind::DiskFull, path, QStringLiteral("cannot write the key file"));
}

} // namespace brug
