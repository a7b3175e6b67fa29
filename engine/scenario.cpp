#include "engine/scenario.h"

#include <cmath>
#include <initializer_list>
#include <string_view>

#include "engine/errors.h"

namespace skillaid {

namespace {

using json = nlohmann::json;

// Upper bounds that only keep integer arithmetic far from overflow.
constexpr long long max_hours = 100000;
constexpr long long max_people = 1000000;
constexpr long long max_days = 100000;
constexpr size_t max_trade_bytes = 150;  // an approved trade's name, UTF-8

std::string type_name(const json& v) {
    if (v.is_string()) return "字符串";
    if (v.is_boolean()) return "布尔值";
    if (v.is_number()) return "数字";
    if (v.is_array()) return "数组";
    if (v.is_object()) return "对象";
    return "null";
}

// A JSON Pointer, spelt out only when an error is thrown: reading a valid
// scenario builds no path strings. A root holds its whole text ("", "/hours");
// a child is "/" + its key, or "/" + its array index.
struct Path {
    const Path* parent = nullptr;
    std::string_view key;
    long long index = -1;

    Path(const char* text) : key(text) {}  // a literal path converts implicitly
    Path(const Path& p, std::string_view k) : parent(&p), key(k) {}
    Path(const Path& p, size_t i) : parent(&p), index(static_cast<long long>(i)) {}

