#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace brug::bench {

/// A brug-server process for a benchmark: SQLite in a temporary folder, or a fresh database in
/// the PostgreSQL cluster of a URL. Unlike the tests' ServerProcess it exposes the process id
/// (for RSS and CPU readings) and the server's thread count.
class BenchServer
{
public:
    /// pgUrl empty: SQLite.
    explicit BenchServer(const QString &pgUrl = QString());
    ~BenchServer();

    bool start(int threads = 0, QString *error = nullptr);
    void stop();
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] qint64 pid() const { return m_process ? m_process->processId() : 0; }
    [[nodiscard]] QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    [[nodiscard]] QString backend() const { return m_pgBase.isEmpty() ? QStringLiteral("sqlite") : QStringLiteral("postgres"); }
    [[nodiscard]] QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    /// `brug-server ARGS --json` on this store; empty object on failure (reason in *error).
    QJsonObject admin(const QStringList &args, QString *error = nullptr) const;
    [[nodiscard]] static QString binary();

private:
    QStringList storeArgs() const;
    bool psql(const QString &sql) const;

    QTemporaryDir m_dir;
    QString m_pgBase, m_database;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

} // namespace brug::bench
