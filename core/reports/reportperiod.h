#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace brug {

/// The days a report covers, both ends included, in the device's local time.
class ReportPeriod
{
public:
    ReportPeriod() = default;
    ReportPeriod(const QDate &from, const QDate &to);

    /// The `months` calendar months up to today, today's month included ("last 3 months").
    [[nodiscard]] static ReportPeriod lastMonths(int months, const QDate &today);
    /// 1 January of today's year up to today.
    [[nodiscard]] static ReportPeriod yearToDate(const QDate &today);

    [[nodiscard]] const QDate &from() const { return m_from; }
    [[nodiscard]] const QDate &to() const { return m_to; }
    [[nodiscard]] bool isValid() const { return m_from.isValid() && m_to.isValid() && m_from <= m_to; }
    [[nodiscard]] bool contains(const QDate &day) const { return day.isValid() && day >= m_from && day <= m_to; }
    /// Whether a moment (ms since the epoch) falls on one of the period's local days.
    [[nodiscard]] bool containsMs(qint64 ms) const;
    /// The first local moment of `from` and the first of the day after `to`, in ms.
    [[nodiscard]] qint64 startMs() const;
    [[nodiscard]] qint64 endMs() const;
    /// "yyyy-MM" of every month the period touches, in order.
    [[nodiscard]] QStringList months() const;
    [[nodiscard]] static QString monthOf(const QDate &day);
    /// The local day of a moment (ms since the epoch).
    [[nodiscard]] static QDate dayOf(qint64 ms);

    friend bool operator==(const ReportPeriod &, const ReportPeriod &) = default;

private:
    QDate m_from;
    QDate m_to;
};

} // namespace brug
