#pragma once

#include "appoptions.h"

#include <QObject>
#include <QTemporaryDir>
#include <memory>

class QNetworkAccessManager;
class QQmlApplicationEngine;
class QQuickWindow;

namespace brug {

class Actions;
class Directory;
class Labels;
class Language;
class Session;
class SyncStatus;

/// Builds the app's services, exposes them to QML, loads the interface, and runs it: normally,
/// as a screenshot of one page, or as a self-test of every page.
class AppWindow : public QObject
{
    Q_OBJECT
public:
    explicit AppWindow(const AppOptions &options);
    ~AppWindow() override;
    int run();

private:
    bool load();
    int screenshot();
    int selfTest();
    bool openPage(const QString &page);
    QString defaultStorePath() const;

    AppOptions m_options;
    std::unique_ptr<QTemporaryDir> m_demoDir;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Language> m_language;
    std::unique_ptr<Labels> m_labels;
    std::unique_ptr<Directory> m_directory;
    std::unique_ptr<Actions> m_actions;
    std::unique_ptr<SyncStatus> m_sync;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
};

} // namespace brug
