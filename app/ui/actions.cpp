#include "actions.h"

#include "consentrepository.h"
#include "errortext.h"
#include "ids.h"
#include "referralrepository.h"
#include "session.h"
#include "store.h"

#include <QJSEngine>
#include <QJsonObject>
#include <QRegularExpression>

namespace brug {

namespace {
Actions *g_instance = nullptr;

Store *store()
{
    return Session::instance() ? Session::instance()->store() : nullptr;
}
} // namespace

Actions::Actions(QObject *parent) : QObject(parent)
{
    g_instance = this;
}

Actions *Actions::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

QString Actions::sendReferral(const QString &referralId)
{
    Store *s = store();
    if (!s)
        return tr("The app is locked.");
    ReferralRepository repo(*s);
    const auto r = repo.get(referralId);
    if (!r)
        return tr("This referral is no longer there.");
    if (r->providerId.isEmpty())
        return tr("Choose a provider first.");
    if (r->consentId.isEmpty())
        return tr("A referral needs the family's consent. Record the consent first.");
    try {
        repo.send(referralId);
    } catch (const StoreError &e) {
        if (e.kind() == StoreError::Kind::Invalid)
            return tr("The consent for this provider is missing or was withdrawn. Record a new consent first.");
        return ErrorText::forStore(e);
    }
    Session::instance()->notifyWrite();
    return QString();
}

QString Actions::withdrawReferral(const QString &referralId)
{
    Store *s = store();
    if (!s)
        return tr("The app is locked.");
    try {
        ReferralRepository(*s).withdraw(referralId);
    } catch (const StoreError &e) {
        return ErrorText::forStore(e);
    }
    Session::instance()->notifyWrite();
    return QString();
}

QString Actions::withdrawConsent(const QString &consentId, const QString &isoDate, const QString &note)
{
    Store *s = store();
    if (!s)
        return tr("The app is locked.");
    const auto date = Dates::parse(isoDate);
    if (!date)
        return tr("This date does not exist.");
    try {
        ConsentRepository(*s).withdraw(consentId, *date, note);
    } catch (const StoreError &e) {
        return ErrorText::forStore(e);
    }
    Session::instance()->notifyWrite();
    return QString();
}

QString Actions::status(const QString &referralId, const QString &status, const QJsonObject &fields, const QString &note)
{
    Store *s = store();
    if (!s)
        return tr("The app is locked.");
    try {
        ReferralRepository(*s).updateStatus(referralId, status, fields, note);
    } catch (const StoreError &e) {
        return ErrorText::forStore(e);
    }
    Session::instance()->notifyWrite();
    return QString();
}

QString Actions::acknowledge(const QString &referralId)
{
    return status(referralId, QStringLiteral("received"), {});
}

QString Actions::askInformation(const QString &referralId, const QString &question)
{
    if (question.trimmed().isEmpty())
        return tr("Write the question.");
    return status(referralId, QStringLiteral("more_info"), {{QStringLiteral("question"), question.trimmed()}},
                  question.trimmed());
}

QString Actions::planIntake(const QString &referralId, const QString &isoDate, const QString &time,
                            const QString &place, bool interpreterBooked, bool intermediaryInvited)
{
    if (!Dates::parse(isoDate))
        return tr("Choose the day of the intake.");
    static const QRegularExpression hhmm(QStringLiteral("^([01]\\d|2[0-3]):[0-5]\\d$"));
    if (!time.isEmpty() && !hhmm.match(time).hasMatch())
        return tr("Write the time as 14:30.");
    return status(referralId, QStringLiteral("intake_planned"),
                  {{QStringLiteral("intake_on"), isoDate},
                   {QStringLiteral("intake_time"), time.isEmpty() ? QJsonValue() : QJsonValue(time)},
                   {QStringLiteral("intake_place"), place.trimmed().isEmpty() ? QJsonValue() : QJsonValue(place.trimmed())},
                   {QStringLiteral("interpreter_booked"), interpreterBooked},
                   {QStringLiteral("intermediary_invited"), intermediaryInvited}});
}

QString Actions::startCare(const QString &referralId)
{
    return status(referralId, QStringLiteral("in_care"), {});
}

QString Actions::decline(const QString &referralId, const QString &reason, const QString &suggestion)
{
    if (reason.trimmed().isEmpty())
        return tr("Write why, so the intermediary can explain it to the family.");
    return status(referralId, QStringLiteral("declined"),
                  {{QStringLiteral("decline_reason"), reason.trimmed()},
                   {QStringLiteral("suggestion"), suggestion.trimmed().isEmpty() ? QJsonValue() : QJsonValue(suggestion.trimmed())}},
                  reason.trimmed());
}

QString Actions::close(const QString &referralId, const QString &outcome, const QString &note)
{
    if (outcome.isEmpty())
        return tr("Choose the outcome.");
    return status(referralId, QStringLiteral("closed"),
                  {{QStringLiteral("outcome"), outcome},
                   {QStringLiteral("outcome_note"), note.trimmed().isEmpty() ? QJsonValue() : QJsonValue(note.trimmed())}},
                  note.trimmed());
}

} // namespace brug
