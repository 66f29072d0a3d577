#pragma once

#include <QSet>
#include <QString>
#include <QStringList>
#include <map>
#include <tuple>

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
    /// Recomputes the grant of a meeting: a provider receives a meeting it was asked to come to
    /// (`provider_requested`) or came to (`provider_present`) when it is the meeting's
    /// `provider_id`, with the fields §10 lists (never the place's name, the questions, the needs
    /// or the theme's note). Same transaction and events as refreshFamilies.
    void refreshMeeting(const QString &meetingId);
    void refreshMeetings(const QSet<QString> &meetingIds);

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
    void refreshFamily(const QString &familyId);
    /// Makes the grants of one group (a family's records, or one meeting) what `desired` says,
    /// recording a grant or revoke event for each difference.
    void reconcile(const QString &groupKey, const std::map<Key, QString> &desired);

    const ServerDatabase &m_db;
    RecordTable &m_table;
};

} // namespace brug
