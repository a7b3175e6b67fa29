// The people list of a form (开班申请, 补贴资金申请, 附件4 企业职工培训申请表):
// name and resident ID plus the columns a form asks for (mobile; attendance
// and certificate; the living-allowance group, days and unemployment
// insurance), and per the scheme the conditions of issue 14 that are one cell
// each (签订日期, 合同期限, 申领地, 长春地区户籍). Rows pasted from Excel/WPS
// (tab-separated) or read from CSV (UTF-8; the page decodes GBK and strips a
// BOM before it arrives here), an optional header row naming the columns in
// any order; per-row errors,
// duplicate IDs, search, sort, CSV export and the print table. No ImGui: the
// view is ui/roster.h.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/date.h"
#include "engine/forms/fields.h"
#include "engine/forms/validation.h"
#include "engine/policy.h"

namespace skillaid {

// 以往培训: a subsidised training the person already had, as the clerk knows it
// (the scenario's trainee `history`). Stored in the row's "history".
struct PriorTraining {
    std::string date;         // YYYY-MM-DD
    int scheme = -1;          // a Scheme value, -1 = not chosen
    std::string occupation;   // name or number 1–326 as typed ("" = none)
    int level = -1;           // index into training_levels(), -1 = none
    long long days = 0, months = 0;  // living allowance / 以工代训 already paid
};

struct RosterPerson {
    std::string name, id, mobile, certificate;
    double attendance = 100.0;  // percent
    bool certified = true;
    int group = -1;  // index into roster_groups(), -1 = not chosen
    long long days = 0;
    bool unemployment_insurance = false;
    // Conditions of issue 14 (roster_conditions() says which a scheme asks);
    // every one optional in the body, "not given" by default.
    std::string contract_signed;        // 劳动合同/派遣协议签订日期, YYYY-MM-DD
    long long contract_months = -1;     // 合同期限（月）, -1 = not given
    bool contract_open_ended = false;   // 无固定期限
    std::string current_occupation;     // 现从事职业（工种）: name or number as typed
    int claim_place = -1;               // kClaimPlaceIds
    int changchun_hukou = -1;           // -1 not given, 0 no, 1 yes
    int target_group = -1;              // kTargetGroupIds
    std::vector<PriorTraining> history;
};

// Body and scenario ids of the conditions, indexed like text::ro_claim_places / ro_target_groups.
inline constexpr const char* kClaimPlaceIds[] = {"household", "residence", "training", "employment"};
inline constexpr const char* kTargetGroupIds[] = {"poor_family_child", "poor_labour", "two_after",  "rural_migrant",
                                                  "laid_off",          "graduate",    "offender",   "unpensioned",
                                                  "disabled",          "veteran"};

// Which conditions a scheme asks per person (issue 14): the contract for
// 岗前培训 (三(一)1), the current occupation for 转岗转业 (三(一)2), the claim
// place and 长春地区户籍 for every training scheme (二(二)), the target group for
// 就业技能培训, 创业培训, 劳动预备制, 贫困劳动力培训 (三(二)), and 以往培训 for
// every scheme with per-person limits.
enum RosterConditions : unsigned {
    cond_contract = 1u,
    cond_current_occupation = 2u,
    cond_claim_place = 4u,  // claim place and 长春地区户籍
    cond_target_group = 8u,
    cond_history = 16u,
};
unsigned roster_conditions(Scheme s);
// The occupation of a typed name or number 1–326 (nullptr when none matches).
const Occupation* occupation_of_text(const std::string& text);

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

// What the last paste or import did: a summary and a line per skipped row or
// per condition cell that could not be read (its row is kept, the field left empty).
struct RosterImport {
    int added = 0, skipped = 0;
    std::string summary;             // "粘贴 3 行，跳过 1 行"
    std::vector<std::string> lines;  // "第4行：姓名和身份证号都为空", "第5行：申领地“老家”无法识别，该项未填"
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
    // The conditions of `conditions` (RosterConditions) of each person: what is
    // filled is checked (dates, catalog occupations, 以往培训); when `required`
    // (the claim), each condition must be filled, as an error, or as a warning
    // when `required_warns` (a body of an older format).
    void validate_conditions(Validation& v, const Date& today, unsigned conditions, bool required,
                             bool required_warns = false) const;
    // Every row with every key (name, id, mobile, attendance, certified,
    // certificate, group, days, unemployment_insurance), whatever the columns,
    // plus the conditions and "history" that are filled (both to_json):
    // a form that switches columns keeps what was typed.
    nlohmann::json to_json() const;
    // Rows with name, id and the keys of `keys` (RosterColumns) only, e.g.
    // roster_mobile | roster_attendance: {name, id, mobile, attendance, certified}.
    nlohmann::json to_json(unsigned keys) const;
    void from_json(const nlohmann::json& rows);  // throws nlohmann::json::exception on bad rows
    // "paste" (tab-separated rows) and "roster_csv" (a CSV file): true when used.
    bool accept_text(std::string_view purpose, const std::string& text, unsigned conditions = 0);
    // Rows of `text` (delimiter `delim`) appended; returns how many were added.
    // Of `conditions` (RosterConditions), the contract's and the claim place's
    // columns are read too; a condition cell that cannot be read leaves the
    // field empty (a date stays as typed) and adds a line to last_import.
    int add_rows(const std::string& text, char delim, unsigned conditions = 0);
    // The people as CSV (UTF-8, CRLF, header row of the shown columns and of
    // the conditions' columns), read back by add_rows with the same conditions.
    std::string csv(unsigned conditions = 0) const;
    // The shown columns' names, in CSV and paste order ("姓名", "身份证号", "手机", ...),
    // then those of `conditions` (签订日期, 合同期限（月）; 申领地, 长春地区户籍).
    std::vector<std::string> headers(unsigned conditions = 0) const;
    // Indices of the people whose name, ID or mobile contains `search`, in `sort` order.
    std::vector<int> view(std::string_view search, RosterSort sort, bool descending) const;
    // <table class="list"> of the people for print views (results, when given, indexed like people: each amount; never the notes).
    std::string html_table(const std::vector<RosterResult>* results) const;
    // The appendix tables of the conditions (id "conditions") and 以往培训 (id
    // "history"); "" when `conditions` asks nothing (or, unless `always`, nothing is filled).
    std::string html_conditions(unsigned conditions, bool always) const;
    // The engine scenario's trainees: id (name when the ID is empty), and per
    // the columns attendance/certified or group/days/unemployment_insurance.
    // Plus, of `conditions`, each condition the user filled (and valid), never a default.
    nlohmann::json scenario_trainees(unsigned conditions = 0) const;
};

// Delimited text split into rows of cells: quoted cells ("" inside), CRLF or LF line ends.
std::vector<std::vector<std::string>> split_delimited(const std::string& text, char delim);

}  // namespace skillaid
