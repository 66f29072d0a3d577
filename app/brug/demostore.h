#pragma once

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace brug {

class Store;

/// A store full of demo data for the screenshot mode: a brug-server child process is seeded,
/// a device enrolled as the demo user of the chosen role and synced, then the server stops.
/// The same path a real device takes, so a screenshot shows what a user would see.
class DemoStore
{
public:
    /// role: intermediary, contact_woman, coordinator, caseworker or manager.
    [[nodiscard]] static std::unique_ptr<Store> prepare(const QString &role, QTemporaryDir &dir, QString *error);
};

} // namespace brug
