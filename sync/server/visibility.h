#pragma once

#include "recordtable.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <functional>
#include <map>
#include <tuple>
#include <vector>

namespace brug {

class ServerDatabase;

/// Which shared records each provider may receive, with which fields (docs/sync-protocol.md §10),
/// kept in `grants`; every change of that set is a grant or revoke event in the sequence.
class Visibility
{
public:
    Visibility(const ServerDatabase &db, RecordTable &table);

    /// Recomputes the grants of these families' referrals, consents and family records, inside
    /// the caller's write transaction, and records the differences as events.
    ///
    /// `isNew` names the records the caller's transaction made. Their grants get no event: every
    /// field of such a record is newer than any device's cursor, so a provider's pull carries
    /// it whole through its own sequence number already (a push of 10,000 referrals made 12,000
    /// events, and the caseworker's first pull then read each record a second time).
    using NewRecord = std::function<bool(const QString &entity, const QString &id)>;
    void refreshFamilies(const QSet<QString> &familyIds, const KnownRecord &known = {}, const NewRecord &isNew = {});
    /// Recomputes the grant of a meeting: a provider receives a meeting it was asked to come to
    /// (`provider_requested`) or came to (`provider_present`) when it is the meeting's
    /// `provider_id`, with the fields §10 lists (never the place's name, the questions, the needs
    /// or the theme's note). Same transaction and events as refreshFamilies.
    void refreshMeeting(const QString &meetingId);
    void refreshMeetings(const QSet<QString> &meetingIds);
    /// Grant and revoke events written so far (each took a sequence number).
    [[nodiscard]] qint64 eventCount() const { return m_events; }

    [[nodiscard]] bool isGranted(const QString &providerId, const QString &entity, const QString &id) const;

    /// The fields of `entity` a provider sees given the share categories of its consents.
    [[nodiscard]] static QStringList maskFor(const QString &entity, const QSet<QString> &shares);

private:
    struct Key
    {
        QString provider, entity, id;
        bool operator<(const Key &o) const
        {
            return std::tie(provider, entity, id) < std::tie(o.provider, o.entity, o.id);
        }
    };
    using Grants = std::map<Key, QString>; ///< key -> mask
    /// What a family's grants should be, from its referrals, consents and own record.
    [[nodiscard]] static Grants familyGrants(const QString &familyId, std::vector<ServerRecord> records);
    /// Makes the grants of each group (a family's records, or one meeting) what it is mapped to,
    /// recording a grant or revoke event for each difference; one read for all the groups.
    void reconcile(const std::map<QString, Grants> &desired, const NewRecord &isNew = {});

    const ServerDatabase &m_db;
    RecordTable &m_table;
    qint64 m_events = 0;
};

} // namespace brug
