#include "recordform.h"

#include "fieldvalidator.h"
#include "familyrepository.h"
#include "records.h"
#include "schema.h"
#include "session.h"
#include "store.h"

#include <QDate>
#include <QJsonArray>
#include <QJSValue>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcForm, "brug.form")

namespace brug {

namespace {
QJsonValue toJson(const FieldDef &f, const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QJsonValue::Null;
    switch (f.type) {
    case FieldType::Int:
    case FieldType::Ms:
    case FieldType::Num: {
        if (v.typeId() != QMetaType::QString)
            return QJsonValue(v.toDouble());
        const QString text = v.toString().trimmed();
        if (text.isEmpty())
            return QJsonValue::Null;
        // Typed text: read with the user's locale (1,5 in Dutch), else as plain digits.
        bool ok = false;
        double d = QLocale().toDouble(text, &ok);
        if (!ok)
            d = text.toDouble(&ok);
        return ok ? QJsonValue(d) : QJsonValue(text); // a non-number fails validation
    }
    case FieldType::Bool:
        return v.toBool();
    case FieldType::Text:
    case FieldType::Date:
    case FieldType::Id:
    case FieldType::Code: {
        const QString s = v.toString();
        return s.trimmed().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.type == FieldType::Text ? s : s.trimmed());
    }
    default:
        return QJsonValue::fromVariant(v);
    }
}

/// The form's rules beyond the schema: what must be filled in for the record to make sense.
QStringList requiredFields(const QString &entity, const QVariantMap &v)
{
    if (entity == u"family")
        return {QStringLiteral("code")};
    if (entity == u"visit")
        return {QStringLiteral("family_id"), QStringLiteral("date"), QStringLiteral("duration_min")};
    if (entity == u"meeting")
        return {QStringLiteral("date"), QStringLiteral("place_kind")};
    if (entity == u"consent") {
        QStringList r{QStringLiteral("family_id"), QStringLiteral("provider_id"), QStringLiteral("shares"),
                      QStringLiteral("purpose"), QStringLiteral("given_on"), QStringLiteral("method")};
        if (v.value(QStringLiteral("method")).toString() == u"verbal_witness")
            r << QStringLiteral("witness");
        if (v.value(QStringLiteral("method")).toString() == u"interpreter")
            r << QStringLiteral("interpreter_language");
        return r;
    }
    if (entity == u"referral")
        return {QStringLiteral("family_id"), QStringLiteral("provider_id"), QStringLiteral("reason_family")};
    if (entity == u"time_entry")
        return {QStringLiteral("date"), QStringLiteral("activity"), QStringLiteral("minutes")};
    return {};
}

bool isEmpty(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return true;
    if (v.typeId() == QMetaType::QString)
        return v.toString().trimmed().isEmpty();
    if (v.canConvert<QVariantList>() && v.typeId() != QMetaType::QString)
        return v.toList().isEmpty();
    return false;
}
} // namespace

RecordForm::RecordForm(QObject *parent) : QObject(parent)
{
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(400);
    connect(&m_draftTimer, &QTimer::timeout, this, &RecordForm::saveDraft);
}

RecordForm::~RecordForm()
{
    if (m_draftTimer.isActive())
        saveDraft();
}

Store *RecordForm::store() const
{
    return Session::instance() ? Session::instance()->store() : nullptr;
}

void RecordForm::setEntity(const QString &entity)
{
    if (entity == m_entity)
        return;
    m_entity = entity;
    emit entityChanged();
}

QString RecordForm::draftKey() const
{
    if (m_id.isEmpty()) {
        // A new record's draft is tied to what it is about (a family), so each has its own.
        QString about = m_values.value(QStringLiteral("family_id")).toString();
        if (about.isEmpty())
            about = m_values.value(QStringLiteral("referral_id")).toString();
        return m_entity + QStringLiteral(":new:") + about;
    }
    return m_entity + QLatin1Char(':') + m_id;
}

