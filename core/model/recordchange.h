#pragma once

#include <QByteArray>
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
    /// Instead of `fields` (then empty), for a change read only to be sent: the fields as one
    /// JSON object's text, and all of them stamped `stamp` (Outbox::Fields::AsText).
    QByteArray fieldsText;
    /// The stamp of every field of `fields` that has none of its own in `stamps`: a write stamps
    /// all its fields at once, and the wire (`s`) and the outbox keep that one stamp once.
    QString stamp;
    QHash<QString, QString> stamps;  ///< field -> stamp, where a field's stamp is not `stamp`
    QHash<QString, QString> bases;   ///< field -> stamp the writer held before (push only)
    bool resend = false;             ///< a re-send after a server restore: never a conflict
    bool drop = false;               ///< pull only: the device must remove the record
    /// Every value already checked against the schema (WireChange::decode does): a pull does
    /// not check each field twice.
    bool validated = false;

    [[nodiscard]] QString stampOf(const QString &field) const
    {
        const auto it = stamps.constFind(field);
        return it == stamps.cend() ? stamp : *it;
    }
    /// Every field's stamp (field -> stamp), as `stamp` and `stamps` give them.
    [[nodiscard]] QHash<QString, QString> allStamps() const
    {
        QHash<QString, QString> all;
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
            all.insert(it.key(), stampOf(it.key()));
        return all;
    }
    /// The stamp of every field when they all share one (`stamps` is empty); nullptr when they
    /// differ. A merge can then skip looking up each field's stamp, a fair share of its cost.
    [[nodiscard]] const QString *sharedStamp() const
    {
        return stamps.isEmpty() && !stamp.isEmpty() && !fields.isEmpty() ? &stamp : nullptr;
    }
};

} // namespace brug
