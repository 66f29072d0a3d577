#include "rowstamps.h"

#include <QHash>
#include <QJsonDocument>

namespace brug {

namespace {
const QString kShared = QStringLiteral("*");

/// Printable ASCII without quote or backslash: written as it is, inside quotes.
bool plain(QStringView text)
{
    for (QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e || c == u'"' || c == u'\\')
            return false;
    return true;
}

void appendAscii(QByteArray &out, QStringView text)
{
    const qsizetype at = out.size();
    out.resize(at + text.size());
    char *to = out.data() + at;
    for (QChar c : text)
        *to++ = char(c.unicode());
}
} // namespace

QJsonObject RowStamps::read(const QByteArray &text)
{
    const QJsonObject o = QJsonDocument::fromJson(text).object();
    const auto shared = o.constFind(kShared);
    if (shared == o.constEnd())
        return o;
    const QJsonValue stamp = shared.value();
    QJsonObject all;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        if (it != shared)
            all.insert(it.key(), it->isString() ? it.value() : stamp);
    return all;
}

QByteArray RowStamps::write(const QJsonObject &stamps)
{
    // The stamp most fields have (ties: the later one, so the text does not depend on order).
    QHash<QString, int> counts;
    QString common;
    int best = 0;
    for (auto it = stamps.constBegin(); it != stamps.constEnd(); ++it) {
        const QString s = it->toString();
        const int n = ++counts[s];
        if (n > best || (n == best && s > common)) {
            best = n;
            common = s;
        }
    }
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
        appendAscii(out, it.key());
        out += "\":\"";
        appendAscii(out, it->toString());
        out += '"';
    }
    out += '}';
    return out;
}

void RowStamps::beginShared(QByteArray &out, QStringView stamp)
{
    out += "{\"*\":\"";
    appendAscii(out, stamp);
    out += '"';
}

void RowStamps::appendSharedField(QByteArray &out, QStringView name)
{
    out += ",\"";
    appendAscii(out, name);
    out += "\":0";
}

} // namespace brug
