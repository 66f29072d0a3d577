#include "reportperiod.h"

#include <QDateTime>

namespace brug {

ReportPeriod::ReportPeriod(const QDate &from, const QDate &to) : m_from(from), m_to(to) {}

ReportPeriod ReportPeriod::lastMonths(int months, const QDate &today)
{
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(-(qMax(1, months) - 1));
    return ReportPeriod(first, today);
}

ReportPeriod ReportPeriod::yearToDate(const QDate &today)
{
    return ReportPeriod(QDate(today.year(), 1, 1), today);
}

qint64 ReportPeriod::startMs() const
{
    return QDateTime(m_from, QTime(0, 0)).toMSecsSinceEpoch();
}

qint64 ReportPeriod::endMs() const
{
    return QDateTime(m_to.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
}

bool ReportPeriod::containsMs(qint64 ms) const
{
    return ms > 0 && contains(dayOf(ms));
}

QStringList ReportPeriod::months() const
{
    QStringList out;
    if (!isValid())
        return out;
    for (QDate m(m_from.year(), m_from.month(), 1); m <= m_to; m = m.addMonths(1))
        out << monthOf(m);
    return out;
}

QString ReportPeriod::monthOf(const QDate &day)
{
    return day.isValid() ? day.toString(QStringLiteral("yyyy-MM")) : QString();
}

QDate ReportPeriod::dayOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).date();
}

} // namespace brug
