#include "figure.h"

namespace brug {

Figure::Figure(qint64 count) : m_count(count), m_suppressed(count > 0 && count < kThreshold) {}

QString Figure::display(const QLocale &locale) const
{
    if (m_suppressed)
        return QStringLiteral("<") + locale.toString(kThreshold);
    if (m_withheld)
        return QStringLiteral("\u2265") + locale.toString(kThreshold);
    QLocale l = locale;
    if (m_count < 10000)
        l.setNumberOptions(l.numberOptions() | QLocale::OmitGroupSeparator);
    return l.toString(m_count);
}

} // namespace brug
