#pragma once

#include <QStringList>

namespace brug {

/// The commands of brug-cli; each opens the store, does one thing, and closes it.
namespace CliCommands {
int run(const QStringList &args);
} // namespace CliCommands

} // namespace brug
