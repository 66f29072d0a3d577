#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace brug {

/// The steps with rules of their own: sending a referral (only on an active consent),
/// withdrawing consent or a referral, and the caseworker's decisions. Each returns an empty
/// string when done, or the reason in plain words.
class Actions : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit Actions(QObject *parent = nullptr);
    static Actions *create(QQmlEngine *, QJSEngine *);

    Q_INVOKABLE QString sendReferral(const QString &referralId);
    Q_INVOKABLE QString withdrawReferral(const QString &referralId);
    Q_INVOKABLE QString withdrawConsent(const QString &consentId, const QString &isoDate, const QString &note);

    // The caseworker's side (each also writes a status entry in the thread).
    Q_INVOKABLE QString acknowledge(const QString &referralId);
    Q_INVOKABLE QString askInformation(const QString &referralId, const QString &question);
    Q_INVOKABLE QString planIntake(const QString &referralId, const QString &isoDate, const QString &time,
                                   const QString &place, bool interpreterBooked, bool intermediaryInvited);
    Q_INVOKABLE QString startCare(const QString &referralId);
    Q_INVOKABLE QString decline(const QString &referralId, const QString &reason, const QString &suggestion);
    Q_INVOKABLE QString close(const QString &referralId, const QString &outcome, const QString &note);

private:
    QString status(const QString &referralId, const QString &status, const QJsonObject &fields,
                   const QString &note = QString());
};

} // namespace brug
