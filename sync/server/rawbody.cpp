#include "rawbody.h"

#include <cstring>

namespace brug::RawBody {

qsizetype skipSpace(QByteArrayView t, qsizetype pos)
{
    while (pos < t.size() && (t[pos] == ' ' || t[pos] == '\n' || t[pos] == '\r' || t[pos] == '\t'))
        ++pos;
    return pos;
}

qsizetype skipString(QByteArrayView t, qsizetype pos)
{
    if (pos >= t.size() || t[pos] != '"')
        return -1;
    // From quote to quote with memchr: most of a record's text is in its strings, and reading
    // them a character at a time cost as much as writing the values out again.
    const char *const begin = t.data();
    const char *const end = begin + t.size();
    for (const char *p = begin + pos + 1; p < end;) {
        const auto *quote = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
        if (!quote)
            return -1;
        // Escaped when an odd number of backslashes come before it (none of them before p,
        // which follows the opening quote or an escaped one).
        qsizetype backslashes = 0;
        for (const char *b = quote; b > p && b[-1] == '\\'; --b)
            ++backslashes;
        if (backslashes % 2 == 0)
            return quote - begin + 1;
        p = quote + 1;
    }
    return -1;
}

namespace {
bool expect(QByteArrayView t, qsizetype *pos, char c)
{
    *pos = skipSpace(t, *pos);
    if (*pos >= t.size() || t[*pos] != c)
        return false;
    ++*pos;
    return true;
}
} // namespace

qsizetype skipValue(QByteArrayView t, qsizetype pos, int *maxDepth)
{
    if (maxDepth)
        *maxDepth = 0;
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
                if (maxDepth && depth > *maxDepth)
                    *maxDepth = depth;
            } else if (d == ']' || d == '}') {
                if (--depth == 0)
                    return pos + 1;
            }
        }
        return -1;
    }
    // A number, true, false or null: up to the next delimiter.
    const qsizetype start = pos;
    while (pos < t.size() && t[pos] != ',' && t[pos] != ']' && t[pos] != '}' && t[pos] != ' ' && t[pos] != '\n' &&
           t[pos] != '\r' && t[pos] != '\t')
        ++pos;
    return pos > start ? pos : -1;
}

namespace {
/// Reads `,"stamp",seq` at `pos` (after a value, or after the opening bracket of the common
/// entry when `leading` is true, which then has no comma before the stamp).
bool readStampAndSeq(QByteArrayView t, qsizetype *pos, bool leading, QByteArrayView *stamp, qint64 *seq)
{
    if (!leading && !expect(t, pos, ','))
        return false;
    *pos = skipSpace(t, *pos);
    const qsizetype stampEnd = skipString(t, *pos);
    if (stampEnd < 0)
        return false;
    *stamp = t.sliced(*pos + 1, stampEnd - *pos - 2);
    *pos = stampEnd;
    if (!expect(t, pos, ','))
        return false;
    *pos = skipSpace(t, *pos);
    const qsizetype seqEnd = skipValue(t, *pos);
    if (seqEnd < 0)
        return false;
    bool ok = false;
    *seq = t.sliced(*pos, seqEnd - *pos).toByteArray().toLongLong(&ok);
    *pos = seqEnd;
    return ok;
}
} // namespace

bool forEachField(QByteArrayView t, const FieldVisitor &visit)
{
    // The stamp and sequence of the fields stored as [value] alone: the entry named "", first.
    QByteArrayView commonStamp;
    qint64 commonSeq = 0;
    bool haveCommon = false;
    const qsizetype end = forEachMember(t, 0, [&](QByteArrayView name, qsizetype start) -> qsizetype {
        qsizetype pos = start;
        if (!expect(t, &pos, '['))
            return -1;
        if (name.isEmpty()) {
            if (haveCommon || !readStampAndSeq(t, &pos, true, &commonStamp, &commonSeq))
                return -1;
            haveCommon = true;
        } else {
            const qsizetype valueStart = skipSpace(t, pos);
            const qsizetype valueEnd = skipValue(t, valueStart);
            if (valueEnd < 0)
                return -1;
            pos = skipSpace(t, valueEnd);
            QByteArrayView stamp = commonStamp;
            qint64 seq = commonSeq;
            if (pos < t.size() && t[pos] == ']') {
                if (!haveCommon)
                    return -1;
            } else if (!readStampAndSeq(t, &pos, false, &stamp, &seq)) {
                return -1;
            }
            visit(name, t.sliced(valueStart, valueEnd - valueStart), stamp, seq);
        }
        return expect(t, &pos, ']') ? pos : -1;
    });
    return end >= 0 && skipSpace(t, end) == t.size();
}

qsizetype forEachMember(QByteArrayView t, qsizetype pos, const MemberVisitor &visit)
{
    pos = skipSpace(t, pos);
    if (pos >= t.size() || t[pos] != '{')
        return -1;
    pos = skipSpace(t, pos + 1);
    if (pos < t.size() && t[pos] == '}')
        return pos + 1;
    while (true) {
        pos = skipSpace(t, pos);
        const qsizetype nameEnd = skipString(t, pos);
        if (nameEnd < 0)
            return -1;
        const QByteArrayView name = t.sliced(pos + 1, nameEnd - pos - 2);
        if (name.contains('\\'))
            return -1;
        pos = nameEnd;
        if (!expect(t, &pos, ':'))
            return -1;
        const qsizetype valueEnd = visit(name, skipSpace(t, pos));
        if (valueEnd < 0)
            return -1;
        pos = skipSpace(t, valueEnd);
        if (pos < t.size() && t[pos] == ',') {
            ++pos;
            continue;
        }
        return pos < t.size() && t[pos] == '}' ? pos + 1 : -1;
    }
}

QByteArray changeFieldMembers(QByteArrayView fields, qsizetype count)
{
    if (count < 2)
        return {};
    // Each member grows by three characters at most (`,` `[` `]`, less the comma it had): the
    // text is written into one buffer of that size, not appended piece by piece.
    QByteArray out(fields.size() + 3 * count + 1, Qt::Uninitialized);
    char *w = out.data();
    auto put = [&w](QByteArrayView v) {
        std::memcpy(w, v.data(), size_t(v.size()));
        w += v.size();
    };
    qsizetype members = 0;
    QByteArrayView previous;
    const qsizetype end = forEachMember(fields, 0, [&](QByteArrayView name, qsizetype start) -> qsizetype {
        const qsizetype stop = skipValue(fields, start);
        if (stop < 0 || ++members > count || (members > 1 && !(previous < name)))
            return -1;
        previous = name;
        put(",\"");
        put(name);
        put("\":[");
        put(fields.sliced(start, stop - start));
        *w++ = ']';
        return stop;
    });
    if (end < 0 || skipSpace(fields, end) != fields.size() || members != count)
        return {};
    *w++ = '}';
    out.truncate(w - out.constData());
    return out;
}

QByteArray bodyFromMembers(QByteArrayView members, QByteArrayView stamp, qint64 seq)
{
    if (members.isEmpty())
        return {};
    const QByteArray number = QByteArray::number(seq);
    QByteArray out;
    out.reserve(8 + stamp.size() + number.size() + members.size());
    out.append("{\"\":[\"").append(stamp).append("\",").append(number).append(']').append(members);
    return out;
}

QByteArray fromChangeFields(QByteArrayView fields, QByteArrayView stamp, qint64 seq, qsizetype count)
{
    return bodyFromMembers(changeFieldMembers(fields, count), stamp, seq);
}

} // namespace brug::RawBody
