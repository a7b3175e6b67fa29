#include "server/http.h"

#include "server/log.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/post.hpp>
#include <boost/beast/core.hpp>

#include <array>
#include <cmath>
#include <mutex>
#include <optional>
#include <sstream>
#include <unordered_map>

namespace skillaid::server {

namespace beast = boost::beast;
using boost::system::error_code;

class Session;

// Requests that run the engine: computed on the WorkPool, not on an io thread.
static bool runs_on_pool(const Request& req) {
    const std::string_view path = target_path(req.target());
    return req.method() == http::verb::post && (path == "/api/v1/estimate" || path == "/api/v1/submissions");
}

// 503 with Retry-After: the pool is full, or the request's deadline passed.
static Reply busy_reply(const Request& req, const std::string& code, const std::string& reason) {
    return make_reply(retry_later_response(req.version(), req.keep_alive(), http::status::service_unavailable, code,
                                           reason, kBusyRetryAfterSeconds));
}

// The open sessions, so that shutdown() can reach them. Shared with every
// session, so a session outliving the Server (forced stop) stays safe.
struct SessionRegistry {
    std::mutex mutex;
    std::uint64_t next_id = 1;
    bool stopping = false;
    std::unordered_map<std::uint64_t, std::weak_ptr<Session>> sessions;
};

//-----------------------------------------------------------------------------
// Session: one connection, requests read and answered one after the other
//-----------------------------------------------------------------------------

class Session : public std::enable_shared_from_this<Session> {
public:
    Session(tcp::socket&& socket, Server& server, std::shared_ptr<SessionRegistry> registry)
        : stream_(std::move(socket)), server_(server), registry_(std::move(registry)) {}

    ~Session() {
        std::lock_guard<std::mutex> lock(registry_->mutex);
        registry_->sessions.erase(id_);
    }

    void start() {
        {
            std::lock_guard<std::mutex> lock(registry_->mutex);
            id_ = registry_->next_id++;
            registry_->sessions[id_] = weak_from_this();
            stopping_ = registry_->stopping;
        }
        net::dispatch(stream_.get_executor(), beast::bind_front_handler(&Session::do_read, shared_from_this()));
    }

    // From any thread: an idle connection is closed now; one in the middle of
    // a request (partly received, or being answered) is closed after its response.
    void stop() {
        net::post(stream_.get_executor(), [self = shared_from_this()] {
            self->stopping_ = true;
            const bool idle = self->reading_ && !self->parser_->got_some() && self->buffer_.size() == 0;
            if (idle)
                self->stream_.cancel();
        });
    }

private:
    void do_read() {
        if (stopping_)
            return do_close();
        parser_.emplace();
        parser_->header_limit(static_cast<std::uint32_t>(kMaxHeaderBytes));
        parser_->body_limit(kMaxBodyBytes);
        stream_.expires_after(answered_ ? kKeepAliveTimeout : kHeaderTimeout);
        reading_ = true;
        http::async_read_header(stream_, buffer_, *parser_,
                                beast::bind_front_handler(&Session::on_header, shared_from_this()));
    }

    // The header is in: the body (if any) gets kReadTimeout.
    void on_header(error_code ec, std::size_t bytes) {
        if (ec)
            return on_read(ec, bytes);
        stream_.expires_after(kReadTimeout);
        // Room for the body in one read: Beast reads at most the buffer's free
        // capacity (512 bytes at least), so a 13 KB body otherwise took ~13 recv calls.
        if (const auto length = parser_->content_length())
            buffer_.reserve(buffer_.size() + static_cast<std::size_t>(std::min<std::uint64_t>(*length, kBodyReadChunkBytes)));
        http::async_read(stream_, buffer_, *parser_, beast::bind_front_handler(&Session::on_read, shared_from_this()));
    }

