#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QString>

#include <functional>
#include <memory>

namespace brug {

// The provider server's HTTP/1.1 transport, on libmicrohttpd (Qt HttpServer 6.4 has no body limit,
// no 100-continue and ignores Connection: close). It enforces docs/sync-protocol.md section 1
// before a handler sees a request, answering with the section 2 JSON error body:
//   - head over maxHeaderBytes -> 431 header_too_large (see listen() for heads far over it);
//   - Content-Length over maxBodyBytes -> 413 body_too_large at once, before any body is read;
//   - Transfer-Encoding (chunked) -> 411 length_required: uploads must state their length, so
//     the limit is decided from the head and nothing unbounded is ever read;
//   - Content-Encoding other than gzip/identity -> 415 unsupported_media_type; gzip that does not
//     inflate -> 400 bad_gzip; gzip inflating past maxInflatedBytes -> 413 body_too_large
//     (inflated piece by piece with a cap, so a zip bomb buffers at most the cap);
//   - a handler that throws -> 500 internal.
// It answers Expect: 100-continue, closes after the response on Connection: close and HTTP/1.0,
// keeps HTTP/1.1 connections alive otherwise, and gzips response bodies over 512 bytes when the
// request accepts gzip. A request with a body refused before its body was read is answered and
// then the connection is closed (the unread body cannot be skipped safely).
//
// The handler runs on libmicrohttpd's worker threads, several at once (Options::threads): it must
// be thread-safe, and it must not block for long, since each worker serves many connections.
class HttpServer
{
public:
    struct Options
    {
        qint64 maxHeaderBytes = 16 * 1024;          // request line and headers
        qint64 maxBodyBytes = 8 * 1024 * 1024;      // body as sent
        qint64 maxInflatedBytes = 32 * 1024 * 1024; // body after gunzip
        int threads = 4;
        int connectionTimeoutSec = 30; // idle connections are closed after this
        int maxConnections = 1000;
        QByteArray tlsCert; // PEM; TLS is used when both are set
        QByteArray tlsKey;  // PEM
    };
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit HttpServer(Handler handler);
    HttpServer(Handler handler, Options options);
    ~HttpServer(); // stops the server
    HttpServer(const HttpServer &) = delete;
    HttpServer &operator=(const HttpServer &) = delete;

    // address: a numeric IPv4 or IPv6 address, or "localhost" (127.0.0.1); "::" listens on IPv6
    // and IPv4. port 0 picks a free port (see port()). Returns false with errorString() set.
    //
    // Heads: libmicrohttpd 0.9.75 keeps each connection's head in a fixed memory pool, which we
    // size to 2 * maxHeaderBytes + 16 KiB (48 KiB by default); nothing past it is ever buffered.
    //   - head <= maxHeaderBytes: served;
    //   - over it, up to about 350 bytes short of the pool: our JSON 431 header_too_large;
    //   - a band of about 250 bytes just short of the pool: libmicrohttpd cannot allocate a
    //     header record nor its own error response, and closes without any answer, or (when
    //     the request line itself nearly fills the pool) leaves the connection idle until
    //     connectionTimeoutSec closes it;
    //   - larger: libmicrohttpd answers before our code runs, 431 (414 "URI Too Long" when the
    //     request line alone does not fit) with its own HTML body "Request too big", and closes.
    // Clients of this protocol send heads of well under 1 KiB, so only abusive ones see this.
    bool listen(const QString &address, quint16 port);
    bool isListening() const;
    quint16 port() const;
    // Closes the listening socket and all connections; waits for running handlers to return.
    void stop();
    QString errorString() const;

    // Counters since construction, safe to read from any thread.
    quint64 requests() const; // requests answered by this class (including its error answers)
    // Request heads (request line and headers as "Name: value" lines, as parsed) plus bodies as
    // received (before gunzip). A body refused by its Content-Length was never received.
    quint64 bytesIn() const;
    // Response bodies as sent (after gzip) plus the headers this class and the handler set;
    // the status line and the headers libmicrohttpd adds (Date, Content-Length, Connection) are
    // not counted.
    quint64 bytesOut() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace brug
