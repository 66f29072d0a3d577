#pragma once

#include <QCoreApplication>
#include <QString>

namespace brug {

class StoreError;

/// Errors in the user's language and plain words; never with a family's data.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
public:
    [[nodiscard]] static QString forStore(const StoreError &error);
    /// The sync engine's reason code (network, unauthorized, store, server codes...).
    [[nodiscard]] static QString forSync(const QString &code);
};

} // namespace brug
