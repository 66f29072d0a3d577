#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace brug::test {

/// A real brug-server process on loopback for end-to-end tests, on SQLite (a temp folder) or
/// PostgreSQL (a fresh database in the cluster of $BRUG_TEST_PG_URL), chosen by
/// $BRUG_TEST_BACKEND. Admin commands run the same binary against the same store.
class ServerProcess
{
public:
    enum class Backend { Sqlite, Postgres };
    [[nodiscard]] static Backend backendFromEnv();
    [[nodiscard]] static QString binary(const QString &name);

    explicit ServerProcess(Backend backend = backendFromEnv());
    ~ServerProcess();

    /// Serves over TLS with the certificate and key of tests/support/tls (from the next start).
    void useTls(bool on) { m_tls = on; }
    /// Starts `serve` (on a new free port the first time, the same port after). False + error.
    bool start(QString *error = nullptr);
    void kill();          ///< SIGKILL, as a crash
    void stop();          ///< SIGTERM, waits
    bool restart(QString *error = nullptr);
    [[nodiscard]] bool isRunning() const;

    [[nodiscard]] QUrl url() const;
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] Backend backend() const { return m_backend; }
    [[nodiscard]] QStringList storeArgs() const;

    /// Runs `brug-server ARGS --json` on this store; returns its JSON (empty object on failure,
    /// with the reason in *error).
    QJsonObject admin(const QStringList &args, QString *error = nullptr) const;
    /// seed-demo: organisations, users and codes.
    QJsonObject seedDemo();

    /// Copies the store aside under `name` (the server is stopped for the copy and started again).
    bool snapshot(const QString &name, QString *error = nullptr);
    /// Replaces the store with a copy taken earlier, as a restore from backup would.
    bool restoreSnapshot(const QString &name, QString *error = nullptr);

private:
    bool psql(const QString &sql, QString *error) const;
    bool waitForListening(QString *error);

    Backend m_backend;
    QTemporaryDir m_dir;
    QString m_database;   ///< PostgreSQL database name
    QString m_pgBase;     ///< cluster URL without database
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    bool m_tls = false;
    QByteArray m_log;
};

} // namespace brug::test
