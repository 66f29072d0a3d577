#pragma once

namespace brug {

class Database;

/// The numbered schema migrations of the device store, each run in its own transaction at open.
namespace Migrations {
[[nodiscard]] int latestVersion();
/// Brings the store up to the latest version; refuses a store from a newer version (StoreError).
void run(Database &db);
} // namespace Migrations

} // namespace brug
