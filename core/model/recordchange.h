#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace brug {

/// A change of some fields of one record, each field with its own stamp: what the outbox holds,
/// what a push carries and what a pull delivers (docs/sync-protocol.md §7).
struct RecordChange
{
    QString entity;
    QString id;
    QJsonObject fields;              ///< field -> value (null clears)
    QHash<QString, QString> stamps;  ///< field -> stamp, one per field in `fields`
    QHash<QString, QString> bases;   ///< field -> stamp the writer held before (push only)
    bool resend = false;             ///< a re-send after a server restore: never a conflict
    bool drop = false;               ///< pull only: the device must remove the record
    /// Every value already checked against the schema (WireChange::decode does): a pull does
    /// not check each field twice.
    bool validated = false;

    [[nodiscard]] QString stampOf(const QString &field) const { return stamps.value(field); }
};

} // namespace brug