    void on_read(error_code ec, std::size_t) {
        reading_ = false;
        if (ec == http::error::end_of_stream || ec == net::error::operation_aborted || ec == beast::error::timeout)
            return do_close();
        if (ec == http::error::body_limit)
            return send_error_and_close(http::status::payload_too_large, "body_too_large",
                                        "请求体超过 " + std::to_string(kMaxBodyBytes / 1024) + " KiB 的上限");
        if (ec == http::error::header_limit)
            return send_error_and_close(http::status::request_header_fields_too_large, "headers_too_large",
                                        "请求头超过 " + std::to_string(kMaxHeaderBytes / 1024) + " KiB 的上限");
        if (ec.category() == http::make_error_code(http::error::bad_method).category())  // other HTTP parse errors
            return send_error_and_close(http::status::bad_request, "bad_request", "无法解析的 HTTP 请求");
        if (ec)
            return do_close();  // the connection broke

        Request req = parser_->release();
        if (stopping_)
            req.keep_alive(false);
        const auto started = std::chrono::steady_clock::now();
        if (!peer_known_) {  // once per connection (a getpeername call)
            error_code peer_ec;
            const tcp::endpoint peer = stream_.socket().remote_endpoint(peer_ec);
            peer_address_ = peer_ec ? std::string() : peer.address().to_string();
            peer_known_ = !peer_ec;
        }
        std::string address = peer_address_;
        auto shared = std::make_shared<Request>(std::move(req));
        if (runs_on_pool(*shared))
            return route_on_pool(std::move(shared), std::move(address), started);
        server_.route(*shared, address, answer_later(shared, started));
    }

    // What answers `req` on this session's strand, from whichever thread has its
    // reply (at once on an io thread, or a worker, or the store's commit thread).
    // Keeps the io_context running until then (a graceful stop waits for the answer).
    Answer answer_later(std::shared_ptr<Request> req, std::chrono::steady_clock::time_point started) {
        auto busy = std::make_shared<net::executor_work_guard<tcp::socket::executor_type>>(stream_.get_executor());
        return [self = shared_from_this(), req = std::move(req), started, busy](Reply reply) {
            auto ready = std::make_shared<Reply>(std::move(reply));
            net::dispatch(self->stream_.get_executor(), [self, req, ready, started, busy] {
                self->answer(*req, std::move(*ready), started);
                busy->reset();
            });
        };
    }

    // Engine work (server/work_pool.h): routed on a worker, answered back on
    // this session's strand; refused with 503 when the queue is full, or when
    // the request waited past kRequestDeadline before a worker took it.
    void route_on_pool(std::shared_ptr<Request> req, std::string address, std::chrono::steady_clock::time_point started) {
        Answer reply_to = answer_later(req, started);
        const bool queued = server_.pool().try_post([self = shared_from_this(), req, address, started, reply_to] {
            if (std::chrono::steady_clock::now() - started > kRequestDeadline)
                return reply_to(busy_reply(*req, "request_timeout",
                                           "请求排队超过 " + std::to_string(kRequestDeadline.count()) + " 秒仍未处理"));
            self->server_.route(*req, address, reply_to);
        });
        if (!queued)
            reply_to(busy_reply(*req, "server_busy", "服务器繁忙（已有 " + std::to_string(kMaxQueuedWork) + " 个请求在排队）"));
    }

    void answer(const Request& req, Reply&& reply, std::chrono::steady_clock::time_point started) {
        const auto elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started);
        log_event("request", {{"method", std::string(req.method_string())},
                              {"target", std::string(req.target())},
                              {"status", static_cast<unsigned>(reply.status)},
                              {"ms", std::round(elapsed.count() * 100) / 100}});
        send(std::move(reply.message));
    }

    void send_error_and_close(http::status status, const std::string& code, const std::string& message) {
        const unsigned version = parser_->get().version() ? parser_->get().version() : 11;
        log_event("request_refused", {{"status", static_cast<unsigned>(status)}, {"code", code}});
        send(http::message_generator(json_response(version, false, status, error_body(code, message, ""))));
    }

