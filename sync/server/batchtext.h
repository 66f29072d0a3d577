#pragma once

#include <QByteArrayView>
#include <optional>
#include <vector>

namespace brug {

/// Finds parts of a push request in its text, without building JSON values. The text is not
/// checked as JSON here: a caller either had QJsonDocument read it first, or has it read each
/// part found (SyncRequestText does).
namespace BatchText {
/// Where `batch.changes` is, and what it holds.
struct Changes
{
    qsizetype arrayStart = -1;               ///< the array's opening bracket
    qsizetype arrayEnd = -1;                 ///< one past its closing bracket
    std::vector<QByteArrayView> changes;     ///< each element's text, from `{` to `}`
    std::vector<QByteArrayView> fields;      ///< each element's `f` object
    int depth = 0;                           ///< how deeply the deepest element nests (an object: 1)
};
/// `batch.changes` of a request, or nothing when the text is not plainly of that shape (no
/// batch, a batch or a list of changes twice, an element not an object with one `f`, a name
/// with an escape).
std::optional<Changes> find(QByteArrayView request);
/// The text of each change's `f` object in `batch.changes`, in order: a record a change makes
/// is stored from it (RawBody::fromChangeFields) without writing its values out again. Empty
/// when find() finds nothing.
std::vector<QByteArrayView> changeFields(QByteArrayView request);
} // namespace BatchText

} // namespace brug
