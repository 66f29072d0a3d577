#include "conflictlistmodel.h"

#include "conflictrepository.h"
#include "labels.h"
#include "schema.h"
#include "session.h"
#include "store.h"

#include <QJsonArray>
#include <QLocale>

namespace brug {

ConflictListModel::ConflictListModel(QObject *parent) : QAbstractListModel(parent)
{
    if (Session *s = Session::instance())
        connect(s, &Session::dataChanged, this, &ConflictListModel::reload);
}

int ConflictListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_conflicts.size());
}

QString ConflictListModel::display(const QString &entity, const QString &field, const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return tr("(empty)");
    const EntityDef *def = Schema::entity(entity);
    const FieldDef *f = def ? def->field(field) : nullptr;
    if (f && f->type == FieldType::Code)
        return Labels::label(f->catalogue, v.toString());
    if (f && f->type == FieldType::Codes) {
        QStringList codes;
        for (const QJsonValue &c : v.toArray())
            codes << c.toString();
        return Labels::joined(f->catalogue, codes);
    }
    if (v.isBool())
        return v.toBool() ? tr("yes") : tr("no");
    if (v.isDouble())
        return QLocale().toString(v.toDouble());
    if (f && f->type == FieldType::Date)
        return QLocale().toString(QDate::fromString(v.toString(), Qt::ISODate), QLocale::ShortFormat);
    return v.toString();
}

QVariant ConflictListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_conflicts.size()))
        return {};
    const Conflict &c = m_conflicts[size_t(index.row())];
    switch (role) {
    case IdRole: return c.id;
    case EntityRole: return c.entity;
    case FieldRole: return c.field;
    case KeptRole: return display(c.entity, c.field, c.winnerValue);
    case OtherRole: return display(c.entity, c.field, c.loserValue);
    case OtherAuthorRole: return c.loserStamp.section(u'-', 2);
    default: return {};
    }
}

QHash<int, QByteArray> ConflictListModel::roleNames() const
{
    return {{IdRole, "conflictId"}, {EntityRole, "entity"}, {FieldRole, "field"}, {KeptRole, "kept"},
            {OtherRole, "other"}, {OtherAuthorRole, "otherNode"}};
}

void ConflictListModel::setRecordId(const QString &id)
{
    if (id == m_recordId)
        return;
    m_recordId = id;
    emit recordIdChanged();
    reload();
}

void ConflictListModel::reload()
{
    Store *s = Session::instance() ? Session::instance()->store() : nullptr;
    beginResetModel();
    m_conflicts.clear();
    // No record (a new visit not yet saved): no conflicts, not all of them.
    if (s && !m_recordId.isEmpty())
        m_conflicts = ConflictRepository(*s).openFor(m_recordId);
    endResetModel();
    emit countChanged();
}

void ConflictListModel::resolve(const QString &id, bool keepLoser)
{
    Store *s = Session::instance() ? Session::instance()->store() : nullptr;
    if (!s)
        return;
    try {
        ConflictRepository(*s).resolve(id, keepLoser);
    } catch (const StoreError &) {
        return;
    }
    Session::instance()->notifyWrite();
}

void ConflictListModel::keepCurrent(const QString &id)
{
    resolve(id, false);
}

void ConflictListModel::keepOther(const QString &id)
{
    resolve(id, true);
}

} // namespace brug
