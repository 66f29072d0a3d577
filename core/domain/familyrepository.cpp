#include "familyrepository.h"

#include "records.h"
#include "searchkey.h"
#include "store.h"

#include <QRandomGenerator>

namespace brug {

namespace {
QString likePattern(const QString &query)
{
    QString folded = SearchKey::fold(query.trimmed());
    folded.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    return QLatin1Char('%') + folded + QLatin1Char('%');
}
} // namespace

FamilyRepository::FamilyRepository(Store &store) : m_store(store) {}

std::optional<Family> FamilyRepository::get(const QString &id)
{
    const auto r = Records(m_store).get(u"family", id);
    if (!r)
        return std::nullopt;
    return Family::fromRecord(*r);
}

QString FamilyRepository::save(Family family)
{
    Records records(m_store);
    if (family.id.isEmpty()) {
        if (family.code.isEmpty())
            family.code = newCode();
        return records.create(u"family", family.toFields());
    }
    records.update(u"family", family.id, family.toFields());
    return family.id;
}

std::vector<FamilySummary> FamilyRepository::search(const QString &query, int limit, int offset)
{
    // The page is chosen on the covering index family_list alone (filter, order, limit), and only
    // its rows are read from the table: a keystroke never decrypts every family's page.
    Statement &s = m_store.db().prepare(QStringLiteral(
        "SELECT id, code, name, neighbourhood, intermediary_id, updated_at, active FROM family "
        "WHERE rowid IN (SELECT rowid FROM family WHERE deleted = 0 AND search_key LIKE ? ESCAPE '\\' "
        "ORDER BY updated_at DESC, id LIMIT ? OFFSET ?) "
        "ORDER BY updated_at DESC, id"));
    s.bind(1, likePattern(query)).bind(2, qint64(limit)).bind(3, qint64(offset));
    std::vector<FamilySummary> out;
    while (s.step()) {
        FamilySummary f;
        f.id = s.text(0);
        f.code = s.text(1);
        f.name = s.text(2);
        f.neighbourhood = s.text(3);
        f.intermediaryId = s.text(4);
        f.updatedAt = s.int64(5);
        f.active = s.isNull(6) || s.int64(6) != 0;
        out.push_back(f);
    }
    s.reset();
    return out;
}

int FamilyRepository::count(const QString &query)
{
    Statement &s = m_store.db().prepare(QStringLiteral(
        "SELECT count(*) FROM family WHERE deleted = 0 AND search_key LIKE ? ESCAPE '\\'"));
    s.bind(1, likePattern(query));
    int n = 0;
    if (s.step())
        n = int(s.int64(0));
    s.reset();
    return n;
}

QString FamilyRepository::newCode()
{
    // Random, not sequential: two devices offline must not hand out the same code. Letters
    // that look alike (I/1, O/0) are left out so a code can be read over the phone.
    static const char alphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    Statement &exists = m_store.db().prepare(QStringLiteral("SELECT 1 FROM family WHERE code = ?"));
    for (;;) {
        QString code = QStringLiteral("F-");
        for (int i = 0; i < 5; ++i)
            code += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet - 1))]);
        exists.bind(1, code);
        const bool taken = exists.step();
        exists.reset();
        if (!taken)
            return code;
    }
}

} // namespace brug
