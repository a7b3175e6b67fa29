// The HTTP/1.1 server: an acceptor, one session per connection (keep-alive,
// each on its own strand), routing to the API or the static files, and a
// graceful stop: no new connections, idle ones closed, in-flight requests
// answered before their connection closes.
#pragma once
#include "server/api.h"
#include "server/static_files.h"
#include "server/work_pool.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <memory>

namespace skillaid::server {

namespace net = boost::asio;
using tcp = net::ip::tcp;

constexpr std::size_t kMaxHeaderBytes = 16u << 10;              // request line + headers
constexpr std::size_t kMaxBodyBytes = 1u << 20;                 // request body (API); beyond: 413
constexpr std::size_t kBodyReadChunkBytes = 64u << 10;          // read buffer for a body: one recv per 64 KiB at most
constexpr std::size_t kFirstWriteBytes = 16u << 10;             // an answer's first send: one copy, one segment
constexpr auto kHeaderTimeout = std::chrono::seconds(10);       // a new connection's first request header
constexpr auto kKeepAliveTimeout = std::chrono::seconds(30);    // between requests, until the next header is in
constexpr auto kReadTimeout = std::chrono::seconds(30);         // a request body, once its header is in
constexpr auto kWriteTimeout = std::chrono::seconds(60);        // a large file to a slow client
constexpr auto kLingerTimeout = std::chrono::seconds(2);        // draining a closed connection's unread input
// Connections the kernel completes before accept() (capped by net.core.somaxconn).
// 128 overflowed when 160 clients connected at once: the SYN of the 161st was
// dropped and sent again after 1 s (hostile/engine_requests_beyond_the_queue_...
// saw /health take 1.03 s about one run in ten).
constexpr int kListenBacklog = 1024;
constexpr auto kAcceptRetryDelay = std::chrono::milliseconds(100);  // after e.g. "too many open files"
constexpr std::size_t kMaxConnections = 10000;        // open connections; beyond: 503 at once, then closed
constexpr std::size_t kReservedFileDescriptors = 64;  // for the store, logs, PostgreSQL and refusals
constexpr int kConnectionsFullRetrySeconds = 1;       // Retry-After of that 503

// The connection cap under a file limit of `open_files`: each connection may
// hold its socket and a file it sends, beside the reserve.
constexpr std::size_t max_connections_for(std::size_t open_files) {
    const std::size_t usable = open_files > 2 * kReservedFileDescriptors ? open_files - kReservedFileDescriptors
                                                                         : kReservedFileDescriptors;
    return std::min(kMaxConnections, usable / 2);
}

struct SessionRegistry;

class Server {
public:
    Server(net::io_context& ioc, StaticFiles& files, Api& api, int worker_threads,
           std::size_t max_connections = kMaxConnections);
    ~Server();

    // Opens, binds and listens; an error (e.g. address_in_use) is returned, not thrown.
    boost::system::error_code listen(const tcp::endpoint& endpoint);
    tcp::endpoint local_endpoint() const;
    void start();     // accept connections
    void shutdown();  // thread-safe: stop accepting, close idle connections

    // `peer`: the client's address as the socket sees it. The reply goes to
    // `answer`, at once or later from another thread (Api::handle).
    void route(const Request& req, const std::string& peer, const Answer& answer);
    WorkPool& pool() { return pool_; }

private:
    void do_accept();
    void on_accept(boost::system::error_code ec, tcp::socket socket);
    void refuse(tcp::socket& socket);

    net::io_context& ioc_;
    tcp::acceptor acceptor_;
    net::steady_timer retry_timer_;
    StaticFiles& files_;
    Api& api_;
    std::shared_ptr<SessionRegistry> sessions_;
    std::size_t max_connections_;
    bool full_ = false;  // at the cap (logged once per episode); on the acceptor's strand
    WorkPool pool_;  // last: its threads stop before the rest goes
};

}  // namespace skillaid::server
