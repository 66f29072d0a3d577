#include "directory.h"

#include "consentrepository.h"
#include "directoryrepository.h"
#include "familyrepository.h"
#include "session.h"
#include "store.h"

#include <QJSEngine>

namespace brug {

namespace {
Directory *g_instance = nullptr;

Store *store()
{
    return Session::instance() ? Session::instance()->store() : nullptr;
}
} // namespace

Directory::Directory(QObject *parent) : QObject(parent)
{
    g_instance = this;
    if (Session *s = Session::instance())
        connect(s, &Session::dataChanged, this, [this] {
            ++m_revision;
            emit changed();
        });
}

Directory *Directory::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

Directory *Directory::instance()
{
    return g_instance;
}

QVariantList Directory::providers() const
{
    QVariantList out;
    Store *s = store();
    if (!s)
        return out;
    DirectoryRepository repo(*s);
    for (const Organisation &o : repo.organisations(QStringLiteral("provider"))) {
        QVariantList contacts;
        for (const ContactPerson &c : repo.contacts(o.id))
            contacts.append(QVariantMap{{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name},
                                        {QStringLiteral("function"), c.function}, {QStringLiteral("phone"), c.phone},
                                        {QStringLiteral("email"), c.email}, {QStringLiteral("availability"), c.availability},
                                        {QStringLiteral("languages"), c.languages}});
        out.append(QVariantMap{{QStringLiteral("id"), o.id}, {QStringLiteral("name"), o.name},
                               {QStringLiteral("city"), o.city}, {QStringLiteral("address"), o.address},
                               {QStringLiteral("postcode"), o.postcode}, {QStringLiteral("phone"), o.phone},
                               {QStringLiteral("email"), o.email}, {QStringLiteral("website"), o.website},
                               {QStringLiteral("openingHours"), o.openingHours},
                               {QStringLiteral("description"), o.description},
                               {QStringLiteral("languages"), o.languages},
                               {QStringLiteral("services"), services(o.id)},
                               {QStringLiteral("contacts"), contacts}});
    }
    return out;
}

QVariantList Directory::services(const QString &providerId) const
{
    QVariantList out;
    if (Store *s = store())
        for (const Service &v : DirectoryRepository(*s).services(providerId))
            out.append(QVariantMap{{QStringLiteral("id"), v.id}, {QStringLiteral("name"), v.name},
                                   {QStringLiteral("description"), v.description},
                                   {QStringLiteral("ageFrom"), v.ageFrom}, {QStringLiteral("ageTo"), v.ageTo},
                                   {QStringLiteral("phone"), v.phone}, {QStringLiteral("intakeInfo"), v.intakeInfo},
                                   {QStringLiteral("languages"), v.languages}});
    return out;
}

QString Directory::userName(const QString &id) const
{
    Store *s = store();
    if (!s || id.isEmpty())
        return QString();
    const auto u = DirectoryRepository(*s).user(id);
    return u ? u->displayName : QString();
}

QString Directory::organisationName(const QString &id) const
{
    Store *s = store();
    if (!s || id.isEmpty())
        return QString();
    const auto o = DirectoryRepository(*s).organisation(id);
    return o ? o->name : QString();
}

QString Directory::serviceName(const QString &id) const
{
    Store *s = store();
    if (!s || id.isEmpty())
        return QString();
    const auto v = DirectoryRepository(*s).service(id);
    return v ? v->name : QString();
}

QString Directory::familyLabel(const QString &id) const
{
    Store *s = store();
    if (!s || id.isEmpty())
        return QString();
    const auto f = FamilyRepository(*s).get(id);
    if (!f)
        return QString();
    return f->name.isEmpty() ? f->code : f->code + QStringLiteral(" · ") + f->name;
}

QVariantList Directory::activeConsents(const QString &familyId, const QString &providerId) const
{
    QVariantList out;
    if (Store *s = store())
        for (const Consent &c : ConsentRepository(*s).activeFor(familyId, providerId))
            out.append(QVariantMap{{QStringLiteral("id"), c.id},
                                   {QStringLiteral("givenOn"), c.givenOn.toString(Qt::ISODate)},
                                   {QStringLiteral("method"), c.method}, {QStringLiteral("shares"), c.shares},
                                   {QStringLiteral("purpose"), c.purpose}});
    return out;
}

QString Directory::sampleFamily() const
{
    // The family of the referral with the longest thread has the fullest history to show; each
    // step is an indexed lookup, so this stays quick on a store of 10,000 families.
    Store *s = store();
    if (!s)
        return QString();
    Statement &q = s->db().prepare(QStringLiteral(
        "SELECT r.family_id FROM referral r WHERE r.deleted = 0 AND r.family_id IS NOT NULL "
        "ORDER BY (SELECT count(*) FROM message m WHERE m.referral_id = r.id) DESC, r.created_at DESC LIMIT 1"));
    QString id;
    if (q.step())
        id = q.text(0);
    q.reset();
    if (id.isEmpty()) {
        const auto recent = FamilyRepository(*s).search(QString(), 1, 0);
        if (!recent.empty())
            id = recent.front().id;
    }
    return id;
}

QString Directory::sampleReferral(bool preferNew) const
{
    Store *s = store();
    if (!s)
        return QString();
    Statement &q = s->db().prepare(QStringLiteral(
        "SELECT r.id FROM referral r LEFT JOIN message m ON m.referral_id = r.id WHERE r.deleted = 0 "
        "AND r.state = 'sent' GROUP BY r.id ORDER BY CASE WHEN ? THEN (r.status IS NULL) ELSE 0 END DESC, "
        "count(m.id) DESC, r.sent_at DESC LIMIT 1"));
    q.bind(1, qint64(preferNew ? 1 : 0));
    QString id;
    if (q.step())
        id = q.text(0);
    q.reset();
    return id;
}

QVariantList Directory::colleagues() const
{
    QVariantList out;
    Store *s = store();
    if (!s)
        return out;
    for (const UserProfile &u : DirectoryRepository(*s).users(s->identity().orgId))
        out.append(QVariantMap{{QStringLiteral("id"), u.id}, {QStringLiteral("name"), u.displayName},
                               {QStringLiteral("role"), u.role}});
    return out;
}

} // namespace brug