QVariantMap RecordForm::defaults() const
{
    const QString me = Session::instance() ? Session::instance()->userId() : QString();
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    if (m_entity == u"visit")
        return {{QStringLiteral("date"), today}, {QStringLiteral("duration_min"), 60},
                {QStringLiteral("intermediary_id"), me}, {QStringLiteral("interpreter"), QStringLiteral("none")}};
    if (m_entity == u"meeting")
        return {{QStringLiteral("date"), today}, {QStringLiteral("contact_woman_id"), me},
                {QStringLiteral("women"), 0}, {QStringLiteral("men"), 0}, {QStringLiteral("children"), 0},
                {QStringLiteral("newcomers"), 0}, {QStringLiteral("provider_present"), false},
                {QStringLiteral("provider_requested"), false}};
    if (m_entity == u"time_entry")
        return {{QStringLiteral("date"), today}, {QStringLiteral("user_id"), me},
                {QStringLiteral("activity"), QStringLiteral("home_visit")}, {QStringLiteral("minutes"), 60}};
    if (m_entity == u"consent")
        return {{QStringLiteral("given_on"), today}, {QStringLiteral("purpose"), QStringLiteral("referral")},
                {QStringLiteral("shares"), QStringList{QStringLiteral("identity")}}};
    if (m_entity == u"referral")
        return {{QStringLiteral("urgency"), QStringLiteral("normal")}, {QStringLiteral("state"), QStringLiteral("draft")},
                {QStringLiteral("intermediary_id"), me}, {QStringLiteral("interpreter_needed"), false},
                {QStringLiteral("intermediary_joins"), false}};
    if (m_entity == u"family")
        return {{QStringLiteral("intermediary_id"), me}, {QStringLiteral("active"), true}};
    return {};
}

bool RecordForm::load(const QString &id)
{
    Store *s = store();
    if (!s)
        return false;
    const auto record = Records(*s).get(m_entity, id);
    if (!record)
        return false;
    m_id = id;
    m_stored = record->fields.toVariantMap();
    m_values = m_stored;
    m_dirty = false;
    m_draftRestored = false;
    m_errors.clear();
    m_error.clear();
    loadDraft();
    emit recordIdChanged();
    emit valuesChanged();
    emit errorsChanged();
    return true;
}

void RecordForm::startNew(const QVariantMap &preset)
{
    m_id.clear();
    m_stored.clear();
    m_values = defaults();
    for (auto it = preset.begin(); it != preset.end(); ++it)
        m_values.insert(it.key(), it.value());
    if (m_entity == u"family" && !m_values.contains(QStringLiteral("code")) && store())
        m_values.insert(QStringLiteral("code"), FamilyRepository(*store()).newCode());
    m_initial = m_values;
    m_dirty = false;
    m_draftRestored = false;
    m_errors.clear();
    m_error.clear();
    loadDraft();
    emit recordIdChanged();
    emit valuesChanged();
    emit errorsChanged();
}

void RecordForm::setValue(const QString &field, const QVariant &value)
{
    QVariant v = value;
    if (v.canConvert<QJSValue>())
        v = v.value<QJSValue>().toVariant();
    if (m_values.value(field) == v)
        return;
    m_values.insert(field, v);
    m_dirty = true;
    if (m_errors.remove(field) > 0)
        emit errorsChanged();
    Session::instance() ? Session::instance()->touch() : void();
    m_draftTimer.start();
    emit valuesChanged();
}

void RecordForm::toggle(const QString &field, const QString &code)
{
    QStringList list = m_values.value(field).toStringList();
    if (list.contains(code))
        list.removeAll(code);
    else
        list.append(code);
    setValue(field, list);
}

bool RecordForm::has(const QString &field, const QString &code) const
{
    return m_values.value(field).toStringList().contains(code);
}

