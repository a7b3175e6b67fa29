#include "engine/forms/roster.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <unordered_map>

#include "engine/errors.h"
#include "engine/forms/print.h"
#include "engine/forms/text.h"
#include "engine/forms/texts.h"
#include "engine/scenario.h"
#include "engine/validators.h"

namespace skillaid {

using nlohmann::json;

constexpr double kFullAttendance = 100.0;
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

const Occupation* occupation_of_text(const std::string& typed) {
    const std::string t = trimmed(typed);
    if (t.empty()) return nullptr;
    if (t.find_first_not_of("0123456789") == std::string::npos)
        return t.size() <= 3 ? find_occupation(std::stoi(t)) : nullptr;
    return find_occupation(t);
}

// A filled day that exists (YYYY-MM-DD); the scenario carries only these.
static bool valid_day(const std::string& s) { return read_day(trimmed(s)).has_value(); }

static int level_index_of(std::string_view id) {
    const std::span<const Level> levels = training_levels();
    for (size_t i = 0; i < levels.size(); i++)
        if (id == level_id(levels[i])) return static_cast<int>(i);
    return -1;
}

std::vector<std::vector<std::string>> split_delimited(const std::string& text, char delim) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string cell;
    bool quoted = false, any = false;
    size_t start = text.compare(0, kUtf8Bom.size(), kUtf8Bom) == 0 ? kUtf8Bom.size() : 0;
    for (size_t i = start; i < text.size(); i++) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                cell += '"';
                i++;
            } else if (c == '"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == '"' && cell.empty()) {
            quoted = any = true;
        } else if (c == delim) {
            row.push_back(std::exchange(cell, {}));
            any = true;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') i++;
            row.push_back(std::exchange(cell, {}));
            rows.push_back(std::exchange(row, {}));
            any = false;
        } else {
            cell += c;
            any = true;
        }
    }
    if (any || !cell.empty()) {
        row.push_back(std::move(cell));
        rows.push_back(std::move(row));
    }
    return rows;
}

// "95", "95%", "0.95" -> 95; false when not a number.
static bool read_percent(std::string s, double& out) {
    s = trimmed(s);
    const bool percent = !s.empty() && s.back() == '%';
    if (percent) s.pop_back();
    if (s.empty()) return false;
    char* end = nullptr;
    const double v = std::strtod(s.c_str(), &end);
    if (end != s.c_str() + s.size()) return false;
    out = !percent && v <= 1.0 && s.find('.') != std::string::npos ? v * kFullAttendance : v;
    return true;
}

static bool read_count(const std::string& s, long long& out) {
    if (s.empty()) return true;
    char* end = nullptr;
    out = std::strtoll(s.c_str(), &end, 10);
    return end == s.c_str() + s.size();
}

