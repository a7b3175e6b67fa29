// Test harness: a temporary folder, the real skillaid-server as a child
// process (loopback only), and a small synchronous HTTP client (Beast).
#pragma once
#include <boost/beast/http.hpp>
#include <nlohmann/json.hpp>

#include <chrono>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <sys/types.h>
#include <vector>

namespace skillaid::test {

constexpr const char* kLoopback = "127.0.0.1";
constexpr auto kStartTimeout = std::chrono::seconds(10);
constexpr auto kExitTimeout = std::chrono::seconds(15);

// A fresh folder under the system temp dir, removed with everything in it.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

void write_file(const std::filesystem::path& file, const std::string& content);
std::string read_file(const std::filesystem::path& file);
std::string gunzip(const std::string& gz);  // throws on malformed data

// skillaid-server started with `args`; stdout and stderr go to files in
// `log_dir`. The destructor kills (SIGKILL) and reaps it if still running.
// `prefix`: a command that runs the server, e.g. {"prlimit", "--nofile=256:256", "--"}.
class ServerProcess {
public:
    ServerProcess(const std::vector<std::string>& args, const std::filesystem::path& log_dir,
                  const std::vector<std::string>& prefix = {});
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    // Waits for the {"event":"listening"} log line; returns the port, or
    // nullopt if the process exited or kStartTimeout passed.
    std::optional<unsigned short> wait_listening();
    // Waits for the exit (kExitTimeout); the exit status, or -1 on timeout/signal death.
    int wait_exit();
    void send_signal(int signal_number);
    std::string out() const;  // stdout so far
    std::string err() const;  // stderr so far

private:
    pid_t pid_ = -1;
    std::filesystem::path out_file_;
    std::filesystem::path err_file_;
};

// A server on a free loopback port with a temporary web root (index.html,
// app.js, app.wasm + app.wasm.br, style.css, sw.js, a font, a png), a
// temporary data dir, and secret.txt beside the web root.
struct RunningServer {
    static constexpr const char* kSecret = "TOP-SECRET-OUTSIDE-WEB-ROOT";

    explicit RunningServer(const std::vector<std::string>& extra_args = {});

    TempDir dir;
    std::filesystem::path web_root;
    std::filesystem::path data_dir;
    std::map<std::string, std::string> files;  // name under web_root -> content
    std::unique_ptr<ServerProcess> process;
    unsigned short port = 0;
};

struct Response {
    unsigned status = 0;
    std::map<std::string, std::string> headers;  // lower-case names
    std::string body;
    std::string header(const std::string& lower_name) const;  // "" if absent
    nlohmann::json json() const { return nlohmann::json::parse(body); }
};

using Headers = std::vector<std::pair<std::string, std::string>>;

// One keep-alive connection to 127.0.0.1:port.
class Client {
public:
    explicit Client(unsigned short port);
    ~Client();
    Response request(boost::beast::http::verb method, const std::string& target, const Headers& headers = {},
                     const std::string& body = "");
    bool closed_by_server();  // true once the server has closed the connection

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// One request on its own connection.
Response http_request(unsigned short port, boost::beast::http::verb method, const std::string& target,
                      const Headers& headers = {}, const std::string& body = "");

}  // namespace skillaid::test
