#include "reportcsv.h"

#include <QSaveFile>

namespace brug {

namespace {
class Writer
{
public:
    explicit Writer(const ReportCsv::Options &o) : m_o(o)
    {
        m_numbers = o.locale;
        m_numbers.setNumberOptions(QLocale::OmitGroupSeparator);
    }

    QString label(const QString &kind, const QString &key) const
    {
        return m_o.labels ? m_o.labels(kind, key) : ReportLabels::english(kind, key);
    }
    QString number(double v, int decimals) const { return m_numbers.toString(v, 'f', decimals); }
    const QLocale &locale() const { return m_numbers; }

    void cell(const QString &text)
    {
        if (!m_line.isEmpty() || m_cells > 0)
            m_line += m_o.separator;
        ++m_cells;
        QString t = text;
        // A cell starting with = + - @ would be run as a formula by a spreadsheet.
        if (!t.isEmpty() && QStringLiteral("=+-@").contains(t.front()) && !isNumber(t))
            t.prepend(u'\'');
        if (t.contains(m_o.separator) || t.contains(u'"') || t.contains(u'\n') || t.contains(u'\r') ||
            t != t.trimmed())
            t = u'"' + QString(t).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
        m_line += t;
    }
    void endLine()
    {
        m_out += m_line.toUtf8() + "\r\n";
        m_line.clear();
        m_cells = 0;
    }
    void line(const QStringList &cells)
    {
        for (const QString &c : cells)
            cell(c);
        endLine();
    }
    QByteArray result() const { return m_out; }

private:
    bool isNumber(const QString &t) const
    {
        bool ok = false;
        m_numbers.toDouble(t, &ok);
        return ok;
    }

    const ReportCsv::Options &m_o;
    QLocale m_numbers;
    QString m_line;
    int m_cells = 0;
    QByteArray m_out = QByteArray("\xEF\xBB\xBF");
};

void table(Writer &w, const FigureTable &t)
{
    w.line({w.label(QStringLiteral("column"), QStringLiteral("label")),
            w.label(QStringLiteral("column"), QStringLiteral("count"))});
    for (const FigureRow &r : t.rows)
        w.line({ReportLabels::rowLabel([&](const QString &k, const QString &key) { return w.label(k, key); }, r),
                r.figure.display(w.locale())});
}

void duration(Writer &w, const DurationFigure &d)
{
    w.line({w.label(QStringLiteral("column"), QStringLiteral("median_days")),
            w.label(QStringLiteral("column"), QStringLiteral("based_on"))});
    w.line({d.hasMedian() ? w.number(d.medianDays, 1) : QString(), d.count.display(w.locale())});
}

void hours(Writer &w, const Report &r)
{
    QStringList head;
    for (const char *c : {"person", "month", "minutes", "hours", "km", "expenses"})
        head << w.label(QStringLiteral("column"), QString::fromLatin1(c));
    w.line(head);
    for (const HoursRow &h : r.hours)
        w.line({h.userName.isEmpty() ? h.userId : h.userName, w.label(QStringLiteral("month"), h.month),
                w.number(double(h.minutes), 0), w.number(double(h.minutes) / 60.0, 2), w.number(h.km, 1),
                w.number(double(h.expensesCents) / 100.0, 2)});
}

void caseload(Writer &w, const Report &r)
{
    QStringList head;
    for (const char *c : {"person", "active_families", "recent_visits", "open_referrals"})
        head << w.label(QStringLiteral("column"), QString::fromLatin1(c));
    w.line(head);
    for (const CaseloadRow &c : r.caseload)
        w.line({c.userName.isEmpty() ? c.userId : c.userName, c.activeFamilies.display(w.locale()),
                c.recentVisits.display(w.locale()), c.openReferrals.display(w.locale())});
}
} // namespace

QByteArray ReportCsv::write(const Report &report, const Options &options)
{
    Writer w(options);
    w.line({w.label(QStringLiteral("term"), QStringLiteral("title")), w.label(QStringLiteral("term"), QStringLiteral("period")),
            report.period.from().toString(Qt::ISODate), report.period.to().toString(Qt::ISODate)});
    w.line({w.label(QStringLiteral("term"), QStringLiteral("privacy"))});
    w.endLine();
    for (const QString &id : report.order) {
        w.line({w.label(QStringLiteral("section"), id)});
        if (const FigureTable *t = report.table(id))
            table(w, *t);
        else if (const DurationFigure *d = report.duration(id))
            duration(w, *d);
        else if (id == u"hours")
            hours(w, report);
        else if (id == u"caseload")
            caseload(w, report);
        w.endLine();
    }
    return w.result();
}

QString ReportCsv::save(const Report &report, const QString &path, const Options &options)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    const QByteArray bytes = write(report, options);
    if (file.write(bytes) != bytes.size())
        return file.errorString();
    if (!file.commit())
        return file.errorString();
    return QString();
}

} // namespace brug
