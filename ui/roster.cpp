#include "ui/roster.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <unordered_map>

#include "engine/validators.h"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include "ui/forms.h"
#include "ui/forms/form_parts.h"
#include "ui/strings.h"
#include "ui/test_hooks.h"
#include "ui/web_platform.h"

namespace skillaid::ui {

using nlohmann::json;

constexpr int kRowsVisible = 12;  // table height before it scrolls
constexpr double kFullAttendance = 100.0;
constexpr float kSearchWidthEm = 14.0f;
const ImVec4 kErrorColor(0.8f, 0.1f, 0.1f, 1.0f);
const ImVec4 kWarningColor(0.75f, 0.45f, 0.0f, 1.0f);
const ImVec4 kErrorBg(1.0f, 0.8f, 0.8f, 1.0f);

const std::vector<Group>& roster_groups() {
    static const std::vector<Group> groups = {Group::poor_labour, Group::employment_difficulty,
                                              Group::zero_employment_family, Group::two_after_rural,
                                              Group::two_after_urban_dibao};
    return groups;
}

static const std::vector<const char*>& group_names() {
    static std::vector<const char*> names;
    if (names.empty())
        for (Group g : roster_groups()) names.push_back(group_name(g).data());
    return names;
}

static std::string printf_string(const char* fmt, auto... args) {
    char buf[512];
    std::snprintf(buf, sizeof buf, fmt, args...);
    return buf;
}

// Rows of delimited text: quoted cells ("" inside), CRLF or LF line ends.
static std::vector<std::vector<std::string>> split_rows(const std::string& text, char delim) {
    std::vector<std::vector<std::string>> rows(1);
    std::string cell;
    bool quoted = false;
    for (size_t i = 0; i < text.size(); i++) {
        char c = text[i];
        bool next_quote = i + 1 < text.size() && text[i + 1] == '"';
        if (quoted && c == '"' && next_quote) cell += text[++i];
        else if (c == '"' && (quoted || cell.empty())) quoted = !quoted;
        else if (quoted || (c != delim && c != '\n' && c != '\r')) cell += c;
        else if (c == delim) rows.back().push_back(std::exchange(cell, {}));
        else if (c == '\n' || !(i + 1 < text.size() && text[i + 1] == '\n')) {
            rows.back().push_back(std::exchange(cell, {}));
            rows.emplace_back();
        }
    }
    rows.back().push_back(cell);
    return rows;
}

// "95", "95%", "0.95" -> 95.
static bool read_percent(std::string s, double& out) {
    s = parts::trimmed(s);
    bool percent = !s.empty() && s.back() == '%';
    if (percent) s.pop_back();
    char* end = nullptr;
    double v = std::strtod(s.c_str(), &end);
    if (s.empty() || end != s.c_str() + s.size()) return false;
    out = !percent && v <= 1.0 && s.find('.') != std::string::npos ? v * kFullAttendance : v;
    return true;
}

static bool read_yes(const std::string& s) {
    std::string t = parts::trimmed(s);
    return !(t == text::roster_no || t == "N" || t == "n" || t == "0" || t == "false" || t == "无");
}

// Column names a header row may use, in the default order of pasted cells.
enum Field { f_name, f_id, f_mobile, f_attendance, f_certified, f_certificate, f_group, f_days, f_insurance, f_count };
static const char* const kHeaderWords[f_count] = {"姓名", "身份证", "手机", "出勤", "取得证书", "证书编号", "类别", "天数", "失业"};

static std::vector<Field> default_order(unsigned columns) {
    std::vector<Field> order = {f_name, f_id};
    if (columns & roster_mobile) order.push_back(f_mobile);
    if (columns & roster_attendance) order.insert(order.end(), {f_attendance, f_certified, f_certificate});
    if (columns & roster_living) order.insert(order.end(), {f_group, f_days, f_insurance});
    return order;
}

int Roster::add_rows(const std::string& input, char delim) {
    std::vector<std::vector<std::string>> rows = split_rows(input, delim);
    int at[f_count];
    std::fill(std::begin(at), std::end(at), -1);
    std::vector<Field> order = default_order(columns);
    for (size_t k = 0; k < order.size(); k++) at[order[k]] = static_cast<int>(k);
    size_t first = 0;
    bool header = false;
    for (size_t col = 0; !rows.empty() && col < rows[0].size(); col++)
        for (int f = f_count - 1; f >= 0; f--)  // longer words first: 证书编号 before 证书
            if (rows[0][col].find(kHeaderWords[f]) != std::string::npos) {
                if (!header) std::fill(std::begin(at), std::end(at), -1);
                header = true;
                at[f] = static_cast<int>(col);
                break;
            }
    if (header) first = 1;
    int added = 0, skipped = 0;
    report_lines_.clear();
    for (size_t r = first; r < rows.size(); r++) {
        const auto& row = rows[r];
        auto cell = [&](Field f) {
            int i = at[f];
            return i >= 0 && i < static_cast<int>(row.size()) ? parts::trimmed(row[static_cast<size_t>(i)]) : std::string();
        };
        if (std::all_of(row.begin(), row.end(), [](const std::string& s) { return parts::trimmed(s).empty(); })) continue;
        int line = static_cast<int>(r) + 1;
        RosterPerson p;
        p.name = cell(f_name);
        p.id = cell(f_id);
        p.mobile = cell(f_mobile);
        p.certificate = cell(f_certificate);
        std::string att = cell(f_attendance);
        if (p.name.empty() && p.id.empty()) {
            report_lines_.push_back(printf_string(text::roster_skip_format, line, text::roster_skip_empty));
            skipped++;
            continue;
        }
        if (!att.empty() && !read_percent(att, p.attendance)) {
            report_lines_.push_back(printf_string(text::roster_skip_format, line,
                                                  printf_string(text::roster_skip_attendance, att.c_str()).c_str()));
            skipped++;
            continue;
        }
        if (std::string c = cell(f_certified); !c.empty()) p.certified = read_yes(c);
        if (std::string g = cell(f_group); !g.empty())
            for (size_t i = 0; i < roster_groups().size(); i++)
                if (g == group_name(roster_groups()[i]) || g == group_id(roster_groups()[i])) p.group = static_cast<int>(i);
        p.days = std::atoll(cell(f_days).c_str());
        if (std::string u = cell(f_insurance); !u.empty()) p.unemployment_insurance = read_yes(u);
        people.push_back(std::move(p));
        added++;
    }
    report_ = printf_string(delim == '\t' ? text::roster_paste_format : text::roster_import_format, added, skipped);
    view_dirty_ = true;
    return added;
}

bool Roster::accept_text(std::string_view purpose, const std::string& input) {
    if (purpose == "paste") {
        add_rows(input, '\t');
        return true;
    }
    if (purpose == "roster_csv") {
        add_rows(input, input.find('\t') != std::string::npos && input.find(',') == std::string::npos ? '\t' : ',');
        return true;
    }
    return false;
}

void Roster::rebuild_view() {
    view_.clear();
    for (size_t i = 0; i < people.size(); i++) {
        const RosterPerson& p = people[i];
        if (search_.empty() || p.name.find(search_) != std::string::npos || p.id.find(search_) != std::string::npos)
            view_.push_back(static_cast<int>(i));
    }
    view_dirty_ = false;
}

bool Roster::draw(const Validation& v, const std::vector<RosterResult>* results) {
    bool changed = false;
    ImGui::SeparatorText(text::roster_heading);
    if (ImGui::Button(text::roster_add)) {
        people.push_back(RosterPerson{});
        view_dirty_ = changed = true;
    }
    test_hook_item("roster.add", nullptr);
    ImGui::SameLine();
    if (ImGui::Button(text::roster_paste)) web::read_clipboard("paste");
    ImGui::SetItemTooltip("%s", text::ro_paste_tip);
    test_hook_item("roster.paste", nullptr);
    ImGui::SameLine();
    if (ImGui::Button(text::roster_import)) web::pick_file("roster_csv", ".csv,.txt,text/csv");
    test_hook_item("roster.import", nullptr);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * kSearchWidthEm);
    if (ImGui::InputTextWithHint("##roster_search", text::ro_search_hint, &search_)) view_dirty_ = true;
    test_hook_item("roster.search", search_.c_str());
    if (view_dirty_ || view_.size() > people.size()) rebuild_view();
    ImGui::SameLine();
    ImGui::Text(text::roster_count_format, static_cast<int>(people.size()), static_cast<int>(view_.size()));
#ifdef SKILLAID_TEST_HOOKS
    test_hook_item("roster.count", std::to_string(people.size()).c_str());
#endif
    field_message("roster", v);
    if (!report_.empty()) {
        ImGui::TextUnformatted(report_.c_str());
        test_hook_item("roster.report", report_.c_str());
        for (const std::string& line : report_lines_) ImGui::TextColored(kErrorColor, "%s", line.c_str());
    }

