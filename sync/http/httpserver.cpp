#include "httpserver.h"

#include "contentcoding.h"
#include "gzipinflater.h"
#include "zstddecoder.h"

#include <QLoggingCategory>
#include <QMutex>

#include <microhttpd.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <optional>

Q_LOGGING_CATEGORY(lcHttp, "brug.http")

namespace brug {

namespace {

// Bodies up to this size are not worth compressing (docs/sync-protocol.md section 1).
constexpr qsizetype kCompressAbove = 512;
// A device applies a pull page while the server builds the next; at level 6, compressing was half
// of the server's CPU for a page, and the device waited for it. Level 3: a page of 1,100 records
// takes 20 instead of 39 ms and is 4% bigger (tests/bench: pull of 10,000 1,341 -> 1,247 ms).
constexpr int kResponseGzipLevel = 3;

HttpResponse bodyTooLarge(const QString &what, qint64 limit)
{
    return HttpResponse::error(413, QStringLiteral("body_too_large"),
                               QStringLiteral("%1 is over the limit of %2 bytes").arg(what).arg(limit));
}

HttpResponse internalError()
{
    return HttpResponse::error(500, QStringLiteral("internal"),
                               QStringLiteral("the server failed; nothing was applied; try again later"));
}

// State of one request, created when its request line arrives and freed when libmicrohttpd
// reports the request finished (however it ended).
struct RequestState
{
    QByteArray rawUri;
    bool started = false;
    HttpRequest request;
    ContentCoding coding = ContentCoding::Identity; ///< the request body's
    std::unique_ptr<BodyDecoder> decoder;
    qint64 received = 0;
    // An error found while the body arrives: libmicrohttpd lets us answer only before the body or
    // after all of it, so the rest of the (length-bounded) body is read and dropped, then this
    // is sent.
    std::optional<HttpResponse> failure;
};

QString addressText(const sockaddr *sa)
{
    char text[INET6_ADDRSTRLEN] = {};
    if (sa && sa->sa_family == AF_INET)
        inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in *>(sa)->sin_addr, text, sizeof text);
    else if (sa && sa->sa_family == AF_INET6) {
        const in6_addr &a = reinterpret_cast<const sockaddr_in6 *>(sa)->sin6_addr;
        // On a dual-stack socket IPv4 clients arrive as ::ffff:a.b.c.d; one client must have one
        // address text (rate limits count per address).
        if (IN6_IS_ADDR_V4MAPPED(&a))
            inet_ntop(AF_INET, &a.s6_addr[12], text, sizeof text);
        else
            inet_ntop(AF_INET6, &a, text, sizeof text);
    }
    return QString::fromLatin1(text);
}

} // namespace

struct HttpServer::Private
{
    Handler handler;
    Options options;
    MHD_Daemon *daemon = nullptr;
    quint16 port = 0;
    std::atomic<quint64> requests{0};
    std::atomic<quint64> bytesIn{0};
    std::atomic<quint64> bytesOut{0};
    mutable QMutex errorMutex; // the log callback may run on any worker thread
    QString errorString;
    // Only libmicrohttpd's messages while starting explain a listen() failure; later ones are
    // about single connections and would make errorString() say something unrelated.
    std::atomic<bool> starting{false};

    void setError(const QString &text)
    {
        QMutexLocker lock(&errorMutex);
        errorString = text;
    }

    static void log(void *cls, const char *format, va_list args)
    {
        char text[512];
        vsnprintf(text, sizeof text, format, args);
        const QString message = QString::fromLocal8Bit(text).trimmed();
        qCWarning(lcHttp).noquote() << "libmicrohttpd:" << message;
        auto *d = static_cast<Private *>(cls);
        if (d->starting)
            d->setError(message);
    }

    static void *onRequestLine(void *, const char *uri, MHD_Connection *)
    {
        // The URI handed to the access handler is already split and percent-decoded; the raw one
        // is only available here.
        auto *state = new RequestState;
        state->rawUri = uri;
        return state;
    }

    static void onCompleted(void *, MHD_Connection *, void **context, MHD_RequestTerminationCode)
    {
        delete static_cast<RequestState *>(*context);
        *context = nullptr;
    }

