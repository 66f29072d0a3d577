#pragma once

#include <QStringList>

namespace brug {

/// The command line of brug-server: `serve` and the admin commands, each a small function.
namespace ServerCommands {
/// Runs the command in `args` (argv as Qt gives it); returns the process exit code.
int run(const QStringList &args);
} // namespace ServerCommands

} // namespace brug
