#include "server/admin.h"

#include "engine/routing.h"
#include "engine/validators.h"
#include "server/api.h"
#include "server/auth.h"
#include "server/log.h"
#include "server/store.h"

#include <cstdio>
#include <iostream>
#include <map>
#include <string>

namespace skillaid::server {

using nlohmann::json;

constexpr int kAdminOk = 0;
constexpr int kAdminRefused = 1;
constexpr int kAdminUsage = 2;
constexpr int kAdminStore = 4;
constexpr const char* kCityBureau = "市人社局";
constexpr const char* kLoginCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._@-";

static void print_admin_help() {
    std::printf(
        "用法: skillaid-server admin [--data-dir DIR | --database URL] 命令 [选项]\n"
        "  create-org      --uscc 统一社会信用代码 --name 机构名称\n"
        "  create-user     --uscc 统一社会信用代码 --login 登录名 [--password-stdin]\n"
        "  create-reviewer --office 朝阳区|市人社局|... --login 登录名 [--password-stdin]\n"
        "  list-users\n"
        "不带 --password-stdin 时生成随机密码并只打印一次; 从标准输入读取时取第一行, 至少 %zu 个字符.\n"
        "退出状态: 0 完成, 1 被拒绝 (已存在/找不到/代码或密码无效), 2 用法错误, 4 数据库错误.\n",
        kMinPasswordLength);
}

static int refuse(const std::string& message) {
    std::fprintf(stderr, "skillaid-server admin: %s\n", message.c_str());
    return kAdminRefused;
}

static int admin_usage(const std::string& message) {
    std::fprintf(stderr, "skillaid-server admin: %s\n用 skillaid-server admin --help 查看用法\n", message.c_str());
    return kAdminUsage;
}

static void print_json(const json& j) {
    std::printf("%s\n", j.dump().c_str());
    std::fflush(stdout);
}

// The password: the first line of stdin, or a generated one (returned in `generated`).
static bool obtain_password(bool from_stdin, std::string& password, bool& generated, std::string& error) {
    generated = !from_stdin;
    if (!from_stdin) {
        password = generate_password();
        return true;
    }
    if (!std::getline(std::cin, password)) {
        error = "标准输入没有密码";
        return false;
    }
    if (!password.empty() && password.back() == '\r')
        password.pop_back();
    if (password.size() < kMinPasswordLength || password.size() > kMaxPasswordLength) {
        error = "密码长度应为 " + std::to_string(kMinPasswordLength) + ".." + std::to_string(kMaxPasswordLength) + " 个字符";
        return false;
    }
    return true;
}

static bool valid_login(const std::string& login) {
    return !login.empty() && login.size() <= kMaxLoginBytes &&
           login.find_first_not_of(kLoginCharacters) == std::string::npos;
}

static bool known_office(const std::string& office) {
    if (office == kCityBureau)
        return true;
    for (const std::string& district : routing_districts())
        if (district == office)
            return true;
    return false;
}

static int create_account(Store& store, User user, bool password_stdin) {
    if (!valid_login(user.login))
        return refuse("登录名应为 1.." + std::to_string(kMaxLoginBytes) + " 个字母、数字或 . _ @ -");
    std::string password, error;
    bool generated = false;
    if (!obtain_password(password_stdin, password, generated, error))
        return refuse(error);
    user.password_hash = hash_password(password);
    try {
        store.create_user(user, utc_now_iso8601());
    } catch (const StoreConflict&) {
        return refuse("登录名 " + user.login + " 已被使用");
    }
    json out = {{"created", user.role}, {"login", user.login}};
    if (user.role == "staff")
        out["uscc"] = user.organisation.uscc;
    else
        out["office"] = user.office;
    if (generated)
        out["password"] = password;  // shown once; only its hash is stored
    print_json(out);
    return kAdminOk;
}

int run_admin(int argc, char** argv) {
    std::string command;
    std::map<std::string, std::string> values;
    bool password_stdin = false;
    for (int i = 0; i < argc; i++) {
        const std::string arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            print_admin_help();
            return kAdminOk;
        }
        if (arg == "--password-stdin") {
            password_stdin = true;
        } else if (arg == "--data-dir" || arg == "--database" || arg == "--uscc" || arg == "--name" ||
                   arg == "--login" || arg == "--office") {
            if (i + 1 >= argc)
                return admin_usage("选项 " + arg + " 缺少值");
            values[arg] = argv[++i];
        } else if (!arg.starts_with("-") && command.empty()) {
            command = arg;
        } else {
            return admin_usage("未知参数 '" + arg + "'");
        }
    }
    auto need = [&](const char* option) { return values.contains(option) ? "" : std::string("缺少 ") + option; };
    if (command.empty())
        return admin_usage("缺少命令 (create-org, create-user, create-reviewer, list-users)");
    if (command != "create-org" && command != "create-user" && command != "create-reviewer" && command != "list-users")
        return admin_usage("未知命令 '" + command + "'");
    for (const char* option : command == "create-org"        ? std::vector<const char*>{"--uscc", "--name"}
                              : command == "create-user"     ? std::vector<const char*>{"--uscc", "--login"}
                              : command == "create-reviewer" ? std::vector<const char*>{"--office", "--login"}
                                                             : std::vector<const char*>{})
        if (std::string missing = need(option); !missing.empty())
            return admin_usage(missing);

