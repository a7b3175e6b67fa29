// The documents a 人社 office makes from what reviewers hold (issue 15): the
// public-notice list of a claim's qualifying people (二(一): 5 working days,
// name and ID masked), the year's summary per office and business (六(三)) and
// the office's queue, as CSV and as A4 print views. Pure functions of the
// server's JSON (docs/server.md): no UI, storage or network; the reviewer
// workbench (ui/) shows and downloads them. docs/forms.md "Office documents".
//
// CSV: UTF-8 without BOM (the app's download adds it for Excel/WPS), CRLF line
// ends, RFC 4180 quoting, a header row in Chinese (engine/forms/texts.h).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace skillaid {

// A name with its middle masked, by UTF-8 character: "李" -> "李", "张三" -> "张*",
// "张三丰" -> "张*丰", "欧阳小明" -> "欧**明". Leading and trailing spaces are dropped.
// The string member `key` of an object; "" when `j` is not an object, or the member is absent or not a string.
std::string json_text(const nlohmann::json& j, const char* key);

// A submission kind of the server (FormKind::submission_kind) in Chinese; 附件4 and
// 开班申请 share "application". Unknown kinds are returned as they are.
std::string submission_kind_label(const std::string& kind);

std::string mask_name(std::string_view name);

// A resident ID with its middle masked: 10 characters or more keep the first 6
// and the last 4 ("220104198503011018" -> "220104********1018"); shorter ones
// keep only the last 2, and 2 or fewer are masked whole.
std::string mask_resident_id(std::string_view id);

// One person of the public-notice list.
struct PublicityRow {
    std::string name_masked, id_masked, occupation, level, organisation;
    long long amount_fen = 0;
};

// The people of one claim who get money: each of detail.server_estimate.trainees
// with amount_fen > 0, its "index" naming the row of detail.submitted.form.roster
// (name, ID); the occupation (the approved trade of 二(三), else the form's
// occupation_text, else the catalog name of form.occupation), the level's
// Chinese name ("" when none) and detail.organisation.name. `detail` is the
// server's GET /api/v1/submissions/{id} answer of a claim.
std::vector<PublicityRow> publicity_rows(const nlohmann::json& detail);

// The list as CSV: the heading, "公示期：START 至 ENDS（5个工作日，二(一)）", the
// header row (序号 姓名 身份证号 职业（工种） 等级 补贴金额（元） 单位), one row per person.
std::string publicity_csv(const std::vector<PublicityRow>& rows, const std::string& start, const std::string& ends);
// The list as an A4 print view: the heading, the office, the notice period, the
// table, the total (people, amount) and where objections go.
std::string publicity_html(const std::vector<PublicityRow>& rows, const std::string& office, const std::string& start,
                           const std::string& ends);

// GET /api/v1/reports/summary's answer: one row per office and business, each
// office's totals and the overall total; counts by status, amounts in yuan.
std::string summary_csv(const nlohmann::json& report);
std::string summary_html(const nlohmann::json& report);

// The office's queue (an array of GET /api/v1/submissions list items) as CSV:
// 受理编号 单位 类型 业务 状态 金额（元） 提交时间 公示开始 公示结束 拨付截止 逾期.
std::string queue_csv(const nlohmann::json& items);

// One CSV cell: quoted (RFC 4180) when it holds " , CR or LF; a cell starting
// with = + - @ tab or CR gets a leading ' so a spreadsheet never runs it as a formula.
std::string csv_cell(std::string_view text);

}  // namespace skillaid
