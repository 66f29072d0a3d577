#include "benchrunner.h"

#include "directory.h"
#include "session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>
#include <algorithm>

namespace brug {

namespace {
qint64 peakRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[size_t(std::min<double>(double(v.size() - 1), p * double(v.size() - 1) + 0.5))];
}

QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (!root)
        return nullptr;
    if (root->objectName() == name)
        return root;
    for (QQuickItem *child : root->childItems())
        if (QQuickItem *found = findItem(child, name))
            return found;
    return nullptr;
}
} // namespace

BenchRunner::BenchRunner(QQuickWindow *window, QString output, qint64 startedAtMs)
    : m_window(window), m_output(std::move(output)), m_startedAt(startedAtMs)
{
}

qint64 BenchRunner::waitForFrame()
{
    // The next frame the window actually shows, after what was just asked of it.
    QElapsedTimer t;
    t.start();
    QEventLoop loop;
    const auto c = connect(m_window, &QQuickWindow::frameSwapped, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    m_window->requestUpdate();
    loop.exec();
    disconnect(c);
    return t.elapsed();
}

void BenchRunner::start()
{
    QTimer::singleShot(0, this, &BenchRunner::step);
}

void BenchRunner::step()
{
    // First frame of the home page, from the moment the process started.
    waitForFrame();
    m_results.insert(u"first_frame_ms", double(QDateTime::currentMSecsSinceEpoch() - m_startedAt));

    auto timed = [this](const char *page) {
        QElapsedTimer t;
        t.start();
        QVariant ok;
        QMetaObject::invokeMethod(m_window, "openPage", Q_RETURN_ARG(QVariant, ok), Q_ARG(QVariant, QString::fromLatin1(page)));
        waitForFrame();
        return double(t.elapsed());
    };
    m_results.insert(u"family_list_ms", timed("families"));

    // Scroll the list: every frame's time while it moves through a few hundred families.
    QQuickItem *list = findItem(m_window->contentItem(), QStringLiteral("familyList"));
    std::vector<double> frames;
    if (list) {
        const double rowHeight = 74;
        QElapsedTimer t;
        for (int i = 1; i <= 120; ++i) {
            t.start();
            list->setProperty("contentY", i * rowHeight * 2.5);
            waitForFrame();
            frames.push_back(double(t.nsecsElapsed()) / 1e6);
        }
    }
    m_results.insert(u"scroll_frames", int(frames.size()));
    m_results.insert(u"scroll_frame_p50_ms", percentile(frames, 0.5));
    m_results.insert(u"scroll_frame_p95_ms", percentile(frames, 0.95));
    m_results.insert(u"scroll_frame_max_ms", frames.empty() ? 0 : *std::max_element(frames.begin(), frames.end()));

    // Type a search letter by letter: from the keystroke to the frame that shows the result.
    QQuickItem *search = findItem(m_window->contentItem(), QStringLiteral("familySearch"));
    std::vector<double> keys;
    if (search) {
        for (const QString &word : {QStringLiteral("ayse"), QStringLiteral("owusu"), QStringLiteral("lombok"), QStringLiteral("f-k")}) {
            for (int n = 1; n <= word.size(); ++n) {
                QElapsedTimer t;
                t.start();
                search->setProperty("text", word.left(n));
                waitForFrame();
                keys.push_back(double(t.nsecsElapsed()) / 1e6);
            }
            search->setProperty("text", QString());
            waitForFrame();
        }
    }
    m_results.insert(u"search_keystrokes", int(keys.size()));
    m_results.insert(u"search_key_p50_ms", percentile(keys, 0.5));
    m_results.insert(u"search_key_p95_ms", percentile(keys, 0.95));

    // A family's page, for a family with a full history.
    {
        const QString id = Session::instance() && Session::instance()->store()
            ? Directory::instance()->sampleFamily() : QString();
        const QVariant props = QVariantMap{{QStringLiteral("familyId"), id}};
        QElapsedTimer t;
        t.start();
        QVariant page;
        QMetaObject::invokeMethod(m_window, "push", Q_RETURN_ARG(QVariant, page),
                                  Q_ARG(QVariant, QStringLiteral("FamilyPage.qml")), Q_ARG(QVariant, props));
        waitForFrame();
        m_results.insert(u"family_page_ms", double(t.elapsed()));
    }
    m_results.insert(u"peak_rss_kb", double(peakRssKb()));
    finish();
}

void BenchRunner::finish()
{
    QFile f(m_output);
    if (f.open(QIODevice::WriteOnly))
        f.write(QJsonDocument(m_results).toJson());
    QCoreApplication::exit(0);
}

} // namespace brug
