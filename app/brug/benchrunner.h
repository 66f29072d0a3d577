#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>

class QQuickWindow;

namespace brug {

/// Measures the app as a user meets it (tests/bench): time to the first frame of the home page,
/// to the family list and to a family's page, frame times while the list scrolls, time per
/// keystroke of a search, and peak memory. Writes JSON and quits.
class BenchRunner : public QObject
{
    Q_OBJECT
public:
    BenchRunner(QQuickWindow *window, QString output, qint64 startedAtMs);
    void start();

private:
    void step();
    qint64 waitForFrame();
    void finish();

    QQuickWindow *m_window = nullptr;
    QString m_output;
    qint64 m_startedAt = 0;
    QElapsedTimer m_clock;
    QJsonObject m_results;
};

} // namespace brug
