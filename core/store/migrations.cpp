#include "migrations.h"

#include "database.h"

namespace brug {

namespace {
// Migration 1: the first schema. Never edit a migration that has shipped; add the next one.
const char *const kV1[] = {
        // One table per entity: a column per field, the per-field stamps as a JSON object.
        "CREATE TABLE \"organisation\" (id TEXT PRIMARY KEY NOT NULL, \"name\" TEXT,"
        "\"kind\" TEXT, \"city\" TEXT, \"address\" TEXT, \"postcode\" TEXT, \"phone\" TEXT,"
        "\"email\" TEXT, \"website\" TEXT, \"opening_hours\" TEXT, \"description\" TEXT,"
        "\"languages\" TEXT, \"created_at\" INTEGER, \"updated_at\" INTEGER, \"created_by\" TEXT,"
        "\"updated_by\" TEXT, \"updated_device\" TEXT, deleted INTEGER NOT NULL DEFAULT 0,"
        "_stamps TEXT NOT NULL DEFAULT '{}')",
        "CREATE TABLE \"user\" (id TEXT PRIMARY KEY NOT NULL, \"org_id\" TEXT,"
        "\"display_name\" TEXT, \"role\" TEXT, \"active\" INTEGER, \"languages\" TEXT,"
        "\"created_at\" INTEGER, \"updated_at\" INTEGER, \"created_by\" TEXT,"
        "\"updated_by\" TEXT, \"updated_device\" TEXT, deleted INTEGER NOT NULL DEFAULT 0,"
        "_stamps TEXT NOT NULL DEFAULT '{}')",
        "CREATE TABLE \"service\" (id TEXT PRIMARY KEY NOT NULL, \"provider_id\" TEXT,"
        "\"name\" TEXT, \"description\" TEXT, \"age_from\" INTEGER, \"age_to\" INTEGER,"
        "\"phone\" TEXT, \"address\" TEXT, \"intake_info\" TEXT, \"languages\" TEXT,"
        "\"created_at\" INTEGER, \"updated_at\" INTEGER, \"created_by\" TEXT,"
        "\"updated_by\" TEXT, \"updated_device\" TEXT, deleted INTEGER NOT NULL DEFAULT 0,"
        "_stamps TEXT NOT NULL DEFAULT '{}')",
        "CREATE TABLE \"contact_person\" (id TEXT PRIMARY KEY NOT NULL, \"provider_id\" TEXT,"
        "\"name\" TEXT, \"function\" TEXT, \"phone\" TEXT, \"email\" TEXT, \"languages\" TEXT,"
        "\"availability\" TEXT, \"created_at\" INTEGER, \"updated_at\" INTEGER,"
        "\"created_by\" TEXT, \"updated_by\" TEXT, \"updated_device\" TEXT,"
        "deleted INTEGER NOT NULL DEFAULT 0, _stamps TEXT NOT NULL DEFAULT '{}')",
        "CREATE TABLE \"family\" (id TEXT PRIMARY KEY NOT NULL, \"code\" TEXT, \"name\" TEXT,"
        "\"phone\" TEXT, \"address\" TEXT, \"postcode\" TEXT, \"neighbourhood\" TEXT,"
        "\"country_of_origin\" TEXT, \"languages\" TEXT, \"preferred_language\" TEXT,"
        "\"children\" TEXT, \"intermediary_id\" TEXT, \"active\" INTEGER, \"created_at\" INTEGER,"
        "\"updated_at\" INTEGER, \"created_by\" TEXT, \"updated_by\" TEXT,"
        "\"updated_device\" TEXT, deleted INTEGER NOT NULL DEFAULT 0,"
        "search_key TEXT NOT NULL DEFAULT '', _stamps TEXT NOT NULL DEFAULT '{}')",
        "CREATE TABLE \"consent\" (id TEXT PRIMARY KEY NOT NULL, \"family_id\" TEXT,"
        "\"provider_id\" TEXT, \"shares\" TEXT, \"purpose\" TEXT, \"purpose_note\" TEXT,"
        "\"given_on\" TEXT, \"method\" TEXT, \"witness\" TEXT, \"interpreter_language\" TEXT,"
        "\"withdrawn_on\" TEXT, \"withdrawn_note\" TEXT, \"created_at\" INTEGER,"
        "\"updated_at\" INTEGER, \"created_by\" TEXT, \"updated_by\" TEXT,"
        "\"updated_device\" TEXT, deleted INTEGER NOT NULL DEFAULT 0,"
        "_stamps TEXT NOT NULL DEFAULT '{}')",
        "CREATE TABLE \"visit\" (id TEXT PRIMARY KEY NOT NULL, \"family_id\" TEXT, \"date\" TEXT,"
        "\"duration_min\" INTEGER, \"present\" TEXT, \"language\" TEXT, \"interpreter\" TEXT,"
        "\"topics\" TEXT, \"risk_factors\" TEXT, \"actions\" TEXT, \"note\" TEXT,"
        "\"follow_up_on\" TEXT, \"intermediary_id\" TEXT, \"created_at\" INTEGER,"
        "\"updated_at\" INTEGER, \"created_by\" TEXT, \"updated_by\" TEXT,"
        "\"updated_device\" TEXT, deleted INTEGER NOT NULL DEFAULT 0,"
        "_stamps TEXT NOT NULL DEFAULT '{}')",
        "CREATE TABLE \"meeting\" (id TEXT PRIMARY KEY NOT NULL, \"date\" TEXT,"
        "\"place_kind\" TEXT, \"place_name\" TEXT, \"neighbourhood\" TEXT, \"theme\" TEXT,"
        "\"theme_note\" TEXT, \"language\" TEXT, \"women\" INTEGER, \"men\" INTEGER,"
        "\"children\" INTEGER, \"newcomers\" INTEGER, \"questions\" TEXT, \"needs\" TEXT,"
        "\"provider_present\" INTEGER, \"provider_requested\" INTEGER, \"provider_id\" TEXT,"
        "\"contact_woman_id\" TEXT, \"created_at\" INTEGER, \"updated_at\" INTEGER,"
        "\"created_by\" TEXT, \"updated_by\" TEXT, \"updated_device\" TEXT,"
        "deleted INTEGER NOT NULL DEFAULT 0, _stamps TEXT NOT NULL DEFAULT '{}')",
        "CREATE TABLE \"referral\" (id TEXT PRIMARY KEY NOT NULL, \"family_id\" TEXT,"
        "\"provider_id\" TEXT, \"service_id\" TEXT, \"consent_id\" TEXT, \"reason_family\" TEXT,"
        "\"reason_intermediary\" TEXT, \"risk_factors\" TEXT, \"urgency\" TEXT,"
        "\"language\" TEXT, \"interpreter_needed\" INTEGER, \"intermediary_joins\" INTEGER,"
        "\"intermediary_id\" TEXT, \"state\" TEXT, \"sent_at\" INTEGER, \"status\" TEXT,"
        "\"status_at\" INTEGER, \"status_by\" TEXT, \"question\" TEXT, \"intake_on\" TEXT,"
        "\"intake_time\" TEXT, \"intake_place\" TEXT, \"interpreter_booked\" INTEGER,"
        "\"intermediary_invited\" INTEGER, \"decline_reason\" TEXT, \"suggestion\" TEXT,"
        "\"outcome\" TEXT, \"outcome_note\" TEXT, \"created_at\" INTEGER, \"updated_at\" INTEGER,"
        "\"created_by\" TEXT, \"updated_by\" TEXT, \"updated_device\" TEXT,"
        "deleted INTEGER NOT NULL DEFAULT 0, _stamps TEXT NOT NULL DEFAULT '{}')",
        "CREATE TABLE \"message\" (id TEXT PRIMARY KEY NOT NULL, \"referral_id\" TEXT,"
        "\"kind\" TEXT, \"body\" TEXT, \"status\" TEXT, \"created_at\" INTEGER,"
        "\"updated_at\" INTEGER, \"created_by\" TEXT, \"updated_by\" TEXT,"
        "\"updated_device\" TEXT, deleted INTEGER NOT NULL DEFAULT 0,"
        "_stamps TEXT NOT NULL DEFAULT '{}')",
        "CREATE TABLE \"time_entry\" (id TEXT PRIMARY KEY NOT NULL, \"user_id\" TEXT,"
        "\"date\" TEXT, \"activity\" TEXT, \"family_id\" TEXT, \"meeting_id\" TEXT,"
        "\"minutes\" INTEGER, \"distance_km\" REAL, \"expenses_cents\" INTEGER,"
        "\"expense_note\" TEXT, \"created_at\" INTEGER, \"updated_at\" INTEGER,"
        "\"created_by\" TEXT, \"updated_by\" TEXT, \"updated_device\" TEXT,"
        "deleted INTEGER NOT NULL DEFAULT 0, _stamps TEXT NOT NULL DEFAULT '{}')",
        "CREATE TABLE \"conflict\" (id TEXT PRIMARY KEY NOT NULL, \"entity\" TEXT,"
        "\"record_id\" TEXT, \"field\" TEXT, \"winner_value\" TEXT, \"winner_stamp\" TEXT,"
        "\"loser_value\" TEXT, \"loser_stamp\" TEXT, \"resolved_at\" INTEGER,"
        "\"resolved_by\" TEXT, \"resolution\" TEXT, \"created_at\" INTEGER,"
        "\"updated_at\" INTEGER, \"created_by\" TEXT, \"updated_by\" TEXT,"
        "\"updated_device\" TEXT, deleted INTEGER NOT NULL DEFAULT 0,"
        "_stamps TEXT NOT NULL DEFAULT '{}')",
        "CREATE INDEX family_intermediary ON family(intermediary_id)",
        "CREATE INDEX family_updated ON family(updated_at)",
        "CREATE INDEX consent_family ON consent(family_id)",
        "CREATE INDEX visit_family ON visit(family_id, \"date\")",
        "CREATE INDEX visit_follow_up ON visit(follow_up_on)",
        "CREATE INDEX meeting_date ON meeting(\"date\")",
        "CREATE INDEX referral_family ON referral(family_id)",
        "CREATE INDEX referral_provider ON referral(provider_id, sent_at)",
        "CREATE INDEX referral_intake ON referral(intake_on)",
        "CREATE INDEX message_referral ON message(referral_id, created_at)",
        "CREATE INDEX time_entry_user ON time_entry(user_id, \"date\")",
        "CREATE INDEX conflict_record ON conflict(record_id)",
        "CREATE INDEX service_provider ON service(provider_id)",
        "CREATE INDEX contact_person_provider ON contact_person(provider_id)",
        // Device identity, sync position and clock: one row per key.
        "CREATE TABLE device_state (key TEXT PRIMARY KEY NOT NULL, value TEXT)",
        // Local writes waiting to be pushed, in order. A batch, once formed, stays the same until
        // the server acknowledges it, so a resend carries exactly the same changes: the entries
        // up to device_state pending_last (`batch`: how stores before 2026-11-30 marked them).
        "CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, entity TEXT NOT NULL,"
        " record_id TEXT NOT NULL, fields TEXT NOT NULL, stamp TEXT NOT NULL,"
        " stamps TEXT, bases TEXT, resend INTEGER NOT NULL DEFAULT 0, batch INTEGER,"
        " bytes INTEGER NOT NULL DEFAULT 0)",
        "CREATE INDEX outbox_batch ON outbox(batch)",
        // Changes the server refused, kept for the user to see; never resent.
        "CREATE TABLE rejected (seq INTEGER PRIMARY KEY, entity TEXT NOT NULL,"
        " record_id TEXT NOT NULL, fields TEXT NOT NULL, code TEXT NOT NULL, message TEXT,"
        " rejected_at INTEGER NOT NULL)",
        // Forms kept as the user types; local only, never synced.
        "CREATE TABLE draft (key TEXT PRIMARY KEY NOT NULL, body TEXT NOT NULL,"
        " updated_at INTEGER NOT NULL)",
};

// Migration 2: indexes for the family list at 10,000 families (tests/bench: brug_bench_store).
// - family_code: a new family's code is checked for uniqueness; without it every new family
//   read the whole table.
// - family_list: the list and its search read only this narrow index (covering for the filter,
//   the order and the count) and fetch the 50 rows they show; SQLite 3.15 reads the columns of
//   a non-covering index scan from the table, which decrypted every family page per keystroke.
const char *const kV2[] = {
        "CREATE INDEX family_code ON family(code)",
        "CREATE INDEX family_list ON family(deleted, updated_at, id, search_key)",
};

struct Migration
{
    int version;
    const char *const *statements;
    size_t count;
};

const Migration kMigrations[] = {
    {1, kV1, std::size(kV1)},
    {2, kV2, std::size(kV2)},
};
} // namespace

int Migrations::latestVersion()
{
    return std::end(kMigrations)[-1].version;
}

void Migrations::run(Database &db)
{
    const int current = int(db.scalar(QStringLiteral("PRAGMA user_version")));
    if (current > latestVersion())
        throw StoreError(StoreError::Kind::NewerSchema, db.path(),
                         QStringLiteral("schema version %1, this Brug knows up to %2")
                             .arg(current)
                             .arg(latestVersion()));
    for (const Migration &m : kMigrations) {
        if (m.version <= current)
            continue;
        Transaction tx(db);
        for (size_t i = 0; i < m.count; ++i)
            db.exec(QString::fromUtf8(m.statements[i]));
        db.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version));
        tx.commit();
    }
}

} // namespace brug
