#include "threadmodel.h"

#include "directoryrepository.h"
#include "messagerepository.h"
#include "session.h"
#include "store.h"

namespace brug {

ThreadModel::ThreadModel(QObject *parent) : QAbstractListModel(parent)
{
    if (Session *s = Session::instance())
        connect(s, &Session::dataChanged, this, &ThreadModel::reload);
}

int ThreadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

QVariant ThreadModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_messages.size()))
        return {};
    const Message &m = m_messages[size_t(index.row())];
    switch (role) {
    case IdRole: return m.id;
    case KindRole: return m.kind;
    case BodyRole: return m.body;
    case StatusRole: return m.status;
    case AuthorRole: return m.meta.createdBy;
    case AuthorNameRole: return m_names.value(m.meta.createdBy);
    case MineRole: return Session::instance() && m.meta.createdBy == Session::instance()->userId();
    case AtRole: return double(m.meta.createdAt);
    default: return {};
    }
}

QHash<int, QByteArray> ThreadModel::roleNames() const
{
    return {{IdRole, "messageId"}, {KindRole, "kind"}, {BodyRole, "body"}, {StatusRole, "status"},
            {AuthorRole, "author"}, {AuthorNameRole, "authorName"}, {MineRole, "mine"}, {AtRole, "at"}};
}

void ThreadModel::setReferralId(const QString &id)
{
    if (id == m_referralId)
        return;
    m_referralId = id;
    emit referralIdChanged();
    reload();
}

void ThreadModel::reload()
{
    Store *s = Session::instance() ? Session::instance()->store() : nullptr;
    beginResetModel();
    m_messages.clear();
    if (s && !m_referralId.isEmpty()) {
        m_messages = MessageRepository(*s).thread(m_referralId);
        DirectoryRepository dir(*s);
        for (const Message &m : m_messages)
            if (!m_names.contains(m.meta.createdBy))
                if (const auto u = dir.user(m.meta.createdBy))
                    m_names.insert(m.meta.createdBy, u->displayName);
    }
    endResetModel();
    emit countChanged();
}

bool ThreadModel::post(const QString &text)
{
    Store *s = Session::instance() ? Session::instance()->store() : nullptr;
    if (!s || text.trimmed().isEmpty() || m_referralId.isEmpty())
        return false;
    try {
        MessageRepository(*s).post(m_referralId, text);
    } catch (const StoreError &) {
        return false;
    }
    Session::instance()->notifyWrite();
    return true;
}

} // namespace brug
