#include "countingproxy.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <deque>
#include <string>
#include <string_view>

#include "benchutil.h"

namespace brug::bench {

namespace {
double clockMs()
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

void setNonBlocking(int fd)
{
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL, 0) | O_NONBLOCK);
    const int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

/// Reads the HTTP/1.1 framing of one direction: heads up to CRLFCRLF, then Content-Length bytes.
struct Framer
{
    std::string head;
    qint64 bodyLeft = 0;
    bool inBody = false;

    /// Calls start() when the first byte of a message arrives and end(isInterim) after its last.
    template<typename Start, typename End>
    void feed(const char *data, size_t n, Start start, End end)
    {
        size_t i = 0;
        while (i < n) {
            if (inBody) {
                const size_t take = size_t(std::min<qint64>(bodyLeft, qint64(n - i)));
                bodyLeft -= qint64(take);
                i += take;
                if (bodyLeft == 0) {
                    inBody = false;
                    end(false);
                }
                continue;
            }
            if (head.empty())
                start();
            // Append up to the end of the head.
            const size_t before = head.size();
            head.append(data + i, n - i);
            const size_t from = before >= 3 ? before - 3 : 0;
            const size_t pos = head.find("\r\n\r\n", from);
            if (pos == std::string::npos) {
                i = n;
                continue;
            }
            const size_t headLen = pos + 4;
            i += headLen - before;
            head.resize(headLen);
            qint64 length = 0;
            std::string lower = head;
            for (char &c : lower)
                c = char(std::tolower(static_cast<unsigned char>(c)));
            const size_t cl = lower.find("\r\ncontent-length:");
            if (cl != std::string::npos)
                length = std::atoll(lower.c_str() + cl + 17);
            const bool interim = lower.rfind("http/1.1 1", 0) == 0 || lower.rfind("http/1.0 1", 0) == 0;
            head.clear();
            if (length > 0) {
                inBody = true;
                bodyLeft = length;
            } else {
                end(interim);
            }
        }
    }
};
} // namespace

struct CountingProxy::Link
{
    int client = -1;
    int server = -1;
    std::string toServer, toClient;
    bool clientEof = false, serverEof = false;
    Framer up, down;
    std::deque<double> starts;
    bool dead = false;
};

CountingProxy::CountingProxy(quint16 upstreamPort) : m_upstream(upstreamPort) {}

CountingProxy::~CountingProxy()
{
    stop();
}

