#include "reportpdf.h"

#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPen>
#include <algorithm>

namespace brug {

namespace {
constexpr int kDpi = 300;
const QColor kInk(0x1C, 0x1B, 0x1F);
const QColor kMuted(0x5F, 0x63, 0x68);
const QColor kBar(0x00, 0x69, 0x5C);
const QColor kBarLight(0xE0, 0xF2, 0xF1);
const QColor kRule(0xE0, 0xE0, 0xE0);

double mm(double v)
{
    return v * kDpi / 25.4;
}

/// Draws on the pages of one PDF, top to bottom, starting a page when the next piece does not
/// fit. Layout is computed left to right and mirrored for a right-to-left language.
class Pages
{
public:
    Pages(QPdfWriter &writer, const ReportPdf::Options &o) : m_writer(writer), m_o(o), m_painter(&writer)
    {
        m_area = QRectF(QPointF(0, 0), writer.pageLayout().paintRectPixels(kDpi).size());
        m_painter.setLayoutDirection(o.direction);
        m_painter.setRenderHint(QPainter::Antialiasing);
        m_y = m_area.top();
    }

    bool ok() const { return m_painter.isActive(); }
    void end() { m_painter.end(); }

    QString label(const QString &kind, const QString &key) const
    {
        return m_o.labels ? m_o.labels(kind, key) : ReportLabels::english(kind, key);
    }
    QString rowLabel(const FigureRow &r) const
    {
        return ReportLabels::rowLabel([this](const QString &k, const QString &key) { return label(k, key); }, r);
    }
    const QLocale &locale() const { return m_o.locale; }

    QFont font(double points, bool bold = false) const
    {
        QFont f;
        // Noto Sans for Latin script, Noto Sans Arabic for Arabic: both installed by scripts/setup.
        f.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Arabic"), QStringLiteral("Noto Naskh Arabic"),
                       QStringLiteral("DejaVu Sans")});
        f.setPointSizeF(points);
        f.setBold(bold);
        return f;
    }

    /// A rectangle given left to right, placed for the page's direction.
    QRectF place(const QRectF &r) const
    {
        if (m_o.direction != Qt::RightToLeft)
            return r;
        return QRectF(m_area.left() + m_area.right() - r.right(), r.top(), r.width(), r.height());
    }
    Qt::Alignment start() const { return m_o.direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft; }
    Qt::Alignment finish() const { return m_o.direction == Qt::RightToLeft ? Qt::AlignLeft : Qt::AlignRight; }

    void text(const QRectF &ltr, const QString &s, const QFont &f, const QColor &c, Qt::Alignment align,
              bool wrap = false)
    {
        m_painter.setFont(f);
        m_painter.setPen(c);
        QString shown = s;
        if (!wrap)
            shown = QFontMetricsF(f, &m_writer).elidedText(s, Qt::ElideRight, ltr.width());
        // Alignments here are physical (already mirrored): AlignAbsolute keeps the painter's
        // right-to-left direction from flipping them again.
        Qt::Alignment a = align | Qt::AlignAbsolute;
        if (!(align & Qt::AlignVertical_Mask))
            a |= Qt::AlignVCenter;
        m_painter.drawText(place(ltr), int(a) | (wrap ? Qt::TextWordWrap : 0), shown);
    }

    double lineHeight(const QFont &f) const { return QFontMetricsF(f, &m_writer).height(); }
    double wrappedHeight(const QString &s, const QFont &f, double width) const
    {
        return QFontMetricsF(f, &m_writer).boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, s).height();
    }

    /// Room for `height` more on this page, else a new page.
    void need(double height)
    {
        if (m_y + height <= m_area.bottom() - mm(8))
            return;
        footer();
        m_writer.newPage();
        ++m_page;
        m_y = m_area.top();
    }
    double y() const { return m_y; }
    void advance(double dy) { m_y += dy; }
    const QRectF &area() const { return m_area; }
    QPainter &painter() { return m_painter; }

    void footer()
    {
        const QFont f = font(8);
        const double h = lineHeight(f);
        const QRectF r(m_area.left(), m_area.bottom() - h, m_area.width(), h);
        text(r, m_o.footer, f, kMuted, start());
        text(r, label(QStringLiteral("term"), QStringLiteral("page")).arg(m_page), f, kMuted, finish());
    }

    void box(const QRectF &ltr, const QColor &fill, const QColor &outline = QColor(), Qt::PenStyle style = Qt::SolidLine)
    {
        m_painter.setPen(outline.isValid() ? QPen(outline, mm(0.35), style) : QPen(Qt::NoPen));
        m_painter.setBrush(fill.isValid() ? QBrush(fill) : QBrush(Qt::NoBrush));
        m_painter.drawRect(place(ltr));
    }

private:
    QPdfWriter &m_writer;
    const ReportPdf::Options &m_o;
    QPainter m_painter;
    QRectF m_area;
    double m_y = 0;
    int m_page = 1;
};

