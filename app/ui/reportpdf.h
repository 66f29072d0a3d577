#pragma once

#include "report.h"
#include "reportlabels.h"

#include <QLocale>
#include <QString>

namespace brug {

/// A report as an A4 PDF for the evaluation meeting: the period, then every figure as a simple
/// chart (bars, a funnel, columns per month) or a table, drawn with QPainter in the chosen
/// language, mirrored for right-to-left languages, in Noto Sans (with Noto Sans Arabic).
class ReportPdf
{
public:
    struct Options
    {
        ReportLabeller labels;                      ///< empty: ReportLabels::english
        QLocale locale = QLocale::c();
        Qt::LayoutDirection direction = Qt::LeftToRight;
        QString title;                              ///< e.g. "Figures of Al Amal"
        QString periodText;                         ///< the period in words
        QString footer;                             ///< e.g. "Made with Brug on 3 March 2026"
    };

    /// Writes the PDF to `path`; returns an error message, or empty when it worked.
    [[nodiscard]] static QString write(const Report &report, const QString &path, const Options &options);
};

} // namespace brug
