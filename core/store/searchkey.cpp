#include "searchkey.h"

namespace brug {

QString SearchKey::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        const QChar::Category cat = c.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining ||
            cat == QChar::Mark_Enclosing || c == QChar(0x0640)) // tatweel only stretches a word
            continue;
        // Turkish dotless ı folds to i; everything else by Unicode case folding.
        out.append(c == QChar(0x0131) ? QChar(u'i') : c.toCaseFolded());
    }
    return out;
}

QString SearchKey::forFamily(const QString &code, const QString &name, const QString &neighbourhood)
{
    // The unit separator keeps a query from matching across two fields.
    return fold(code) + QChar(0x1f) + fold(name) + QChar(0x1f) + fold(neighbourhood);
}

} // namespace brug