void heading(Pages &p, const QString &title)
{
    const QFont f = p.font(12, true);
    const double h = p.lineHeight(f) * 1.3;
    p.need(h + p.lineHeight(p.font(9)) * 3); // never a title alone at the foot of a page
    p.advance(mm(3));
    p.text(QRectF(p.area().left(), p.y(), p.area().width(), h), title, f, kInk, p.start());
    p.advance(h);
}

void nothing(Pages &p)
{
    const QFont f = p.font(9);
    const double h = p.lineHeight(f) * 1.4;
    p.need(h);
    p.text(QRectF(p.area().left(), p.y(), p.area().width(), h), p.label(QStringLiteral("term"), QStringLiteral("nothing")),
           f, kMuted, p.start());
    p.advance(h);
}

void number(Pages &p, const FigureTable &t)
{
    const QFont big = p.font(22, true);
    const double h = p.lineHeight(big) * 1.2;
    p.need(h);
    p.text(QRectF(p.area().left(), p.y(), p.area().width(), h), t.rows.front().figure.display(p.locale()), big, kBar,
           p.start());
    p.advance(h);
}

/// Horizontal bars; a funnel centres them. A hidden count is an outlined stub and its "<5".
void bars(Pages &p, const FigureTable &t, bool funnel)
{
    if (t.rows.empty())
        return nothing(p);
    const QFont f = p.font(9);
    const double row = p.lineHeight(f) * 1.55;
    const QRectF a = p.area();
    const double labelW = a.width() * 0.38, valueW = a.width() * 0.1, gap = mm(2);
    const double barX = a.left() + labelW + gap, barW = a.width() - labelW - valueW - 2 * gap;
    qint64 max = 1;
    for (const FigureRow &r : t.rows)
        max = std::max(max, r.figure.shown());
    for (const FigureRow &r : t.rows) {
        p.need(row);
        const double y = p.y();
        p.text(QRectF(a.left(), y, labelW, row), p.rowLabel(r), f, kInk, p.start());
        const double barH = row * 0.62, barY = y + (row - barH) / 2;
        double w = barW * double(r.figure.shown()) / double(max);
        if (r.figure.hidden())
            w = mm(4);
        const double x = funnel ? barX + (barW - w) / 2 : barX;
        if (r.figure.hidden())
            p.box(QRectF(x, barY, w, barH), kBarLight, kBar, Qt::DashLine);
        else if (w > 0)
            p.box(QRectF(x, barY, w, barH), kBar);
        p.text(QRectF(a.right() - valueW, y, valueW, row), r.figure.display(p.locale()), p.font(9, true), kInk,
               p.finish());
        p.advance(row);
    }
}

/// Columns per month with the count above each; a hidden count is an outlined stub.
void months(Pages &p, const FigureTable &t)
{
    const QFont f = p.font(t.rows.size() > 12 ? 6.5 : 8);
    const double lh = p.lineHeight(f);
    const double chartH = mm(38);
    p.need(chartH + 3 * lh);
    const QRectF a = p.area();
    const double top = p.y() + lh, base = top + chartH;
    const double colW = a.width() / double(std::max<size_t>(1, t.rows.size()));
    qint64 max = 1;
    for (const FigureRow &r : t.rows)
        max = std::max(max, r.figure.shown());
    p.box(QRectF(a.left(), base, a.width(), mm(0.3)), kRule);
    for (size_t i = 0; i < t.rows.size(); ++i) {
        const FigureRow &r = t.rows[i];
        const double x = a.left() + colW * double(i);
        const double w = std::min(colW * 0.6, mm(16));
        double h = chartH * double(r.figure.shown()) / double(max);
        if (r.figure.hidden())
            h = mm(3);
        const QRectF bar(x + (colW - w) / 2, base - h, w, h);
        if (r.figure.hidden())
            p.box(bar, kBarLight, kBar, Qt::DashLine);
        else if (h > 0)
            p.box(bar, kBar);
        p.text(QRectF(x, base - h - lh, colW, lh), r.figure.display(p.locale()), p.font(f.pointSizeF(), true), kInk,
               Qt::AlignHCenter);
        p.text(QRectF(x, base + mm(1), colW, lh * 2.2), p.rowLabel(r), f, kMuted, Qt::AlignHCenter | Qt::AlignTop, true);
    }
    p.advance(chartH + lh * 3.4);
}

/// A table: a heading line, then rows; the first column holds names, the others numbers.
void grid(Pages &p, const QStringList &head, const std::vector<QStringList> &rows, const std::vector<double> &widths)
{
    const QFont f = p.font(8.5), bold = p.font(8.5, true);
    const double row = p.lineHeight(f) * 1.5;
    const QRectF a = p.area();
    auto line = [&](const QStringList &cells, const QFont &font, bool rule) {
        p.need(row);
        double x = a.left();
        for (int c = 0; c < cells.size(); ++c) {
            const double w = a.width() * widths[size_t(c)];
            p.text(QRectF(x + mm(1), p.y(), w - mm(2), row), cells[c], font, kInk, c == 0 ? p.start() : p.finish());
            x += w;
        }
        if (rule)
            p.box(QRectF(a.left(), p.y() + row - mm(0.2), a.width(), mm(0.2)), kRule);
        p.advance(row);
    };
    line(head, bold, true);
    if (rows.empty())
        return nothing(p);
    for (const QStringList &r : rows)
        line(r, f, false);
}