    // Columns: 序号 姓名 身份证号 [手机] [出勤率 证书 证书编号] [类别 天数 失业保险] [金额] 问题 ×
    bool mobile = columns & roster_mobile, attendance = columns & roster_attendance, living = columns & roster_living;
    int ncols = 4 + (mobile ? 1 : 0) + (attendance ? 3 : 0) + (living ? 3 : 0) + (results ? 1 : 0) + 1;
    ImGuiTableFlags flags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter |
                            ImGuiTableFlags_BordersV | ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp;
    float height = ImGui::GetFrameHeightWithSpacing() *
                       static_cast<float>(std::min(static_cast<int>(view_.size()), kRowsVisible) + 1) +
                   ImGui::GetStyle().CellPadding.y * 2;
    if (!ImGui::BeginTable("##roster", ncols, flags, ImVec2(0, height))) return changed;
    float em = ImGui::GetFontSize();
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(text::roster_col_no, ImGuiTableColumnFlags_WidthFixed, em * 2.5f);
    ImGui::TableSetupColumn(text::roster_col_name, ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(text::roster_col_id, ImGuiTableColumnFlags_WidthStretch, 2.0f);
    if (mobile) ImGui::TableSetupColumn(text::roster_col_mobile, ImGuiTableColumnFlags_WidthStretch, 1.4f);
    if (attendance) {
        ImGui::TableSetupColumn(text::roster_col_attendance, ImGuiTableColumnFlags_WidthFixed, em * 4);
        ImGui::TableSetupColumn(text::roster_col_certified, ImGuiTableColumnFlags_WidthFixed, em * 4);
        ImGui::TableSetupColumn(text::ro_col_certificate, ImGuiTableColumnFlags_WidthStretch, 1.6f);
    }
    if (living) {
        ImGui::TableSetupColumn(text::ro_col_group, ImGuiTableColumnFlags_WidthStretch, 1.6f);
        ImGui::TableSetupColumn(text::ro_col_days, ImGuiTableColumnFlags_WidthFixed, em * 3.5f);
        ImGui::TableSetupColumn(text::ro_col_insurance, ImGuiTableColumnFlags_WidthFixed, em * 4);
    }
    if (results) ImGui::TableSetupColumn(text::ro_col_amount, ImGuiTableColumnFlags_WidthFixed, em * 6);
    ImGui::TableSetupColumn(text::roster_col_issue, ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_WidthFixed, em * 2);
    ImGui::TableHeadersRow();
    int remove = -1;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(view_.size()));
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; row++) {
            int i = view_[static_cast<size_t>(row)];
            RosterPerson& p = people[static_cast<size_t>(i)];
            std::string key = "roster." + std::to_string(i) + ".";
            const FieldIssue* row_issue = nullptr;
            ImGui::PushID(i);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            ImGui::Text("%d", i + 1);
            // Each cell: the widget full width, red when its key has an error, hook = the value.
            auto cell = [&](const char* name, auto&& widget) {
                ImGui::TableNextColumn();
                const FieldIssue* issue = v.find(key + name);
                if (issue && !row_issue) row_issue = issue;
                if (issue) ImGui::PushStyleColor(ImGuiCol_FrameBg, kErrorBg);
                ImGui::SetNextItemWidth(-FLT_MIN);
                ImGui::PushID(name);
                std::string shown = widget();
                ImGui::PopID();
                if (issue) ImGui::PopStyleColor();
                test_hook_item((key + name).c_str(), shown.c_str());
            };
            auto text_cell = [&](const char* name, std::string& value) {
                cell(name, [&] {
                    changed |= ImGui::InputText("##c", &value);
                    return value;
                });
            };
            text_cell("name", p.name);
            text_cell("id", p.id);
            if (mobile) text_cell("mobile", p.mobile);
            if (attendance) {
                cell("attendance", [&] {
                    changed |= ImGui::InputDouble("##c", &p.attendance, 0, 0, "%g");
                    return printf_string("%g", p.attendance);
                });
                cell("certified", [&] {
                    changed |= ImGui::Checkbox("##c", &p.certified);
                    return std::string(p.certified ? "true" : "false");
                });
                text_cell("certificate", p.certificate);
            }
            if (living) {
                cell("group", [&] {
                    const auto& names = group_names();
                    const char* preview = p.group >= 0 ? names[static_cast<size_t>(p.group)] : text::select_hint;
                    if (ImGui::BeginCombo("##c", preview)) {
                        for (int g = 0; g < static_cast<int>(names.size()); g++) {
                            if (ImGui::Selectable(names[static_cast<size_t>(g)], g == p.group)) {
                                changed |= g != p.group;
                                p.group = g;
                            }
                            test_hook_item((key + "group.option." + std::to_string(g)).c_str(), names[static_cast<size_t>(g)]);
                        }
                        ImGui::EndCombo();
                    }
                    return std::string(p.group >= 0 ? names[static_cast<size_t>(p.group)] : "");
                });
                cell("days", [&] {
                    changed |= ImGui::InputScalar("##c", ImGuiDataType_S64, &p.days);
                    return std::to_string(p.days);
                });
                cell("insurance", [&] {
                    changed |= ImGui::Checkbox("##c", &p.unemployment_insurance);
                    return std::string(p.unemployment_insurance ? "true" : "false");
                });
            }
            const RosterResult* result =
                results && static_cast<size_t>(i) < results->size() ? &(*results)[static_cast<size_t>(i)] : nullptr;
            if (results) {
                ImGui::TableNextColumn();
                ImGui::AlignTextToFramePadding();
                if (result && result->excluded) ImGui::TextColored(kErrorColor, "%s", result->amount.c_str());
                else ImGui::TextUnformatted(result ? result->amount.c_str() : "");
                test_hook_item((key + "amount").c_str(), result ? result->amount.c_str() : "");
            }
            ImGui::TableNextColumn();
            std::string note = row_issue ? row_issue->message : result ? result->note : "";
            if (!note.empty()) {
                bool error = row_issue ? !row_issue->warning : result && result->excluded;
                ImGui::TextColored(error ? kErrorColor : kWarningColor, "%s", note.c_str());
                ImGui::SetItemTooltip("%s", note.c_str());
            }
            test_hook_item((key + "issue").c_str(), note.c_str());
            ImGui::TableNextColumn();
            if (ImGui::SmallButton("×")) remove = i;
            test_hook_item((key + "delete").c_str(), nullptr);
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
    if (remove >= 0) {
        people.erase(people.begin() + remove);
        view_dirty_ = changed = true;
    }
    return changed;
}

