#pragma once

#include <QJsonObject>

namespace brug::test {

class ServerProcess;

/// A migrant organisation with three users and a provider with one, made with the admin commands
/// (not seed-demo, so that the test owns every record of the organisation). Returns the same
/// shape as seed-demo: organisations, users and one enrolment code per user.
QJsonObject createOrganisations(ServerProcess &server);

} // namespace brug::test
