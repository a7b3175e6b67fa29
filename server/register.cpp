#include "server/register.h"

#include "engine/catalog.h"
#include "engine/validators.h"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace skillaid::server {

using nlohmann::json;

constexpr std::size_t kRegisterKeyBytes = crypto_auth_hmacsha256_KEYBYTES;  // 32

static std::string read_key_file(const std::filesystem::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw StoreError("无法读取登记库密钥 " + path.string() + ": " + std::strerror(errno));
    std::string key(kRegisterKeyBytes, '\0');
    const ssize_t got = ::read(fd, key.data(), key.size());
    char extra = 0;
    const ssize_t more = ::read(fd, &extra, 1);
    ::close(fd);
    if (got != static_cast<ssize_t>(kRegisterKeyBytes) || more != 0)
        throw StoreError("登记库密钥 " + path.string() + " 应为 " + std::to_string(kRegisterKeyBytes) +
                         " 字节; 文件已损坏? (删除它会使已登记的记录无法再匹配)");
    return key;
}

std::string load_register_key(const std::filesystem::path& data_dir) {
    std::error_code ec;
    std::filesystem::create_directories(data_dir, ec);
    const std::filesystem::path path = data_dir / kRegisterKeyFileName;
    if (std::filesystem::exists(path, ec))
        return read_key_file(path);
    // Written to a private temporary file, then linked to the name: link() fails
    // when another process made the file first, and then its key is used.
    const std::filesystem::path tmp = data_dir / (std::string(kRegisterKeyFileName) + ".tmp." + std::to_string(::getpid()));
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        throw StoreError("无法创建登记库密钥 " + path.string() + ": " + std::strerror(errno));
    unsigned char key[kRegisterKeyBytes];
    crypto_auth_hmacsha256_keygen(key);
    const bool written = ::write(fd, key, sizeof key) == static_cast<ssize_t>(sizeof key) && ::fsync(fd) == 0;
    ::close(fd);
    sodium_memzero(key, sizeof key);
    const bool linked = written && (::link(tmp.c_str(), path.c_str()) == 0 || errno == EEXIST);
    const int link_errno = errno;
    ::unlink(tmp.c_str());
    if (!linked)
        throw StoreError("无法创建登记库密钥 " + path.string() + ": " + std::strerror(link_errno));
    return read_key_file(path);
}

std::string register_id_hash(const std::string& key, const std::string& resident_id) {
    const std::size_t first = resident_id.find_first_not_of(" \t\r\n");
    const std::size_t last = resident_id.find_last_not_of(" \t\r\n");
    std::string id = first == std::string::npos ? "" : resident_id.substr(first, last - first + 1);
    for (char& c : id)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(key.data()), key.size());
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(id.data()), id.size());
    crypto_auth_hmacsha256_final(&state, mac);
    char hex[crypto_auth_hmacsha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, mac, sizeof mac);
    return hex;
}

json history_entry_json(const RegisterRecord& r) {
    json h = {{"date", r.date}, {"scheme", r.scheme}};
    if (r.occupation > 0)
        h["occupation"] = r.occupation;
    if (!r.level.empty())
        h["level"] = r.level;
    if (r.days > 0)
        h["days"] = r.days;
    if (r.months > 0)  // 以工代训 months: the 6-month maximum counts earlier claims (三(一)7)
        h["months"] = r.months;
    return h;
}

std::vector<std::string> trainee_id_hashes(const std::string& key, const json& scenario) {
    std::vector<std::string> hashes;
    for (const json& t : scenario.value("trainees", json::array())) {
        const std::string id = t.contains("id") && t["id"].is_string() ? t["id"].get<std::string>() : "";
        hashes.push_back(id_info(id) ? register_id_hash(key, id) : std::string());
    }
    return hashes;
}

json scenario_with_history(json scenario, const std::vector<std::string>& hashes,
                           const std::vector<RegisterRecord>& history) {
    if (!scenario.contains("trainees"))
        return scenario;
    json& trainees = scenario["trainees"];
    for (std::size_t i = 0; i < trainees.size() && i < hashes.size(); i++) {
        if (hashes[i].empty())
            continue;
        for (const RegisterRecord& r : history) {
            if (r.id_hash != hashes[i])
                continue;
            if (!trainees[i].contains("history"))
                trainees[i]["history"] = json::array();
            trainees[i]["history"].push_back(history_entry_json(r));
        }
    }
    return scenario;
}

json register_issues(const json& scenario, const json& without, const json& with_history) {
    json out = json::array();
    const json sent = scenario.value("trainees", json::array());
    const json before = without.value("trainees", json::array());
    const json after = with_history.value("trainees", json::array());
    for (std::size_t i = 0; i < after.size() && i < before.size() && i < sent.size(); i++) {
        for (const json& issue : after[i]["issues"]) {
            const std::string effect = issue["effect"];
            if (effect != "excluded" && effect != "reduced")
                continue;
            const bool had = std::any_of(before[i]["issues"].begin(), before[i]["issues"].end(), [&](const json& b) {
                return b["code"] == issue["code"] && b["message"] == issue["message"];
            });
            if (had)
                continue;
            out.push_back({{"row", i + 1},
                           {"index", i},
                           {"id", sent[i].value("id", "")},
                           {"effect", effect},
                           {"code", issue["code"]},
                           {"clause", issue["clause"]},
                           {"message", issue["message"]}});
        }
    }
    return out;
}

