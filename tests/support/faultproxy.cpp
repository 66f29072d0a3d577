#include "faultproxy.h"

#include <QTcpSocket>
#include <QTimer>
#include <algorithm>

namespace brug::test {

QString Fault::describe() const
{
    static const char *const kinds[] = {"none", "cut-request", "cut-response", "truncate-request-body",
                                        "truncate-response-body", "delay-request", "delay-response"};
    static const char *const froms[] = {"start", "body", "end"};
    if (kind == Kind::DelayRequest || kind == Kind::DelayResponse)
        return QStringLiteral("%1 %2 ms").arg(QLatin1StringView(kinds[int(kind)])).arg(delayMs);
    return QStringLiteral("%1 at %2 from %3")
        .arg(QLatin1StringView(kinds[int(kind)]))
        .arg(offset)
        .arg(QLatin1StringView(froms[int(from)]));
}

/// One client connection and its own connection to the server. Each direction is read as a
/// sequence of HTTP messages (head, then Content-Length bytes of body); a fault applies to one
/// message at an exact byte.
class FaultProxy::Link : public QObject
{
public:
    Link(FaultProxy *proxy, QTcpSocket *client) : QObject(proxy), m_proxy(proxy), m_client(client)
    {
        client->setParent(this);
        m_upstream = new QTcpSocket(this);
        connect(m_client, &QTcpSocket::readyRead, this, [this] { read(true); });
        connect(m_upstream, &QTcpSocket::readyRead, this, [this] { read(false); });
        connect(m_upstream, &QTcpSocket::connected, this, [this] { pump(true); });
        connect(m_client, &QTcpSocket::disconnected, this, [this] { onClosed(true); });
        connect(m_upstream, &QTcpSocket::disconnected, this, [this] { onClosed(false); });
        connect(m_upstream, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
            if (e == QAbstractSocket::ConnectionRefusedError || m_upstream->state() == QAbstractSocket::UnconnectedState)
                onClosed(false);
        });
        m_upstream->connectToHost(QHostAddress::LocalHost, proxy->m_upstreamPort);
    }

    void drop()
    {
        m_dead = true;
        m_client->abort();
        m_upstream->abort();
        deleteLater();
    }

private:
    struct Half
    {
        QByteArray in;           ///< received, not yet forwarded
        bool inMessage = false;
        bool headDone = false;
        QByteArray head;
        qint64 bodyLen = 0;      ///< -1: until the connection closes
        qint64 bodyDone = 0;
        qint64 sent = 0;         ///< bytes of this message forwarded
        qint64 cutAt = -1;       ///< stop after this many bytes of the message
        bool truncating = false; ///< at cutAt: the message ends there (its length was rewritten)
        bool paused = false;
        bool discard = false;    ///< drop everything that comes from this side from now on
        Fault fault;
    };

    void read(bool up)
    {
        QTcpSocket *src = up ? m_client : m_upstream;
        Half &h = up ? m_up : m_down;
        h.in += src->readAll();
        pump(up);
    }

    QTcpSocket *target(bool up) const { return up ? m_upstream.data() : m_client.data(); }

    void write(bool up, const QByteArray &bytes)
    {
        if (bytes.isEmpty())
            return;
        target(up)->write(bytes);
        (up ? m_proxy->m_stats.bytesUp : m_proxy->m_stats.bytesDown) += bytes.size();
    }

    void startMessage(bool up)
    {
        Half &h = up ? m_up : m_down;
        const QByteArray in = h.in;
        const bool discard = h.discard;
        h = Half{};
        h.in = in;
        h.discard = discard;
        h.inMessage = true;
        if (up) {
            const Fault f = m_proxy->takeFault();
            if (f.onRequest()) {
                h.fault = f;
                m_responseFaults.push_back(Fault{});
            } else {
                m_responseFaults.push_back(f);
            }
        } else if (!m_responseFaults.empty()) {
            h.fault = m_responseFaults.front();
            m_responseFaults.pop_front();
        }
        if (h.fault.kind == Fault::Kind::DelayRequest || h.fault.kind == Fault::Kind::DelayResponse) {
            ++m_proxy->m_stats.delayed;
            h.paused = true;
            const int ms = h.fault.delayMs;
            h.fault = Fault{};
            QTimer::singleShot(ms, this, [this, up] {
                (up ? m_up : m_down).paused = false;
                pump(up);
            });
        }
    }

