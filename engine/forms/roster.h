// The people list of a form (开班申请, 补贴资金申请, 附件4 企业职工培训申请表):
// name and resident ID plus the columns a form asks for (mobile; attendance
// and certificate; the living-allowance group, days and unemployment
// insurance). Rows pasted from Excel/WPS (tab-separated) or read from CSV
// (UTF-8; the page decodes GBK and strips a BOM before it arrives here), an
// optional header row naming the columns in any order; per-row errors,
// duplicate IDs, search, sort, CSV export and the print table. No ImGui: the
// view is ui/roster.h.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/date.h"
#include "engine/forms/validation.h"
#include "engine/policy.h"

namespace skillaid {

struct RosterPerson {
    std::string name, id, mobile, certificate;
    double attendance = 100.0;  // percent
    bool certified = true;
    int group = -1;  // index into roster_groups(), -1 = not chosen
    long long days = 0;
    bool unemployment_insurance = false;
};

// Which columns a form shows, validates, imports and prints (name and ID always).
enum RosterColumns : unsigned {
    roster_mobile = 1u,
    roster_attendance = 2u,   // attendance percent and 取得证书 (yes/no)
    roster_certificate = 4u,  // 证书编号, required when certified
    roster_living = 8u,       // group, days, unemployment insurance
};

// Living-allowance groups in display order (engine Group values).
const std::vector<Group>& roster_groups();

// What the engine said about one person (a form fills these from its estimate).
struct RosterResult {
    std::string amount;  // "1,200元" or ""
    std::string note;    // the person's first issue, "" when none
    bool excluded = false;
};

// The columns a view can sort by.
enum class RosterSort { none, name, id, mobile, attendance, certified };

// What the last paste or import did: a summary and a line per skipped row.
struct RosterImport {
    int added = 0, skipped = 0;
    std::string summary;             // "粘贴 3 行，跳过 1 行"
    std::vector<std::string> lines;  // "第4行：姓名和身份证号都为空"
};

class RosterModel {
public:
    std::vector<RosterPerson> people;
    unsigned columns = 0;
    RosterImport last_import;  // not saved

    // Required name and valid, unique ID (keys "roster.N.<column>", paths
    // "/roster/N/<column>", `base` replaces "roster" for both); mobile,
    // attendance 0..100, certificate number, group and days per the columns.
    void validate(Validation& v, const Date& today, const char* base = "roster") const;
    // Every row with every key (name, id, mobile, attendance, certified,
    // certificate, group, days, unemployment_insurance), whatever the columns:
    // a form that switches columns keeps what was typed.
    nlohmann::json to_json() const;
    // Rows with name, id and the keys of `keys` (RosterColumns) only, e.g.
    // roster_mobile | roster_attendance: {name, id, mobile, attendance, certified}.
    nlohmann::json to_json(unsigned keys) const;
    void from_json(const nlohmann::json& rows);  // throws nlohmann::json::exception on bad rows
    // "paste" (tab-separated rows) and "roster_csv" (a CSV file): true when used.
    bool accept_text(std::string_view purpose, const std::string& text);
    // Rows of `text` (delimiter `delim`) appended; returns how many were added.
    int add_rows(const std::string& text, char delim);
    // The people as CSV (UTF-8, CRLF, header row of the shown columns), read back by add_rows.
    std::string csv() const;
    // The shown columns' names, in CSV and paste order ("姓名", "身份证号", "手机", ...).
    std::vector<std::string> headers() const;
    // Indices of the people whose name, ID or mobile contains `search`, in `sort` order.
    std::vector<int> view(std::string_view search, RosterSort sort, bool descending) const;
    // <table class="list"> of the people for print views (results, when given, indexed like people: each amount; never the notes).
    std::string html_table(const std::vector<RosterResult>* results) const;
    // The engine scenario's trainees: id (name when the ID is empty), and per
    // the columns attendance/certified or group/days/unemployment_insurance.
    nlohmann::json scenario_trainees() const;
};

// Delimited text split into rows of cells: quoted cells ("" inside), CRLF or LF line ends.
std::vector<std::vector<std::string>> split_delimited(const std::string& text, char delim);

}  // namespace skillaid