void Roster::validate(Validation& v, const Date& today) const {
    if (people.empty()) v.error("roster", text::roster_heading, text::roster_empty);
    std::unordered_map<std::string, size_t> seen;
    for (size_t i = 0; i < people.size(); i++) {
        const RosterPerson& p = people[i];
        std::string key = "roster." + std::to_string(i) + ".";
        int row = static_cast<int>(i) + 1;
        auto where = [&](const char* column) { return printf_string(text::roster_row_format, row, column); };
        if (parts::trimmed(p.name).empty()) v.error(key + "name", where(text::roster_col_name), text::required_message);
        if (parts::trimmed(p.id).empty()) {
            v.error(key + "id", where(text::roster_col_id), text::required_message);
        } else if (CheckResult r = check_resident_id(p.id, today); !r.ok) {
            v.error(key + "id", where(text::roster_col_id), r.message);
        } else if (auto [it, fresh] = seen.emplace(r.normalized, i); !fresh) {
            v.error(key + "id", where(text::roster_col_id),
                    printf_string(text::roster_duplicate_format, static_cast<int>(it->second) + 1));
        }
        if ((columns & roster_mobile) && !parts::trimmed(p.mobile).empty())
            if (CheckResult r = check_mobile(p.mobile); !r.ok) v.error(key + "mobile", where(text::roster_col_mobile), r.message);
        if (columns & roster_attendance) {
            if (p.attendance < 0 || p.attendance > kFullAttendance)
                v.error(key + "attendance", where(text::roster_col_attendance), text::roster_attendance_range);
            if (p.certified && parts::trimmed(p.certificate).empty())
                v.error(key + "certificate", where(text::ro_col_certificate), text::ro_certificate_missing);
        }
        if (columns & roster_living) {
            if (p.group < 0) v.error(key + "group", where(text::ro_col_group), text::required_message);
            if (p.days <= 0) v.error(key + "days", where(text::ro_col_days), text::ro_days_missing);
        }
    }
}

