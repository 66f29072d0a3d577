#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace brug {

class RecordTable;
class ServerDatabase;

/// Which shared records each provider may receive, with which fields (docs/sync-protocol.md §10),
/// kept in `grants`; every change of that set is a grant or revoke event in the sequence.
class Visibility
{
public:
    Visibility(const ServerDatabase &db, RecordTable &table);

    /// Recomputes the grants of these families' referrals, consents and family records, inside
    /// the caller's write transaction, and records the differences as events.
    void refreshFamilies(const QSet<QString> &familyIds);

    [[nodiscard]] bool isGranted(const QString &providerId, const QString &entity, const QString &id) const;

    /// The fields of `entity` a provider sees given the share categories of its consents.
    [[nodiscard]] static QStringList maskFor(const QString &entity, const QSet<QString> &shares);

private:
    void refreshFamily(const QString &familyId);

    const ServerDatabase &m_db;
    RecordTable &m_table;
};

} // namespace brug
