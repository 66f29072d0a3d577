#include "batchtext.h"

#include "rawbody.h"

#include <algorithm>

namespace brug::BatchText {

namespace {
/// Reads the array of changes at `pos` into `out`; one past the array, or -1 when an element
/// is not an object with exactly one `f`.
qsizetype readChanges(QByteArrayView t, qsizetype pos, Changes *out)
{
    if (pos >= t.size() || t[pos] != '[')
        return -1;
    out->arrayStart = pos;
    pos = RawBody::skipSpace(t, pos + 1);
    if (pos < t.size() && t[pos] == ']')
        return out->arrayEnd = pos + 1;
    while (true) {
        QByteArrayView fields;
        int depth = 0;
        const qsizetype start = RawBody::skipSpace(t, pos);
        const qsizetype next = RawBody::forEachMember(t, start, [&](QByteArrayView name, qsizetype from) -> qsizetype {
            int memberDepth = 0;
            const qsizetype stop = RawBody::skipValue(t, from, &memberDepth);
            depth = std::max(depth, memberDepth);
            if (name == "f") {
                if (!fields.isNull() || stop < 0)
                    return -1;
                fields = t.sliced(from, stop - from);
            }
            return stop;
        });
        if (next < 0 || fields.isNull())
            return -1;
        out->changes.push_back(t.sliced(start, next - start));
        out->fields.push_back(fields);
        out->depth = std::max(out->depth, depth + 1);
        pos = RawBody::skipSpace(t, next);
        if (pos < t.size() && t[pos] == ',') {
            ++pos;
            continue;
        }
        return pos < t.size() && t[pos] == ']' ? (out->arrayEnd = pos + 1) : -1;
    }
}
} // namespace

std::optional<Changes> find(QByteArrayView t)
{
    Changes out;
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
        return std::nullopt;
    return out;
}

std::vector<QByteArrayView> changeFields(QByteArrayView t)
{
    std::optional<Changes> found = find(t);
    return found ? std::move(found->fields) : std::vector<QByteArrayView>();
}

} // namespace brug::BatchText