    if (!init_crypto())
        return refuse("libsodium 无法初始化");
    std::unique_ptr<Store> store;
    try {
        store = open_store(values["--database"], values.contains("--data-dir") ? values["--data-dir"] : "./data");
    } catch (const StoreError& e) {
        std::fprintf(stderr, "skillaid-server admin: %s\n", e.what());
        return kAdminStore;
    }

    try {
        if (command == "create-org") {
            const CheckResult uscc = check_credit_code(values["--uscc"]);
            if (!uscc.ok)
                return refuse(uscc.message);
            const std::string& name = values["--name"];
            if (name.empty() || name.size() > kMaxNameBytes)
                return refuse("机构名称应为 1.." + std::to_string(kMaxNameBytes) + " 字节");
            try {
                store->create_organisation(uscc.normalized, name, utc_now_iso8601());
            } catch (const StoreConflict&) {
                return refuse("统一社会信用代码 " + uscc.normalized + " 的机构已存在");
            }
            json out = {{"created", "organisation"}, {"uscc", uscc.normalized}, {"name", name}};
            if (uscc.severity == Severity::warning)
                out["warning"] = uscc.message;
            print_json(out);
            return kAdminOk;
        }
        if (command == "create-user") {
            const CheckResult uscc = check_credit_code(values["--uscc"]);
            if (!uscc.ok)
                return refuse(uscc.message);
            const std::optional<Organisation> org = store->find_organisation(uscc.normalized);
            if (!org)
                return refuse("没有统一社会信用代码为 " + uscc.normalized + " 的机构; 先用 create-org 创建");
            User user;
            user.login = values["--login"];
            user.role = "staff";
            user.organisation_id = org->id;
            user.organisation = *org;
            return create_account(*store, user, password_stdin);
        }
        if (command == "create-reviewer") {
            if (!known_office(values["--office"]))
                return refuse("未知的受理部门 '" + values["--office"] + "' (市人社局 或区县名, 如 朝阳区)");
            User user;
            user.login = values["--login"];
            user.role = "reviewer";
            user.office = values["--office"];
            return create_account(*store, user, password_stdin);
        }
        json users = json::array();
        for (const User& u : store->list_users())
            users.push_back(user_json(u));
        print_json({{"users", users}});
        return kAdminOk;
    } catch (const StoreError& e) {
        std::fprintf(stderr, "skillaid-server admin: %s\n", e.what());
        return kAdminStore;
    }
}

}  // namespace skillaid::server