    static MHD_Result collectHeader(void *cls, MHD_ValueKind, const char *key, size_t keySize,
                                    const char *value, size_t valueSize)
    {
        auto *state = static_cast<RequestState *>(cls);
        const QByteArray name = QByteArray(key, qsizetype(keySize)).toLower();
        const QByteArray text(value ? value : "", value ? qsizetype(valueSize) : 0);
        QByteArray &slot = state->request.headers[name];
        slot = slot.isNull() ? text : slot + ", " + text;
        return MHD_YES;
    }

    // Qt's HTTP client writes a body in 16 KiB pieces without TCP_NODELAY: a piece may wait for
    // the ACK of the one before, which Linux delays by up to 40 ms. A push over 16 KiB lost that
    // (measured: 100 edits 93 -> 50 ms, 1,000 records 438 -> 360 ms). Asking for quick ACKs each
    // time data arrives (the kernel falls back to delayed ACKs by itself) ends the wait.
    static void acknowledgeAtOnce(MHD_Connection *connection)
    {
#ifdef TCP_QUICKACK
        if (const MHD_ConnectionInfo *info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CONNECTION_FD)) {
            const int on = 1;
            ::setsockopt(info->connect_fd, IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
        }
#else
        Q_UNUSED(connection);
#endif
    }

    static MHD_Result onAccess(void *cls, MHD_Connection *connection, const char *, const char *method,
                               const char *version, const char *uploadData, size_t *uploadSize,
                               void **context)
    {
        auto *d = static_cast<Private *>(cls);
        auto *state = static_cast<RequestState *>(*context);
        if (!state) { // only if libmicrohttpd skipped the URI callback; be safe anyway
            state = new RequestState;
            *context = state;
        }
        acknowledgeAtOnce(connection);
        if (!state->started) {
            state->started = true;
            return d->begin(connection, *state, method, version);
        }
        if (*uploadSize > 0) {
            d->receive(*state, uploadData, qint64(*uploadSize));
            *uploadSize = 0;
            return MHD_YES;
        }
        return d->finish(connection, *state);
    }

    // Called once the head is in: every limit that the head decides is enforced here, before
    // libmicrohttpd sends 100 Continue or reads any body.
    MHD_Result begin(MHD_Connection *connection, RequestState &state, const char *method,
                     const char *version)
    {
        HttpRequest &request = state.request;
        request.method = method;
        const qsizetype question = state.rawUri.indexOf('?');
        request.path = question < 0 ? state.rawUri : state.rawUri.left(question);
        request.query = question < 0 ? QByteArray() : state.rawUri.mid(question + 1);
        MHD_get_connection_values_n(connection, MHD_HEADER_KIND, &collectHeader, &state);
        if (const MHD_ConnectionInfo *info =
                MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS))
            request.peer = addressText(info->client_addr);

        qint64 headBytes = qint64(request.method.size() + 1 + state.rawUri.size() + 1
                                  + qstrlen(version) + 2 + 2);
        MHD_get_connection_values_n(
            connection, MHD_HEADER_KIND,
            [](void *cls, MHD_ValueKind, const char *, size_t keySize, const char *,
               size_t valueSize) -> MHD_Result {
                *static_cast<qint64 *>(cls) += qint64(keySize + 2 + valueSize + 2);
                return MHD_YES;
            },
            &headBytes);
        bytesIn += quint64(headBytes);

