// skillaid-server: serves the SkillAid web app and the engine's JSON API.
//   skillaid-server [--host 127.0.0.1] [--port 8080] [--web-root DIR] [--data-dir ./data]
//                   [--database postgresql://...] [--threads N] [--submission-rate N] [--trust-proxy]
//                   [--allow-origin ORIGIN] [--calendar-dir DIR]
//   skillaid-server admin ...   (accounts; server/admin.h)
// Exit status: 0 after a graceful stop (SIGINT/SIGTERM), 2 bad options,
// 3 cannot listen (e.g. port in use), 4 cannot open the data store.
#include "engine/calendar_dir.h"
#include "server/admin.h"
#include "server/api.h"
#include "server/http.h"
#include "server/log.h"
#include "server/register.h"
#include "server/static_files.h"
#include "server/store.h"

#include <boost/asio/signal_set.hpp>

#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <optional>
#include <string>
#include <sys/resource.h>
#include <sys/stat.h>
#include <thread>
#include <vector>

using namespace skillaid::server;

constexpr int kExitOk = 0;
constexpr int kExitUsage = 2;
constexpr int kExitListen = 3;
constexpr int kExitStore = 4;
constexpr unsigned short kDefaultPort = 8080;
constexpr const char* kDefaultHost = "127.0.0.1";
constexpr const char* kDefaultDataDir = "./data";
constexpr int kIoThreads = 2;                             // default of --threads
constexpr int kMaxIoThreads = 64;
constexpr int kMaxSubmissionRate = 1000000;
constexpr auto kShutdownGrace = std::chrono::seconds(10);  // in-flight requests get this long
constexpr mode_t kPrivateUmask = 077;  // what the server and admin create (data folder, database, WAL) is the owner's alone

struct Options {
    std::string host = kDefaultHost;
    unsigned short port = kDefaultPort;
    std::filesystem::path web_root = SKILLAID_DEFAULT_WEB_ROOT;
    std::filesystem::path data_dir = kDefaultDataDir;
    std::string database;  // empty: SQLite under data_dir
    std::string calendar_dir;  // official year files (YYYY.json) beyond or replacing the embedded ones
    int threads = kIoThreads;
    ApiOptions api;
};

static void print_help() {
    std::printf(
        "用法: skillaid-server [选项]\n"
        "SkillAid 技能补贴助手的 HTTP 服务: 网页应用 (静态文件) 与 /api/v1 (补贴估算, 截止日期).\n"
        "\n"
        "  --host ADDR       监听地址 (默认 %s; 0.0.0.0 对外开放)\n"
        "  --port N          端口, 0..65535 (默认 %u; 0 = 由系统选择)\n"
        "  --web-root DIR    网页文件目录 (默认 %s)\n"
        "  --data-dir DIR    数据目录, 不存在则创建, 内含 %s (默认 %s)\n"
        "  --database URL    改用 PostgreSQL: postgresql://user@host/db 或 libpq 连接串 \"host=... dbname=...\"\n"
        "  --threads N       处理请求的线程数 (默认 %d)\n"
        "  --submission-rate N  每个账号每分钟最多提交次数 (默认 %d)\n"
        "  --history-check-rate N  每个账号每分钟最多查询登记库次数 (默认 %d)\n"
        "  --trust-proxy     来自本机反向代理的请求以 X-Real-IP 作为客户端地址 (登录限流)\n"
        "  --allow-origin ORIGIN  允许该来源的网页跨域调用 /api/v1 (CORS), 如 https://app.example.cn\n"
        "  --calendar-dir DIR  启动时载入该目录的正式节假日安排 YYYY.json (新一年的安排; 替换内置的同年文件)\n"
        "  --help            显示本帮助\n"
        "\n"
        "账号管理: skillaid-server admin --help\n"
        "退出状态: 0 正常停止 (SIGINT/SIGTERM), 2 选项错误, 3 无法监听 (端口被占用), 4 无法打开数据库.\n",
        kDefaultHost, static_cast<unsigned>(kDefaultPort), SKILLAID_DEFAULT_WEB_ROOT, kStoreFileName, kDefaultDataDir,
        kIoThreads, kDefaultSubmissionsPerMinute, kDefaultHistoryChecksPerMinute);
}

static int usage_error(const std::string& message) {
    std::fprintf(stderr, "skillaid-server: %s\n用 --help 查看可用选项\n", message.c_str());
    return kExitUsage;
}