bool CountingProxy::start()
{
    m_listen = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = 0;
    const int one = 1;
    setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (::bind(m_listen, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0 || ::listen(m_listen, 1024) != 0)
        return false;
    socklen_t len = sizeof a;
    getsockname(m_listen, reinterpret_cast<sockaddr *>(&a), &len);
    m_port = ntohs(a.sin_port);
    setNonBlocking(m_listen);
    if (pipe2(m_wake, O_CLOEXEC | O_NONBLOCK) != 0)
        return false;
    m_thread = std::thread([this] { run(); });
    return true;
}

void CountingProxy::stop()
{
    if (!m_thread.joinable())
        return;
    m_stop = true;
    (void)!::write(m_wake[1], "x", 1);
    m_thread.join();
    for (auto &l : m_links)
        closeLink(*l);
    m_links.clear();
    ::close(m_listen);
    ::close(m_wake[0]);
    ::close(m_wake[1]);
}

void CountingProxy::reset()
{
    m_bytesUp = 0;
    m_bytesDown = 0;
    m_requests = 0;
    m_responses = 0;
    m_connections = 0;
    std::lock_guard<std::mutex> lock(m_latencyMutex);
    m_latencies.clear();
}

CountingProxy::Stats CountingProxy::stats() const
{
    Stats s;
    s.bytesUp = m_bytesUp;
    s.bytesDown = m_bytesDown;
    s.requests = m_requests;
    s.responses = m_responses;
    s.connections = m_connections;
    std::lock_guard<std::mutex> lock(m_latencyMutex);
    s.latenciesMs = m_latencies;
    return s;
}

double CountingProxy::threadCpuMs() const
{
    return m_tid ? procCpuMs(qint64(getpid()), m_tid) : 0.0;
}

void CountingProxy::closeLink(Link &l)
{
    if (l.client >= 0)
        ::close(l.client);
    if (l.server >= 0)
        ::close(l.server);
    l.client = l.server = -1;
    l.dead = true;
}

void CountingProxy::run()
{
    m_tid = qint64(syscall(SYS_gettid));
    std::vector<char> buffer(256 * 1024);
    std::vector<pollfd> fds;
    std::vector<std::pair<Link *, bool>> owners; // link, is-client-side
    constexpr size_t kHighWater = 4 << 20;

    while (!m_stop) {
        fds.clear();
        owners.clear();
        fds.push_back({m_wake[0], POLLIN, 0});
        owners.push_back({nullptr, false});
        fds.push_back({m_listen, POLLIN, 0});
        owners.push_back({nullptr, false});
        for (auto &lp : m_links) {
            Link &l = *lp;
            short ce = 0, se = 0;
            if (!l.clientEof && l.toServer.size() < kHighWater)
                ce |= POLLIN;
            if (!l.toClient.empty())
                ce |= POLLOUT;
            if (!l.serverEof && l.toClient.size() < kHighWater)
                se |= POLLIN;
            if (!l.toServer.empty())
                se |= POLLOUT;
            fds.push_back({l.client, ce, 0});
            owners.push_back({&l, true});
            fds.push_back({l.server, se, 0});
            owners.push_back({&l, false});
        }
        if (::poll(fds.data(), nfds_t(fds.size()), 500) < 0)
            continue;
        if (fds[0].revents) {
            char x[64];
            while (::read(m_wake[0], x, sizeof x) > 0) {
            }
        }
        if (fds[1].revents & POLLIN) {
            for (;;) {
                const int c = ::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
                if (c < 0)
                    break;
                const int s = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
                sockaddr_in a{};
                a.sin_family = AF_INET;
                a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
                a.sin_port = htons(m_upstream.load());
                if (::connect(s, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0) {
                    ::close(s);
                    ::close(c);
                    continue;
                }
                setNonBlocking(c);
                setNonBlocking(s);
                auto l = std::make_unique<Link>();
                l->client = c;
                l->server = s;
                m_links.push_back(std::move(l));
                ++m_connections;
            }
        }
        for (size_t i = 2; i < fds.size(); ++i) {
            Link &l = *owners[i].first;
            const bool clientSide = owners[i].second;
            if (l.dead || !fds[i].revents)
                continue;
            const int fd = clientSide ? l.client : l.server;
            if (fds[i].revents & (POLLIN | POLLHUP | POLLERR)) {
                const ssize_t n = ::read(fd, buffer.data(), buffer.size());
                if (n > 0) {
                    const double now = clockMs();
                    if (clientSide) {
#ifdef TCP_QUICKACK
                        // ACK at once, as brug-server does (httpserver.cpp), so that the proxy
                        // adds no delayed-ACK wait of its own to a client that writes in pieces.
                        const int on = 1;
                        ::setsockopt(fd, IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
#endif
                        m_bytesUp += n;
                        l.toServer.append(buffer.data(), size_t(n));
                        l.up.feed(buffer.data(), size_t(n), [&] { l.starts.push_back(now); },
                                  [&](bool) { ++m_requests; });
                    } else {
                        m_bytesDown += n;
                        l.toClient.append(buffer.data(), size_t(n));
                        l.down.feed(buffer.data(), size_t(n), [] {}, [&](bool interim) {
                            if (interim)
                                return;
                            ++m_responses;
                            if (!l.starts.empty()) {
                                const double started = l.starts.front();
                                l.starts.pop_front();
                                std::lock_guard<std::mutex> lock(m_latencyMutex);
                                m_latencies.push_back(now - started);
                            }
                        });
                    }
                } else if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) {
                    (clientSide ? l.clientEof : l.serverEof) = true;
                }
            }
            if (fds[i].revents & POLLOUT) {
                std::string &pending = clientSide ? l.toClient : l.toServer;
                const ssize_t n = ::write(fd, pending.data(), pending.size());
                if (n > 0)
                    pending.erase(0, size_t(n));
                else if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
                    (clientSide ? l.clientEof : l.serverEof) = true;
            }
            // A side that ended: once what it sent is delivered, the link is done.
            if ((l.serverEof && l.toClient.empty()) || (l.clientEof && l.toServer.empty()) ||
                (l.clientEof && l.serverEof))
                closeLink(l);
        }
        std::erase_if(m_links, [](const std::unique_ptr<Link> &l) { return l->dead; });
    }
}

} // namespace brug::bench