// The catalog number of a scenario's "occupation" (a number or a name; 0 = none).
static long long occupation_number(const json& scenario) {
    if (!scenario.contains("occupation"))
        return 0;
    const json& o = scenario["occupation"];
    if (o.is_number_integer())
        return o.get<long long>();
    const Occupation* found = o.is_string() ? find_occupation(o.get<std::string>()) : nullptr;
    return found ? found->number : 0;
}

std::vector<RegisterRecord> claim_records(const json& scenario, const std::vector<std::string>& hashes,
                                          const json& estimate) {
    std::vector<RegisterRecord> records;
    const json trainees = scenario.value("trainees", json::array());
    const json paid = estimate.value("trainees", json::array());
    const std::string date = estimate.at("date");
    for (std::size_t i = 0; i < trainees.size() && i < hashes.size() && i < paid.size(); i++) {
        if (hashes[i].empty() || paid[i]["amount_fen"].get<long long>() <= 0)
            continue;
        RegisterRecord r;
        r.id_hash = hashes[i];
        r.date = date;
        r.year = std::stoi(date.substr(0, 4));
        r.scheme = estimate["scheme"];
        r.occupation = occupation_number(scenario);
        r.level = scenario.value("level", "");
        r.months = trainees[i].value("months", 0LL);
        r.days = trainees[i].value("days", 0LL);
        records.push_back(r);
    }
    return records;
}

static std::string n(long long v) { return std::to_string(v); }

static void limit(HistoryCounts& c, const char* code, const std::string& clause, const std::string& message) {
    c.limits.push_back({{"code", code}, {"clause", clause}, {"message", message + "（" + clause + "）"}});
}

// The counts follow the engine's reading of history (engine/estimate.cpp case_of);
// the messages name only the rule and the counts, never an earlier claim.
HistoryCounts history_counts(const std::vector<RegisterRecord>& history, const Date& date, Scheme scheme,
                             long long occupation, const std::string& level) {
    const PolicyVersion& p = policy_for(date);
    HistoryCounts c;
    for (const RegisterRecord& r : history) {
        Scheme s;
        if (!parse_scheme(r.scheme, s))
            continue;
        const bool same = occupation > 0 && r.occupation == occupation && r.level == level;
        const bool this_year = r.year == date.year;
        if (this_year && p.rules(s).per_person_limit) {
            c.trainings_this_year++;
            if (same)
                c.same_occupation_level_this_year++;
        }
        if (s == Scheme::entrepreneurship)
            c.entrepreneurship++;
        if (s == Scheme::assessment && same)
            c.assessment_same++;
        if (s == Scheme::living_allowance && this_year)
            c.living_allowance_this_year++;
        if (s == Scheme::work_for_training)
            c.work_for_training_months += r.months;
    }

    const std::string year = n(date.year);
    if (p.rules(scheme).per_person_limit) {
        const Num& max = p.max_trainings_per_year;
        const Num& once = p.same_occupation_level_per_year;
        if (c.trainings_this_year >= max.value)
            limit(c, "yearly_limit_reached", max.clause,
                  "该学员 " + year + " 年已享受 " + n(c.trainings_this_year) + " 次补贴性培训，达到每人每年 " +
                      n(max.value) + " 次上限");
        if (c.same_occupation_level_this_year >= once.value)
            limit(c, "same_occupation_level_this_year", once.clause,
                  "该学员 " + year + " 年已就同一职业同一等级享受 " + n(c.same_occupation_level_this_year) +
                      " 次补贴，同一职业同一等级一年内限 " + n(once.value) + " 次");
    }
    if (scheme == Scheme::entrepreneurship && c.entrepreneurship >= p.entrepreneurship.times_per_person.value)
        limit(c, "already_received", p.entrepreneurship.times_per_person.clause,
              "该学员已享受创业培训补贴 " + n(c.entrepreneurship) + " 次，限 " +
                  n(p.entrepreneurship.times_per_person.value) + " 次");
    if (scheme == Scheme::assessment && c.assessment_same >= p.assessment.times_per_occupation_level.value)
        limit(c, "not_first_assessment", p.assessment.times_per_occupation_level.clause,
              "该学员已就同一职业同一等级享受鉴定补贴 " + n(c.assessment_same) + " 次，限初次鉴定");
    if (scheme == Scheme::living_allowance) {
        // The groups limited to a number of times a year (就业困难人员, 零就业家庭成员).
        for (int g = 0; g < group_count; g++) {
            const Num& times = p.living_allowance.times_per_year[static_cast<std::size_t>(g)];
            if (times.value > 0 && c.living_allowance_this_year >= times.value) {
                std::string names;
                for (int h = 0; h < group_count; h++)
                    if (p.living_allowance.times_per_year[static_cast<std::size_t>(h)].value == times.value)
                        names += (names.empty() ? "" : "、") + std::string(group_name(static_cast<Group>(h)));
                limit(c, "once_per_year", times.clause,
                      "该学员 " + year + " 年已享受 " + n(c.living_allowance_this_year) + " 次生活费补贴，" + names +
                          "每人每年限 " + n(times.value) + " 次");
                break;
            }
        }
    }
    if (scheme == Scheme::work_for_training &&
        c.work_for_training_months >= p.work_for_training.max_months.value)
        limit(c, "work_for_training_months_reached", p.work_for_training.max_months.clause,
              "该学员已享受以工代训补贴 " + n(c.work_for_training_months) + " 个月，最长 " +
                  n(p.work_for_training.max_months.value) + " 个月");
    return c;
}

}  // namespace skillaid::server
