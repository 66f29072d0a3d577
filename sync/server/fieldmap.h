#pragma once

#include "fieldstate.h"

#include <QList>
#include <QString>
#include <utility>

namespace brug {

/// A record's fields by name, in one array sorted by name. A record has a few dozen fields and
/// a push builds and stores thousands of records: a hash table paid a hash of every name and a
/// node per field, and the body was sorted again to be written. Bodies are written in name
/// order (ServerRecord::bodyJson) and JSON objects are read in name order, so building a map
/// from either appends. Reads and iteration as QHash's; copies share the array until written.
class FieldMap
{
public:
    using Entry = std::pair<QString, FieldState>;

    template <typename Base, typename Value>
    class Iterator
    {
    public:
        Iterator() = default;
        explicit Iterator(Base base) : m_base(base) {}
        [[nodiscard]] const QString &key() const { return m_base->first; }
        [[nodiscard]] Value &value() const { return m_base->second; }
        Value &operator*() const { return m_base->second; }
        Value *operator->() const { return &m_base->second; }
        Iterator &operator++()
        {
            ++m_base;
            return *this;
        }
        friend bool operator==(const Iterator &a, const Iterator &b) { return a.m_base == b.m_base; }
        friend bool operator!=(const Iterator &a, const Iterator &b) { return a.m_base != b.m_base; }

    private:
        Base m_base{};
    };
    using iterator = Iterator<QList<Entry>::iterator, FieldState>;
    using const_iterator = Iterator<QList<Entry>::const_iterator, const FieldState>;

    [[nodiscard]] const_iterator begin() const { return const_iterator(m_entries.cbegin()); }
    [[nodiscard]] const_iterator end() const { return const_iterator(m_entries.cend()); }
    [[nodiscard]] const_iterator cbegin() const { return begin(); }
    [[nodiscard]] const_iterator cend() const { return end(); }
    [[nodiscard]] const_iterator constBegin() const { return begin(); }
    [[nodiscard]] const_iterator constEnd() const { return end(); }
    [[nodiscard]] iterator begin() { return iterator(m_entries.begin()); }
    [[nodiscard]] iterator end() { return iterator(m_entries.end()); }

    [[nodiscard]] const_iterator find(QStringView name) const;
    [[nodiscard]] const_iterator constFind(QStringView name) const { return find(name); }
    [[nodiscard]] iterator find(QStringView name);
    [[nodiscard]] bool contains(QStringView name) const { return find(name) != end(); }
    /// The field's state; an empty one (null value, no stamp) when the record has no such field.
    [[nodiscard]] const FieldState &value(QStringView name) const;
    /// Sets the field, added in its place or replacing what it held.
    iterator insert(const QString &name, const FieldState &state);
    /// The field's state, added empty when missing.
    FieldState &operator[](const QString &name);

    [[nodiscard]] qsizetype size() const { return m_entries.size(); }
    [[nodiscard]] bool isEmpty() const { return m_entries.isEmpty(); }
    void clear() { m_entries.clear(); }
    void reserve(qsizetype size) { m_entries.reserve(size); }
    friend bool operator==(const FieldMap &a, const FieldMap &b);

private:
    /// The index of the first entry whose name is not less than `name`.
    [[nodiscard]] qsizetype lowerBound(QStringView name) const;

    QList<Entry> m_entries;
};

} // namespace brug
