// The parts of the 职业技能竞赛方案 added in format 2 (issue 13): the 命题裁判组's
// 命题人员 / 考评人员 lists, the 竞赛说明 sub-sections and the printed
// 参赛选手守则. Body members, validation and print pieces; the rest of the
// model is engine/forms/competition_plan.cpp.
#include <stdexcept>

#include "engine/assets.h"
#include "engine/forms/competition_plan.h"
#include "engine/forms/text.h"
#include "engine/forms/texts.h"

namespace skillaid {

using nlohmann::json;

namespace {

constexpr const char* kRulesAsset = "forms/competition-plan.json";
constexpr const char* kJudging = "judging";  // the group the lists belong to (kCompetitionGroupIds[1])
constexpr const char* kStaffMembers[] = {"name", "unit", "title", "qualification"};  // text::cp_staff_columns

std::string* staff_member(CompetitionStaff& s, int c) {
    std::string* members[] = {&s.name, &s.unit, &s.title, &s.qualification};
    return members[c];
}
const std::string& staff_member(const CompetitionStaff& s, int c) { return *staff_member(const_cast<CompetitionStaff&>(s), c); }

// A list for print: header cells in <thead> (repeated on each printed page), no fixed widths.
std::string list_table(const char* id, const std::vector<std::vector<std::string>>& rows) {
    std::string h = std::string("<table class=\"list\" id=\"") + id + "\"><thead><tr><th class=\"auto\">" +
                    html_escape(text::cp_staff_no) + "</th>";
    for (const char* column : text::cp_staff_columns) h += "<th class=\"auto\">" + html_escape(column) + "</th>";
    h += "</tr></thead><tbody>";
    for (size_t r = 0; r < rows.size(); r++) {
        h += "<tr><td>" + std::to_string(r + 1) + "</td>";
        for (const std::string& cell : rows[r]) h += "<td>" + html_escape(cell) + "</td>";
        h += "</tr>";
    }
    if (rows.empty()) {  // a blank row to fill in by hand, as on paper
        h += "<tr><td>&nbsp;</td>";
        for (size_t c = 0; c < std::size(text::cp_staff_columns); c++) h += "<td></td>";
        h += "</tr>";
    }
    return h + "</tbody></table>";
}

}  // namespace

const ContestantRules& contestant_rules() {
    static const ContestantRules rules = [] {
        json doc = json::parse(embedded_asset(kRulesAsset));
        const json& r = doc.at("contestant_rules");
        ContestantRules out{r.at("title").get<std::string>(), r.value("note", ""), doc.value("source", ""), {}};
        for (const json& rule : r.at("rules")) out.rules.push_back(rule.get<std::string>());
        return out;
    }();
    return rules;
}

void CompetitionPlanModel::sections_to_json(json& j) const {
    for (int l = 0; l < kCompetitionStaffListCount; l++) {
        json& list = j["groups"][kJudging][kCompetitionStaffListIds[l]] = json::array();
        for (const CompetitionStaff& s : staff[static_cast<size_t>(l)]) {
            json& one = list.emplace_back();
            for (int c = 0; c < 4; c++) one[kStaffMembers[c]] = staff_member(s, c);
        }
    }
    json& e = j["explanation"] = json::object();
    for (int i = 0; i < kCompetitionExplanationCount; i++) e[kCompetitionExplanationIds[i]] = explanation[static_cast<size_t>(i)];
}

// Format 1 bodies have none of these members: empty lists and sub-sections.
void CompetitionPlanModel::sections_from_json(const json& b) {
    json judging = b.value("groups", json::object()).value(kJudging, json::object());
    for (int l = 0; l < kCompetitionStaffListCount; l++) {
        std::vector<CompetitionStaff>& list = staff[static_cast<size_t>(l)];
        list.clear();
        for (const json& one : judging.value(kCompetitionStaffListIds[l], json::array())) {
            CompetitionStaff s;
            for (int c = 0; c < 4; c++) *staff_member(s, c) = one.value(kStaffMembers[c], "");
            list.push_back(std::move(s));
        }
    }
    json e = b.value("explanation", json::object());
    for (int i = 0; i < kCompetitionExplanationCount; i++)
        explanation[static_cast<size_t>(i)] = e.value(kCompetitionExplanationIds[i], "");
}

// A missing list or sub-section is an error from format 2, a warning for a format-1 body.
void CompetitionPlanModel::validate_sections(Validation& v) const {
    auto missing = [&](const std::string& key, const std::string& label, const std::string& message, const std::string& path) {
        if (body_version_ >= kCompetitionPlanFormat) v.error(key, label, message, path);
        else v.warning(key, label, message, path);
    };
    for (int l = 0; l < kCompetitionStaffListCount; l++) {
        const std::vector<CompetitionStaff>& list = staff[static_cast<size_t>(l)];
        std::string key = std::string("groups.") + kJudging + "." + kCompetitionStaffListIds[l];
        std::string path = std::string("/groups/") + kJudging + "/" + kCompetitionStaffListIds[l];
        const char* what = text::cp_staff_titles[l];
        if (list.empty()) missing(key, what, format_text(text::cp_staff_empty_format, what), path);
        for (size_t i = 0; i < list.size(); i++)
            for (int c = 0; c < 2; c++)  // 姓名 and 单位; 职务/职称 and 职业资格/等级 may be empty
                if (trimmed(staff_member(list[i], c)).empty())
                    v.error(key + "." + std::to_string(i) + "." + kStaffMembers[c],
                            format_text(text::cp_staff_row_format, what, static_cast<int>(i) + 1, text::cp_staff_columns[c]),
                            text::required_message, path + "/" + std::to_string(i) + "/" + kStaffMembers[c]);
    }
    for (int i = 0; i < kCompetitionExplanationCount; i++)
        if (kCompetitionExplanationRequired[i] && trimmed(explanation[static_cast<size_t>(i)]).empty())
            missing(std::string("explanation.") + kCompetitionExplanationIds[i], text::cp_explanation_labels[i],
                    text::required_message, std::string("/explanation/") + kCompetitionExplanationIds[i]);
}

std::string CompetitionPlanModel::staff_html() const {
    std::string h;
    for (int l = 0; l < kCompetitionStaffListCount; l++) {
        std::vector<std::vector<std::string>> rows;
        for (const CompetitionStaff& s : staff[static_cast<size_t>(l)]) rows.push_back({s.name, s.unit, s.title, s.qualification});
        h += "<p>" + html_escape(text::cp_staff_titles[l]) + "：</p>" + list_table(kCompetitionStaffListIds[l], rows);
    }
    return h;
}

// 一 and 二, then 三、技术要求 (the plan's `technical`) with (一) to (四), then 四 to 六.
std::string CompetitionPlanModel::explanation_html() const {
    std::string h = "<div id=\"explanation\">";
    auto sub = [&](int i, const char* tag) {
        h += std::string("<") + tag + ">" + html_escape(text::cp_explanation_titles[i]) + "</" + tag + "><p>" +
             html_lines(explanation[static_cast<size_t>(i)]) + "</p>";
    };
    sub(0, "h3");
    sub(1, "h3");
    h += "<h3>" + html_escape(text::cp_explanation_technical) + "</h3><p>" + html_lines(technical) + "</p>";
    for (int i = 2; i < 6; i++) sub(i, "h4");
    for (int i = 6; i < kCompetitionExplanationCount; i++) sub(i, "h3");
    return h + "</div>";
}

std::string CompetitionPlanModel::rules_html() {
    const ContestantRules& r = contestant_rules();
    std::string h = "<div id=\"contestant-rules\"><h2>" + html_escape(r.title) + "</h2>";
    for (const std::string& rule : r.rules) h += "<p>" + html_escape(rule) + "</p>";
    return h + "</div>";
}

}  // namespace skillaid
