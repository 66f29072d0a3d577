#include "report.h"

namespace brug {

const FigureTable *Report::table(QStringView id) const
{
    for (const FigureTable &t : tables)
        if (t.id == id)
            return &t;
    return nullptr;
}

const DurationFigure *Report::duration(QStringView id) const
{
    for (const DurationFigure &d : durations)
        if (d.id == id)
            return &d;
    return nullptr;
}

} // namespace brug