json Roster::to_json() const {
    json rows = json::array();
    for (const RosterPerson& p : people) {
        json& row = rows.emplace_back();  // member by member: smaller wasm than an initializer list
        row["name"] = p.name;
        row["id"] = p.id;
        row["mobile"] = p.mobile;
        row["attendance"] = p.attendance;
        row["certified"] = p.certified;
        row["certificate"] = p.certificate;
        row["group"] = p.group >= 0 ? std::string(group_id(roster_groups()[static_cast<size_t>(p.group)])) : "";
        row["days"] = p.days;
        row["unemployment_insurance"] = p.unemployment_insurance;
    }
    return rows;
}

void Roster::from_json(const json& rows) {
    people.clear();
    for (const json& r : rows) {
        RosterPerson p{r.value("name", ""), r.value("id", ""), r.value("mobile", ""), r.value("certificate", ""),
                       r.value("attendance", kFullAttendance), r.value("certified", true), -1, r.value("days", 0LL),
                       r.value("unemployment_insurance", false)};
        std::string g = r.value("group", "");
        for (size_t i = 0; i < roster_groups().size(); i++)
            if (g == group_id(roster_groups()[i])) p.group = static_cast<int>(i);
        people.push_back(std::move(p));
    }
    view_dirty_ = true;
}

