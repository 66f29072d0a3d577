#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace brug {

/// A row's `_stamps` column (RowStamps) read and changed in its text, for a merge: a pulled
/// change sets a few fields of a row that holds thirty, and parsing the column into an object
/// and writing it whole again was a fifth of the device's CPU in a sync of 100 edited records.
///
/// Works on the shared form RowStamps writes (`{"*":"S","a":0,"b":"T"}`), whose names and
/// stamps need no escaping. Any other text (a row written in full before that form) goes
/// through RowStamps::read and RowStamps::write instead, and reads the same.
class RowStampsText
{
public:
    explicit RowStampsText(const QByteArray &text);

    /// The field's stamp; empty when the row has none for it.
    [[nodiscard]] QString stampOf(QStringView field) const;
    /// Gives the field this stamp (a stamp that passed Hlc::parse, a schema field's name).
    void set(QStringView field, QStringView stamp);
    /// The column's text. When fewer fields share the stamp written once than have their own,
    /// it is written again from the start, so that the most common one is the one shared.
    [[nodiscard]] QByteArray text() const;

private:
    [[nodiscard]] bool sharedForm() const { return m_sharedLength >= 0; }
    /// Where the field's value starts in m_text, or -1.
    [[nodiscard]] qsizetype valueAt(QStringView field) const;
    /// The length of the value that starts at `at`.
    [[nodiscard]] qsizetype valueLength(qsizetype at) const;

    QByteArray m_text;
    qsizetype m_sharedLength = -1; ///< of the stamp after `{"*":"`; -1 when not in the shared form
    QJsonObject m_object;          ///< the stamps of a text not in the shared form
};

} // namespace brug
