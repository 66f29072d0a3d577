#pragma once

#include <QByteArray>
#include <QString>

namespace brug {

/// The Argon2id parameters and salt stored beside a store, and a check value that tells a wrong
/// passphrase from a damaged store without trying to decrypt it.
struct KeyFile
{
    enum class Profile { Device, Fast };

    QByteArray salt;       ///< 16 bytes
    quint64 opsLimit = 0;
    quint64 memLimit = 0;  ///< bytes
    QByteArray check;      ///< 16 bytes: keyed BLAKE2b of a fixed label under the derived key

    /// New random salt with the parameters of a profile. Fast is for tests and benchmarks only.
    [[nodiscard]] static KeyFile generate(Profile profile);
    /// Reads `path`; throws StoreError (KeyFileMissing, Corrupt).
    [[nodiscard]] static KeyFile load(const QString &path);
    /// Writes atomically; throws StoreError.
    void save(const QString &path) const;

    /// The raw 32-byte SQLCipher key for a passphrase; throws StoreError if memory runs out.
    [[nodiscard]] QByteArray deriveKey(const QString &passphrase) const;
    [[nodiscard]] static QByteArray checkFor(const QByteArray &key);
    [[nodiscard]] static QString pathFor(const QString &storePath);
};

} // namespace brug