    // The answer's first kFirstWriteBytes (at least: whole pieces) are copied
    // into one buffer and written at once, the rest (a large file) by Beast.
    // Beast's own write hands at most 16 buffers to each send, and a header
    // is ~40 of them: a small answer went out in two sends, two TCP segments
    // (with TCP_NODELAY), waking the client twice.
    void send(http::message_generator&& message) {
        answered_ = true;
        const bool keep_alive = message.keep_alive() && !stopping_;
        stream_.expires_after(kWriteTimeout);
        auto rest = std::make_shared<http::message_generator>(std::move(message));
        auto first = std::make_shared<std::string>();
        error_code ec;
        while (!rest->is_done() && first->size() < kFirstWriteBytes) {
            const auto buffers = rest->prepare(ec);
            if (ec)
                return;  // a file that could not be read: the socket closes when the session ends
            const std::size_t before = first->size();
            for (const net::const_buffer& b : buffers)
                first->append(static_cast<const char*>(b.data()), b.size());
            rest->consume(first->size() - before);
        }
        net::async_write(stream_, net::buffer(*first),
                         [self = shared_from_this(), first, rest, keep_alive](error_code write_ec, std::size_t) {
                             if (write_ec)
                                 return;  // the socket closes when the session ends
                             if (!rest->is_done())
                                 return self->send_rest(std::move(*rest), keep_alive);
                             self->after_answer(keep_alive);
                         });
    }

    void send_rest(http::message_generator&& rest, bool keep_alive) {
        beast::async_write(stream_, std::move(rest), [self = shared_from_this(), keep_alive](error_code ec, std::size_t) {
            if (ec)
                return;
            self->after_answer(keep_alive);
        });
    }

    void after_answer(bool keep_alive) {
        if (keep_alive)
            return do_read();
        do_close();
    }

    // Half-close, then read and discard what the client still sends (e.g. the
    // rest of a refused body) so that it receives our answer rather than a reset.
    void do_close() {
        error_code ec;
        stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
        stream_.expires_after(kLingerTimeout);
        do_drain();
    }

    void do_drain() {
        stream_.async_read_some(net::buffer(drain_buffer_), [self = shared_from_this()](error_code ec, std::size_t) {
            if (!ec)
                self->do_drain();
        });
    }

    beast::tcp_stream stream_;
    beast::flat_buffer buffer_;
    std::optional<http::request_parser<http::string_body>> parser_;
    std::array<char, 4096> drain_buffer_{};
    Server& server_;
    std::shared_ptr<SessionRegistry> registry_;
    std::uint64_t id_ = 0;
    bool reading_ = false;   // waiting for (the rest of) a request
    bool answered_ = false;  // a request was answered: the next header may take kKeepAliveTimeout
    bool stopping_ = false;  // shutdown asked: no further requests on this connection
    bool peer_known_ = false;
    std::string peer_address_;  // the client's address, read at the first request
};

//-----------------------------------------------------------------------------
// Server
//-----------------------------------------------------------------------------

Server::Server(net::io_context& ioc, StaticFiles& files, Api& api, int worker_threads, std::size_t max_connections)
    : ioc_(ioc),
      acceptor_(net::make_strand(ioc)),
      retry_timer_(acceptor_.get_executor()),
      files_(files),
      api_(api),
      sessions_(std::make_shared<SessionRegistry>()),
      max_connections_(max_connections),
      pool_(worker_threads) {}

Server::~Server() = default;

error_code Server::listen(const tcp::endpoint& endpoint) {
    error_code ec;
    acceptor_.open(endpoint.protocol(), ec);
    if (!ec)
        acceptor_.set_option(net::socket_base::reuse_address(true), ec);
    if (!ec)
        acceptor_.bind(endpoint, ec);
    if (!ec)
        acceptor_.listen(kListenBacklog, ec);
    if (ec) {
        error_code ignored;
        acceptor_.close(ignored);
    }
    return ec;
}

