#include "appwindow.h"

#include "actions.h"
#include "benchrunner.h"
#include "demostore.h"
#include "directory.h"
#include "labels.h"
#include "language.h"
#include "session.h"
#include "store.h"
#include "syncstatus.h"

#include <QDateTime>
#include <QDir>
#include <ctime>
#include <unistd.h>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QNetworkAccessManager>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(BrugPlugin)

namespace brug {

namespace {
QStringList g_warnings;
QtMessageHandler g_previous = nullptr;

void collectWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg)
        g_warnings << message;
    if (g_previous)
        g_previous(type, context, message);
}

// When the process started, from /proc (10 ms resolution), so start-up includes loading Qt.
qint64 processStartMs()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QFile stat(QStringLiteral("/proc/self/stat"));
    timespec boot{};
    if (!stat.open(QIODevice::ReadOnly) || clock_gettime(CLOCK_BOOTTIME, &boot) != 0)
        return now;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    const qint64 startTicks = fields.value(19).toLongLong(); // field 22 of stat: starttime
    const qint64 sinceBootMs = qint64(boot.tv_sec) * 1000 + boot.tv_nsec / 1000000;
    return now - (sinceBootMs - startTicks * 1000 / sysconf(_SC_CLK_TCK));
}

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}
} // namespace

AppWindow::AppWindow(const AppOptions &options) : m_options(options) {}

AppWindow::~AppWindow()
{
    m_engine.reset();
    m_sync.reset();
}

QString AppWindow::defaultStorePath() const
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("brug.db"));
}

bool AppWindow::load()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_language = std::make_unique<Language>();
    if (!m_options.language.isEmpty())
        m_language->setCode(m_options.language);
    m_labels = std::make_unique<Labels>();
    QObject::connect(m_language.get(), &Language::changed, m_labels.get(), &Labels::retranslated);

    std::unique_ptr<Store> demo;
    if ((!m_options.screenshot.isEmpty() || m_options.selfTest) && m_options.storePath.isEmpty()) {
        m_demoDir = std::make_unique<QTemporaryDir>();
        QString error;
        demo = DemoStore::prepare(m_options.demoRole, *m_demoDir, &error);
        if (!demo) {
            QTextStream(stderr) << "brug: cannot prepare the demo store: " << error << "\n";
            return false;
        }
    }
    m_session = std::make_unique<Session>(m_options.storePath.isEmpty() ? defaultStorePath() : m_options.storePath);
    m_directory = std::make_unique<Directory>();
    m_actions = std::make_unique<Actions>();
    m_sync = std::make_unique<SyncStatus>(*m_session, *m_network);
    // A screenshot shows the store as it is: no sync starts behind it.
    if (!m_options.screenshot.isEmpty() || m_options.selfTest)
        m_sync->setAutomatic(false);
    if (demo) {
        m_session->adopt(std::move(demo));
    } else if (!m_options.passphraseFile.isEmpty()) {
        QFile f(m_options.passphraseFile);
        if (f.open(QIODevice::ReadOnly) && !m_session->unlock(QString::fromUtf8(f.readAll()).trimmed()))
            QTextStream(stderr) << "brug: the passphrase file did not open the store\n";
    }

    QQuickStyle::setStyle(QStringLiteral("Material"));
    m_engine = std::make_unique<QQmlApplicationEngine>();
    // Qt 6.4 does not look in the resources' module root by itself (6.5 does).
    m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    m_language->setEngine(m_engine.get());
    m_engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Brug/Main.qml")));
    if (m_engine->rootObjects().isEmpty())
        return false;
    m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().first());
    if (m_window && (!m_options.screenshot.isEmpty() || m_options.selfTest))
        m_window->resize(m_options.size);
    return m_window != nullptr;
}

bool AppWindow::openPage(const QString &page)
{
    QVariant ok;
    QMetaObject::invokeMethod(m_window, "openPage", Q_RETURN_ARG(QVariant, ok), Q_ARG(QVariant, page));
    return ok.toBool();
}

int AppWindow::screenshot()
{
    if (!openPage(m_options.page)) {
        QTextStream(stderr) << "brug: the page '" << m_options.page << "' could not be opened\n";
        return 1;
    }
    m_window->show();
    wait(900);
    const QImage image = m_window->grabWindow();
    if (image.isNull() || !image.save(m_options.screenshot)) {
        QTextStream(stderr) << "brug: cannot write " << m_options.screenshot << "\n";
        return 1;
    }
    return 0;
}

int AppWindow::selfTest()
{
    // Every page, in every language, at the size given: no QML warning may appear.
    QTextStream out(stdout);
    m_window->show();
    int failures = 0;
    for (const QString &lang : Language::supported()) {
        m_language->setCode(lang);
        for (const QString &page : AppOptions::pages()) {
            if (AppOptions::providerPages().contains(page) != m_session->providerSide())
                continue;
            g_warnings.clear();
            const bool opened = openPage(page);
            wait(150);
            if (!opened || !g_warnings.isEmpty()) {
                ++failures;
                out << "FAIL " << lang << " " << page << (opened ? "" : " (not opened)") << "\n";
                for (const QString &w : std::as_const(g_warnings))
                    out << "  " << w << "\n";
            } else {
                out << "ok   " << lang << " " << page << "\n";
            }
        }
    }
    out.flush();
    return failures == 0 ? 0 : 1;
}

int AppWindow::run()
{
    if (m_options.selfTest)
        g_previous = qInstallMessageHandler(collectWarnings);
    if (!load())
        return 1;
    if (!m_options.screenshot.isEmpty())
        return screenshot();
    if (m_options.selfTest)
        return selfTest();
    m_window->show();
    std::unique_ptr<BenchRunner> bench;
    if (!m_options.benchmark.isEmpty()) {
        bench = std::make_unique<BenchRunner>(m_window, m_options.benchmark, processStartMs());
        bench->start();
    }
    return QGuiApplication::exec();
}

} // namespace brug
