#include "rowstamps.h"

#include "hlc.h"

#include <QJsonDocument>
#include <algorithm>
#include <cstring>

namespace brug {

namespace {
/// Printable ASCII without quote or backslash: written as it is, inside quotes.
bool plain(QStringView text)
{
    for (QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e || c == u'"' || c == u'\\')
            return false;
    return true;
}

} // namespace

QJsonObject RowStamps::read(const QByteArray &text)
{
    // The shared form is read by writing the shared stamp in for each 0 and parsing that: one
    // parse, where inserting each field's stamp into the parsed object cost four. Only this
    // file writes the form, with names and a stamp that need no escaping (plain()), so a 0
    // value is always `:0` followed by `,` or `}` and nothing inside a string looks like one.
    static constexpr QByteArrayView kPrefix = "{\"*\":\"";
    const qsizetype stampEnd = text.startsWith(kPrefix) ? text.indexOf('"', kPrefix.size()) : -1;
    if (stampEnd < 0)
        return QJsonDocument::fromJson(text).object();
    const QByteArrayView stamp = QByteArrayView(text).sliced(kPrefix.size(), stampEnd - kPrefix.size());
    qsizetype rest = stampEnd + 1;
    if (rest < text.size() && text.at(rest) == ',')
        ++rest;
    // Room for the stamp at every ':', written through a pointer: reserve() and append() took
    // as long as the parse.
    const qsizetype colons = std::count(text.cbegin() + rest, text.cend(), ':');
    QByteArray all;
    all.resize(1 + text.size() + colons * (stamp.size() + 2));
    char *out = all.data();
    *out++ = '{';
    const char *in = text.constData() + rest;
    const char *const end = text.constData() + text.size();
    while (in < end) {
        const char *colon = static_cast<const char *>(memchr(in, ':', size_t(end - in)));
        const char *upTo = colon ? colon + 1 : end;
        memcpy(out, in, size_t(upTo - in));
        out += upTo - in;
        in = upTo;
        if (colon && in + 1 < end && *in == '0' && (in[1] == ',' || in[1] == '}')) {
            *out++ = '"';
            memcpy(out, stamp.data(), size_t(stamp.size()));
            out += stamp.size();
            *out++ = '"';
            ++in;
        }
    }
    all.truncate(out - all.data());
    return QJsonDocument::fromJson(all).object();
}

QByteArray RowStamps::write(const QJsonObject &stamps)
{
    QList<QString> values;
    values.reserve(stamps.size());
    for (auto it = stamps.constBegin(); it != stamps.constEnd(); ++it)
        values << it->toString();
    const QString common = Hlc::mostCommon(values);
    const auto best = std::count(values.cbegin(), values.cend(), common);
    bool allPlain = plain(common);
    for (auto it = stamps.constBegin(); it != stamps.constEnd() && allPlain; ++it)
        allPlain = plain(it.key()) && plain(it->toString());
    if (best < 2 || !allPlain)
        return QJsonDocument(stamps).toJson(QJsonDocument::Compact);
    QByteArray out;
    out.reserve(48 + 16 * stamps.size());
    beginShared(out, common);
    for (auto it = stamps.constBegin(); it != stamps.constEnd(); ++it) {
        if (it->toString() == common) {
            appendSharedField(out, it.key());
            continue;
        }
        out += ",\"";
        appendPlain(out, it.key());
        out += "\":\"";
        appendPlain(out, it->toString());
        out += '"';
    }
    out += '}';
    return out;
}

void RowStamps::appendPlain(QByteArray &out, QStringView text)
{
    const qsizetype at = out.size();
    out.resize(at + text.size());
    char *to = out.data() + at;
    for (QChar c : text)
        *to++ = char(c.unicode());
}

void RowStamps::beginShared(QByteArray &out, QStringView stamp)
{
    out += "{\"*\":\"";
    appendPlain(out, stamp);
    out += '"';
}

void RowStamps::appendSharedField(QByteArray &out, QStringView name)
{
    out += ",\"";
    appendPlain(out, name);
    out += "\":0";
}

} // namespace brug
