#pragma once

#include <QObject>

class QSocketNotifier;

namespace brug {

/// Turns SIGINT and SIGTERM into a Qt signal, through a self-pipe, so the server stops cleanly
/// from the event loop rather than inside a signal handler.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void stopRequested();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace brug
