#include "tests/server/harness.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>

#include <zlib.h>

#include <csignal>
#include <fcntl.h>
#include <cstdlib>
#include <fstream>
#include <spawn.h>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <thread>

extern char** environ;

namespace skillaid::test {

namespace fs = std::filesystem;
namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;

constexpr auto kPollInterval = std::chrono::milliseconds(20);

TempDir::TempDir() {
    std::string pattern = (fs::temp_directory_path() / "skillaid-server-test-XXXXXX").string();
    if (!mkdtemp(pattern.data()))
        throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
}

TempDir::~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
}

void write_file(const fs::path& file, const std::string& content) {
    fs::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << content;
    if (!out)
        throw std::runtime_error("cannot write " + file.string());
}

std::string read_file(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream data;
    data << in.rdbuf();
    return data.str();
}

std::string gunzip(const std::string& gz) {
    z_stream zs{};
    if (inflateInit2(&zs, 15 + 16) != Z_OK)
        throw std::runtime_error("inflateInit2 failed");
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(gz.data()));
    zs.avail_in = static_cast<uInt>(gz.size());
    std::string out;
    char chunk[16384];
    int rc = Z_OK;
    while (rc == Z_OK) {
        zs.next_out = reinterpret_cast<Bytef*>(chunk);
        zs.avail_out = sizeof(chunk);
        rc = inflate(&zs, Z_NO_FLUSH);
        out.append(chunk, sizeof(chunk) - zs.avail_out);
    }
    inflateEnd(&zs);
    if (rc != Z_STREAM_END)
        throw std::runtime_error("not a complete gzip stream");
    return out;
}

//-----------------------------------------------------------------------------
// ServerProcess
//-----------------------------------------------------------------------------

