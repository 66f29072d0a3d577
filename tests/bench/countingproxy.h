#pragma once

#include <QtGlobal>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace brug::bench {

/// A pass-through TCP proxy on 127.0.0.1 in front of brug-server that counts what crosses the
/// server's side of it: bytes each way (HTTP heads and bodies exactly as sent, compressed; no
/// TCP/IP framing), requests (request heads seen), responses and the connections opened. It runs
/// on its own thread with non-blocking sockets and poll(), so it never waits on the event loop
/// of the device it serves; the extra hop costs a few tens of microseconds per message.
class CountingProxy
{
public:
    struct Stats
    {
        qint64 bytesUp = 0;     ///< client -> server
        qint64 bytesDown = 0;   ///< server -> client
        qint64 requests = 0;
        qint64 responses = 0;
        qint64 connections = 0; ///< accepted since the last reset
        std::vector<double> latenciesMs; ///< first byte of a request to last byte of its response
    };

    explicit CountingProxy(quint16 upstreamPort);
    ~CountingProxy();
    CountingProxy(const CountingProxy &) = delete;
    CountingProxy &operator=(const CountingProxy &) = delete;

    bool start();
    void stop();
    [[nodiscard]] quint16 port() const { return m_port; }
    void setUpstreamPort(quint16 port) { m_upstream = port; }

    void reset();
    [[nodiscard]] Stats stats() const;
    /// CPU time the proxy's thread used since start (ms), so that it can be taken out of the
    /// device process's CPU time.
    [[nodiscard]] double threadCpuMs() const;

private:
    struct Link;
    void run();
    void closeLink(Link &l);

    std::atomic<quint16> m_upstream;
    quint16 m_port = 0;
    int m_listen = -1;
    int m_wake[2] = {-1, -1};
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_tid{0};

    std::atomic<qint64> m_bytesUp{0}, m_bytesDown{0}, m_requests{0}, m_responses{0}, m_connections{0};
    mutable std::mutex m_latencyMutex;
    std::vector<double> m_latencies;
    std::vector<std::unique_ptr<Link>> m_links;
};

} // namespace brug::bench