    std::string str() const {
        if (!parent) return std::string(key);
        return parent->str() + "/" + (index >= 0 ? std::to_string(index) : std::string(key));
    }
};

InputError wrong_type(const json& v, const Path& at, const std::string& expected) {
    std::string path = at.str();
    std::string what = path.empty() ? "输入" : "“" + path + "”";
    return InputError("invalid_type", what + "应为" + expected + "，收到" + type_name(v), path);
}

void check_fields(const json& obj, const Path& path, std::initializer_list<const char*> known) {
    if (!obj.is_object()) throw wrong_type(obj, path, "对象");
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        bool ok = false;
        for (const char* k : known) ok = ok || it.key() == k;
        if (!ok) throw InputError("unknown_field", "未知字段“" + it.key() + "”", path.str() + "/" + it.key());
    }
}

long long integer(const json& v, const Path& at, long long lo, long long hi) {
    if (!v.is_number_integer()) throw wrong_type(v, at, "整数");
    long long n = v.get<long long>();
    if (v.is_number_unsigned() && v.get<unsigned long long>() > static_cast<unsigned long long>(hi)) n = hi + 1;
    if (n < lo || n > hi) {
        std::string path = at.str();
        throw InputError("out_of_range",
                         "“" + path + "”为 " + std::to_string(n) + "，超出范围 " + std::to_string(lo) + "–" +
                             std::to_string(hi),
                         path);
    }
    return n;
}

bool boolean(const json& v, const Path& path) {
    if (!v.is_boolean()) throw wrong_type(v, path, "布尔值（true/false）");
    return v.get<bool>();
}

const std::string& string(const json& v, const Path& path) {
    if (!v.is_string()) throw wrong_type(v, path, "字符串");
    return v.get_ref<const std::string&>();
}

// Attendance rate 0..1 -> basis points (rounded to the nearest).
long long rate_bp(const json& v, const Path& path) {
    if (!v.is_number()) throw wrong_type(v, path, "0 到 1 之间的数字");
    double r = v.get<double>();
    if (!(r >= 0.0 && r <= 1.0))
        throw InputError("out_of_range", "出勤率应在 0 到 1 之间，收到 " + v.dump(), path.str());
    return std::llround(r * 10000.0);
}

Date date(const json& v, const Path& path) {
    const std::string& text = string(v, path);
    try {
        return parse_date(text, std::string());
    } catch (const InputError& e) {  // same error, with the path spelt out
        throw InputError(e.code, e.message, path.str());
    }
}

Scheme scheme(const json& v, const Path& path) {
    Scheme s{};
    if (!parse_scheme(string(v, path), s))
        throw InputError("unknown_scheme", "未知的补贴项目“" + v.get<std::string>() + "”", path.str());
    return s;
}

Level level(const json& v, const Path& path, bool allow_none) {
    Level l{};
    const std::string& id = string(v, path);
    if (!parse_level(id, l) || (l == Level::none && !allow_none))
        throw InputError("unknown_level", "未知的等级“" + id + "”", path.str());
    return l;
}

// `route` (the scenario's occupation): the notice's way for a trade outside the
// catalog (二(三)), added to the message.
const Occupation* occupation(const json& v, const Path& path, const Text* route = nullptr) {
    auto unknown = [&](const std::string& what) {
        std::string m = what + "不在附件1目录中";
        if (route) m += "。" + route->value + "（" + route->clause + "）；获批后填写经批准的工种，并选择参照的目录工种";
        return InputError("unknown_occupation", m, path.str());
    };
    if (v.is_number_integer()) {
        long long n = v.get<long long>();
        const Occupation* o = n >= 1 && n <= 100000 ? find_occupation(static_cast<int>(n)) : nullptr;
        if (!o) throw unknown("工种序号 " + v.dump() + "（目录为 1–" + std::to_string(occupations().size()) + "）");
        return o;
    }
    if (!v.is_string()) throw wrong_type(v, path, "工种名称（字符串）或序号（整数）");
    const Occupation* o = find_occupation(v.get_ref<const std::string&>());
    if (!o) throw unknown("工种“" + v.get<std::string>() + "”");
    return o;
}

// One pass over the entry's fields (an unknown one is rejected in key order,
// as check_fields would), then the checks in their fixed order.
HistoryEntry history_entry(const json& h, const Path& path) {
    if (!h.is_object()) throw wrong_type(h, path, "对象");
    const json *d = nullptr, *sc = nullptr, *occ = nullptr, *lv = nullptr, *days = nullptr, *months = nullptr;
    for (auto it = h.begin(); it != h.end(); ++it) {
        const std::string& k = it.key();
        if (k == "date") d = &it.value();
        else if (k == "scheme") sc = &it.value();
        else if (k == "occupation") occ = &it.value();
        else if (k == "level") lv = &it.value();
        else if (k == "days") days = &it.value();
        else if (k == "months") months = &it.value();
        else throw InputError("unknown_field", "未知字段“" + k + "”", path.str() + "/" + k);
    }
    HistoryEntry e;
    if (!d) throw InputError("missing_field", "培训记录缺少日期“date”", path.str() + "/date");
    if (!sc) throw InputError("missing_field", "培训记录缺少补贴项目“scheme”", path.str() + "/scheme");
    e.date = date(*d, Path(path, "date"));
    e.scheme = scheme(*sc, Path(path, "scheme"));
    if (occ) e.occupation = occupation(*occ, Path(path, "occupation"));
    if (lv) {
        e.has_level = true;
        e.level = level(*lv, Path(path, "level"), false);
    }
    if (days) e.days = integer(*days, Path(path, "days"), 0, max_days);
    if (months) e.months = integer(*months, Path(path, "months"), 0, max_days);
    e.has_period = days || months;
    return e;
}

void trainee(const json& t, const Path& path, long long default_attendance_bp, Trainee& out) {
    if (!t.is_object()) throw wrong_type(t, path, "对象");
    out.attendance_bp = default_attendance_bp;
    for (auto it = t.begin(); it != t.end(); ++it) {
        const std::string& k = it.key();
        const json& v = it.value();
        Path p(path, k);
        if (k == "id") out.id = string(v, p);
        else if (k == "attendance") out.attendance_bp = rate_bp(v, p);
        else if (k == "certified") out.certified = boolean(v, p);
        else if (k == "group") {
            if (!parse_group(string(v, p), out.group))
                throw InputError("unknown_group", "未知的人员类别“" + v.get<std::string>() + "”", p.str());
        } else if (k == "days") out.days = integer(v, p, 0, max_days);
        else if (k == "months") out.months = integer(v, p, 0, max_days);
        else if (k == "unemployment_insurance") out.unemployment_insurance = boolean(v, p);
        else if (k == "dispatched") out.dispatched = boolean(v, p);
        else if (k == "rank") out.rank = integer(v, p, 1, max_people);
        else if (k == "current_level") out.current_level = level(v, p, true);
        else if (k == "history") {
            if (!v.is_array()) throw wrong_type(v, p, "数组");
            out.history.reserve(v.size());
            for (size_t i = 0; i < v.size(); i++) out.history.push_back(history_entry(v[i], Path(p, i)));
        } else if (k == "contract_signed") {
            out.has_contract_signed = true;
            out.contract_signed = date(v, p);
        } else if (k == "contract_months") out.contract_months = integer(v, p, 0, max_days);
        else if (k == "contract_open_ended") out.contract_open_ended = boolean(v, p) ? 1 : 0;
        else if (k == "current_occupation") out.current_occupation = occupation(v, p);
        else if (k == "claim_place") {
            if (!parse_claim_place(string(v, p), out.claim_place))
                throw InputError("unknown_claim_place", "未知的申领地“" + v.get<std::string>() + "”", p.str());
        } else if (k == "changchun_hukou") out.changchun_hukou = boolean(v, p) ? 1 : 0;
        else if (k == "target_group") {
            if (!parse_target_group(string(v, p), out.target_group))
                throw InputError("unknown_target_group", "未知的人员类别“" + v.get<std::string>() + "”", p.str());
        } else {
            throw InputError("unknown_field", "未知字段“" + k + "”", p.str());
        }
    }
}

}  // namespace

