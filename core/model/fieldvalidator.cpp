#include "fieldvalidator.h"

#include "catalogue.h"
#include "hlc.h"
#include "ids.h"

#include <QJsonArray>
#include <QJsonObject>
#include <cmath>

namespace brug {

namespace {
FieldError wrongType(const FieldDef &f, const char *expected)
{
    return {QStringLiteral("wrong_type"),
            QStringLiteral("%1: expected %2").arg(f.name, QLatin1StringView(expected))};
}
FieldError invalid(const FieldDef &f, const QString &why)
{
    return {QStringLiteral("invalid_value"), QStringLiteral("%1: %2").arg(f.name, why)};
}

std::optional<FieldError> checkCode(const FieldDef &f, const QJsonValue &v)
{
    if (!v.isString())
        return wrongType(f, "a string code");
    if (!Catalogue::contains(f.catalogue, v.toString()))
        return invalid(f, QStringLiteral("not a code of catalogue '%1'").arg(f.catalogue));
    return std::nullopt;
}

std::optional<FieldError> checkChildren(const FieldDef &f, const QJsonValue &v)
{
    if (!v.isArray())
        return wrongType(f, "an array of children");
    const QJsonArray a = v.toArray();
    if (a.size() > 20)
        return invalid(f, QStringLiteral("at most 20 children"));
    for (const QJsonValue &c : a) {
        if (!c.isObject())
            return wrongType(f, "an array of objects");
        const QJsonObject o = c.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it.key() != u"birth_year" && it.key() != u"gender")
                return FieldError{QStringLiteral("unknown_field"),
                                  QStringLiteral("%1: unknown member '%2'").arg(f.name, it.key())};
        const QJsonValue year = o.value(u"birth_year");
        if (!year.isNull() && !year.isUndefined()) {
            if (!year.isDouble() || year.toDouble() != std::floor(year.toDouble()))
                return wrongType(f, "an integer birth_year");
            if (year.toInt() < 1990 || year.toInt() > 2100)
                return invalid(f, QStringLiteral("birth_year out of range 1990-2100"));
        }
        const QJsonValue gender = o.value(u"gender");
        if (!gender.isNull() && !gender.isUndefined()) {
            if (!gender.isString() || !Catalogue::contains(u"gender", gender.toString()))
                return invalid(f, QStringLiteral("gender must be f, m, x or null"));
        }
    }
    return std::nullopt;
}
} // namespace

std::optional<FieldError> validateField(const FieldDef &f, const QJsonValue &v)
{
    if (v.isNull())
        return std::nullopt;
    switch (f.type) {
    case FieldType::Text:
        if (!v.isString())
            return wrongType(f, "a string");
        if (v.toString().size() > f.maxLength)
            return invalid(f, QStringLiteral("longer than %1 characters").arg(f.maxLength));
        return std::nullopt;
    case FieldType::Int: {
        if (!v.isDouble())
            return wrongType(f, "an integer");
        const double d = v.toDouble();
        if (d != std::floor(d))
            return wrongType(f, "an integer");
        if (d < f.min || d > f.max)
            return invalid(f, QStringLiteral("out of range %1-%2").arg(f.min).arg(f.max));
        return std::nullopt;
    }
    case FieldType::Num: {
        if (!v.isDouble())
            return wrongType(f, "a number");
        const double d = v.toDouble();
        if (!std::isfinite(d) || d < f.min || d > f.max)
            return invalid(f, QStringLiteral("out of range %1-%2").arg(f.min).arg(f.max));
        return std::nullopt;
    }
    case FieldType::Bool:
        if (!v.isBool())
            return wrongType(f, "true or false");
        return std::nullopt;
    case FieldType::Date:
        if (!v.isString())
            return wrongType(f, "a date string YYYY-MM-DD");
        if (!Dates::parse(v.toString()))
            return FieldError{QStringLiteral("invalid_date"),
                              QStringLiteral("%1: not a real date in YYYY-MM-DD").arg(f.name)};
        return std::nullopt;
    case FieldType::Ms: {
        if (!v.isDouble())
            return wrongType(f, "milliseconds since 1970");
        const double d = v.toDouble();
        // 1970 to 2200: anything else is a clock or encoding error, not a moment.
        if (d != std::floor(d) || d < 0 || d > 7258118400000.0)
            return invalid(f, QStringLiteral("not a time in milliseconds 1970-2200"));
        return std::nullopt;
    }
    case FieldType::Id:
        if (!v.isString())
            return wrongType(f, "an id string");
        if (!Ids::isValid(v.toString()))
            return invalid(f, QStringLiteral("not a lower-case UUID"));
        return std::nullopt;
    case FieldType::Code:
        return checkCode(f, v);
    case FieldType::Codes: {
        if (!v.isArray())
            return wrongType(f, "an array of codes");
        // A few codes each: compared with those before, not hashed into a set.
        const QJsonArray codes = v.toArray();
        for (qsizetype i = 0; i < codes.size(); ++i) {
            const QJsonValue c = codes.at(i);
            if (auto e = checkCode(f, c))
                return e;
            for (qsizetype j = 0; j < i; ++j)
                if (codes.at(j) == c)
                    return invalid(f, QStringLiteral("a code appears twice"));
        }
        return std::nullopt;
    }
    case FieldType::Children:
        return checkChildren(f, v);
    case FieldType::Any:
        return std::nullopt;
    case FieldType::Stamp:
        if (!v.isString() || !Hlc::isValid(v.toString()))
            return invalid(f, QStringLiteral("not a stamp"));
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace brug
