// Qt Quick Test runner for the app's main flows: the real QML module, a real encrypted store,
// and a real brug-server process with the demo data to enrol against and sync with.
#include "actions.h"
#include "directory.h"
#include "familyrepository.h"
#include "labels.h"
#include "language.h"
#include "serverprocess.h"
#include "session.h"
#include "syncstatus.h"

#include <QNetworkAccessManager>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(BrugPlugin)

/// What a QML test needs to know of its surroundings: the server to enrol with and the codes.
class TestEnv : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString serverUrl MEMBER serverUrl CONSTANT)
    Q_PROPERTY(QVariantMap codes MEMBER codes CONSTANT)
    Q_PROPERTY(QString providerId MEMBER providerId CONSTANT)
public:
    QString serverUrl;
    QVariantMap codes;
    QString providerId;

    /// Families written straight into the open store, as a sync would bring them, and the
    /// session told so (the pages refresh as after a sync).
    Q_INVOKABLE void addFamilies(int count)
    {
        brug::Store *store = brug::Session::instance()->store();
        for (int i = m_added; i < m_added + count; ++i) {
            brug::Family f;
            f.code = QStringLiteral("F-T%1").arg(i, 4, 10, QLatin1Char('0'));
            f.name = QStringLiteral("Test %1").arg(i);
            brug::FamilyRepository(*store).save(f);
        }
        m_added += count;
        brug::Session::instance()->notifyRemoteChange();
    }

private:
    int m_added = 0;
};

class Setup : public QObject
{
    Q_OBJECT
public slots:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Material"));
        QString error;
        if (!m_server.start(&error))
            qFatal("brug-server did not start: %s", qPrintable(error));
        const QJsonObject demo = m_server.seedDemo();
        if (demo.isEmpty())
            qFatal("seed-demo failed");
        m_env.serverUrl = m_server.url().toString();
        m_env.codes = demo.value(u"codes").toObject().toVariantMap();
        m_env.providerId = demo.value(u"organisations").toObject().value(u"provider").toString();

        m_language = std::make_unique<brug::Language>();
        m_language->setCode(QStringLiteral("nl"));
        m_labels = std::make_unique<brug::Labels>();
        QObject::connect(m_language.get(), &brug::Language::changed, m_labels.get(), &brug::Labels::retranslated);
        m_session = std::make_unique<brug::Session>(m_dir.filePath(QStringLiteral("brug.db")));
        m_directory = std::make_unique<brug::Directory>();
        m_actions = std::make_unique<brug::Actions>();
        m_sync = std::make_unique<brug::SyncStatus>(*m_session, m_network);
        m_sync->setAutomatic(false);
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        m_language->setEngine(engine);
        qmlRegisterSingletonInstance("BrugTest", 1, 0, "TestEnv", &m_env);
    }
    void cleanupTestCase()
    {
        m_sync.reset();
        m_session.reset();
        m_server.kill();
    }

private:
    brug::test::ServerProcess m_server{brug::test::ServerProcess::Backend::Sqlite};
    QTemporaryDir m_dir;
    TestEnv m_env;
    QNetworkAccessManager m_network;
    std::unique_ptr<brug::Language> m_language;
    std::unique_ptr<brug::Labels> m_labels;
    std::unique_ptr<brug::Session> m_session;
    std::unique_ptr<brug::Directory> m_directory;
    std::unique_ptr<brug::Actions> m_actions;
    std::unique_ptr<brug::SyncStatus> m_sync;
};

QUICK_TEST_MAIN_WITH_SETUP(brug_flows, Setup)

#include "tst_qml_flows.moc"
