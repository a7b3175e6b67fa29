// Connections: a cap below the file limit (refused politely beyond it, the
// server still answering), and the short timeout of a connection that has not
// sent a whole request header. The server runs under a file limit of 256
// (prlimit), as a hostile client would find it at the common 1,024.
#include "tests/server/harness.h"

#include <boost/test/unit_test.hpp>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <thread>

using namespace skillaid::test;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr int kIdleSockets = 300;             // beyond the cap of a 256-file server
constexpr auto kHealthBound = std::chrono::seconds(1);
constexpr auto kServerHeaderTimeout = std::chrono::seconds(10);  // kHeaderTimeout in server/http.h

static long long ms(Clock::duration d) { return std::chrono::duration_cast<std::chrono::milliseconds>(d).count(); }

// A connection to 127.0.0.1:port (non-blocking; connect completes in the background).
static int open_socket(unsigned short port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    ::inet_pton(AF_INET, kLoopback, &addr.sin_addr);
    ::connect(fd, reinterpret_cast<const sockaddr*>(&addr), sizeof addr);
    return fd;
}

// What the server sent on `fd` until it closed or `limit` passed; `closed` tells which.
static std::string read_until_closed(int fd, Clock::duration limit, bool& closed) {
    std::string text;
    closed = false;
    const auto deadline = Clock::now() + limit;
    while (!closed) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        if (left <= 0)
            break;
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, static_cast<int>(left)) <= 0)
            continue;
        char buf[4096];
        const ssize_t got = ::read(fd, buf, sizeof buf);
        if (got > 0)
            text.append(buf, static_cast<std::size_t>(got));
        else if (got == 0 || errno != EAGAIN)
            closed = true;
    }
    return text;
}

// GET /api/v1/health on a new connection; the raw answer ("" if none within `limit`).
static std::string health(unsigned short port, Clock::duration limit) {
    const int fd = open_socket(port);
    pollfd p{fd, POLLOUT, 0};
    ::poll(&p, 1, static_cast<int>(std::chrono::duration_cast<std::chrono::milliseconds>(limit).count()));
    const std::string request = "GET /api/v1/health HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n";
    std::string answer;
    if (::write(fd, request.data(), request.size()) == static_cast<ssize_t>(request.size())) {
        bool closed = false;
        answer = read_until_closed(fd, limit, closed);
    }
    ::close(fd);
    return answer;
}

BOOST_AUTO_TEST_SUITE(connections)

BOOST_AUTO_TEST_CASE(beyond_the_cap_connections_are_refused_and_health_still_answers) {
    TempDir dir;
    fs::create_directories(dir.path() / "web");
    ServerProcess server({"--host", kLoopback, "--port", "0", "--web-root", (dir.path() / "web").string(), "--data-dir",
                          (dir.path() / "data").string()},
                         dir.path(), {"prlimit", "--nofile=256:256", "--"});
    const std::optional<unsigned short> port = server.wait_listening();
    BOOST_REQUIRE(port);
    BOOST_TEST(health(*port, kHealthBound).starts_with("HTTP/1.1 200"));

    // One connection sends half a header and stops; then many send nothing.
    const int partial = open_socket(*port);
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    const std::string half = "GET /api/v1/health HTTP/1.1\r\nHost: t\r\n";
    BOOST_REQUIRE(::write(partial, half.data(), half.size()) == static_cast<ssize_t>(half.size()));
    const auto opened = Clock::now();
    std::vector<int> idle;
    for (int i = 0; i < kIdleSockets; i++)
        idle.push_back(open_socket(*port));
    std::this_thread::sleep_for(std::chrono::milliseconds(300));

    // The server still answers at once: 503 in Chinese while full, not silence.
    const auto asked = Clock::now();
    const std::string full = health(*port, kHealthBound);
    BOOST_TEST_INFO(full);
    BOOST_TEST(ms(Clock::now() - asked) < ms(kHealthBound));
    BOOST_TEST(full.starts_with("HTTP/1.1 503"));
    BOOST_TEST(full.find("too_many_connections") != std::string::npos);
    BOOST_TEST(full.find("Retry-After") != std::string::npos);
    // The connections beyond the cap got the same answer and were closed.
    int refused = 0;
    for (int fd : idle) {
        std::string answer;
        char buf[4096];
        ssize_t got = 0;
        while ((got = ::read(fd, buf, sizeof buf)) > 0)  // what has come (non-blocking)
            answer.append(buf, static_cast<std::size_t>(got));
        const bool closed = got == 0;
        if (answer.starts_with("HTTP/1.1 503") && closed)
            refused++;
    }
    BOOST_TEST(refused > 0);
    BOOST_TEST(server.err().find("\"event\":\"connection_limit\"") != std::string::npos);
    BOOST_TEST(server.err().find("accept_failed") == std::string::npos);

    // The half header is dropped after kHeaderTimeout (not the 30 s of a body).
    bool closed = false;
    read_until_closed(partial, kServerHeaderTimeout + std::chrono::seconds(3), closed);
    BOOST_TEST(closed);
    BOOST_TEST(ms(Clock::now() - opened) >= ms(kServerHeaderTimeout - std::chrono::seconds(1)));
    // So are the silent ones: the server serves again.
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    BOOST_TEST(health(*port, kHealthBound).starts_with("HTTP/1.1 200"));
    ::close(partial);
    for (int fd : idle)
        ::close(fd);
}

BOOST_AUTO_TEST_SUITE_END()