void duration(Pages &p, const DurationFigure &d)
{
    const QFont big = p.font(18, true), f = p.font(9);
    const double h = p.lineHeight(big) * 1.2;
    p.need(h + p.lineHeight(f) * 1.5);
    const QString median = d.hasMedian() ? p.locale().toString(d.medianDays, 'f', 1) : QStringLiteral("\u2013");
    p.text(QRectF(p.area().left(), p.y(), p.area().width(), h),
           p.label(QStringLiteral("column"), QStringLiteral("median_days")) + QStringLiteral(": ") + median, big, kBar,
           p.start());
    p.advance(h);
    QString note = p.label(QStringLiteral("column"), QStringLiteral("based_on")) + QStringLiteral(": ") +
                   d.count.display(p.locale());
    if (!d.hasMedian() && d.count.count() > 0)
        note += QStringLiteral(" (") + p.label(QStringLiteral("term"), QStringLiteral("no_median")) + u')';
    const double nh = p.lineHeight(f) * 1.5;
    p.text(QRectF(p.area().left(), p.y(), p.area().width(), nh), note, f, kMuted, p.start());
    p.advance(nh);
}
} // namespace

QString ReportPdf::write(const Report &report, const QString &path, const Options &options)
{
    QPdfWriter writer(path);
    writer.setResolution(kDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(16, 16, 16, 14),
                                     QPageLayout::Millimeter));
    writer.setTitle(options.title);
    writer.setCreator(QStringLiteral("Brug"));
    Pages p(writer, options);
    if (!p.ok())
        return QFileInfo(path).absoluteDir().exists() ? QStringLiteral("cannot write %1").arg(path)
                                                       : QStringLiteral("no folder %1").arg(QFileInfo(path).absolutePath());

    // The title, the period and the rule every count follows.
    const QRectF a = p.area();
    const QFont titleFont = p.font(18, true), f = p.font(10), small = p.font(8.5);
    double h = p.lineHeight(titleFont) * 1.3;
    p.text(QRectF(a.left(), p.y(), a.width(), h), options.title, titleFont, kInk, p.start());
    p.advance(h);
    h = p.lineHeight(f) * 1.4;
    p.text(QRectF(a.left(), p.y(), a.width(), h),
           p.label(QStringLiteral("term"), QStringLiteral("period")) + QStringLiteral(": ") + options.periodText, f, kInk,
           p.start());
    p.advance(h);
    const QString privacy = p.label(QStringLiteral("term"), QStringLiteral("privacy"));
    h = p.wrappedHeight(privacy, small, a.width()) + mm(2);
    p.text(QRectF(a.left(), p.y(), a.width(), h), privacy, small, kMuted, p.start() | Qt::AlignTop, true);
    p.advance(h);
    p.box(QRectF(a.left(), p.y() + mm(1), a.width(), mm(0.4)), kBar);
    p.advance(mm(3));

    for (const QString &id : report.order) {
        heading(p, p.label(QStringLiteral("section"), id));
        if (const FigureTable *t = report.table(id)) {
            switch (t->chart) {
            case Chart::Number: number(p, *t); break;
            case Chart::Bars: bars(p, *t, false); break;
            case Chart::Funnel: bars(p, *t, true); break;
            case Chart::Months: months(p, *t); break;
            }
        } else if (const DurationFigure *d = report.duration(id)) {
            duration(p, *d);
        } else if (id == u"hours") {
            std::vector<QStringList> rows;
            QLocale numbers = options.locale;
            numbers.setNumberOptions(QLocale::OmitGroupSeparator);
            for (const HoursRow &r : report.hours)
                rows.push_back({r.userName.isEmpty() ? r.userId.left(8) : r.userName, p.label(QStringLiteral("month"), r.month),
                                numbers.toString(double(r.minutes) / 60.0, 'f', 1), numbers.toString(r.km, 'f', 1),
                                options.locale.toCurrencyString(double(r.expensesCents) / 100.0, QStringLiteral("\u20AC"))});
            QStringList head;
            for (const char *c : {"person", "month", "hours", "km", "expenses"})
                head << p.label(QStringLiteral("column"), QString::fromLatin1(c));
            grid(p, head, rows, {0.34, 0.2, 0.14, 0.14, 0.18});
        } else if (id == u"caseload") {
            std::vector<QStringList> rows;
            for (const CaseloadRow &c : report.caseload)
                rows.push_back({c.userName.isEmpty() ? c.userId.left(8) : c.userName, c.activeFamilies.display(options.locale),
                                c.recentVisits.display(options.locale), c.openReferrals.display(options.locale)});
            QStringList head;
            for (const char *c : {"person", "active_families", "recent_visits", "open_referrals"})
                head << p.label(QStringLiteral("column"), QString::fromLatin1(c));
            grid(p, head, rows, {0.4, 0.2, 0.2, 0.2});
        }
    }
    p.footer();
    p.end();
    return QString();
}

} // namespace brug
