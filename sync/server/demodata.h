#pragma once

#include <QJsonObject>

namespace brug {

class ServerDatabase;

/// A living demo: a migrant organisation and a provider with their people and directory, a few
/// dozen families with visits, meetings, referrals and messages, and enrolment codes for each
/// demo user. Deterministic, so screenshots and tests see the same data.
namespace DemoData {
/// Seeds an empty store; returns {"organisations": {...}, "users": {...}, "codes": {...}}.
QJsonObject seed(const ServerDatabase &db);
} // namespace DemoData

} // namespace brug
