#pragma once

#include "report.h"
#include "reportlabels.h"

#include <QByteArray>
#include <QLocale>

namespace brug {

/// A report as CSV for a spreadsheet: UTF-8 with a byte order mark (so Excel reads Arabic and
/// Turkish right), ';' between cells (what Excel expects in Dutch and Turkish), CRLF lines, one
/// section per figure (its title, a heading line, its rows, a blank line), hidden counts as
/// "<5" / "≥5". Text cells that a spreadsheet would run as a formula are quoted harmless.
class ReportCsv
{
public:
    struct Options
    {
        ReportLabeller labels;          ///< empty: ReportLabels::english
        QLocale locale = QLocale::c();  ///< digits and decimal sign of amounts
        QChar separator = u';';
    };

    [[nodiscard]] static QByteArray write(const Report &report, const Options &options);
    [[nodiscard]] static QByteArray write(const Report &report) { return write(report, Options()); }
    /// Writes atomically to `path`; returns an error message, or empty when it worked.
    [[nodiscard]] static QString save(const Report &report, const QString &path, const Options &options);
};

} // namespace brug