std::string Roster::html_table(const std::vector<RosterResult>* results) const {
    bool mobile = columns & roster_mobile, attendance = columns & roster_attendance, living = columns & roster_living;
    auto th = [](const char* s) { return "<th>" + html_escape(s) + "</th>"; };
    auto td = [](const std::string& s) { return "<td>" + html_escape(s) + "</td>"; };
    std::string h = "<table class=\"small\" id=\"roster\"><tr>" + th(text::roster_col_no) + th(text::roster_col_name) +
                    th(text::roster_col_id);
    if (mobile) h += th(text::roster_col_mobile);
    if (attendance) h += th(text::roster_col_attendance) + th(text::roster_col_certified) + th(text::ro_col_certificate);
    if (living) h += th(text::ro_col_group) + th(text::ro_col_days) + th(text::ro_col_insurance);
    if (results) h += th(text::ro_col_amount) + th(text::roster_col_issue);
    h += "</tr>";
    for (size_t i = 0; i < people.size(); i++) {
        const RosterPerson& p = people[i];
        h += "<tr>" + td(std::to_string(i + 1)) + td(p.name) + td(p.id);
        if (mobile) h += td(p.mobile);
        if (attendance)
            h += td(printf_string("%g", p.attendance)) + td(p.certified ? text::roster_yes : text::roster_no) + td(p.certificate);
        if (living)
            h += td(p.group >= 0 ? group_names()[static_cast<size_t>(p.group)] : "") + td(std::to_string(p.days)) +
                 td(p.unemployment_insurance ? text::roster_yes : text::roster_no);
        if (results) {
            const RosterResult* r = i < results->size() ? &(*results)[i] : nullptr;
            h += td(r ? r->amount : "") + td(r ? r->note : "");
        }
        h += "</tr>";
    }
    return h + "</table>";
}

}  // namespace skillaid::ui
