#include "contentcoding.h"

#include "gzip.h"
#include "zstdcodec.h"

#include <QList>

namespace brug {

std::optional<ContentCoding> ContentCodings::fromName(QByteArrayView contentEncoding)
{
    const QByteArray name = contentEncoding.trimmed().toByteArray().toLower();
    if (name.isEmpty() || name == "identity")
        return ContentCoding::Identity;
    if (name == "gzip" || name == "x-gzip")
        return ContentCoding::Gzip;
    if (name == "zstd")
        return ContentCoding::Zstd;
    return std::nullopt;
}

QByteArray ContentCodings::name(ContentCoding coding)
{
    switch (coding) {
    case ContentCoding::Gzip:
        return QByteArrayLiteral("gzip");
    case ContentCoding::Zstd:
        return QByteArrayLiteral("zstd");
    case ContentCoding::Identity:
        break;
    }
    return {};
}

namespace {
// The weight `acceptEncoding` gives `coding` (RFC 9110 §12.5.3): its own entry's, else `*`'s,
// else 0. A weight that does not parse counts as 0.
double weight(QByteArrayView acceptEncoding, ContentCoding coding)
{
    double own = -1;
    double any = -1;
    for (const QByteArray &item : acceptEncoding.toByteArray().split(',')) {
        const QList<QByteArray> parts = item.split(';');
        const QByteArray token = parts.first().trimmed().toLower();
        double q = 1.0;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray param = parts[i].trimmed().toLower();
            if (param.startsWith("q=")) {
                bool ok = false;
                q = param.mid(2).toDouble(&ok);
                if (!ok || q < 0 || q > 1)
                    q = 0;
            }
        }
        if (token == "*")
            any = q;
        else if (ContentCodings::fromName(token) == coding)
            own = q;
    }
    return own >= 0 ? own : (any >= 0 ? any : 0);
}
} // namespace

bool ContentCodings::accepts(QByteArrayView acceptEncoding, ContentCoding coding)
{
    return weight(acceptEncoding, coding) > 0;
}

ContentCoding ContentCodings::preferred(QByteArrayView acceptEncoding)
{
    const double zstd = weight(acceptEncoding, ContentCoding::Zstd);
    const double gzip = weight(acceptEncoding, ContentCoding::Gzip);
    if (zstd > 0 && zstd >= gzip)
        return ContentCoding::Zstd;
    return gzip > 0 ? ContentCoding::Gzip : ContentCoding::Identity;
}

QByteArray ContentCodings::compress(ContentCoding coding, const QByteArray &data, int gzipLevel)
{
    switch (coding) {
    case ContentCoding::Gzip:
        return Gzip::compress(data, gzipLevel);
    case ContentCoding::Zstd:
        return Zstd::compress(data);
    case ContentCoding::Identity:
        break;
    }
    return data;
}

std::optional<QByteArray> ContentCodings::decompress(QByteArrayView contentEncoding, const QByteArray &data,
                                                     qsizetype maxBytes)
{
    const std::optional<ContentCoding> coding = fromName(contentEncoding);
    if (!coding)
        return std::nullopt;
    switch (*coding) {
    case ContentCoding::Gzip:
        return Gzip::decompress(data, maxBytes);
    case ContentCoding::Zstd:
        return Zstd::decompress(data, maxBytes);
    case ContentCoding::Identity:
        break;
    }
    if (data.size() > maxBytes)
        return std::nullopt;
    return data;
}

} // namespace brug
