#include "ids.h"

#include <QUuid>

namespace brug {

QString Ids::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool Ids::isValid(QStringView id)
{
    if (id.size() != 36)
        return false;
    for (qsizetype i = 0; i < id.size(); ++i) {
        const QChar c = id[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'))) {
            return false;
        }
    }
    return true;
}

QString Ids::derived(const QString &name)
{
    static const QUuid urlNamespace(QStringLiteral("6ba7b811-9dad-11d1-80b4-00c04fd430c8"));
    return QUuid::createUuidV5(urlNamespace, name).toString(QUuid::WithoutBraces);
}

std::optional<QDate> Dates::parse(QStringView text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return std::nullopt;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (text[i] < u'0' || text[i] > u'9')
            return std::nullopt;
    const QDate d(text.mid(0, 4).toInt(), text.mid(5, 2).toInt(), text.mid(8, 2).toInt());
    if (!d.isValid() || d.year() < 1900 || d.year() > 2200)
        return std::nullopt;
    return d;
}

QString Dates::format(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace brug