// Returns the exit status when the program should stop now (help or error).
static std::optional<int> parse_options(int argc, char** argv, Options& opts) {
    for (int i = 1; i < argc; i++) {
        const std::string arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            print_help();
            return kExitOk;
        }
        if (arg == "--trust-proxy") {
            opts.api.trust_proxy = true;
            continue;
        }
        if (arg != "--host" && arg != "--port" && arg != "--web-root" && arg != "--data-dir" && arg != "--database" &&
            arg != "--threads" && arg != "--submission-rate" && arg != "--history-check-rate" && arg != "--allow-origin" &&
            arg != "--calendar-dir")
            return usage_error("未知选项 '" + arg + "'");
        if (i + 1 >= argc)
            return usage_error("选项 " + arg + " 缺少值");
        const std::string value = argv[++i];
        if (arg == "--host") {
            boost::system::error_code ec;
            net::ip::make_address(value, ec);
            if (ec)
                return usage_error("--host '" + value + "' 不是 IP 地址");
            opts.host = value;
        } else if (arg == "--port") {
            const bool digits = !value.empty() && value.size() <= 5 && value.find_first_not_of("0123456789") == std::string::npos;
            if (!digits || std::stoul(value) > 65535)
                return usage_error("--port '" + value + "' 不是 0..65535 的端口号");
            opts.port = static_cast<unsigned short>(std::stoul(value));
        } else if (arg == "--threads" || arg == "--submission-rate" || arg == "--history-check-rate") {
            const int most = arg == "--threads" ? kMaxIoThreads : kMaxSubmissionRate;
            const bool digits = !value.empty() && value.size() <= 7 && value.find_first_not_of("0123456789") == std::string::npos;
            if (!digits || std::stoi(value) < 1 || std::stoi(value) > most)
                return usage_error(arg + " '" + value + "' 应为 1.." + std::to_string(most) + " 的整数");
            (arg == "--threads"           ? opts.threads
             : arg == "--submission-rate" ? opts.api.submissions_per_minute
                                          : opts.api.history_checks_per_minute) = std::stoi(value);
        } else if (arg == "--database") {
            if (!is_postgres_database(value))
                return usage_error("--database 应为 postgresql://... 或 libpq 连接串 (host=... dbname=...)");
            opts.database = value;
        } else if (arg == "--allow-origin") {
            // An origin only: scheme://host[:port], no path (compared byte for byte with Origin).
            const bool scheme = value.starts_with("http://") || value.starts_with("https://");
            const std::size_t host_at = value.find("://") + 3;
            if (!scheme || value.size() <= host_at || value.find('/', host_at) != std::string::npos)
                return usage_error("--allow-origin '" + value + "' 应为 http(s)://主机[:端口], 不带路径");
            opts.api.allow_origin = value;
        } else if (arg == "--web-root") {
            opts.web_root = value;
        } else if (arg == "--calendar-dir") {
            opts.calendar_dir = value;
        } else {
            opts.data_dir = value;
        }
    }
    return std::nullopt;
}

// Raises the soft limit of open files to the hard one (many hosts start at
// 1,024); the connection cap is derived from what it then is.
constexpr rlim_t kFileLimitWhenUnlimited = 1048576;  // the figure used for an unlimited hard limit
static std::size_t raise_file_limit() {
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 1024;
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max == RLIM_INFINITY ? kFileLimitWhenUnlimited : limit.rlim_max;
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    return static_cast<std::size_t>(limit.rlim_cur == RLIM_INFINITY ? kFileLimitWhenUnlimited : limit.rlim_cur);
}

static std::string url_of(const tcp::endpoint& ep) {
    const std::string host = ep.address().is_v6() ? "[" + ep.address().to_string() + "]" : ep.address().to_string();
    return "http://" + host + ":" + std::to_string(ep.port()) + "/";
}

