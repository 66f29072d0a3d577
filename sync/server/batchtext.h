#pragma once

#include <QByteArrayView>
#include <vector>

namespace brug {

/// Finds parts of a push request in its text, which QJsonDocument parsed first (so it is JSON).
namespace BatchText {
/// The text of each change's `f` object in `batch.changes`, in order: a record a change makes
/// is stored from it (RawBody::fromChangeFields) without writing its values out again. Empty
/// when the text is not plainly of that shape (no batch, a name with an escape, a member twice).
std::vector<QByteArrayView> changeFields(QByteArrayView request);
} // namespace BatchText

} // namespace brug
