#pragma once

// The stream of records the crash-safety writer (tests/unit/crashwriter.cpp) makes and the test
// checks: record n is always the same visit, and the writer commits them in fixed groups.

#include "ids.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace brug::test::crash {

inline const QString kPassphrase = QStringLiteral("crash test passphrase");

inline QString visitId(qint64 n)
{
    return Ids::derived(QStringLiteral("brug-crash-visit-%1").arg(n));
}

/// How many records the transaction that starts at record `n` writes: mostly one, some several.
inline int groupSize(qint64 n)
{
    static const int sizes[] = {1, 1, 3, 1, 5, 2, 1, 4};
    return sizes[(n * 7 + n / 5) % 8];
}

/// The group boundaries from 0: the record counts a store can have after whole transactions.
inline bool isBoundary(qint64 count)
{
    qint64 b = 0;
    while (b < count)
        b += groupSize(b);
    return b == count;
}

inline QJsonObject visitFields(qint64 n)
{
    static const char *const languages[] = {"ar", "tr", "ak", "nl", "ber"};
    static const char *const topics[] = {"parenting", "school", "health", "peace_at_home", "money"};
    QJsonObject f;
    f.insert(QStringLiteral("family_id"), Ids::derived(QStringLiteral("brug-crash-family-%1").arg(n % 11)));
    f.insert(QStringLiteral("date"), QStringLiteral("2026-%1-%2")
                                         .arg(1 + n % 12, 2, 10, QLatin1Char('0'))
                                         .arg(1 + n % 28, 2, 10, QLatin1Char('0')));
    f.insert(QStringLiteral("duration_min"), int(15 + n % 120));
    f.insert(QStringLiteral("language"), QLatin1StringView(languages[n % 5]));
    f.insert(QStringLiteral("topics"), QJsonArray{QLatin1StringView(topics[n % 5]),
                                                  QLatin1StringView(topics[(n + 2) % 5])});
    f.insert(QStringLiteral("risk_factors"),
             QJsonArray{QStringLiteral("rf%1").arg(1 + n % 17, 2, 10, QLatin1Char('0'))});
    f.insert(QStringLiteral("actions"), QJsonArray{QStringLiteral("information"), QStringLiteral("going_along")});
    // From a line to several pages, so some records spill onto overflow pages.
    f.insert(QStringLiteral("note"),
             QStringLiteral("Bezoek %1: ouders willen meer weten over school. ").arg(n).repeated(1 + (n * 37) % 120));
    f.insert(QStringLiteral("follow_up_on"), n % 3 == 0 ? QJsonValue(QJsonValue::Null)
                                                        : QJsonValue(QStringLiteral("2027-01-15")));
    return f;
}

} // namespace brug::test::crash