        if (headBytes > options.maxHeaderBytes)
            return respond(connection, state,
                           HttpResponse::error(431, QStringLiteral("header_too_large"),
                                               QStringLiteral("the request head is %1 bytes, over the limit of %2")
                                                   .arg(headBytes).arg(options.maxHeaderBytes)));
        // Chunked uploads are refused: the body limit must be decided from the head, and a client
        // of this protocol always knows its body's length.
        if (request.headers.contains("transfer-encoding"))
            return respond(connection, state,
                           HttpResponse::error(411, QStringLiteral("length_required"),
                                               QStringLiteral("a request body must be sent with Content-Length, not Transfer-Encoding")));
        qint64 length = 0;
        if (request.headers.contains("content-length")) {
            bool ok = false;
            length = request.headers.value("content-length").trimmed().toLongLong(&ok);
            if (!ok || length < 0) // libmicrohttpd rejects these itself; this is the backstop
                return respond(connection, state,
                               HttpResponse::error(400, QStringLiteral("invalid_value"),
                                                   QStringLiteral("Content-Length is not a number")));
            if (length > options.maxBodyBytes)
                return respond(connection, state,
                               bodyTooLarge(QStringLiteral("the request body (%1 bytes)").arg(length),
                                            options.maxBodyBytes));
        }
        const QByteArray encoding = request.headers.value("content-encoding");
        const std::optional<ContentCoding> coding = ContentCodings::fromName(encoding);
        if (!coding)
            return respond(connection, state,
                           HttpResponse::error(415, QStringLiteral("unsupported_media_type"),
                                               QStringLiteral("Content-Encoding %1 is not supported; use zstd or gzip")
                                                   .arg(QString::fromLatin1(encoding.trimmed().left(64)))));
        state.coding = *coding;
        if (*coding == ContentCoding::Gzip)
            state.decoder = std::make_unique<GzipInflater>(options.maxInflatedBytes);
        else if (*coding == ContentCoding::Zstd)
            state.decoder = std::make_unique<ZstdDecoder>(options.maxInflatedBytes);
        if (!state.decoder)
            request.body.reserve(qsizetype(length)); // bounded by maxBodyBytes above
        return MHD_YES;
    }

    void receive(RequestState &state, const char *data, qint64 size)
    {
        bytesIn += quint64(size);
        state.received += size;
        if (state.failure)
            return;
        // Content-Length was checked, so this only guards against libmicrohttpd reading a body
        // that stated no length; kept so the limit holds whatever the framing.
        if (state.received > options.maxBodyBytes) {
            state.failure = bodyTooLarge(QStringLiteral("the request body"), options.maxBodyBytes);
        } else if (state.decoder) {
            switch (state.decoder->feed(data, size)) {
            case BodyDecoder::State::Ok:
                break;
            case BodyDecoder::State::TooLarge:
                state.failure = bodyTooLarge(QStringLiteral("the decompressed request body"),
                                             options.maxInflatedBytes);
                break;
            case BodyDecoder::State::Corrupt:
                state.failure = badBody(state.coding);
                break;
            }
        } else {
            state.request.body.append(data, qsizetype(size));
        }
        if (state.failure) {
            state.decoder.reset(); // drop what was buffered now, not when the body ends
            state.request.body = QByteArray();
        }
    }

    static HttpResponse badBody(ContentCoding coding)
    {
        if (coding == ContentCoding::Zstd)
            return HttpResponse::error(400, QStringLiteral("bad_zstd"),
                                       QStringLiteral("the request body is not valid zstd with a window of at most 8 MiB"));
        return HttpResponse::error(400, QStringLiteral("bad_gzip"), QStringLiteral("the request body is not valid gzip"));
    }

    MHD_Result finish(MHD_Connection *connection, RequestState &state)
    {
        if (state.failure)
            return respond(connection, state, *state.failure);
        if (state.decoder) {
            // An empty body has nothing to decompress; anything else must be complete.
            if (state.received > 0 && state.decoder->finish() != BodyDecoder::State::Ok)
                return respond(connection, state, badBody(state.coding));
            state.request.body = state.decoder->takeOutput();
            state.decoder.reset();
        }
        HttpResponse response;
        try {
            if (!handler)
                throw std::logic_error("no handler");
            response = handler(state.request);
        } catch (const std::exception &e) {
            qCWarning(lcHttp).noquote() << "handler failed for" << state.request.method
                                        << state.request.path << ":" << e.what();
            response = internalError();
        } catch (...) {
            qCWarning(lcHttp).noquote() << "handler failed for" << state.request.method
                                        << state.request.path << "with an unknown exception";
            response = internalError();
        }
        if (response.status < 200 || response.status > 599) {
            qCWarning(lcHttp) << "handler answered status" << response.status << "; sending 500";
            response = internalError();
        }
        return respond(connection, state, response);
    }

    MHD_Result respond(MHD_Connection *connection, const RequestState &state,
                       const HttpResponse &response)
    {
        QByteArray body = response.body;
        const bool compressible = body.size() > kCompressAbove;
        QByteArray encoding;
        const ContentCoding coding = compressible ? ContentCodings::preferred(state.request.headers.value("accept-encoding"))
                                                  : ContentCoding::Identity;
        if (coding != ContentCoding::Identity) {
            QByteArray packed = ContentCodings::compress(coding, body, kResponseGzipLevel);
            if (!packed.isEmpty()) {
                body = std::move(packed);
                encoding = ContentCodings::name(coding);
            }
        }
        MHD_Response *reply = MHD_create_response_from_buffer(
            size_t(body.size()), const_cast<char *>(body.constData()), MHD_RESPMEM_MUST_COPY);
        if (!reply)
            return MHD_NO; // out of memory: libmicrohttpd closes the connection
        quint64 headerBytes = 0;
        const auto add = [&](const QByteArray &name, const QByteArray &value) {
            if (MHD_add_response_header(reply, name.constData(), value.constData()) == MHD_YES)
                headerBytes += quint64(name.size() + 2 + value.size() + 2);
        };
        if (!response.contentType.isEmpty())
            add("Content-Type", response.contentType);
        for (const auto &[name, value] : response.headers) {
            const QByteArray lower = name.toLower();
            // Framing is ours: a handler's idea of the length or encoding would contradict it.
            if (lower == "content-length" || lower == "transfer-encoding" || lower == "accept-encoding"
                || (lower == "content-encoding" && !encoding.isEmpty()))
                continue;
            add(name, value);
        }
        if (!encoding.isEmpty())
            add("Content-Encoding", encoding);
        // What a client may send a request in (RFC 7694 section 3).
        add("Accept-Encoding", ContentCodings::kServerReads);
        if (compressible)
            add("Vary", "Accept-Encoding");
        const MHD_Result queued = MHD_queue_response(connection, unsigned(response.status), reply);
        MHD_destroy_response(reply);
        if (queued == MHD_YES) {
            ++requests;
            bytesOut += headerBytes + quint64(body.size());
        } else {
            qCWarning(lcHttp) << "could not queue a response with status" << response.status;
        }
        return queued;
    }
};

