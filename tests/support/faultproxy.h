#pragma once

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>
#include <deque>
#include <memory>
#include <vector>

class QTcpSocket;

namespace brug::test {

/// One fault for one HTTP message going through the FaultProxy.
///
/// Offsets count bytes of the message as it travels (request or status line, headers, body as
/// sent, e.g. gzip): from its first byte (From::Start), from the first byte of its body
/// (From::Body) or back from its last byte (From::End; 0 = the whole message).
struct Fault
{
    enum class Kind {
        None,
        CutRequest,           ///< forward `offset` bytes of the request, then drop the connection
        CutResponse,          ///< forward the request; forward `offset` bytes of the response, then drop
        TruncateRequestBody,  ///< forward the request with its body cut to `offset` bytes and its
                              ///< Content-Length rewritten to match (a complete but mangled request)
        TruncateResponseBody, ///< the same for the response
        DelayRequest,         ///< hold the request `delayMs` before forwarding it
        DelayResponse,        ///< hold the response `delayMs` before forwarding it
    };
    enum class From { Start, Body, End };

    Kind kind = Kind::None;
    From from = From::Start;
    qint64 offset = 0;
    int delayMs = 0;

    [[nodiscard]] static Fault cutRequest(qint64 offset, From from = From::Start) { return {Kind::CutRequest, from, offset, 0}; }
    [[nodiscard]] static Fault cutResponse(qint64 offset, From from = From::Start) { return {Kind::CutResponse, from, offset, 0}; }
    [[nodiscard]] static Fault truncateRequestBody(qint64 keep, From from = From::Body) { return {Kind::TruncateRequestBody, from, keep, 0}; }
    [[nodiscard]] static Fault truncateResponseBody(qint64 keep, From from = From::Body) { return {Kind::TruncateResponseBody, from, keep, 0}; }
    [[nodiscard]] static Fault delayRequest(int ms) { return {Kind::DelayRequest, From::Start, 0, ms}; }
    [[nodiscard]] static Fault delayResponse(int ms) { return {Kind::DelayResponse, From::Start, 0, ms}; }

    [[nodiscard]] bool onRequest() const
    {
        return kind == Kind::CutRequest || kind == Kind::TruncateRequestBody || kind == Kind::DelayRequest;
    }
    [[nodiscard]] QString describe() const;
};

/// A TCP proxy on loopback between devices and a real brug-server, for fault tests. It reads the
/// HTTP/1.1 framing of each message (heads, Content-Length) so that a fault hits one request or
/// its response at an exact byte, whatever connection reuse the client does. Faults are taken
/// in order by the requests that arrive (inject()), or by every request (setEveryRequest()).
/// Runs on the thread that created it, on that thread's event loop.
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    explicit FaultProxy(quint16 upstreamPort, QObject *parent = nullptr);
    ~FaultProxy() override;

    bool listen();
    [[nodiscard]] QUrl url() const;
    [[nodiscard]] quint16 port() const;
    void setUpstreamPort(quint16 port) { m_upstreamPort = port; }

    /// The next request to arrive takes the first injected fault, and so on.
    void inject(const Fault &fault);
    /// Applied to every request when no injected fault is waiting (Kind::None: pass through).
    void setEveryRequest(const Fault &fault) { m_every = fault; }
    void clearFaults();
    [[nodiscard]] int pendingFaults() const { return int(m_queue.size()); }
    /// Drops every open connection at once.
    void dropAll();
    /// Stands in for a server that does not read zstd (an older one): a request sent in zstd
    /// reaches the server named in a coding it does not know, so it answers 415, and answers come
    /// without the Accept-Encoding that says the server reads zstd.
    void setServerWithoutZstd(bool on) { m_withoutZstd = on; }

    struct Stats
    {
        int connections = 0;
        int requests = 0;       ///< request heads seen
        int responses = 0;      ///< response heads seen
        int requestsCut = 0;    ///< cut inside a request (head or body)
        int responsesCut = 0;   ///< cut inside a response (head or body)
        int truncated = 0;      ///< messages forwarded with a shortened body and length
        int delayed = 0;
        qint64 bytesUp = 0;     ///< forwarded to the server
        qint64 bytesDown = 0;   ///< forwarded to the clients
        qint64 lastRequestHead = 0, lastRequestBody = 0;   ///< sizes of the last request seen
        qint64 lastResponseHead = 0, lastResponseBody = 0; ///< and of the last response
        QByteArray lastRequestEncoding, lastResponseEncoding;  ///< their Content-Encoding, lower case
    };
    [[nodiscard]] const Stats &stats() const { return m_stats; }
    void resetStats() { m_stats = Stats{}; }

private:
    class Link;
    friend class Link;
    void onNewConnection();
    Fault takeFault();

    QTcpServer m_server;
    quint16 m_upstreamPort = 0;
    std::deque<Fault> m_queue;
    Fault m_every;
    std::vector<QPointer<Link>> m_links;
    Stats m_stats;
    bool m_withoutZstd = false;
};

} // namespace brug::test