    /// FaultProxy::setServerWithoutZstd: renames zstd in a request's Content-Encoding, drops an
    /// answer's Accept-Encoding.
    void withoutZstd(bool up, QList<QByteArray> &lines)
    {
        QList<QByteArray> out;
        for (const QByteArray &line : lines) {
            const QByteArray lower = line.trimmed().toLower();
            if (up && lower == "content-encoding: zstd")
                out << "Content-Encoding: zstd-unknown\r";
            else if (!up && lower.startsWith("accept-encoding:"))
                continue;
            else
                out << line;
        }
        lines = out;
        Half &h = up ? m_up : m_down;
        h.head = lines.join('\n');
    }

    /// The head is complete: find the body's length and where this message's fault cuts.
    void parseHead(bool up)
    {
        Half &h = up ? m_up : m_down;
        QList<QByteArray> lines = h.head.split('\n');
        const QByteArray first = lines.value(0).trimmed();
        qint64 length = -1;
        bool chunked = false;
        QByteArray encoding;
        for (int i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const int colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length")
                length = value.toLongLong();
            else if (name == "transfer-encoding" && value.toLower().contains("chunked"))
                chunked = true;
            else if (name == "content-encoding")
                encoding = value.toLower();
        }
        if (m_proxy->m_withoutZstd)
            withoutZstd(up, lines);
        if (up) {
            ++m_proxy->m_stats.requests;
            h.bodyLen = length >= 0 ? length : 0;
            m_proxy->m_stats.lastRequestHead = h.head.size();
            m_proxy->m_stats.lastRequestBody = h.bodyLen;
            m_proxy->m_stats.lastRequestEncoding = encoding;
        } else {
            ++m_proxy->m_stats.responses;
            const int status = first.split(' ').value(1).toInt();
            if (status >= 100 && status < 200) {
                // An interim answer: the fault waits for the real one.
                m_responseFaults.push_front(h.fault);
                h.fault = Fault{};
                h.bodyLen = 0;
            } else {
                h.bodyLen = chunked ? -1 : length;
                m_proxy->m_stats.lastResponseHead = h.head.size();
                m_proxy->m_stats.lastResponseBody = h.bodyLen;
                m_proxy->m_stats.lastResponseEncoding = encoding;
            }
        }
        const bool mine = up == h.fault.onRequest() && h.fault.kind != Fault::Kind::None;
        if (!mine)
            return;
        const Fault f = h.fault;
        const bool truncate = f.kind == Fault::Kind::TruncateRequestBody || f.kind == Fault::Kind::TruncateResponseBody;
        if (truncate) {
            if (h.bodyLen < 0)
                return;
            qint64 keep = f.from == Fault::From::Body ? f.offset
                          : f.from == Fault::From::End ? h.bodyLen - f.offset
                                                       : f.offset - h.head.size();
            keep = std::clamp<qint64>(keep, 0, h.bodyLen);
            // Rewrite Content-Length: the peer sees a whole message with a shortened body.
            QList<QByteArray> out;
            for (const QByteArray &line : lines) {
                if (line.trimmed().toLower().startsWith("content-length:"))
                    out << "Content-Length: " + QByteArray::number(keep) + "\r";
                else
                    out << line;
            }
            h.head = out.join('\n');
            h.truncating = true;
            h.cutAt = h.head.size() + keep;
            return;
        }
        const qint64 headLen = h.head.size();
        const qint64 total = h.bodyLen >= 0 ? headLen + h.bodyLen : -1;
        qint64 at = f.from == Fault::From::Start ? f.offset : f.from == Fault::From::Body ? headLen + f.offset : -1;
        if (f.from == Fault::From::End) {
            if (total < 0)
                return;
            at = total - f.offset;
        }
        at = std::max<qint64>(at, 0);
        if (total >= 0)
            at = std::min(at, total);
        h.cutAt = at;
    }

