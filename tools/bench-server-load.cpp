// Load generator for tools/bench-server.sh (not a test): POST /api/v1/submissions
// from C connections (keep-alive, one thread each), a fresh Idempotency-Key
// per request, on 127.0.0.1 only. PORTS is one port or several separated by
// commas (server processes on one store): connection c uses the (c mod n)-th.
// Prints one JSON line:
//   {"requests","errors","seconds","per_second","p50_ms","p99_ms"}
// Usage: bench-server-load PORTS TOKEN BODY_FILE CONNECTIONS REQUESTS
#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;
using Clock = std::chrono::steady_clock;

static std::string uuid(std::mt19937_64& rng) {
    const unsigned long long a = rng(), b = rng();
    char buf[40];
    std::snprintf(buf, sizeof(buf), "%08llx-%04llx-4%03llx-a%03llx-%012llx", a >> 32, (a >> 16) & 0xffff, a & 0xfff,
                  b >> 52, b & 0xffffffffffffULL);
    return buf;
}

int main(int argc, char** argv) {
    if (argc != 6) {
        std::fprintf(stderr, "usage: %s PORTS TOKEN BODY_FILE CONNECTIONS REQUESTS\n", argv[0]);
        return 2;
    }
    std::vector<unsigned short> ports;
    std::stringstream port_list(argv[1]);
    for (std::string port; std::getline(port_list, port, ',');)
        ports.push_back(static_cast<unsigned short>(std::stoi(port)));
    const std::string token = argv[2];
    std::ifstream in(argv[3]);
    std::stringstream body;
    body << in.rdbuf();
    const int connections = std::stoi(argv[4]);
    const int requests = std::stoi(argv[5]);

    std::atomic<int> next{0}, errors{0};
    std::vector<std::vector<double>> latencies(static_cast<size_t>(connections));
    const auto started = Clock::now();
    std::vector<std::thread> threads;
    for (int c = 0; c < connections; c++) {
        threads.emplace_back([&, c] {
            std::mt19937_64 rng(std::random_device{}() + static_cast<unsigned>(c));
            net::io_context ioc;
            beast::tcp_stream stream(ioc);
            const unsigned short port = ports[static_cast<size_t>(c) % ports.size()];
            stream.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), port));
            stream.socket().set_option(tcp::no_delay(true));  // as browsers do
            beast::flat_buffer buffer;
            while (next++ < requests) {
                http::request<http::string_body> req{http::verb::post, "/api/v1/submissions", 11};
                req.set(http::field::host, "127.0.0.1");
                req.set(http::field::authorization, "Bearer " + token);
                req.set(http::field::content_type, "application/json");
                req.set("Idempotency-Key", uuid(rng));
                req.body() = body.str();
                req.prepare_payload();
                const auto t0 = Clock::now();
                http::write(stream, req);
                http::response<http::string_body> res;
                http::read(stream, buffer, res);
                latencies[static_cast<size_t>(c)].push_back(
                    std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
                if (res.result_int() != 201)
                    errors++;
            }
        });
    }
    for (std::thread& t : threads)
        t.join();
    const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
    std::vector<double> all;
    for (const auto& l : latencies)
        all.insert(all.end(), l.begin(), l.end());
    std::sort(all.begin(), all.end());
    const auto pct = [&](double p) { return all.empty() ? 0.0 : all[static_cast<size_t>(p * static_cast<double>(all.size() - 1))]; };
    std::printf("{\"requests\":%zu,\"errors\":%d,\"seconds\":%.3f,\"per_second\":%.1f,\"p50_ms\":%.2f,\"p99_ms\":%.2f}\n",
                all.size(), errors.load(), seconds, static_cast<double>(all.size()) / seconds, pct(0.50), pct(0.99));
    return errors.load() == 0 ? 0 : 1;
}
