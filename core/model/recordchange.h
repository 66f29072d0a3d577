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
    /// The stamp of every field when they all share one string, as WireChange::decode makes
    /// them from the wire's shared `s`; nullptr when they differ. Checked by pointer, not by
    /// text: a merge can then skip looking up each field's stamp, a fair share of its cost.
    [[nodiscard]] const QString *sharedStamp() const
    {
        if (stamps.isEmpty() || stamps.size() != fields.size())
            return nullptr;
        const QString *first = &*stamps.cbegin();
        for (const QString &s : stamps)
            if (s.constData() != first->constData())
                return nullptr;
        return first;
    }
};

} // namespace brug