bool RecordForm::validate()
{
    m_errors.clear();
    const EntityDef *def = Schema::entity(m_entity);
    if (!def)
        return false;
    for (const QString &field : requiredFields(m_entity, m_values))
        if (isEmpty(m_values.value(field)))
            m_errors.insert(field, tr("Please fill this in."));
    for (auto it = m_values.begin(); it != m_values.end(); ++it) {
        const FieldDef *f = def->field(it.key());
        if (!f || f->meta || m_errors.contains(it.key()))
            continue;
        if (auto err = validateField(*f, toJson(*f, it.value()))) {
            if (err->code == u"invalid_date")
                m_errors.insert(it.key(), tr("This date does not exist."));
            else if (err->code == u"wrong_type")
                m_errors.insert(it.key(), tr("Fill in a number."));
            else if (f->type == FieldType::Text)
                m_errors.insert(it.key(), tr("This text is too long (at most %n characters).", nullptr, f->maxLength));
            else if (f->type == FieldType::Int || f->type == FieldType::Num)
                m_errors.insert(it.key(), tr("Fill in a number from %1 to %2.").arg(f->min).arg(f->max));
            else
                m_errors.insert(it.key(), tr("This value is not allowed."));
        }
    }
    if (m_entity == u"time_entry" && m_values.value(QStringLiteral("minutes")).toInt() <= 0 &&
        !m_errors.contains(QStringLiteral("minutes")))
        m_errors.insert(QStringLiteral("minutes"), tr("Fill in how long it took."));
    m_error = m_errors.isEmpty() ? QString() : tr("Some fields need your attention.");
    emit errorsChanged();
    return m_errors.isEmpty();
}

bool RecordForm::save()
{
    Store *s = store();
    if (!s || !validate())
        return false;
    const EntityDef *def = Schema::entity(m_entity);
    QJsonObject fields;
    for (auto it = m_values.begin(); it != m_values.end(); ++it) {
        const FieldDef *f = def->field(it.key());
        if (!f || f->meta)
            continue;
        // Only what the user may write on this side goes in: the rest is shown, not saved.
        if (m_entity == u"referral" && (f->writer == Writer::Provider) != Session::instance()->providerSide())
            continue;
        fields.insert(it.key(), toJson(*f, it.value()));
    }
    const QString key = draftKey();
    try {
        Records records(*s);
        if (m_id.isEmpty()) {
            m_id = records.create(m_entity, fields);
            emit recordIdChanged();
        } else {
            records.update(m_entity, m_id, fields);
        }
    } catch (const StoreError &e) {
        qCWarning(lcForm) << "save failed:" << StoreError::kindName(e.kind());
        m_error = e.kind() == StoreError::Kind::DiskFull ? tr("The device is full. Free some space; your text is kept.")
                                                          : tr("Could not save. Your text is kept; try again.");
        emit errorsChanged();
        return false;
    }
    dropDraft(key);
    const auto record = Records(*s).get(m_entity, m_id);
    m_stored = record ? record->fields.toVariantMap() : m_values;
    m_values = m_stored;
    m_dirty = false;
    m_draftRestored = false;
    emit valuesChanged();
    Session::instance()->notifyWrite();
    emit saved(m_id);
    return true;
}

void RecordForm::discard()
{
    dropDraft();
    m_values = m_id.isEmpty() ? m_initial : m_stored;
    m_dirty = false;
    m_draftRestored = false;
    m_errors.clear();
    emit valuesChanged();
    emit errorsChanged();
}

void RecordForm::saveDraft()
{
    Store *s = store();
    if (!s || !m_dirty)
        return;
    try {
        Statement &st = s->db().prepare(
            QStringLiteral("INSERT OR REPLACE INTO draft (key, body, updated_at) VALUES (?, ?, ?)"));
        st.bind(1, draftKey())
            .bind(2, QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(m_values)).toJson(QJsonDocument::Compact)))
            .bind(3, s->now());
        st.run();
    } catch (const StoreError &e) {
        qCWarning(lcForm) << "draft not kept:" << StoreError::kindName(e.kind());
    }
}

void RecordForm::loadDraft()
{
    Store *s = store();
    if (!s)
        return;
    Statement &st = s->db().prepare(QStringLiteral("SELECT body FROM draft WHERE key = ?"));
    st.bind(1, draftKey());
    if (st.step()) {
        const QVariantMap draft = QJsonDocument::fromJson(st.utf8(0)).object().toVariantMap();
        for (auto it = draft.begin(); it != draft.end(); ++it)
            m_values.insert(it.key(), it.value());
        m_dirty = true;
        m_draftRestored = true;
    }
    st.reset();
}

void RecordForm::dropDraft(const QString &key)
{
    m_draftTimer.stop();
    Store *s = store();
    if (!s)
        return;
    Statement &st = s->db().prepare(QStringLiteral("DELETE FROM draft WHERE key = ?"));
    st.bind(1, key.isEmpty() ? draftKey() : key);
    st.run();
}

} // namespace brug