ServerProcess::ServerProcess(const std::vector<std::string>& args, const fs::path& log_dir,
                             const std::vector<std::string>& prefix)
    : out_file_(log_dir / "server.stdout"), err_file_(log_dir / "server.stderr") {
    std::vector<std::string> argv_strings = prefix;
    argv_strings.push_back(SKILLAID_SERVER_PATH);
    argv_strings.insert(argv_strings.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& s : argv_strings)
        argv.push_back(s.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, out_file_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, err_file_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int rc = posix_spawnp(&pid_, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0)
        throw std::runtime_error("posix_spawn " + argv_strings[0] + " failed");
}

ServerProcess::~ServerProcess() {
    if (pid_ > 0) {
        kill(pid_, SIGKILL);
        waitpid(pid_, nullptr, 0);
    }
}

std::string ServerProcess::out() const { return read_file(out_file_); }
std::string ServerProcess::err() const { return read_file(err_file_); }

void ServerProcess::send_signal(int signal_number) {
    if (pid_ > 0)
        kill(pid_, signal_number);
}

std::optional<unsigned short> ServerProcess::wait_listening() {
    const auto deadline = std::chrono::steady_clock::now() + kStartTimeout;
    while (std::chrono::steady_clock::now() < deadline) {
        std::istringstream lines(err());
        std::string line;
        while (std::getline(lines, line)) {
            const auto log = nlohmann::json::parse(line, nullptr, false);
            if (log.is_object() && log.value("event", "") == "listening") {
                const std::string url = log.value("url", "");  // http://127.0.0.1:PORT/
                const size_t colon = url.rfind(':');
                return static_cast<unsigned short>(std::stoul(url.substr(colon + 1)));
            }
        }
        int status = 0;
        if (waitpid(pid_, &status, WNOHANG) == pid_) {
            pid_ = -1;
            return std::nullopt;
        }
        std::this_thread::sleep_for(kPollInterval);
    }
    return std::nullopt;
}

int ServerProcess::wait_exit() {
    if (pid_ <= 0)
        return -1;
    const auto deadline = std::chrono::steady_clock::now() + kExitTimeout;
    while (std::chrono::steady_clock::now() < deadline) {
        int status = 0;
        if (waitpid(pid_, &status, WNOHANG) == pid_) {
            pid_ = -1;
            return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        }
        std::this_thread::sleep_for(kPollInterval);
    }
    return -1;  // still running: the destructor kills it
}

//-----------------------------------------------------------------------------
// RunningServer
//-----------------------------------------------------------------------------

// Files of the test web root. Sizes above the server's gzip threshold where
// compression is to be seen.
static std::string repeat(const std::string& s, int times) {
    std::string out;
    for (int i = 0; i < times; i++)
        out += s;
    return out;
}

RunningServer::RunningServer(const std::vector<std::string>& extra_args)
    : web_root(dir.path() / "web"), data_dir(dir.path() / "data") {
    files["index.html"] = "<!doctype html><title>SkillAid test</title><p>技能补贴助手</p>\n";
    files["app.js"] = repeat("console.log('SkillAid 技能补贴助手');\n", 100);
    files["sw.js"] = "self.addEventListener('fetch', () => {});\n";
    files["style.css"] = repeat("body { margin: 0; }\n", 50);
    std::string wasm("\0asm\1\0\0\0", 8);
    for (int i = 0; i < 2000; i++)
        wasm += static_cast<char>(i % 7);
    files["app.wasm"] = wasm;
    files["fonts/NotoSansSC.ttf"] = repeat("ttf", 400);
    files["logo.png"] = "\x89PNG\r\n\x1a\n";
    for (const auto& [name, content] : files)
        write_file(web_root / name, content);
    // Stands for brotli output: the server passes the sibling through unread.
    write_file(web_root / "app.wasm.br", "BROTLI-COMPRESSED-WASM");
    // Outside the web root: must never be served.
    write_file(dir.path() / "secret.txt", kSecret);

    std::vector<std::string> args = {"--host", kLoopback, "--port", "0", "--web-root", web_root.string(),
                                     "--data-dir", data_dir.string()};
    args.insert(args.end(), extra_args.begin(), extra_args.end());
    process = std::make_unique<ServerProcess>(args, dir.path());
    const std::optional<unsigned short> listening = process->wait_listening();
    if (!listening)
        throw std::runtime_error("skillaid-server did not start: " + process->err());
    port = *listening;
}

//-----------------------------------------------------------------------------
// HTTP client
//-----------------------------------------------------------------------------

std::string Response::header(const std::string& lower_name) const {
    auto it = headers.find(lower_name);
    return it == headers.end() ? "" : it->second;
}

struct Client::Impl {
    net::io_context ioc;
    beast::tcp_stream stream{ioc};
    beast::flat_buffer buffer;
};

Client::Client(unsigned short port) : impl_(std::make_unique<Impl>()) {
    impl_->stream.expires_after(kExitTimeout);
    impl_->stream.connect(tcp::endpoint(net::ip::make_address(kLoopback), port));
}

Client::~Client() = default;

Response Client::request(http::verb method, const std::string& target, const Headers& headers, const std::string& body) {
    http::request<http::string_body> req{method, target, 11};
    req.set(http::field::host, kLoopback);
    for (const auto& [name, value] : headers)
        req.set(name, value);
    if (!body.empty() || method == http::verb::post) {
        req.body() = body;
        req.prepare_payload();
    }
    impl_->stream.expires_after(kExitTimeout);
    http::write(impl_->stream, req);

    http::response_parser<http::string_body> parser;
    parser.body_limit(boost::none);
    parser.skip(method == http::verb::head);
    http::read(impl_->stream, impl_->buffer, parser);
    const auto& res = parser.get();
    Response out;
    out.status = res.result_int();
    for (const auto& field : res) {
        std::string name(field.name_string());
        for (char& c : name)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        out.headers[name] = std::string(field.value());
    }
    out.body = res.body();
    return out;
}

bool Client::closed_by_server() {
    impl_->stream.expires_after(kExitTimeout);
    char byte;
    beast::error_code ec;
    impl_->stream.read_some(net::buffer(&byte, 1), ec);
    return ec == net::error::eof || ec == net::error::connection_reset;
}

Response http_request(unsigned short port, http::verb method, const std::string& target, const Headers& headers,
                      const std::string& body) {
    Client client(port);
    return client.request(method, target, headers, body);
}

}  // namespace skillaid::test