    void pump(bool up)
    {
        Half &h = up ? m_up : m_down;
        if (up && m_upstream->state() != QAbstractSocket::ConnectedState)
            return; // forwarded once the server's side is connected
        while (!m_dead && !h.paused && !h.in.isEmpty()) {
            if (h.discard) {
                h.in.clear();
                return;
            }
            if (!h.inMessage) {
                startMessage(up);
                continue;
            }
            if (!h.headDone) {
                h.head += h.in;
                h.in.clear();
                const qsizetype end = h.head.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                h.in = h.head.mid(end + 4);
                h.head.truncate(end + 4);
                h.headDone = true;
                parseHead(up);
            }
            const qint64 headLen = h.head.size();
            if (h.sent < headLen) {
                qint64 n = headLen - h.sent;
                if (h.cutAt >= 0)
                    n = std::min(n, h.cutAt - h.sent);
                write(up, h.head.mid(h.sent, n));
                h.sent += n;
                if (h.cutAt >= 0 && h.sent >= h.cutAt && !h.truncating) {
                    cut(up, true);
                    return;
                }
            }
            qint64 n = h.in.size();
            if (h.bodyLen >= 0)
                n = std::min(n, h.bodyLen - h.bodyDone);
            if (h.cutAt >= 0)
                n = std::min(n, h.cutAt - h.sent);
            write(up, h.in.left(n));
            h.in.remove(0, n);
            h.sent += n;
            h.bodyDone += n;
            if (h.cutAt >= 0 && h.sent >= h.cutAt) {
                if (h.truncating)
                    truncated(up);
                else
                    cut(up, false);
                return;
            }
            if (h.bodyLen >= 0 && h.bodyDone >= h.bodyLen) {
                h.inMessage = false;
                if (!up && m_closeAfterResponse) {
                    closeGracefully();
                    return;
                }
            }
        }
        // A message with an empty body whose head just completed: finish it now.
        if (!m_dead && !h.paused && h.inMessage && h.headDone && h.bodyLen == 0 && h.sent >= h.head.size()) {
            if (h.cutAt >= 0 && h.sent >= h.cutAt) {
                if (h.truncating)
                    truncated(up);
                else
                    cut(up, false);
                return;
            }
            h.inMessage = false;
            if (!up && m_closeAfterResponse)
                closeGracefully();
        }
    }

    /// Drops the connection after the bytes forwarded so far: the side that got them sees them
    /// followed by the end of the stream; the other side sees its connection go away.
    void cut(bool up, bool inHead)
    {
        Q_UNUSED(inHead)
        ++(up ? m_proxy->m_stats.requestsCut : m_proxy->m_stats.responsesCut);
        m_dead = true;
        if (up) {
            m_upstream->disconnectFromHost();
            m_client->abort();
        } else {
            m_client->disconnectFromHost();
            m_upstream->abort();
        }
        finishIfClosed();
    }

    void truncated(bool up)
    {
        ++m_proxy->m_stats.truncated;
        Half &h = up ? m_up : m_down;
        h.discard = true;
        h.in.clear();
        if (up) {
            // The server answers the shortened request; that answer goes back, then we close.
            m_closeAfterResponse = true;
            h.inMessage = false;
        } else {
            closeGracefully();
        }
    }

    void closeGracefully()
    {
        m_dead = true;
        m_client->disconnectFromHost();
        m_upstream->abort();
        finishIfClosed();
    }

    void onClosed(bool clientSide)
    {
        if (clientSide) {
            if (m_upstream->state() != QAbstractSocket::UnconnectedState)
                m_upstream->disconnectFromHost();
        } else {
            if (!m_dead && m_down.bodyLen < 0 && m_down.inMessage)
                m_down.inMessage = false; // a body that ends with the connection
            if (m_client->state() != QAbstractSocket::UnconnectedState)
                m_client->disconnectFromHost();
        }
        m_dead = true;
        finishIfClosed();
    }

    void finishIfClosed()
    {
        if (m_client->state() == QAbstractSocket::UnconnectedState &&
            m_upstream->state() == QAbstractSocket::UnconnectedState)
            deleteLater();
        else
            QTimer::singleShot(5000, this, [this] { drop(); }); // never linger
    }

    FaultProxy *m_proxy;
    QPointer<QTcpSocket> m_client;
    QPointer<QTcpSocket> m_upstream;
    Half m_up, m_down;
    std::deque<Fault> m_responseFaults;
    bool m_dead = false;
    bool m_closeAfterResponse = false;
};

FaultProxy::FaultProxy(quint16 upstreamPort, QObject *parent) : QObject(parent), m_upstreamPort(upstreamPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
}

FaultProxy::~FaultProxy()
{
    dropAll();
}

bool FaultProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FaultProxy::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

quint16 FaultProxy::port() const
{
    return m_server.serverPort();
}

void FaultProxy::inject(const Fault &fault)
{
    m_queue.push_back(fault);
}

void FaultProxy::clearFaults()
{
    m_queue.clear();
    m_every = Fault{};
}

void FaultProxy::dropAll()
{
    for (const QPointer<Link> &l : m_links)
        if (l)
            l->drop();
    m_links.clear();
}

Fault FaultProxy::takeFault()
{
    if (m_queue.empty())
        return m_every;
    const Fault f = m_queue.front();
    m_queue.pop_front();
    return f;
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        ++m_stats.connections;
        m_links.erase(std::remove_if(m_links.begin(), m_links.end(), [](const QPointer<Link> &l) { return l.isNull(); }),
                      m_links.end());
        m_links.emplace_back(new Link(this, client));
    }
}

} // namespace brug::test
