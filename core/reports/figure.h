#pragma once

#include <QLocale>
#include <QString>

namespace brug {

/// One count in a report, with the privacy rule applied: a count from 1 to 4 is never shown,
/// only "<5", so that no family can be recognised; 0 is shown as 0. A count may also be
/// *withheld* although it is 5 or more ("≥5"), when showing it would let a reader subtract a
/// suppressed neighbour from a known total (see ReportBuilder, complementary suppression).
class Figure
{
public:
    static constexpr qint64 kThreshold = 5;

    Figure() = default;
    /// A count of families, visits, referrals, meetings or people: suppressed when 1..4.
    explicit Figure(qint64 count);

    /// The true count. Never show it when hidden(): use shown() or display().
    [[nodiscard]] qint64 count() const { return m_count; }
    /// 1..4: shown as "<5".
    [[nodiscard]] bool suppressed() const { return m_suppressed; }
    /// 5 or more, but hidden next to a single suppressed count: shown as "≥5".
    [[nodiscard]] bool withheld() const { return m_withheld; }
    [[nodiscard]] bool hidden() const { return m_suppressed || m_withheld; }
    /// What may be published: the count, or 0 when hidden.
    [[nodiscard]] qint64 shown() const { return hidden() ? 0 : m_count; }
    /// "<5", "≥5" or the count in the locale's digits (no group separator below 10 000).
    [[nodiscard]] QString display(const QLocale &locale = QLocale::c()) const;

    void withhold() { m_withheld = !m_suppressed && m_count >= kThreshold; }

    friend bool operator==(const Figure &, const Figure &) = default;

private:
    qint64 m_count = 0;
    bool m_suppressed = false;
    bool m_withheld = false;
};

} // namespace brug
