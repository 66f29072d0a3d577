#include "jsontext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <cmath>

namespace brug::JsonText {

namespace {
/// The characters of `s` escaped as JSON wants them, without the quotes.
void appendEscaped(QByteArray &out, QStringView s)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = s.toUtf8();
    const char *p = utf8.constData();
    const char *const end = p + utf8.size();
    // Runs that need no escape go in whole; text rarely holds a quote or a control character.
    const char *run = p;
    for (; p < end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default: {
            const char u[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
            out.append(u, sizeof u);
        }
        }
    }
    out.append(run, end - run);
}
} // namespace

void appendString(QByteArray &out, QStringView s)
{
    out += '"';
    // Ids, stamps, codes and most names are plain ASCII: copied straight into the buffer, with
    // no UTF-8 copy made first. The first character that is not goes to the general path.
    const qsizetype start = out.size();
    out.resize(start + s.size());
    char *w = out.data() + start;
    const char16_t *p = s.utf16();
    const char16_t *const end = p + s.size();
    for (; p < end; ++p) {
        const char16_t c = *p;
        if (c >= 0x80 || c < 0x20 || c == u'"' || c == u'\\')
            break;
        *w++ = char(c);
    }
    out.resize(w - out.constData());
    if (p != end)
        appendEscaped(out, QStringView(p, end));
    out += '"';
}

void appendStringOrNull(QByteArray &out, QStringView s)
{
    if (s.isEmpty())
        out += "null";
    else
        appendString(out, s);
}

void appendObject(QByteArray &out, const QJsonObject &o)
{
    // In name order, as a QJsonObject holds its members and QJsonDocument writes them.
    out += '{';
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it != o.constBegin())
            out += ',';
        appendString(out, it.key());
        out += ':';
        appendValue(out, it.value());
    }
    out += '}';
}

void appendValue(QByteArray &out, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        out += v.toBool() ? "true" : "false";
        return;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        constexpr double kExact = 9007199254740992.0; // 2^53: every integer below is a double
        if (!std::isfinite(d))
            out += "null"; // as QJsonDocument writes it: JSON has no NaN or infinity
        else if (d == std::trunc(d) && std::fabs(d) <= kExact)
            out += QByteArray::number(qint64(d));
        else
            out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
        return;
    }
    case QJsonValue::String:
        appendString(out, v.toString());
        return;
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        out += '[';
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i)
                out += ',';
            appendValue(out, a.at(i));
        }
        out += ']';
        return;
    }
    case QJsonValue::Object:
        appendObject(out, v.toObject());
        return;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        return;
    }
}

} // namespace brug::JsonText