HttpServer::HttpServer(Handler handler) : HttpServer(std::move(handler), Options()) {}

HttpServer::HttpServer(Handler handler, Options options) : d(std::make_unique<Private>())
{
    d->handler = std::move(handler);
    d->options = std::move(options);
}

HttpServer::~HttpServer()
{
    stop();
}

bool HttpServer::listen(const QString &address, quint16 port)
{
    if (d->daemon) {
        d->setError(QStringLiteral("already listening"));
        return false;
    }
    const bool tls = !d->options.tlsCert.isEmpty() && !d->options.tlsKey.isEmpty();
    if (tls && MHD_is_feature_supported(MHD_FEATURE_TLS) != MHD_YES) {
        d->setError(QStringLiteral("this libmicrohttpd was built without TLS"));
        return false;
    }

    // We bind the socket ourselves so that a failure says why (libmicrohttpd only returns NULL).
    const QByteArray host = address == QLatin1String("localhost") ? QByteArray("127.0.0.1")
                                                                  : address.toLatin1();
    sockaddr_storage storage{};
    socklen_t length = 0;
    auto *v4 = reinterpret_cast<sockaddr_in *>(&storage);
    auto *v6 = reinterpret_cast<sockaddr_in6 *>(&storage);
    if (inet_pton(AF_INET, host.constData(), &v4->sin_addr) == 1) {
        v4->sin_family = AF_INET;
        v4->sin_port = htons(port);
        length = sizeof *v4;
    } else if (inet_pton(AF_INET6, host.constData(), &v6->sin6_addr) == 1) {
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons(port);
        length = sizeof *v6;
    } else {
        d->setError(QStringLiteral("not a numeric IP address: %1").arg(address));
        return false;
    }
    const int fd = ::socket(storage.ss_family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0) {
        d->setError(QStringLiteral("socket: %1").arg(QString::fromLocal8Bit(strerror(errno))));
        return false;
    }
    const int on = 1, off = 0;
    // A restarted server must not wait for the old connections' TIME_WAIT to end.
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    if (storage.ss_family == AF_INET6 && IN6_IS_ADDR_UNSPECIFIED(&v6->sin6_addr))
        setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &off, sizeof off);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&storage), length) != 0
        || ::listen(fd, SOMAXCONN) != 0) {
        d->setError(QStringLiteral("cannot listen on %1 port %2: %3")
                        .arg(address).arg(port).arg(QString::fromLocal8Bit(strerror(errno))));
        ::close(fd);
        return false;
    }

    // The pool holds the head being read, the parsed header records and the response head; it
    // is the hard cap on what a head can make us buffer. Twice the limit plus room lets heads
    // well over the limit still reach begin() and get our JSON 431; those that fill the pool
    // get libmicrohttpd's own answer (see listen() in the header for the exact behaviour).
    const size_t pool = size_t(qMax<qint64>(d->options.maxHeaderBytes, 1024) * 2 + 16 * 1024);
    QList<MHD_OptionItem> items{
        {MHD_OPTION_EXTERNAL_LOGGER, intptr_t(&Private::log), d.get()},
        {MHD_OPTION_LISTEN_SOCKET, fd, nullptr},
        {MHD_OPTION_URI_LOG_CALLBACK, intptr_t(&Private::onRequestLine), nullptr},
        {MHD_OPTION_NOTIFY_COMPLETED, intptr_t(&Private::onCompleted), nullptr},
        {MHD_OPTION_CONNECTION_MEMORY_LIMIT, intptr_t(pool), nullptr},
        {MHD_OPTION_CONNECTION_TIMEOUT, qMax(0, d->options.connectionTimeoutSec), nullptr},
        {MHD_OPTION_CONNECTION_LIMIT, qMax(1, d->options.maxConnections), nullptr},
    };
    if (d->options.threads > 1)
        items.append({MHD_OPTION_THREAD_POOL_SIZE, d->options.threads, nullptr});
    if (tls) {
        // libmicrohttpd keeps these pointers; the copies in d->options outlive the daemon.
        items.append({MHD_OPTION_HTTPS_MEM_CERT, 0, const_cast<char *>(d->options.tlsCert.constData())});
        items.append({MHD_OPTION_HTTPS_MEM_KEY, 0, const_cast<char *>(d->options.tlsKey.constData())});
    }
    items.append({MHD_OPTION_END, 0, nullptr});

    // AUTO picks epoll on Linux; the internal threads (a pool of them) run everything, handlers too.
    unsigned int flags = MHD_USE_AUTO_INTERNAL_THREAD | MHD_USE_ERROR_LOG;
    if (tls)
        flags |= MHD_USE_TLS;
    d->setError({});
    d->starting = true;
    d->daemon = MHD_start_daemon(flags, 0, nullptr, nullptr, &Private::onAccess, d.get(),
                                 MHD_OPTION_ARRAY, items.data(), MHD_OPTION_END);
    d->starting = false;
    if (!d->daemon) {
        ::close(fd);
        const QString why = errorString();
        d->setError(QStringLiteral("libmicrohttpd did not start%1")
                        .arg(why.isEmpty() ? QString() : QStringLiteral(": ") + why));
        return false;
    }
    sockaddr_storage bound{};
    socklen_t boundLength = sizeof bound;
    if (getsockname(fd, reinterpret_cast<sockaddr *>(&bound), &boundLength) == 0)
        d->port = ntohs(bound.ss_family == AF_INET6
                            ? reinterpret_cast<sockaddr_in6 *>(&bound)->sin6_port
                            : reinterpret_cast<sockaddr_in *>(&bound)->sin_port);
    return true;
}

bool HttpServer::isListening() const
{
    return d->daemon != nullptr;
}

quint16 HttpServer::port() const
{
    return d->daemon ? d->port : 0;
}

void HttpServer::stop()
{
    if (!d->daemon)
        return;
    // Also closes the listening socket we handed over.
    MHD_stop_daemon(d->daemon);
    d->daemon = nullptr;
    d->port = 0;
}

QString HttpServer::errorString() const
{
    QMutexLocker lock(&d->errorMutex);
    return d->errorString;
}

quint64 HttpServer::requests() const { return d->requests.load(); }
quint64 HttpServer::bytesIn() const { return d->bytesIn.load(); }
quint64 HttpServer::bytesOut() const { return d->bytesOut.load(); }

} // namespace brug