// 是/否, Y/N, yes/no, 1/0, true/false (any case), 无: 1 or 0; -1 for anything else.
static int read_yes_no(const std::string& s) {
    std::string t = trimmed(s);
    std::transform(t.begin(), t.end(), t.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (t == text::roster_yes || t == "y" || t == "yes" || t == "1" || t == "true") return 1;
    if (t == text::roster_no || t == "n" || t == "no" || t == "0" || t == "false" || t == "无") return 0;
    return -1;
}

// Yes unless it says no (an empty or unknown cell: yes).
static bool read_yes(const std::string& s) { return read_yes_no(s) != 0; }

// A date as a sheet writes it (2026-03-02, 2026-3-2, 2026/3/2, 2026.3.2,
// 2026年3月2日) as YYYY-MM-DD; anything else, or a day that does not exist, as
// typed: the field's check then names it.
static std::string read_date_cell(const std::string& s) {
    std::string t = s;
    if (t.ends_with("日")) t.resize(t.size() - std::string_view("日").size());
    for (std::string_view unit : {"年", "月"})
        for (size_t at = t.find(unit); at != std::string::npos; at = t.find(unit)) t.replace(at, unit.size(), "-");
    std::replace(t.begin(), t.end(), '/', '-');
    std::replace(t.begin(), t.end(), '.', '-');
    int parts[3] = {0, 0, 0};
    size_t from = 0;
    for (int k = 0; k < 3; k++) {
        const size_t end = k < 2 ? t.find('-', from) : t.size();
        if (end == std::string::npos) return s;
        const std::string part = t.substr(from, end - from);
        if (part.empty() || part.size() > (k == 0 ? 4u : 2u) || part.find_first_not_of("0123456789") != std::string::npos)
            return s;
        parts[k] = std::stoi(part);
        from = end + 1;
    }
    const std::string day = format_date(Date{parts[0], parts[1], parts[2]});
    return read_day(day) ? day : s;
}

// 合同期限 as a sheet writes it: months ("36", "36个月", "36月"), years ("3年"),
// or open-ended (无固定期限, 无固定…, 长期). False when it is none of these.
static bool read_term(const std::string& s, RosterPerson& p) {
    if (s.find("无固定") != std::string::npos || s == "长期") {
        p.contract_open_ended = true;
        return true;
    }
    std::string number = s;
    long long unit = 1;
    for (auto [suffix, months] : {std::pair{"个月", 1}, std::pair{"月", 1}, std::pair{"年", 12}})
        if (number.ends_with(suffix)) {
            number = trimmed(number.substr(0, number.size() - std::string_view(suffix).size()));
            unit = months;
            break;
        }
    if (number.empty() || number.size() > 4 || number.find_first_not_of("0123456789") != std::string::npos) return false;
    p.contract_months = std::stoll(number) * unit;
    return true;
}

// Columns a header row may name (the word appears in the cell), and the default
// order of cells in a row without a header. The words are tried from last to
// first: 证书编号 before 证书, and every older column before the conditions'
// (issue 14, read only when the scheme asks them), so a cell naming an older
// column keeps it.
enum Field {
    f_contract_signed, f_contract_term, f_claim_place, f_hukou,  // the conditions'
    f_name, f_id, f_mobile, f_attendance, f_certified, f_certificate, f_group, f_days, f_insurance, f_count
};
static const char* const kHeaderWords[f_count] = {"签订", "期限", "申领地", "户籍", "姓名", "身份证", "手机",
                                                  "出勤", "证书", "证书编号", "类别", "天数", "失业"};

static bool reads(Field f, unsigned conditions) {
    if (f == f_contract_signed || f == f_contract_term) return conditions & cond_contract;
    if (f == f_claim_place || f == f_hukou) return conditions & cond_claim_place;
    return true;
}

static std::vector<Field> default_order(unsigned columns, unsigned conditions) {
    std::vector<Field> order = {f_name, f_id};
    if (columns & roster_mobile) order.push_back(f_mobile);
    if (columns & roster_attendance) order.insert(order.end(), {f_attendance, f_certified});
    if (columns & roster_certificate) order.push_back(f_certificate);
    if (columns & roster_living) order.insert(order.end(), {f_group, f_days, f_insurance});
    if (conditions & cond_contract) order.insert(order.end(), {f_contract_signed, f_contract_term});
    if (conditions & cond_claim_place) order.insert(order.end(), {f_claim_place, f_hukou});
    return order;
}

int RosterModel::add_rows(const std::string& input, char delim, unsigned conditions) {
    const std::vector<std::vector<std::string>> rows = split_delimited(input, delim);
    int at[f_count];
    std::fill(std::begin(at), std::end(at), -1);
    const std::vector<Field> order = default_order(columns, conditions);
    for (size_t k = 0; k < order.size(); k++) at[order[k]] = static_cast<int>(k);
    // The first row is a header when a cell names an older column (a condition's
    // own values, 户籍地 or 无固定期限, contain its word).
    int named[f_count];
    std::fill(std::begin(named), std::end(named), -1);
    bool header = false;
    for (size_t col = 0; !rows.empty() && col < rows[0].size(); col++)
        for (int f = f_count - 1; f >= 0; f--)
            if (reads(static_cast<Field>(f), conditions) && rows[0][col].find(kHeaderWords[f]) != std::string::npos) {
                named[f] = static_cast<int>(col);
                header |= f >= f_name;
                break;
            }
    if (header) std::copy(std::begin(named), std::end(named), std::begin(at));
    RosterImport report;
    for (size_t r = header ? 1 : 0; r < rows.size(); r++) {
        const std::vector<std::string>& row = rows[r];
        auto cell = [&](Field f) {
            const int i = at[f];
            return i >= 0 && i < static_cast<int>(row.size()) ? trimmed(row[static_cast<size_t>(i)]) : std::string();
        };
        if (std::all_of(row.begin(), row.end(), [](const std::string& s) { return trimmed(s).empty(); })) continue;
        const int line = static_cast<int>(r) + 1;
        auto note = [&](const std::string& what) { report.lines.push_back(format_text(text::roster_skip_format, line, what.c_str())); };
        auto skip = [&](const std::string& why) {
            note(why);
            report.skipped++;
        };
        auto unread = [&](const char* column, const std::string& value) {
            note(format_text(text::ro_import_unread_format, column, value.c_str()));
        };
        RosterPerson p;
        p.name = cell(f_name);
        p.id = cell(f_id);
        p.mobile = cell(f_mobile);
        p.certificate = cell(f_certificate);
        if (p.name.empty() && p.id.empty()) {
            skip(text::roster_skip_empty);
            continue;
        }
        if (people.size() >= static_cast<size_t>(kMaxTrainees)) {  // the engine's limit (engine/scenario.h)
            skip(format_text(text::roster_too_many_format, static_cast<int>(kMaxTrainees)));
            continue;
        }
        if (const std::string att = cell(f_attendance); !att.empty() && !read_percent(att, p.attendance)) {
            skip(format_text(text::roster_skip_attendance, att.c_str()));
            continue;
        }
        if (const std::string days = cell(f_days); !read_count(days, p.days)) {
            skip(format_text(text::roster_skip_days, days.c_str()));
            continue;
        }
        if (const std::string c = cell(f_certified); !c.empty()) p.certified = read_yes(c);
        if (const std::string g = cell(f_group); !g.empty())
            for (size_t i = 0; i < roster_groups().size(); i++)
                if (g == group_name(roster_groups()[i]) || g == group_id(roster_groups()[i])) p.group = static_cast<int>(i);
        if (const std::string u = cell(f_insurance); !u.empty()) p.unemployment_insurance = read_yes(u);
        // The conditions: a cell that cannot be read leaves its field empty, and the row comes in.
        if (const std::string d = cell(f_contract_signed); !d.empty()) p.contract_signed = read_date_cell(d);
        if (const std::string t = cell(f_contract_term); !t.empty() && !read_term(t, p)) unread(text::ro_contract_months, t);
        if (const std::string c = cell(f_claim_place); !c.empty()) {
            p.claim_place = index_of(text::ro_claim_places, c);
            if (p.claim_place < 0) unread(text::ro_claim_place, c);
        }
        if (const std::string h = cell(f_hukou); !h.empty()) {
            p.changchun_hukou = read_yes_no(h);
            if (p.changchun_hukou < 0) unread(text::ro_changchun_hukou, h);
        }
        people.push_back(std::move(p));
        report.added++;
    }
    report.summary =
        format_text(delim == '\t' ? text::roster_paste_format : text::roster_import_format, report.added, report.skipped);
    last_import = std::move(report);
    return last_import.added;
}

bool RosterModel::accept_text(std::string_view purpose, const std::string& input, unsigned conditions) {
    if (purpose == "paste") {
        add_rows(input, '\t', conditions);
        return true;
    }
    if (purpose == "roster_csv") {
        add_rows(input, input.find('\t') != std::string::npos && input.find(',') == std::string::npos ? '\t' : ',',
                 conditions);
        return true;
    }
    return false;
}

void RosterModel::validate(Validation& v, const Date& today, const char* base) const {
    const std::string b = base;
    if (people.empty()) v.error(b, text::roster_heading, text::roster_empty);
    if (people.size() > static_cast<size_t>(kMaxTrainees))
        v.error(b, text::roster_heading, format_text(text::roster_too_many_format, static_cast<int>(kMaxTrainees)));
    std::unordered_map<std::string, size_t> seen;
    seen.reserve(people.size());
    for (size_t i = 0; i < people.size(); i++) {
        const RosterPerson& p = people[i];
        const std::string key = b + "." + std::to_string(i) + ".";
        const int row = static_cast<int>(i) + 1;
        auto where = [&](const char* column) { return format_text(text::roster_row_format, row, column); };
        if (trimmed(p.name).empty()) v.error(key + "name", where(text::roster_col_name), text::required_message);
        if (trimmed(p.id).empty()) {
            v.error(key + "id", where(text::roster_col_id), text::required_message);
        } else if (CheckResult r = check_resident_id(p.id, today); !r.ok) {
            v.error(key + "id", where(text::roster_col_id), r.message);
        } else if (auto [it, fresh] = seen.emplace(r.normalized, i); !fresh) {
            v.error(key + "id", where(text::roster_col_id),
                    format_text(text::roster_duplicate_format, static_cast<int>(it->second) + 1));
        }
        if ((columns & roster_mobile) && !trimmed(p.mobile).empty())
            if (CheckResult r = check_mobile(p.mobile); !r.ok)
                v.error(key + "mobile", where(text::roster_col_mobile), r.message);
        if ((columns & roster_attendance) && (p.attendance < 0 || p.attendance > kFullAttendance))
            v.error(key + "attendance", where(text::roster_col_attendance), text::roster_attendance_range);
        if ((columns & roster_certificate) && p.certified && trimmed(p.certificate).empty())
            v.error(key + "certificate", where(text::ro_col_certificate), text::ro_certificate_missing);
        if (columns & roster_living) {
            if (p.group < 0) v.error(key + "group", where(text::ro_col_group), text::required_message);
            if (p.days <= 0) v.error(key + "days", where(text::ro_col_days), text::ro_days_missing);
        }
    }
}

// The conditions and 以往培训 that are filled (older bodies have none: nothing written).
static void conditions_to_json(json& row, const RosterPerson& p) {
    if (!p.contract_signed.empty()) row["contract_signed"] = p.contract_signed;
    if (p.contract_months >= 0) row["contract_months"] = p.contract_months;
    if (p.contract_open_ended) row["contract_open_ended"] = true;
    if (!p.current_occupation.empty()) row["current_occupation"] = p.current_occupation;
    if (p.claim_place >= 0) row["claim_place"] = id_at(kClaimPlaceIds, p.claim_place);
    if (p.changchun_hukou >= 0) row["changchun_hukou"] = p.changchun_hukou == 1;
    if (p.target_group >= 0) row["target_group"] = id_at(kTargetGroupIds, p.target_group);
    if (p.history.empty()) return;
    json& history = row["history"] = json::array();
    for (const PriorTraining& t : p.history) {
        json& h = history.emplace_back();
        h["date"] = t.date;
        h["scheme"] = t.scheme >= 0 ? std::string(scheme_id(static_cast<Scheme>(t.scheme))) : "";
        h["occupation"] = t.occupation;
        h["level"] = t.level >= 0 ? std::string(level_id(training_levels()[static_cast<size_t>(t.level)])) : "";
        h["days"] = t.days;
        h["months"] = t.months;
    }
}

// Defaults for every member an older body lacks.
static void conditions_from_json(const json& r, RosterPerson& p) {
    p.contract_signed = r.value("contract_signed", "");
    p.contract_months = r.value("contract_months", -1LL);
    p.contract_open_ended = r.value("contract_open_ended", false);
    const json occupation = r.value("current_occupation", json(""));
    p.current_occupation = occupation.is_number() ? std::to_string(occupation.get<int>()) : occupation.get<std::string>();
    p.claim_place = index_of(kClaimPlaceIds, r.value("claim_place", ""));
    p.changchun_hukou = r.contains("changchun_hukou") ? (r["changchun_hukou"].get<bool>() ? 1 : 0) : -1;
    p.target_group = index_of(kTargetGroupIds, r.value("target_group", ""));
    for (const json& h : r.value("history", json::array())) {
        PriorTraining& t = p.history.emplace_back();
        t.date = h.value("date", "");
        Scheme s{};
        if (parse_scheme(h.value("scheme", ""), s)) t.scheme = static_cast<int>(s);
        const json o = h.value("occupation", json(""));
        t.occupation = o.is_number() ? std::to_string(o.get<int>()) : o.get<std::string>();
        t.level = level_index_of(h.value("level", ""));
        t.days = h.value("days", 0LL);
        t.months = h.value("months", 0LL);
    }
}

json RosterModel::to_json() const {
    return to_json(roster_mobile | roster_attendance | roster_certificate | roster_living);
}

json RosterModel::to_json(unsigned keys) const {
    json rows = json::array();
    for (const RosterPerson& p : people) {
        json& row = rows.emplace_back();  // member by member: smaller wasm than an initializer list
        row["name"] = p.name;
        row["id"] = p.id;
        if (keys & roster_mobile) row["mobile"] = p.mobile;
        if (keys & roster_attendance) {
            row["attendance"] = p.attendance;
            row["certified"] = p.certified;
        }
        if (keys & roster_certificate) row["certificate"] = p.certificate;
        if (keys & roster_living) {
            row["group"] = p.group >= 0 ? std::string(group_id(roster_groups()[static_cast<size_t>(p.group)])) : "";
            row["days"] = p.days;
            row["unemployment_insurance"] = p.unemployment_insurance;
        }
        conditions_to_json(row, p);
    }
    return rows;
}

void RosterModel::from_json(const json& rows) {
    if (!rows.is_array()) throw json::type_error::create(302, "roster is not an array", &rows);
    people.clear();
    people.reserve(rows.size());
    for (const json& r : rows) {
        RosterPerson p;
        p.name = r.value("name", "");
        p.id = r.value("id", "");
        p.mobile = r.value("mobile", "");
        p.certificate = r.value("certificate", "");
        p.attendance = r.value("attendance", kFullAttendance);
        p.certified = r.value("certified", true);
        p.days = r.value("days", 0LL);
        p.unemployment_insurance = r.value("unemployment_insurance", false);
        const std::string g = r.value("group", "");
        for (size_t i = 0; i < roster_groups().size(); i++)
            if (g == group_id(roster_groups()[i])) p.group = static_cast<int>(i);
        conditions_from_json(r, p);
        people.push_back(std::move(p));
    }
}

static std::string csv_cell(const std::string& s) {
    if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

static std::string group_text(int group) {
    return group >= 0 ? std::string(group_name(roster_groups()[static_cast<size_t>(group)])) : "";
}

std::vector<std::string> RosterModel::headers(unsigned conditions) const {
    std::vector<std::string> head = {text::roster_col_name, text::roster_col_id};
    if (columns & roster_mobile) head.push_back(text::roster_col_mobile);
    if (columns & roster_attendance) head.insert(head.end(), {text::roster_col_attendance, text::roster_col_certified});
    if (columns & roster_certificate) head.push_back(text::ro_col_certificate);
    if (columns & roster_living) head.insert(head.end(), {text::ro_col_group, text::ro_col_days, text::ro_col_insurance});
    if (conditions & cond_contract) head.insert(head.end(), {text::ro_contract_signed, text::ro_contract_months});
    if (conditions & cond_claim_place) head.insert(head.end(), {text::ro_claim_place, text::ro_changchun_hukou});
    return head;
}

std::string RosterModel::csv(unsigned conditions) const {
    auto line = [](const std::vector<std::string>& cells) {
        std::string out;
        for (size_t i = 0; i < cells.size(); i++) out += (i ? "," : "") + csv_cell(cells[i]);
        return out + "\r\n";
    };
    std::string out = line(headers(conditions));
    for (const RosterPerson& p : people) {
        std::vector<std::string> cells = {p.name, p.id};
        if (columns & roster_mobile) cells.push_back(p.mobile);
        if (columns & roster_attendance)
            cells.insert(cells.end(), {format_text("%g", p.attendance), p.certified ? text::roster_yes : text::roster_no});
        if (columns & roster_certificate) cells.push_back(p.certificate);
        if (columns & roster_living)
            cells.insert(cells.end(), {group_text(p.group), std::to_string(p.days),
                                       p.unemployment_insurance ? text::roster_yes : text::roster_no});
        if (conditions & cond_contract) {
            const std::string term = p.contract_open_ended ? std::string(text::ro_contract_open_ended)
                                     : p.contract_months >= 0 ? std::to_string(p.contract_months)
                                                              : std::string();
            cells.insert(cells.end(), {p.contract_signed, term});
        }
        if (conditions & cond_claim_place)
            cells.insert(cells.end(), {id_at(text::ro_claim_places, p.claim_place), id_at(text::ro_yes_no, p.changchun_hukou)});
        out += line(cells);
    }
    return out;
}

std::vector<int> RosterModel::view(std::string_view search, RosterSort sort, bool descending) const {
    std::vector<int> out;
    out.reserve(people.size());
    for (size_t i = 0; i < people.size(); i++) {
        const RosterPerson& p = people[i];
        if (search.empty() || p.name.find(search) != std::string::npos || p.id.find(search) != std::string::npos ||
            p.mobile.find(search) != std::string::npos)
            out.push_back(static_cast<int>(i));
    }
    if (sort == RosterSort::none) return out;
    auto less = [&](int a, int b) {
        const RosterPerson &x = people[static_cast<size_t>(a)], &y = people[static_cast<size_t>(b)];
        switch (sort) {
            case RosterSort::name: return x.name < y.name;
            case RosterSort::id: return x.id < y.id;
            case RosterSort::mobile: return x.mobile < y.mobile;
            case RosterSort::attendance: return x.attendance < y.attendance;
            case RosterSort::certified: return x.certified < y.certified;
            case RosterSort::none: break;
        }
        return a < b;
    };
    std::stable_sort(out.begin(), out.end(), [&](int a, int b) { return descending ? less(b, a) : less(a, b); });
    return out;
}

// The print table (class "list", engine/forms/print.cpp): the header repeats on
// each page, IDs and amounts never wrap; only what the paper lists, never the
// app's own notes (the 问题 column is the screen's).
std::string RosterModel::html_table(const std::vector<RosterResult>* results) const {
    const bool mobile = columns & roster_mobile, attendance = columns & roster_attendance,
               certificate = columns & roster_certificate, living = columns & roster_living;
    std::string h = "<table class=\"list\" id=\"roster\"><thead><tr>" + html_th(text::roster_col_no) + html_th(text::roster_col_name) +
                    html_th(text::roster_col_id);
    if (mobile) h += html_th(text::roster_col_mobile);
    if (attendance) h += html_th(text::roster_col_attendance) + html_th(text::roster_col_certified);
    if (certificate) h += html_th(text::ro_col_certificate);
    if (living) h += html_th(text::ro_col_group) + html_th(text::ro_col_days) + html_th(text::ro_col_insurance);
    if (results) h += html_th(text::ro_col_amount);
    h += "</tr></thead><tbody>";
    for (size_t i = 0; i < people.size(); i++) {
        const RosterPerson& p = people[i];
        h += "<tr>" + html_td(std::to_string(i + 1), "c") + html_td(p.name, "nowrap") + html_td(p.id, "id");
        if (mobile) h += html_td(p.mobile, "id");
        if (attendance) h += html_td(format_text("%g", p.attendance), "num") + html_td(p.certified ? text::roster_yes : text::roster_no, "c");
        if (certificate) h += html_td(p.certificate, "id");
        if (living)
            h += html_td(group_text(p.group)) + html_td(std::to_string(p.days), "num") +
                 html_td(p.unemployment_insurance ? text::roster_yes : text::roster_no, "c");
        if (results) {
            const RosterResult* r = i < results->size() ? &(*results)[i] : nullptr;
            h += html_td(r ? r->amount : "", "num");
        }
        h += "</tr>";
    }
    return h + "</tbody></table>";
}

json RosterModel::scenario_trainees(unsigned conditions) const {
    json trainees = json::array();
    for (const RosterPerson& p : people) {
        json& one = trainees.emplace_back();
        const std::string id = trimmed(p.id);
        one["id"] = id.empty() ? p.name : id;
        if (columns & roster_living) {
            if (p.group >= 0) one["group"] = group_id(roster_groups()[static_cast<size_t>(p.group)]);
            one["days"] = std::max(0LL, p.days);
            if (p.unemployment_insurance) one["unemployment_insurance"] = true;
        } else if (columns & roster_attendance) {
            one["attendance"] = std::clamp(p.attendance, 0.0, kFullAttendance) / kFullAttendance;
            one["certified"] = p.certified;
        }
        if (conditions & cond_contract) {
            if (valid_day(p.contract_signed)) one["contract_signed"] = trimmed(p.contract_signed);
            if (p.contract_months >= 0) one["contract_months"] = p.contract_months;
            if (p.contract_open_ended) one["contract_open_ended"] = true;
        }
        if (conditions & cond_current_occupation)
            if (const Occupation* o = occupation_of_text(p.current_occupation)) one["current_occupation"] = o->number;
        if (conditions & cond_claim_place) {
            if (p.claim_place >= 0) one["claim_place"] = id_at(kClaimPlaceIds, p.claim_place);
            if (p.changchun_hukou >= 0) one["changchun_hukou"] = p.changchun_hukou == 1;
        }
        if ((conditions & cond_target_group) && p.target_group >= 0) one["target_group"] = id_at(kTargetGroupIds, p.target_group);
        if (!(conditions & cond_history)) continue;
        json history = json::array();
        for (const PriorTraining& t : p.history) {  // complete entries only (validate() names the rest)
            if (!valid_day(t.date) || t.scheme < 0) continue;
            json& h = history.emplace_back();
            h["date"] = trimmed(t.date);
            h["scheme"] = scheme_id(static_cast<Scheme>(t.scheme));
            if (const Occupation* o = occupation_of_text(t.occupation)) h["occupation"] = o->number;
            if (t.level >= 0) h["level"] = level_id(training_levels()[static_cast<size_t>(t.level)]);
            if (t.days > 0) h["days"] = t.days;
            if (t.months > 0) h["months"] = t.months;
        }
        if (!history.empty()) one["history"] = std::move(history);
    }
    return trainees;
}

}  // namespace skillaid
