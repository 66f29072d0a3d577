#include "hlc.h"

#include <QHash>

#include <QDateTime>

namespace brug {

namespace {
constexpr int kWallDigits = 13;
constexpr int kCounterDigits = 4;
constexpr int kNodeDigits = 16;
constexpr int kLength = kWallDigits + 1 + kCounterDigits + 1 + kNodeDigits;
constexpr quint32 kCounterMax = 0xffff;

bool isDigits(QStringView s)
{
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

bool isLowerHex(QStringView s)
{
    for (QChar c : s)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    return true;
}
} // namespace

QString Hlc::toString() const
{
    return QStringLiteral("%1-%2-%3")
        .arg(wall, kWallDigits, 10, QLatin1Char('0'))
        .arg(counter, kCounterDigits, 16, QLatin1Char('0'))
        .arg(node);
}

bool Hlc::isValidNode(QStringView node)
{
    return node.size() == kNodeDigits && isLowerHex(node);
}

bool Hlc::sameNode(QStringView a, QStringView b)
{
    return a.right(kNodeDigits) == b.right(kNodeDigits);
}

QString Hlc::mostCommon(const QList<QString> &stamps)
{
    QHash<QString, int> counts;
    QString common;
    int best = 0;
    for (const QString &s : stamps) {
        const int n = ++counts[s];
        if (n > best || (n == best && s > common)) {
            best = n;
            common = s;
        }
    }
    return common;
}

bool Hlc::isValid(QStringView text)
{
    return parse(text).has_value();
}

std::optional<Hlc> Hlc::parse(QStringView text)
{
    if (text.size() != kLength || text[kWallDigits] != u'-' ||
        text[kWallDigits + 1 + kCounterDigits] != u'-')
        return std::nullopt;
    const QStringView wall = text.mid(0, kWallDigits);
    const QStringView counter = text.mid(kWallDigits + 1, kCounterDigits);
    const QStringView node = text.mid(kWallDigits + 1 + kCounterDigits + 1);
    if (!isDigits(wall) || !isLowerHex(counter) || !isLowerHex(node))
        return std::nullopt;
    Hlc h;
    h.wall = wall.toLongLong();
    h.counter = counter.toUInt(nullptr, 16);
    h.node = node.toString();
    return h;
}

HlcClock::HlcClock(QString node, WallSource wall) : m_wall(wall)
{
    m_last.node = std::move(node);
}

qint64 HlcClock::now() const
{
    return (m_wall ? m_wall() : QDateTime::currentMSecsSinceEpoch()) - m_correction;
}

Hlc HlcClock::next()
{
    const qint64 wall = now();
    if (wall > m_last.wall) {
        m_last.wall = wall;
        m_last.counter = 0;
    } else if (m_last.counter < kCounterMax) {
        ++m_last.counter;
    } else {
        // Counter exhausted within one millisecond: borrow the next millisecond rather than
        // wrap, so stamps stay strictly increasing.
        ++m_last.wall;
        m_last.counter = 0;
    }
    return m_last;
}

void HlcClock::observe(const Hlc &remote)
{
    const qint64 wall = now();
    const qint64 maxWall = std::max({wall, m_last.wall, remote.wall});
    if (maxWall == m_last.wall && maxWall == remote.wall)
        m_last.counter = std::max(m_last.counter, remote.counter);
    else if (maxWall == remote.wall)
        m_last.counter = remote.counter;
    else if (maxWall != m_last.wall)
        m_last.counter = 0;
    m_last.wall = maxWall;
}

void HlcClock::observeWall(qint64 remoteWallMs)
{
    if (remoteWallMs > m_last.wall) {
        m_last.wall = remoteWallMs;
        m_last.counter = 0;
    }
}

void HlcClock::restore(const Hlc &last)
{
    const QString node = m_last.node;
    m_last = last;
    m_last.node = node;
}

} // namespace brug
