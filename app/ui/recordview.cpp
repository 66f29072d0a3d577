#include "recordview.h"

#include "records.h"
#include "session.h"
#include "store.h"

namespace brug {

RecordView::RecordView(QObject *parent) : QObject(parent)
{
    if (Session *s = Session::instance())
        connect(s, &Session::dataChanged, this, &RecordView::reload);
}

void RecordView::setEntity(const QString &e)
{
    if (e == m_entity)
        return;
    m_entity = e;
    reload();
}

void RecordView::setRecordId(const QString &id)
{
    if (id == m_id)
        return;
    m_id = id;
    reload();
}

void RecordView::reload()
{
    Store *s = Session::instance() ? Session::instance()->store() : nullptr;
    m_values.clear();
    m_exists = false;
    if (s && !m_entity.isEmpty() && !m_id.isEmpty()) {
        try {
            if (const auto r = Records(*s).get(m_entity, m_id)) {
                m_values = r->fields.toVariantMap();
                m_exists = !r->isDeleted();
            }
        } catch (const StoreError &) {
            // An unknown entity: nothing to show.
        }
    }
    emit changed();
}

} // namespace brug
