#include "figuretable.h"

namespace brug {

const FigureRow *FigureTable::row(QStringView key) const
{
    for (const FigureRow &r : rows)
        if (r.key == key)
            return &r;
    return nullptr;
}

int FigureTable::hiddenCount() const
{
    int n = 0;
    for (const FigureRow &r : rows)
        n += r.figure.hidden() ? 1 : 0;
    return n;
}

void FigureTable::protectPartition()
{
    int suppressed = 0;
    for (const FigureRow &r : rows)
        suppressed += r.figure.suppressed() ? 1 : 0;
    if (suppressed != 1)
        return;
    FigureRow *smallest = nullptr;
    for (FigureRow &r : rows) {
        if (r.figure.hidden() || r.figure.count() == 0)
            continue;
        if (!smallest || r.figure.count() < smallest->figure.count() ||
            (r.figure.count() == smallest->figure.count() && r.key < smallest->key))
            smallest = &r;
    }
    if (smallest)
        smallest->figure.withhold();
}

} // namespace brug
