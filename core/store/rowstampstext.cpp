#include "rowstampstext.h"

#include "rowstamps.h"

namespace brug {

namespace {
constexpr QByteArrayView kPrefix = "{\"*\":\"";

/// Printable ASCII without a backslash: no escapes, so every quote starts or ends a string.
bool plain(const QByteArray &text)
{
    for (const char c : text)
        if (uchar(c) < 0x20 || uchar(c) > 0x7e || c == '\\')
            return false;
    return true;
}

} // namespace

RowStampsText::RowStampsText(const QByteArray &text)
{
    const qsizetype end = text.startsWith(kPrefix) ? text.indexOf('"', kPrefix.size()) : -1;
    if (end >= 0 && text.endsWith('}') && plain(text)) {
        m_text = text;
        m_sharedLength = end - kPrefix.size();
    } else {
        m_object = RowStamps::read(text);
    }
}

qsizetype RowStampsText::valueAt(QStringView field) const
{
    // Every field's entry follows a comma (the shared stamp's is first), and no stamp holds a
    // quote, so `,"name":` is always that field's entry.
    QByteArray needle;
    needle.reserve(field.size() + 4);
    needle += ",\"";
    RowStamps::appendPlain(needle, field);
    needle += "\":";
    const qsizetype at = m_text.indexOf(needle, kPrefix.size() + m_sharedLength + 1);
    return at < 0 ? -1 : at + needle.size();
}

qsizetype RowStampsText::valueLength(qsizetype at) const
{
    if (m_text.at(at) == '"') {
        const qsizetype close = m_text.indexOf('"', at + 1);
        return close < 0 ? m_text.size() - 1 - at : close + 1 - at;
    }
    qsizetype end = at;
    while (end < m_text.size() - 1 && m_text.at(end) != ',')
        ++end;
    return end - at;
}

QString RowStampsText::stampOf(QStringView field) const
{
    if (!sharedForm())
        return m_object.value(field).toString();
    const qsizetype at = valueAt(field);
    if (at < 0)
        return QString();
    const qsizetype length = valueLength(at);
    // As RowStamps::read: a 0 is the shared stamp, a string the field's own, anything else none.
    if (length == 1 && m_text.at(at) == '0')
        return QString::fromLatin1(m_text.constData() + kPrefix.size(), m_sharedLength);
    if (length >= 2 && m_text.at(at) == '"' && m_text.at(at + length - 1) == '"')
        return QString::fromLatin1(m_text.constData() + at + 1, length - 2);
    return QString();
}

void RowStampsText::set(QStringView field, QStringView stamp)
{
    if (!sharedForm()) {
        m_object.insert(field.toString(), stamp.toString());
        return;
    }
    const QLatin1StringView shared(m_text.constData() + kPrefix.size(), m_sharedLength);
    QByteArray value;
    if (stamp == shared) {
        value = "0";
    } else {
        value.reserve(stamp.size() + 2);
        value += '"';
        RowStamps::appendPlain(value, stamp);
        value += '"';
    }
    const qsizetype at = valueAt(field);
    if (at >= 0) {
        m_text.replace(at, valueLength(at), value);
        return;
    }
    QByteArray entry;
    entry.reserve(field.size() + value.size() + 4);
    entry += ",\"";
    RowStamps::appendPlain(entry, field);
    entry += "\":";
    entry += value;
    m_text.insert(m_text.size() - 1, entry);
}

QByteArray RowStampsText::text() const
{
    if (!sharedForm())
        return RowStamps::write(m_object);
    int shared = 0;
    int own = -1; // the shared stamp's own entry is the first quoted value
    for (qsizetype i = 0; i + 1 < m_text.size(); ++i) {
        if (m_text.at(i) != ':')
            continue;
        if (m_text.at(i + 1) == '0')
            ++shared;
        else if (m_text.at(i + 1) == '"')
            ++own;
    }
    return own > shared ? RowStamps::write(RowStamps::read(m_text)) : m_text;
}

} // namespace brug
