#include "fieldmap.h"

namespace brug {

qsizetype FieldMap::lowerBound(QStringView name) const
{
    qsizetype low = 0, high = m_entries.size();
    while (low < high) {
        const qsizetype mid = (low + high) / 2;
        if (QStringView(m_entries.at(mid).first) < name)
            low = mid + 1;
        else
            high = mid;
    }
    return low;
}

FieldMap::const_iterator FieldMap::find(QStringView name) const
{
    const qsizetype i = lowerBound(name);
    if (i < m_entries.size() && m_entries.at(i).first == name)
        return const_iterator(m_entries.cbegin() + i);
    return end();
}

FieldMap::iterator FieldMap::find(QStringView name)
{
    const qsizetype i = lowerBound(name);
    if (i < m_entries.size() && m_entries.at(i).first == name)
        return iterator(m_entries.begin() + i);
    return end();
}

const FieldState &FieldMap::value(QStringView name) const
{
    static const FieldState none;
    const const_iterator it = find(name);
    return it != end() ? *it : none;
}

FieldMap::iterator FieldMap::insert(const QString &name, const FieldState &state)
{
    // Built in name order, the common case: one comparison, then an append.
    if (m_entries.isEmpty() || m_entries.constLast().first < name) {
        m_entries.append({name, state});
        return iterator(m_entries.end() - 1);
    }
    const qsizetype i = lowerBound(name);
    if (i < m_entries.size() && m_entries.at(i).first == name)
        m_entries[i].second = state;
    else
        m_entries.insert(i, {name, state});
    return iterator(m_entries.begin() + i);
}

FieldState &FieldMap::operator[](const QString &name)
{
    iterator it = find(name);
    if (it == end())
        it = insert(name, FieldState{});
    return *it;
}

bool operator==(const FieldMap &a, const FieldMap &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const FieldMap::Entry &x = a.m_entries.at(i), &y = b.m_entries.at(i);
        if (x.first != y.first || x.second.value() != y.second.value() || x.second.stamp != y.second.stamp ||
            x.second.seq != y.second.seq)
            return false;
    }
    return true;
}

} // namespace brug
