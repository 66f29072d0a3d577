#pragma once

#include "records.h"
#include "store.h"
#include "syncclient.h"

#include <QDate>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QUrl>
#include <functional>
#include <memory>

namespace brug::test {

/// A device in the test process: its own encrypted store file, network manager and sync engine.
class TestDevice
{
public:
    explicit TestDevice(const QString &name);
    ~TestDevice();

    /// Enrols with a one-time code; false + error message.
    bool enrol(const QUrl &server, const QString &code, QString *error = nullptr);
    /// One sync run to its end (or timeout); true when it finished without error.
    bool sync(int timeoutMs = 60000);
    /// Syncs until up to date, retrying failures (faults under test), within `timeoutMs`.
    bool syncUntilUpToDate(int timeoutMs = 120000);

    [[nodiscard]] Store &store() { return *m_store; }
    [[nodiscard]] Records records() { return Records(*m_store); }
    [[nodiscard]] SyncClient &client() { return *m_client; }
    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] bool wasWiped() const { return m_wiped; }
    /// Records the family's signed consent to share `shares` with the provider for a referral,
    /// given on `givenOn`; its id.
    QString giveConsent(const QString &familyId, const QString &providerId, const QStringList &shares, const QDate &givenOn);
    /// Closes and reopens the store (as an app restart would).
    void reopen();
    /// Copies the store's files into `dir` (closing the store for it, as reopen() does).
    void copyStoreTo(const QString &dir);
    /// Puts back the files copyStoreTo wrote, and reopens: what a power cut leaves of a store when
    /// it takes every write since the copy that was not yet synced to disk.
    void restoreStoreFrom(const QString &dir);
    /// Every record this device holds: "entity/id" -> fields (meta and stamps included).
    [[nodiscard]] QJsonObject dump();
    /// As dump(), but only record fields and their stamps, for comparing with the server.
    [[nodiscard]] QHash<QString, QJsonObject> snapshot();

private:
    void makeClient();
    /// Closes the store, runs `work` (on its files), and opens it again.
    void whileClosed(const std::function<void()> &work);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SyncClient> m_client;
    bool m_wiped = false;
};

} // namespace brug::test
