#pragma once

#include "httprequest.h"
#include "httpresponse.h"

namespace brug {

class ServerDatabase;

/// The protocol's endpoints over a ServerDatabase: enrol, health, sync. Thread-safe: every call
/// uses the calling thread's own connection.
class SyncService
{
public:
    explicit SyncService(const ServerDatabase &db);

    /// Routes a request; every error is the protocol's JSON error (docs/sync-protocol.md §2).
    [[nodiscard]] HttpResponse handle(const HttpRequest &request);

private:
    HttpResponse health();
    HttpResponse enrol(const HttpRequest &request);
    HttpResponse sync(const HttpRequest &request);
    [[nodiscard]] QString storeId();

    const ServerDatabase &m_db;
};

} // namespace brug
