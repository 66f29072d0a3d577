#include "batchtext.h"

#include "rawbody.h"

namespace brug::BatchText {

namespace {
/// Reads the array of changes at `pos`, each change's `f` text into `out`; one past the array,
/// or -1 when an element is not an object with exactly one `f`.
qsizetype readChanges(QByteArrayView t, qsizetype pos, std::vector<QByteArrayView> *out)
{
    if (pos >= t.size() || t[pos] != '[')
        return -1;
    pos = RawBody::skipSpace(t, pos + 1);
    if (pos < t.size() && t[pos] == ']')
        return pos + 1;
    while (true) {
        QByteArrayView fields;
        const qsizetype next = RawBody::forEachMember(t, pos, [&](QByteArrayView name, qsizetype start) -> qsizetype {
            const qsizetype stop = RawBody::skipValue(t, start);
            if (name == "f") {
                if (!fields.isNull() || stop < 0)
                    return -1;
                fields = t.sliced(start, stop - start);
            }
            return stop;
        });
        if (next < 0 || fields.isNull())
            return -1;
        out->push_back(fields);
        pos = RawBody::skipSpace(t, next);
        if (pos < t.size() && t[pos] == ',') {
            ++pos;
            continue;
        }
        return pos < t.size() && t[pos] == ']' ? pos + 1 : -1;
    }
}
} // namespace

std::vector<QByteArrayView> changeFields(QByteArrayView t)
{
    std::vector<QByteArrayView> out;
    int batches = 0;
    int changeLists = 0;
    // The batch is read once, by the walk below: skipping it whole first would read it twice.
    const qsizetype end = RawBody::forEachMember(t, 0, [&](QByteArrayView name, qsizetype start) -> qsizetype {
        if (name != "batch")
            return RawBody::skipValue(t, start);
        if (++batches > 1)
            return -1;
        return RawBody::forEachMember(t, start, [&](QByteArrayView inner, qsizetype from) -> qsizetype {
            if (inner != "changes")
                return RawBody::skipValue(t, from);
            return ++changeLists == 1 ? readChanges(t, from, &out) : -1;
        });
    });
    if (end < 0 || RawBody::skipSpace(t, end) != t.size() || changeLists != 1)
        return {};
    return out;
}

} // namespace brug::BatchText
