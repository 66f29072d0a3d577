#pragma once

#include "familyrepository.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace brug {

/// Families as the list shows them, filtered as the user types; pages in as the list scrolls.
class FamilyListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int total READ total NOTIFY totalChanged)
    /// At most this many rows (0: all, paged in as the list scrolls).
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY limitChanged)

public:
    enum Role { IdRole = Qt::UserRole + 1, CodeRole, NameRole, NeighbourhoodRole, ActiveRole, UpdatedRole };

    explicit FamilyListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    [[nodiscard]] QString query() const { return m_query; }
    void setQuery(const QString &query);
    [[nodiscard]] int total() const { return m_total; }
    [[nodiscard]] int limit() const { return m_limit; }
    void setLimit(int limit);
    Q_INVOKABLE void reload();

signals:
    void queryChanged();
    void totalChanged();
    void limitChanged();

private:
    void refresh();
    void load(int rows);
    static constexpr int kPage = 50;
    QString m_query;
    std::vector<FamilySummary> m_rows;
    int m_total = 0;
    int m_limit = 0;
};

} // namespace brug
