#pragma once

#include "protocolerror.h"
#include "syncmessages.h"

#include <QJsonObject>
#include <QString>
#include <variant>

namespace brug {

class ServerDatabase;

/// What a coordinator or the server's operator does: organisations, users, enrolment codes,
/// taking users out. Each call is one transaction; errors are AdminError with a plain message.
class Admin
{
public:
    struct Error
    {
        QString message;
    };

    explicit Admin(const ServerDatabase &db);

    /// kind: migrant_org, provider, municipality. `details` may hold the organisation's
    /// directory fields (city, address, phone, opening_hours, ...). Returns the new id.
    QString createOrganisation(const QString &name, const QString &kind, const QJsonObject &details = {},
                               const QString &id = QString());
    QString createUser(const QString &orgId, const QString &displayName, const QString &role,
                       const QStringList &languages = {}, const QString &id = QString());
    /// A one-time code, shown as XXXX-XXXX-XXXX; only its hash is kept.
    QString issueEnrolmentCode(const QString &userId, int ttlHours = 72);
    void deactivateUser(const QString &userId);
    /// Writes a public directory record (service, contact_person) or updates an organisation.
    QString putDirectoryRecord(const QString &entity, const QString &providerId, const QJsonObject &fields,
                               const QString &id = QString());

    /// POST /v1/enrol: the device gets its id, token and node, or the error to answer.
    [[nodiscard]] std::variant<EnrolResponse, ProtocolError> enrol(const EnrolRequest &request,
                                                                   const QString &peer);

    [[nodiscard]] static QString normaliseCode(const QString &typed);

private:
    const ServerDatabase &m_db;
};

/// Thrown by Admin for a request that cannot be done (unknown organisation, bad role, ...).
struct AdminError : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

} // namespace brug
