#include "familylistmodel.h"

#include "session.h"
#include "store.h"

#include <algorithm>

namespace brug {

FamilyListModel::FamilyListModel(QObject *parent) : QAbstractListModel(parent)
{
    if (Session *s = Session::instance())
        connect(s, &Session::dataChanged, this, &FamilyListModel::refresh);
    reload();
}

int FamilyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant FamilyListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const FamilySummary &f = m_rows[size_t(index.row())];
    switch (role) {
    case IdRole: return f.id;
    case CodeRole: return f.code;
    case NameRole: return f.name;
    case NeighbourhoodRole: return f.neighbourhood;
    case ActiveRole: return f.active;
    case UpdatedRole: return double(f.updatedAt);
    default: return {};
    }
}

QHash<int, QByteArray> FamilyListModel::roleNames() const
{
    return {{IdRole, "familyId"}, {CodeRole, "code"}, {NameRole, "name"},
            {NeighbourhoodRole, "neighbourhood"}, {ActiveRole, "active"}, {UpdatedRole, "updatedAt"}};
}

bool FamilyListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_limit == 0 && int(m_rows.size()) < m_total;
}

void FamilyListModel::fetchMore(const QModelIndex &parent)
{
    Store *store = Session::instance() ? Session::instance()->store() : nullptr;
    // Views and testers may ask without asking canFetchMore first: a limit is a limit.
    if (!canFetchMore(parent) || !store)
        return;
    const auto more = FamilyRepository(*store).search(m_query, kPage, int(m_rows.size()));
    if (more.empty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.insert(m_rows.end(), more.begin(), more.end());
    endInsertRows();
}

void FamilyListModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    emit queryChanged();
    reload();
}

void FamilyListModel::setLimit(int limit)
{
    if (limit == m_limit)
        return;
    m_limit = limit;
    emit limitChanged();
    reload();
}

void FamilyListModel::reload()
{
    load(m_limit > 0 ? m_limit : kPage);
}

void FamilyListModel::refresh()
{
    // As many rows as the list had paged in: the view keeps its place when a sync or a save
    // elsewhere changes the families, instead of falling back to the first page.
    load(m_limit > 0 ? m_limit : std::max(kPage, int(m_rows.size())));
}

void FamilyListModel::load(int rows)
{
    Store *store = Session::instance() ? Session::instance()->store() : nullptr;
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    if (store) {
        FamilyRepository repo(*store);
        m_total = repo.count(m_query);
        m_rows = repo.search(m_query, rows, 0);
    }
    endResetModel();
    emit totalChanged();
}

} // namespace brug
