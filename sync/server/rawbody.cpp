#include "rawbody.h"

namespace brug::RawBody {

namespace {
qsizetype skipSpace(QByteArrayView t, qsizetype pos)
{
    while (pos < t.size() && (t[pos] == ' ' || t[pos] == '\n' || t[pos] == '\r' || t[pos] == '\t'))
        ++pos;
    return pos;
}

/// One past the closing quote of the string that opens at `pos`, or -1.
qsizetype skipString(QByteArrayView t, qsizetype pos)
{
    if (pos >= t.size() || t[pos] != '"')
        return -1;
    for (++pos; pos < t.size(); ++pos) {
        if (t[pos] == '\\')
            ++pos;
        else if (t[pos] == '"')
            return pos + 1;
    }
    return -1;
}

bool expect(QByteArrayView t, qsizetype *pos, char c)
{
    *pos = skipSpace(t, *pos);
    if (*pos >= t.size() || t[*pos] != c)
        return false;
    ++*pos;
    return true;
}
} // namespace

qsizetype skipValue(QByteArrayView t, qsizetype pos)
{
    pos = skipSpace(t, pos);
    if (pos >= t.size())
        return -1;
    const char c = t[pos];
    if (c == '"')
        return skipString(t, pos);
    if (c == '[' || c == '{') {
        // Nested: count brackets outside strings; the stored text was written by a JSON writer.
        int depth = 0;
        for (; pos < t.size(); ++pos) {
            const char d = t[pos];
            if (d == '"') {
                pos = skipString(t, pos);
                if (pos < 0)
                    return -1;
                --pos;
            } else if (d == '[' || d == '{') {
                ++depth;
            } else if (d == ']' || d == '}') {
                if (--depth == 0)
                    return pos + 1;
            }
        }
        return -1;
    }
    // A number, true, false or null: up to the next delimiter.
    const qsizetype start = pos;
    while (pos < t.size() && t[pos] != ',' && t[pos] != ']' && t[pos] != '}' && t[pos] != ' ')
        ++pos;
    return pos > start ? pos : -1;
}

bool forEachField(QByteArrayView t, const FieldVisitor &visit)
{
    qsizetype pos = 0;
    if (!expect(t, &pos, '{'))
        return false;
    pos = skipSpace(t, pos);
    if (pos < t.size() && t[pos] == '}')
        return skipSpace(t, pos + 1) == t.size();
    while (true) {
        pos = skipSpace(t, pos);
        const qsizetype nameEnd = skipString(t, pos);
        if (nameEnd < 0)
            return false;
        const QByteArrayView name = t.sliced(pos + 1, nameEnd - pos - 2);
        pos = nameEnd;
        if (!expect(t, &pos, ':') || !expect(t, &pos, '['))
            return false;
        const qsizetype valueStart = skipSpace(t, pos);
        const qsizetype valueEnd = skipValue(t, valueStart);
        if (valueEnd < 0)
            return false;
        pos = valueEnd;
        if (!expect(t, &pos, ','))
            return false;
        pos = skipSpace(t, pos);
        const qsizetype stampEnd = skipString(t, pos);
        if (stampEnd < 0)
            return false;
        const QByteArrayView stamp = t.sliced(pos + 1, stampEnd - pos - 2);
        pos = stampEnd;
        if (!expect(t, &pos, ','))
            return false;
        pos = skipSpace(t, pos);
        const qsizetype seqEnd = skipValue(t, pos);
        if (seqEnd < 0)
            return false;
        bool ok = false;
        const qint64 seq = t.sliced(pos, seqEnd - pos).toByteArray().toLongLong(&ok);
        if (!ok)
            return false;
        pos = seqEnd;
        if (!expect(t, &pos, ']'))
            return false;
        visit(name, t.sliced(valueStart, valueEnd - valueStart), stamp, seq);
        pos = skipSpace(t, pos);
        if (pos < t.size() && t[pos] == ',') {
            ++pos;
            continue;
        }
        return expect(t, &pos, '}') && skipSpace(t, pos) == t.size();
    }
}

} // namespace brug::RawBody