tcp::endpoint Server::local_endpoint() const {
    error_code ec;
    return acceptor_.local_endpoint(ec);
}

void Server::start() {
    net::dispatch(acceptor_.get_executor(), [this] { do_accept(); });
}

void Server::do_accept() {
    acceptor_.async_accept(net::make_strand(ioc_), beast::bind_front_handler(&Server::on_accept, this));
}

void Server::on_accept(error_code ec, tcp::socket socket) {
    if (ec == net::error::operation_aborted || !acceptor_.is_open())
        return;  // shutdown
    if (ec) {
        log_event("accept_failed", {{"error", ec.message()}});
        retry_timer_.expires_after(kAcceptRetryDelay);
        retry_timer_.async_wait([this](error_code timer_ec) {
            if (!timer_ec && acceptor_.is_open())
                do_accept();
        });
        return;
    }
    std::size_t open = 0;
    {
        std::lock_guard<std::mutex> lock(sessions_->mutex);
        open = sessions_->sessions.size();
    }
    if (open >= max_connections_) {
        if (!full_)
            log_event("connections_full", {{"open", open}, {"max_connections", max_connections_}});
        full_ = true;
        refuse(socket);
    } else {
        full_ = false;
        // An answer is written as soon as it is ready: without this, Nagle's
        // algorithm holds its last segment until the client's delayed ACK (~40 ms).
        error_code ignored;
        socket.set_option(tcp::no_delay(true), ignored);
        std::make_shared<Session>(std::move(socket), *this, sessions_)->start();
    }
    do_accept();
}

// Beyond kMaxConnections: a 503 written at once (a new socket's send buffer
// takes it whole) and the socket closed, so a refusal holds no descriptor.
// What the client already sent is read first: closing over unread input
// would reset the connection and could lose the answer.
void Server::refuse(tcp::socket& socket) {
    static const std::string answer = [] {
        auto res = retry_later_response(11, false, http::status::service_unavailable, "too_many_connections",
                                        "服务器连接数已满", kConnectionsFullRetrySeconds);
        std::ostringstream out;
        out << res;
        return out.str();
    }();
    error_code ec;
    socket.non_blocking(true, ec);
    std::array<char, 4096> unread;
    for (int i = 0; i < 16 && !ec; i++)  // up to 64 KiB; then would_block (nothing more yet) or eof
        socket.read_some(net::buffer(unread), ec);
    ec = {};
    socket.write_some(net::buffer(answer), ec);
    socket.shutdown(tcp::socket::shutdown_send, ec);
    socket.close(ec);
}

void Server::shutdown() {
    net::post(acceptor_.get_executor(), [this] {
        error_code ignored;
        acceptor_.close(ignored);
        retry_timer_.cancel();
    });
    std::vector<std::shared_ptr<Session>> open;
    {
        std::lock_guard<std::mutex> lock(sessions_->mutex);
        sessions_->stopping = true;
        for (auto& [id, weak] : sessions_->sessions)
            if (auto session = weak.lock())
                open.push_back(std::move(session));
    }
    for (auto& session : open)
        session->stop();
}

void Server::route(const Request& req, const std::string& peer, const Answer& answer) {
    std::optional<Reply> reply;
    try {
        if (target_path(req.target()).starts_with(kApiPrefix))
            return api_.handle(req, peer, answer);  // catches what it throws
        reply.emplace(files_.handle(req));
    } catch (const std::exception& e) {
        log_event("internal_error", {{"target", std::string(req.target())}, {"what", e.what()}});
        reply.emplace(error_reply(req, http::status::internal_server_error, "internal_error", "服务器内部错误, 请稍后再试"));
    }
    answer(std::move(*reply));
}

}  // namespace skillaid::server