Scenario parse_scenario(const json& j, const Date& today) {
    check_fields(j, "",
                 {"scheme", "date", "occupation", "approved_trade", "level", "hours", "trainees", "count", "attendance",
                  "participants", "enterprise"});
    Scenario s;
    if (!j.contains("scheme")) throw InputError("missing_field", "缺少补贴项目“scheme”", "/scheme");
    s.scheme = scheme(j["scheme"], "/scheme");
    s.date = j.contains("date") ? date(j["date"], "/date") : today;
    // The version's texts and rules (a date before every version is refused by the estimate).
    const auto& versions = policy_versions();
    const PolicyVersion& policy = s.date < versions.front().effective_from ? versions.front() : policy_for(s.date);
    if (j.contains("occupation")) s.occupation = occupation(j["occupation"], "/occupation", &policy.approved_trade_route);
    if (j.contains("approved_trade")) {
        const std::string& trade = string(j["approved_trade"], "/approved_trade");
        if (trade.empty() || trade.size() > max_trade_bytes)
            throw InputError("out_of_range", "经批准的目录外工种“approved_trade”应为 1–" +
                                                 std::to_string(max_trade_bytes / 3) + " 个字",
                             "/approved_trade");
        if (const Occupation* in = find_occupation(trade))
            throw InputError("conflicting_fields",
                             "“" + trade + "”在附件1目录中（序号 " + std::to_string(in->number) +
                                 "），直接作为工种“occupation”填写，不需“approved_trade”",
                             "/approved_trade");
        if (!asks(policy.rules(s.scheme).inputs.occupation))
            throw InputError("conflicting_fields", policy.rules(s.scheme).name + "不按工种确定标准，不需“approved_trade”",
                             "/approved_trade");
        if (!s.occupation)
            throw InputError("missing_field", "经批准的目录外工种需同时给出参照的目录工种“occupation”", "/occupation");
        s.approved_trade = trade;
    }
    if (j.contains("level")) {
        s.has_level = true;
        s.level = level(j["level"], "/level", false);
    }
    if (j.contains("hours")) {
        const json& h = j["hours"];
        check_fields(h, "/hours", {"offline", "online"});
        s.has_hours = true;
        if (h.contains("offline")) s.offline_hours = integer(h["offline"], "/hours/offline", 0, max_hours);
        if (h.contains("online")) s.online_hours = integer(h["online"], "/hours/online", 0, max_hours);
    }
    long long attendance = j.contains("attendance") ? rate_bp(j["attendance"], "/attendance") : 10000;
    if (j.contains("participants")) s.participants = integer(j["participants"], "/participants", 0, max_people);
    if (j.contains("trainees") && j.contains("count"))
        throw InputError("conflicting_fields", "“trainees”与“count”只能给出其一", "/count");
    if (j.contains("trainees")) {
        const json& t = j["trainees"];
        if (!t.is_array()) throw wrong_type(t, "/trainees", "数组");
        if (t.empty()) throw InputError("out_of_range", "“trainees”不能为空", "/trainees");
        if (t.size() > static_cast<size_t>(kMaxTrainees))
            throw InputError("too_many_trainees",
                             "“trainees”列出 " + std::to_string(t.size()) + " 名学员，超过每次估算 " +
                                 std::to_string(kMaxTrainees) + " 名的上限",
                             "/trainees");
        s.count_form = false;
        s.trainees.reserve(t.size());
        const Path list("/trainees");
        for (size_t i = 0; i < t.size(); i++) trainee(t[i], Path(list, i), attendance, s.trainees.emplace_back());
    } else {
        Trainee one;
        one.attendance_bp = attendance;
        one.count = j.contains("count") ? integer(j["count"], "/count", 1, max_people) : 1;
        // Contract: a job drill given by its participants alone covers all of them.
        if (!j.contains("count") && s.scheme == Scheme::job_drill && s.participants > 1) one.count = s.participants;
        s.trainees.push_back(one);
    }
    if (j.contains("enterprise")) {
        const json& e = j["enterprise"];
        check_fields(e, "/enterprise",
                     {"type", "competition_projects_subsidised", "project_subsidised_this_year", "insured"});
        s.enterprise.given = true;
        if (e.contains("type")) {
            const std::string& id = string(e["type"], "/enterprise/type");
            if (!parse_enterprise_type(id, s.enterprise.type))
                throw InputError("unknown_enterprise_type", "未知的企业类型“" + id + "”", "/enterprise/type");
        }
        if (e.contains("competition_projects_subsidised"))
            s.enterprise.projects_subsidised =
                integer(e["competition_projects_subsidised"], "/enterprise/competition_projects_subsidised", 0, max_people);
        if (e.contains("project_subsidised_this_year"))
            s.enterprise.project_subsidised_this_year =
                boolean(e["project_subsidised_this_year"], "/enterprise/project_subsidised_this_year");
        if (e.contains("insured")) s.enterprise.insured = boolean(e["insured"], "/enterprise/insured") ? 1 : 0;
    }
    return s;
}

}  // namespace skillaid
