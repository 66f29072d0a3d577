#include "serverclock.h"

#include <QRandomGenerator>

namespace brug {

namespace {
QString randomNode()
{
    const quint64 n = QRandomGenerator::system()->generate64();
    return QStringLiteral("%1").arg(n, 16, 16, QLatin1Char('0'));
}
} // namespace

ServerClock::ServerClock() : m_clock(randomNode()) {}

ServerClock &ServerClock::instance()
{
    static ServerClock clock;
    return clock;
}

QString ServerClock::next()
{
    QMutexLocker lock(&m_mutex);
    return m_clock.next().toString();
}

void ServerClock::observe(const QString &stamp)
{
    if (auto h = Hlc::parse(stamp)) {
        QMutexLocker lock(&m_mutex);
        m_clock.observe(*h);
    }
}

QString ServerClock::node() const
{
    QMutexLocker lock(&m_mutex);
    return m_clock.node();
}

} // namespace brug