int main(int argc, char** argv) {
    ::umask(kPrivateUmask);  // data folder 0700, skillaid.db / -wal / -shm 0600 (register.key is 0600 anyway)
    if (argc > 1 && std::string(argv[1]) == "admin")
        return run_admin(argc - 2, argv + 2);
    Options opts;
    if (std::optional<int> status = parse_options(argc, argv, opts))
        return *status;

    // Before any thread computes a deadline (WorkCalendar::install_year_files is not thread-safe).
    if (!opts.calendar_dir.empty()) {
        try {
            const std::vector<int> years = skillaid::install_calendar_dir(opts.calendar_dir);
            log_event("calendar_loaded", {{"calendar_dir", opts.calendar_dir}, {"years", years}});
        } catch (const std::runtime_error& e) {
            std::fprintf(stderr, "skillaid-server: --calendar-dir: %s\n", e.what());
            return kExitUsage;
        }
    }

    if (!init_crypto()) {
        std::fprintf(stderr, "skillaid-server: libsodium 无法初始化\n");
        return kExitStore;
    }
    std::unique_ptr<Store> store;
    try {
        store = open_store(opts.database, opts.data_dir);
        opts.api.register_key = load_register_key(opts.data_dir);  // also for PostgreSQL: a file in the data folder
    } catch (const StoreError& e) {
        std::fprintf(stderr, "skillaid-server: %s\n", e.what());
        log_event("store_failed", {{"error", e.what()}});
        return kExitStore;
    }

    std::error_code web_root_ec;
    if (!std::filesystem::is_directory(opts.web_root, web_root_ec))
        log_event("web_root_missing", {{"web_root", opts.web_root.string()},
                                       {"hint", "只提供 /api/v1; 先构建 wasm 或用 --web-root 指定目录"}});

    const std::size_t open_files = raise_file_limit();
    const std::size_t max_connections = max_connections_for(open_files);
    log_event("connection_limit", {{"open_files", open_files}, {"max_connections", max_connections}});

    net::io_context ioc{opts.threads};
    StaticFiles files(opts.web_root);
    Api api(*store, opts.api);
    Server server(ioc, files, api, store->kind() == "sqlite" ? kWorkerThreadsSqlite : kWorkerThreadsPostgres,
                  max_connections);

    const tcp::endpoint wanted(net::ip::make_address(opts.host), opts.port);
    if (boost::system::error_code ec = server.listen(wanted)) {
        const std::string where = opts.host + ":" + std::to_string(opts.port);
        if (ec == net::error::address_in_use)
            std::fprintf(stderr, "skillaid-server: %s 已被占用 (address in use); 用 --port 指定其他端口\n", where.c_str());
        else
            std::fprintf(stderr, "skillaid-server: 无法监听 %s: %s\n", where.c_str(), ec.message().c_str());
        log_event("listen_failed", {{"address", where}, {"error", ec.message()}});
        return kExitListen;
    }

    const std::string url = url_of(server.local_endpoint());
    log_event("listening", {{"url", url},
                            {"web_root", files.root().string()},
                            {"store", store->kind()},
                            {"database", store->location()},
                            {"schema_version", store->schema_version()}});
    std::printf("SkillAid 已启动: %s\n", url.c_str());
    std::fflush(stdout);

    // io threads; main waits for a stop signal, then for them (bounded by kShutdownGrace).
    std::mutex state_mutex;
    std::condition_variable state_changed;
    bool stop_requested = false;
    int running = opts.threads;

    net::signal_set signals(ioc, SIGINT, SIGTERM);
    signals.async_wait([&](const boost::system::error_code& ec, int signal_number) {
        if (ec)
            return;
        log_event("shutdown", {{"signal", signal_number == SIGINT ? "SIGINT" : "SIGTERM"}});
        server.shutdown();
        std::lock_guard<std::mutex> lock(state_mutex);
        stop_requested = true;
        state_changed.notify_all();
    });
    server.start();

    std::vector<std::thread> threads;
    for (int i = 0; i < opts.threads; i++) {
        threads.emplace_back([&] {
            for (;;) {
                try {
                    ioc.run();
                    break;
                } catch (const std::exception& e) {
                    log_event("io_error", {{"what", e.what()}});
                }
            }
            std::lock_guard<std::mutex> lock(state_mutex);
            running--;
            state_changed.notify_all();
        });
    }

    bool forced = false;
    {
        std::unique_lock<std::mutex> lock(state_mutex);
        state_changed.wait(lock, [&] { return stop_requested || running == 0; });
        if (!state_changed.wait_for(lock, kShutdownGrace, [&] { return running == 0; })) {
            forced = true;
            ioc.stop();
        }
    }
    for (std::thread& t : threads)
        t.join();

    store.reset();  // closes the database (checkpoints the WAL)
    log_event("stopped", {{"forced", forced}});
    return kExitOk;
}
