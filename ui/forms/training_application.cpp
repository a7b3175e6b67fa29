// 企业职工培训申请表 (长人社联〔2020〕12号 附件4): every field of the
// attachment, the trainee roster (thousands of rows: clipped, sortable,
// searchable; paste from Excel/WPS; CSV in and out), the estimate scenario,
// the route and the print view.
#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <unordered_map>

#include "engine/catalog.h"
#include "engine/date.h"
#include "engine/errors.h"
#include "engine/money.h"
#include "engine/policy.h"
#include "engine/validators.h"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include "ui/forms.h"
#include "ui/forms/form_parts.h"
#include "ui/strings.h"
#include "ui/test_hooks.h"
#include "ui/web_platform.h"

namespace skillaid {
namespace {

using nlohmann::json;

constexpr const char* kSchemeIds[] = {"pre_job", "job_transfer", "skill_upgrade", "job_drill", "apprenticeship"};
constexpr const char* kModeIds[] = {"offline", "online", "mixed"};
constexpr const char* kCategoryIds[] = {"employee", "dispatched"};
constexpr const char* kOwnershipIds[] = {"central_provincial", "state_owned", "other"};
constexpr Level kLevels[] = {Level::junior, Level::intermediate, Level::senior, Level::technician,
                             Level::senior_technician, Level::senior_technician_upgrade};
constexpr int kSchemeSkillUpgrade = 2;
constexpr int kModeOffline = 0, kModeOnline = 1;
constexpr int kCategoryDispatched = 1;
constexpr int kSuggestionsShown = 8;    // catalog type-ahead rows
constexpr int kRosterRowsVisible = 14;  // table height before it scrolls
constexpr double kFullAttendance = 100.0;

template <size_t N>
int index_of(const char* const (&ids)[N], const std::string& id) {
    for (size_t i = 0; i < N; i++)
        if (id == ids[i]) return static_cast<int>(i);
    return -1;
}
template <size_t N>
const char* id_at(const char* const (&ids)[N], int i) {
    return i >= 0 && i < static_cast<int>(N) ? ids[i] : "";
}

std::string format(const char* fmt, auto... args) {
    char buf[512];
    std::snprintf(buf, sizeof buf, fmt, args...);
    return buf;
}

struct Trainee {
    std::string name, id, mobile;
    double attendance = kFullAttendance;  // percent
    bool certified = true;
};

enum Column { col_no, col_name, col_id, col_mobile, col_attendance, col_certified, col_issue, col_actions, col_count };

// RFC 4180-style rows (quotes, doubled quotes, CRLF) for CSV; tab-separated
// clipboard text from Excel/WPS uses the same reader with '\t'.
std::vector<std::vector<std::string>> parse_rows(const std::string& text, char delim) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string cell;
    bool quoted = false, any = false;
    for (size_t i = 0; i < text.size(); i++) {
        char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') { cell += '"'; i++; }
            else if (c == '"') quoted = false;
            else cell += c;
        } else if (c == '"' && cell.empty()) {
            quoted = true;
            any = true;
        } else if (c == delim) {
            row.push_back(std::move(cell));
            cell.clear();
            any = true;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') i++;
            row.push_back(std::move(cell));
            cell.clear();
            rows.push_back(std::move(row));
            row.clear();
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

std::string trim(std::string s) {
    size_t a = s.find_first_not_of(" \t\r\n"), b = s.find_last_not_of(" \t\r\n");
    return a == std::string::npos ? std::string() : s.substr(a, b - a + 1);
}

std::string csv_cell(const std::string& s) {
    if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

// "95", "95%", "0.95" -> 95; false when not a number.
bool parse_attendance(std::string s, double& out) {
    s = trim(s);
    bool percent = !s.empty() && s.back() == '%';
    if (percent) s.pop_back();
    if (s.empty()) return false;
    char* end = nullptr;
    double v = std::strtod(s.c_str(), &end);
    if (end != s.c_str() + s.size()) return false;
    out = !percent && v <= 1.0 && s.find('.') != std::string::npos ? v * 100.0 : v;
    return true;
}

bool parse_yes(const std::string& s) {
    std::string t = trim(s);
    return !(t == text::roster_no || t == "N" || t == "n" || t == "0" || t == "false" || t == "无");
}

class TrainingApplication final : public FormModel {
public:
    void prefill(const Profile& p) override { company_ = p.org_name; }
    void draw(FormContext& ctx);
    void validate(Validation& v, const std::string& today, const json& estimate) const override;
    json to_json() const override;
    void from_json(const json& body, int format_version) override;
    std::string title() const override { return company_; }
    std::optional<json> scenario(const std::string& today) const override;
    std::optional<RouteRequest> route_request() const override;
    std::string print_html(const PrintContext& ctx) const override;
    bool accept_text(std::string_view purpose, const std::string& text) override;

private:
    void draw_occupation(FormContext& ctx);
    void draw_roster(FormContext& ctx);
    void rebuild_view();
    int add_rows(const std::string& text, char delim, std::string& report);
    std::string standard_text(const json* estimate) const;
    std::string export_csv() const;

    // The attachment's fields (saved).
    std::string company_, address_, credit_code_, institution_, place_, bank_name_, bank_account_, platform_;
    std::string date_from_, date_to_;
    int scheme_ = -1, level_ = -1, mode_ = -1, category_ = -1, district_ = -1, ownership_ = -1;
    int occupation_ = 0;  // catalog number, 0 = none
    long long hours_offline_ = 0, hours_online_ = 0;
    std::vector<Trainee> roster_;

    // Screen state (not saved).
    std::string occupation_query_;
    std::string searched_query_ = "\x01";
    std::vector<const Occupation*> suggestions_;
    bool suggestions_open_ = false;
    std::string search_;
    std::vector<int> view_;  // roster indices shown, filtered and sorted
    bool view_dirty_ = true;
    ImGuiTableColumnSortSpecs sort_{};
    bool sorted_ = false;
    std::string report_;     // last paste / import summary
    std::vector<std::string> report_lines_;
    std::string standard_;   // 补贴标准, from the last estimate
    bool standard_stale_ = true;
    const json* estimate_ = nullptr;
};

void TrainingApplication::draw(FormContext& ctx) {
    const Validation& v = ctx.validation;
    bool& c = ctx.changed;
    c |= ui::text_field("company_name", text::ta_company, company_, v);
    c |= ui::text_field("address", text::ta_address, address_, v);
    c |= ui::text_field("credit_code", text::ta_credit_code, credit_code_, v);
    c |= ui::select_field("scheme", text::ta_scheme, scheme_, text::ta_schemes, IM_ARRAYSIZE(text::ta_schemes), v);
    if (scheme_ == kSchemeSkillUpgrade) {
        static std::vector<const char*> names;
        if (names.empty())
            for (Level l : kLevels) names.push_back(level_name(l).data());
        c |= ui::select_field("level", text::ta_level, level_, names.data(), static_cast<int>(names.size()), v);
    }
    draw_occupation(ctx);
    c |= ui::select_field("mode", text::ta_mode, mode_, text::ta_modes, IM_ARRAYSIZE(text::ta_modes), v);
    c |= ui::text_field("institution", text::ta_institution, institution_, v);
    if (mode_ != kModeOnline) c |= ui::number_field("hours_offline", text::ta_hours_offline, hours_offline_, v);
    if (mode_ != kModeOffline) c |= ui::number_field("hours_online", text::ta_hours_online, hours_online_, v);
    ui::value_field("trainee_count", text::ta_trainee_count,
                    format(text::ta_trainee_count_format, static_cast<int>(roster_.size())));
    if (mode_ != kModeOnline) c |= ui::text_field("place", text::ta_place, place_, v, text::ta_place_hint);
    const json* e = ctx.estimate;
    if (standard_stale_ || e != estimate_) {  // the estimate is redone after each edit, not per frame
        standard_ = standard_text(e);
        estimate_ = e;
        standard_stale_ = false;
    }
    ui::value_field("subsidy_standard", text::ta_standard, standard_);
    c |= ui::text_field("bank_name", text::ta_bank_name, bank_name_, v, text::ta_bank_name_hint);
    c |= ui::text_field("bank_account", text::ta_bank_account, bank_account_, v);
    if (mode_ != kModeOffline) c |= ui::text_field("platform", text::ta_platform, platform_, v, text::ta_platform_hint);
    c |= ui::select_field("category", text::ta_category, category_, text::ta_categories,
                          IM_ARRAYSIZE(text::ta_categories), v);
    c |= ui::date_field("date_from", text::ta_date_from, date_from_, v);
    c |= ui::date_field("date_to", text::ta_date_to, date_to_, v);

    ImGui::SeparatorText(text::ta_routing_heading);
    c |= district_field(text::ta_district, district_, v);
    c |= ui::select_field("ownership", text::ta_ownership, ownership_, text::ta_ownerships,
                          IM_ARRAYSIZE(text::ta_ownerships), v);

    ImGui::SeparatorText(text::ta_commitment_heading);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled(text::ta_commitment_format, company_.c_str(),
                        scheme_ >= 0 ? text::ta_schemes[scheme_] : "");
    ImGui::PopTextWrapPos();
    draw_roster(ctx);
    if (ctx.changed) standard_stale_ = true;  // the editor re-estimates after this frame
}

void TrainingApplication::draw_occupation(FormContext& ctx) {
    const Validation& v = ctx.validation;
    ui::field_label(text::ta_occupation);
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * ui::kFieldWidthEm));
    bool edited = ImGui::InputTextWithHint("##occupation", text::ta_occupation_hint, &occupation_query_);
    bool active = ImGui::IsItemActive();
    bool input_hovered = ImGui::IsItemHovered();
    test_hook_item("occupation", occupation_query_.c_str());
    const Occupation* chosen = occupation_ ? find_occupation(occupation_) : nullptr;
    if (chosen) {
        ImGui::SameLine();
        ImGui::TextDisabled(text::ta_occupation_selected_format, chosen->number, chosen->cls ? std::string(1, chosen->cls).c_str() : "-",
                            chosen->urgent ? text::catalog_urgent : "");
    }
    test_hook_item("occupation_selected", chosen ? chosen->name.c_str() : "");
    if (edited) {
        occupation_ = 0;  // typing un-chooses; a choice comes from the list
        if (const Occupation* exact = find_occupation(std::string_view(occupation_query_))) occupation_ = exact->number;
        ctx.changed = true;
    }
    ui::field_message("occupation", v);
    if (occupation_query_ != searched_query_) {  // search only when the query changed
        suggestions_ = occupation_query_.empty() ? std::vector<const Occupation*>() : search_occupations(occupation_query_);
        searched_query_ = occupation_query_;
    }
    // Open while typing; stays open until a choice or a click elsewhere (the
    // field loses focus on the same click that picks a suggestion).
    if (active && edited) suggestions_open_ = true;
    if (!suggestions_open_ || suggestions_.empty()) return;
    bool clicked = false;
    ImGui::Indent(ImGui::GetFontSize() * ui::kLabelWidthEm);
    int n = std::min(static_cast<int>(suggestions_.size()), kSuggestionsShown);
    float height = ImGui::GetTextLineHeightWithSpacing() * static_cast<float>(n) + ImGui::GetStyle().WindowPadding.y * 2;
    if (ImGui::BeginChild("##occupation_suggestions", ImVec2(ImGui::GetFontSize() * ui::kFieldWidthEm, height),
                          ImGuiChildFlags_Borders)) {
        for (int i = 0; i < static_cast<int>(suggestions_.size()) && i < kSuggestionsShown * 4; i++) {
            const Occupation* o = suggestions_[static_cast<size_t>(i)];
            std::string label = std::to_string(o->number) + " " + o->name;
            if (ImGui::Selectable(label.c_str())) {
                occupation_ = o->number;
                occupation_query_ = o->name;
                suggestions_open_ = false;
                ctx.changed = true;
            }
            ui::hook("occupation.option." + std::to_string(i), o->name.c_str());
        }
        clicked = ImGui::IsMouseClicked(0) && !active &&
                  !ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem);
    }
    ImGui::EndChild();
    ImGui::Unindent(ImGui::GetFontSize() * ui::kLabelWidthEm);
    if (clicked && !input_hovered) suggestions_open_ = false;
}

void TrainingApplication::rebuild_view() {
    view_.clear();
    view_.reserve(roster_.size());
    for (size_t i = 0; i < roster_.size(); i++) {
        const Trainee& t = roster_[i];
        if (search_.empty() || t.name.find(search_) != std::string::npos || t.id.find(search_) != std::string::npos ||
            t.mobile.find(search_) != std::string::npos)
            view_.push_back(static_cast<int>(i));
    }
    if (sorted_) {
        const auto& r = roster_;
        int col = sort_.ColumnIndex;
        bool desc = sort_.SortDirection == ImGuiSortDirection_Descending;
        auto less = [&](int a, int b) {
            const Trainee &x = r[static_cast<size_t>(a)], &y = r[static_cast<size_t>(b)];
            switch (col) {
                case col_name: return x.name < y.name;
                case col_id: return x.id < y.id;
                case col_mobile: return x.mobile < y.mobile;
                case col_attendance: return x.attendance < y.attendance;
                case col_certified: return x.certified < y.certified;
                default: return a < b;
            }
        };
        std::stable_sort(view_.begin(), view_.end(), [&](int a, int b) { return desc ? less(b, a) : less(a, b); });
    }
    view_dirty_ = false;
}

int TrainingApplication::add_rows(const std::string& input, char delim, std::string& report) {
    std::vector<std::vector<std::string>> rows = parse_rows(input, delim);
    int map[5] = {0, 1, 2, 3, 4};  // name, id, mobile, attendance, certified
    size_t first = 0;
    if (!rows.empty()) {  // a header row names the columns
        const auto& h = rows[0];
        bool header = false;
        const char* names[5] = {text::roster_col_name, text::roster_col_id, text::roster_col_mobile, "出勤", "证书"};
        for (int k = 0; k < 5; k++) {
            for (size_t col = 0; col < h.size(); col++) {
                if (trim(h[col]).find(names[k]) != std::string::npos) {
                    map[k] = static_cast<int>(col);
                    header = true;
                    break;
                }
            }
        }
        if (header) first = 1;
    }
    int added = 0, skipped = 0;
    report_lines_.clear();
    auto cell = [](const std::vector<std::string>& row, int i) {
        return i < static_cast<int>(row.size()) ? trim(row[static_cast<size_t>(i)]) : std::string();
    };
    for (size_t r = first; r < rows.size(); r++) {
        const auto& row = rows[r];
        int line = static_cast<int>(r) + 1;
        bool blank = std::all_of(row.begin(), row.end(), [](const std::string& s) { return trim(s).empty(); });
        if (blank) continue;
        Trainee t;
        t.name = cell(row, map[0]);
        t.id = cell(row, map[1]);
        t.mobile = cell(row, map[2]);
        if (t.name.empty() && t.id.empty()) {
            report_lines_.push_back(format(text::roster_skip_format, line, text::roster_skip_empty));
            skipped++;
            continue;
        }
        std::string att = cell(row, map[3]);
        if (!att.empty() && !parse_attendance(att, t.attendance)) {
            report_lines_.push_back(format(text::roster_skip_format, line, format(text::roster_skip_attendance, att.c_str()).c_str()));
            skipped++;
            continue;
        }
        std::string cert = cell(row, map[4]);
        if (!cert.empty()) t.certified = parse_yes(cert);
        roster_.push_back(std::move(t));
        added++;
    }
    report = format(delim == '\t' ? text::roster_paste_format : text::roster_import_format, added, skipped);
    view_dirty_ = true;
    return added;
}

bool TrainingApplication::accept_text(std::string_view purpose, const std::string& input) {
    standard_stale_ = true;
    if (purpose == "paste") {
        add_rows(input, '\t', report_);
        return true;
    }
    if (purpose == "roster_csv") {
        char delim = input.find('\t') != std::string::npos && input.find(',') == std::string::npos ? '\t' : ',';
        add_rows(input, delim, report_);
        return true;
    }
    return false;
}

std::string TrainingApplication::export_csv() const {
    std::string out = std::string(text::roster_col_name) + "," + text::roster_col_id + "," + text::roster_col_mobile + "," +
                      text::roster_col_attendance + "," + text::roster_col_certified + "\r\n";
    for (const Trainee& t : roster_) {
        char att[32];
        std::snprintf(att, sizeof att, "%g", t.attendance);
        out += csv_cell(t.name) + "," + csv_cell(t.id) + "," + csv_cell(t.mobile) + "," + att + "," +
               (t.certified ? text::roster_yes : text::roster_no) + "\r\n";
    }
    return out;
}

void TrainingApplication::draw_roster(FormContext& ctx) {
    const Validation& v = ctx.validation;
    ImGui::SeparatorText(text::roster_heading);
    if (ImGui::Button(text::roster_add)) {
        roster_.push_back(Trainee{});
        view_dirty_ = true;
        ctx.changed = true;
    }
    test_hook_item("roster.add", nullptr);
    ImGui::SameLine();
    if (ImGui::Button(text::roster_paste)) web::read_clipboard("paste");
    ImGui::SetItemTooltip("%s", text::roster_paste_tip);
    test_hook_item("roster.paste", nullptr);
    ImGui::SameLine();
    if (ImGui::Button(text::roster_import)) web::pick_file("roster_csv", ".csv,.txt,text/csv");
    test_hook_item("roster.import", nullptr);
    ImGui::SameLine();
    if (ImGui::Button(text::roster_export)) {
        std::string name = (company_.empty() ? std::string(text::roster_heading) : company_ + text::roster_heading) + ".csv";
        web::download(name.c_str(), "text/csv;charset=utf-8", export_csv(), true);
    }
    test_hook_item("roster.export", nullptr);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14.0f);
    if (ImGui::InputTextWithHint("##roster_search", text::roster_search_hint, &search_)) view_dirty_ = true;
    test_hook_item("roster.search", search_.c_str());
    if (view_dirty_) rebuild_view();
    ImGui::SameLine();
    ImGui::Text(text::roster_count_format, static_cast<int>(roster_.size()), static_cast<int>(view_.size()));
#ifdef SKILLAID_TEST_HOOKS
    ui::hook("roster.count", std::to_string(roster_.size()).c_str());
    ui::hook("roster.shown", std::to_string(view_.size()).c_str());
    ui::hook("roster.first", view_.empty() ? "" : roster_[static_cast<size_t>(view_[0])].name.c_str());
#endif
    ui::field_message("roster", v);
    if (!report_.empty()) {
        ImGui::TextUnformatted(report_.c_str());
        ui::hook("roster.report", report_.c_str());
        for (const std::string& line : report_lines_) ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "%s", line.c_str());
        ui::hook("roster.report_lines", report_lines_.empty() ? "" : report_lines_[0].c_str());
    }

    ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg |
                            ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersV | ImGuiTableFlags_Resizable |
                            ImGuiTableFlags_SizingStretchProp;
    float row_height = ImGui::GetFrameHeightWithSpacing();
    float height = row_height * static_cast<float>(std::min<int>(static_cast<int>(view_.size()), kRosterRowsVisible) + 1) +
                   ImGui::GetStyle().CellPadding.y * 2;
    if (!ImGui::BeginTable("##roster", col_count, flags, ImVec2(0, height))) return;
    float em = ImGui::GetFontSize();
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(text::roster_col_no, ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_DefaultSort, em * 3);
    ImGui::TableSetupColumn(text::roster_col_name, ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(text::roster_col_id, ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn(text::roster_col_mobile, ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableSetupColumn(text::roster_col_attendance, ImGuiTableColumnFlags_WidthFixed, em * 4.5f);
    ImGui::TableSetupColumn(text::roster_col_certified, ImGuiTableColumnFlags_WidthFixed, em * 4);
    ImGui::TableSetupColumn(text::roster_col_issue, ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_NoSort, 2.0f);
    ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_NoSort, em * 2.5f);
    ImGui::TableHeadersRow();
    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
        sorted_ = specs->SpecsCount > 0;
        if (sorted_) sort_ = specs->Specs[0];
        specs->SpecsDirty = false;
        rebuild_view();
    }
    int remove = -1;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(view_.size()));
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; row++) {
            int i = view_[static_cast<size_t>(row)];
            Trainee& t = roster_[static_cast<size_t>(i)];
            std::string key = "roster." + std::to_string(i);
            ImGui::PushID(i);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            ImGui::Text("%d", i + 1);
            const FieldIssue* row_issue = nullptr;
            auto cell = [&](const char* suffix, std::string& value) {
                ImGui::TableNextColumn();
                std::string k = key + "." + suffix;
                const FieldIssue* issue = v.find(k);
                if (issue && !row_issue) row_issue = issue;
                if (issue) ImGui::PushStyleColor(ImGuiCol_FrameBg, issue->warning ? ImVec4(1, 0.9f, 0.7f, 1) : ImVec4(1, 0.8f, 0.8f, 1));
                ImGui::SetNextItemWidth(-FLT_MIN);
                ImGui::PushID(suffix);
                if (ImGui::InputText("##c", &value)) ctx.changed = true;
                ImGui::PopID();
                if (issue) ImGui::PopStyleColor();
                ui::hook(k, value.c_str());
                ui::hook(k + ".error", issue ? issue->message.c_str() : "");
            };
            cell("name", t.name);
            cell("id", t.id);
            cell("mobile", t.mobile);
            ImGui::TableNextColumn();
            {
                std::string k = key + ".attendance";
                const FieldIssue* issue = v.find(k);
                if (issue && !row_issue) row_issue = issue;
                ImGui::SetNextItemWidth(-FLT_MIN);
                if (ImGui::InputDouble("##att", &t.attendance, 0, 0, "%g")) ctx.changed = true;
                char buf[32];
                std::snprintf(buf, sizeof buf, "%g", t.attendance);
                ui::hook(k, buf);
            }
            ImGui::TableNextColumn();
            if (ImGui::Checkbox("##cert", &t.certified)) ctx.changed = true;
            ui::hook(key + ".certified", t.certified ? "true" : "false");
            ImGui::TableNextColumn();
            if (row_issue) {
                ImGui::TextColored(row_issue->warning ? ImVec4(0.75f, 0.45f, 0, 1) : ImVec4(0.8f, 0.1f, 0.1f, 1), "%s",
                                   row_issue->message.c_str());
                ImGui::SetItemTooltip("%s", row_issue->message.c_str());
            }
            ImGui::TableNextColumn();
            if (ImGui::SmallButton("×")) remove = i;
            ui::hook(key + ".delete", nullptr);
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
    if (remove >= 0) {
        roster_.erase(roster_.begin() + remove);
        view_dirty_ = true;
        ctx.changed = true;
    }
}

void TrainingApplication::validate(Validation& v, const std::string& today, const json& estimate) const {
    auto required = [&](const char* key, const char* label, bool ok) {
        if (!ok) v.error(key, label, text::required_message);
    };
    required("company_name", text::ta_company, !trim(company_).empty());
    required("address", text::ta_address, !trim(address_).empty());
    if (!trim(credit_code_).empty()) {
        CheckResult r = check_credit_code(credit_code_);
        if (!r.ok) v.error("credit_code", text::ta_credit_code, r.message);
        else if (r.severity == Severity::warning) v.warning("credit_code", text::ta_credit_code, r.message);
    }
    required("scheme", text::ta_scheme, scheme_ >= 0);
    if (scheme_ == kSchemeSkillUpgrade) required("level", text::ta_level, level_ >= 0);
    if (occupation_ == 0) {
        if (trim(occupation_query_).empty()) v.error("occupation", text::ta_occupation, text::required_message);
        else v.error("occupation", text::ta_occupation, format(text::ta_occupation_none_format, occupation_query_.c_str()));
    }
    required("mode", text::ta_mode, mode_ >= 0);
    required("institution", text::ta_institution, !trim(institution_).empty());
    bool has_offline = mode_ != kModeOnline, has_online = mode_ != kModeOffline;
    if (hours_offline_ < 0) v.error("hours_offline", text::ta_hours_offline, text::required_message);
    if (hours_online_ < 0) v.error("hours_online", text::ta_hours_online, text::required_message);
    if (mode_ == kModeOffline && hours_online_ > 0) v.error("hours_offline", text::ta_hours_offline, text::ta_online_hours_not_online);
    if (mode_ == kModeOnline && hours_offline_ > 0) v.error("hours_online", text::ta_hours_online, text::ta_offline_hours_online_only);
    if (hours_offline_ + hours_online_ <= 0)
        v.error(has_offline ? "hours_offline" : "hours_online", text::ta_hours, text::ta_hours_missing);
    if (has_offline && mode_ >= 0) required("place", text::ta_place, !trim(place_).empty());
    required("bank_name", text::ta_bank_name, !trim(bank_name_).empty());
    if (trim(bank_account_).empty()) {
        v.error("bank_account", text::ta_bank_account, text::required_message);
    } else {
        CheckResult r = check_bank_card(bank_account_);
        if (!r.ok) v.error("bank_account", text::ta_bank_account, r.message);
        else if (r.severity == Severity::warning) v.warning("bank_account", text::ta_bank_account, r.message);
    }
    if (has_online && mode_ >= 0) required("platform", text::ta_platform, !trim(platform_).empty());
    required("category", text::ta_category, category_ >= 0);
    Date from{}, to{};
    parts::check_date_range(v, {"date_from", text::ta_date_from, date_from_}, {"date_to", text::ta_date_to, date_to_},
                            text::ta_date_order, from, to);
    required("district", text::ta_district, district_ >= 0);
    required("ownership", text::ta_ownership, ownership_ >= 0);

    // Engine answers: an unusable scenario at its field, hour limits at the hours.
    if (estimate.is_object() && estimate.contains("error")) {
        const json& err = estimate["error"];
        std::string path = err.value("path", "");
        const char* key = path.rfind("/hours/online", 0) == 0 ? "hours_online"
                          : path.rfind("/hours", 0) == 0      ? "hours_offline"
                          : path.rfind("/date", 0) == 0       ? "date_from"
                          : path.rfind("/occupation", 0) == 0 ? "occupation"
                                                              : "scheme";
        v.error(key, text::ta_hours, err.value("message", ""));
    } else if (estimate.is_object()) {
        for (const json& issue : estimate.value("issues", json::array())) {
            std::string code = issue.value("code", "");
            const char* key = code == "online_share_exceeded" ? "hours_online"
                              : code == "hours_below_minimum" || code == "hours_capped" ? "hours_offline"
                                                                                       : nullptr;
            if (!key || issue.value("trainee", -1) >= 0) continue;
            std::string message = issue.value("message", "") + "（" + issue.value("clause", "") + "）";
            if (issue.value("effect", "") == "excluded") v.error(key, text::ta_hours, message);
            else v.warning(key, text::ta_hours, message);
        }
    }

    if (roster_.empty()) v.error("roster", text::roster_heading, text::roster_empty);
    Date today_date = parse_date(today, "/today");
    std::unordered_map<std::string, size_t> seen;
    seen.reserve(roster_.size());
    for (size_t i = 0; i < roster_.size(); i++) {
        const Trainee& t = roster_[i];
        std::string key = "roster." + std::to_string(i);
        int row = static_cast<int>(i) + 1;
        if (trim(t.name).empty())
            v.error(key + ".name", format(text::roster_row_format, row, text::roster_col_name), text::required_message);
        if (trim(t.id).empty()) {
            v.error(key + ".id", format(text::roster_row_format, row, text::roster_col_id), text::required_message);
        } else {
            CheckResult r = check_resident_id(t.id, today_date);
            if (!r.ok) {
                v.error(key + ".id", format(text::roster_row_format, row, text::roster_col_id), r.message);
            } else {
                auto [it, fresh] = seen.emplace(r.normalized, i);
                if (!fresh)
                    v.error(key + ".id", format(text::roster_row_format, row, text::roster_col_id),
                            format(text::roster_duplicate_format, static_cast<int>(it->second) + 1));
            }
        }
        if (!trim(t.mobile).empty()) {
            CheckResult r = check_mobile(t.mobile);
            if (!r.ok) v.error(key + ".mobile", format(text::roster_row_format, row, text::roster_col_mobile), r.message);
        }
        if (t.attendance < 0 || t.attendance > kFullAttendance)
            v.error(key + ".attendance", format(text::roster_row_format, row, text::roster_col_attendance),
                    text::roster_attendance_range);
    }
}

std::optional<json> TrainingApplication::scenario(const std::string& today) const {
    if (scheme_ < 0 || occupation_ == 0 || roster_.empty()) return std::nullopt;
    json s = {{"scheme", kSchemeIds[scheme_]}, {"occupation", occupation_}};
    std::string date = trim(date_from_);
    s["date"] = date.empty() ? today : date;
    if (scheme_ == kSchemeSkillUpgrade && level_ >= 0) s["level"] = level_id(kLevels[level_]);
    json hours = json::object();
    if (hours_offline_ > 0) hours["offline"] = hours_offline_;
    if (hours_online_ > 0) hours["online"] = hours_online_;
    if (!hours.empty()) s["hours"] = hours;
    json trainees = json::array();
    for (size_t i = 0; i < roster_.size(); i++) {
        const Trainee& t = roster_[i];
        json one = {{"id", trim(t.id).empty() ? t.name : trim(t.id)},
                    {"attendance", std::clamp(t.attendance, 0.0, kFullAttendance) / kFullAttendance},
                    {"certified", t.certified}};
        if (category_ == kCategoryDispatched) one["dispatched"] = true;
        trainees.push_back(std::move(one));
    }
    s["trainees"] = std::move(trainees);
    return s;
}

std::optional<RouteRequest> TrainingApplication::route_request() const {
    return enterprise_route(district_, ownership_, "enterprise_training");
}

// 补贴标准: the per-person lines of the first trainee ("10元/学时 × 100学时").
std::string TrainingApplication::standard_text(const json* e) const {
    if (!e || !e->contains("trainees") || (*e)["trainees"].empty()) return text::ta_standard_pending;
    std::string out = e->value("scheme_name", "") + "（" + e->value("clause", "") + "）：";
    bool first = true;
    for (const json& line : (*e)["trainees"][0].value("items", json::array())) {
        std::string explain = line.value("explain", "");
        size_t at = explain.find(" × 出勤率");  // the standard, not one person's attendance
        if (at != std::string::npos) explain.resize(at);
        out += (first ? "" : "；") + line.value("label", "") + " " + explain;
        first = false;
    }
    return out;
}

json TrainingApplication::to_json() const {
    json roster = json::array();
    for (const Trainee& t : roster_) {
        json& one = roster.emplace_back();  // member by member: smaller wasm than an initializer list
        one["name"] = t.name;
        one["id"] = t.id;
        one["mobile"] = t.mobile;
        one["attendance"] = t.attendance;
        one["certified"] = t.certified;
    }
    json j;
    j["company_name"] = company_;
    j["address"] = address_;
    j["credit_code"] = credit_code_;
    j["scheme"] = id_at(kSchemeIds, scheme_);
    j["level"] = level_ >= 0 ? std::string(level_id(kLevels[level_])) : "";
    j["occupation"] = occupation_;
    j["occupation_text"] = occupation_query_;
    j["mode"] = id_at(kModeIds, mode_);
    j["institution"] = institution_;
    j["hours"]["offline"] = hours_offline_;
    j["hours"]["online"] = hours_online_;
    j["place"] = place_;
    j["bank"]["name"] = bank_name_;
    j["bank"]["account"] = bank_account_;
    j["platform"] = platform_;
    j["category"] = id_at(kCategoryIds, category_);
    j["date_from"] = date_from_;
    j["date_to"] = date_to_;
    j["district"] = district_name(district_);
    j["ownership"] = id_at(kOwnershipIds, ownership_);
    j["roster"] = std::move(roster);
    return j;
}

void TrainingApplication::from_json(const json& b, int) {
    if (!b.is_object()) throw std::runtime_error(text::roster_bad_body);
    try {
        company_ = b.value("company_name", "");
        address_ = b.value("address", "");
        credit_code_ = b.value("credit_code", "");
        scheme_ = index_of(kSchemeIds, b.value("scheme", ""));
        level_ = -1;
        std::string level = b.value("level", "");
        for (size_t i = 0; i < std::size(kLevels); i++)
            if (level == level_id(kLevels[i])) level_ = static_cast<int>(i);
        occupation_ = b.value("occupation", 0);
        occupation_query_ = b.value("occupation_text", "");
        if (const Occupation* o = occupation_ ? find_occupation(occupation_) : nullptr) occupation_query_ = o->name;
        else occupation_ = 0;
        mode_ = index_of(kModeIds, b.value("mode", ""));
        institution_ = b.value("institution", "");
        json hours = b.value("hours", json::object());
        hours_offline_ = hours.value("offline", 0LL);
        hours_online_ = hours.value("online", 0LL);
        place_ = b.value("place", "");
        json bank = b.value("bank", json::object());
        bank_name_ = bank.value("name", "");
        bank_account_ = bank.value("account", "");
        platform_ = b.value("platform", "");
        category_ = index_of(kCategoryIds, b.value("category", ""));
        date_from_ = b.value("date_from", "");
        date_to_ = b.value("date_to", "");
        district_ = district_index(b.value("district", ""));
        ownership_ = index_of(kOwnershipIds, b.value("ownership", ""));
        roster_.clear();
        for (const json& t : b.value("roster", json::array()))
            roster_.push_back(Trainee{t.value("name", ""), t.value("id", ""), t.value("mobile", ""),
                                      t.value("attendance", kFullAttendance), t.value("certified", true)});
    } catch (const json::exception&) {
        throw std::runtime_error(text::roster_bad_body);
    }
    view_dirty_ = true;
}

std::string TrainingApplication::print_html(const PrintContext& ctx) const {
    auto esc = [](const std::string& s) { return html_escape(s); };
    auto row2 = [&](const char* a, const std::string& va, const char* b, const std::string& vb) {
        return "<tr><th>" + esc(a) + "</th><td>" + esc(va) + "</td><th>" + esc(b) + "</th><td>" + esc(vb) + "</td></tr>";
    };
    auto row1 = [&](const char* a, const std::string& va) {
        return "<tr><th>" + esc(a) + "</th><td colspan=\"3\">" + esc(va) + "</td></tr>";
    };
    const Occupation* o = occupation_ ? find_occupation(occupation_) : nullptr;
    std::string scheme = scheme_ >= 0 ? text::ta_schemes[scheme_] : "";
    if (scheme_ == kSchemeSkillUpgrade && level_ >= 0) scheme += "（" + std::string(level_name(kLevels[level_])) + "）";
    std::string hours = format(text::ta_hours_format, hours_offline_, hours_online_);
    std::string h = "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + esc(text::form_training_application) +
                    " " + esc(company_) + "</title><style>"
                    "body{font-family:'SimSun','Songti SC','Noto Serif CJK SC',serif;margin:24px;color:#000}"
                    "h1{text-align:center;font-size:22px;letter-spacing:4px}h2{font-size:16px;margin-top:24px}"
                    "table{border-collapse:collapse;width:100%}th,td{border:1px solid #000;padding:6px 8px;font-size:14px;text-align:left;vertical-align:top}"
                    "th{width:16%;font-weight:normal;background:#f4f4f4}.box{height:110px}.sign{display:flex;justify-content:space-between;margin-top:60px}"
                    ".small td,.small th{font-size:12px;padding:3px 5px}@media print{body{margin:0}th{background:none}.noprint{display:none}}"
                    "</style></head><body>";
    h += "<h1>" + esc(text::form_training_application) + "</h1><table id=\"form\">";
    h += row1(text::ta_company, company_);
    h += row1(text::ta_address, address_);
    if (!credit_code_.empty()) h += row1(text::ta_credit_code, credit_code_);
    h += row2(text::ta_scheme, scheme, text::ta_occupation, o ? std::to_string(o->number) + " " + o->name : occupation_query_);
    h += row2(text::ta_mode, mode_ >= 0 ? text::ta_modes[mode_] : "", text::ta_institution, institution_);
    h += row2(text::ta_hours, hours, text::ta_trainee_count, std::to_string(roster_.size()));
    h += row2(text::ta_place, place_, text::ta_standard, standard_text(ctx.estimate));
    h += row1(text::ta_bank, bank_name_ + "，" + text::ta_bank_account + "：" + bank_account_);
    h += row1(text::ta_platform, platform_);
    h += row1(text::ta_category, category_ >= 0 ? text::ta_categories[category_] : "");
    h += row1(text::ta_date_from, date_from_ + " 至 " + date_to_);
    h += "<tr><th>" + esc(text::ta_commitment_heading) + "</th><td colspan=\"3\"><p>" +
         esc(format(text::ta_commitment_format, company_.c_str(), scheme.c_str())) + "</p><div class=\"sign\"><span>" +
         esc(text::ta_signature) + "</span><span>" + esc(text::ta_seal) + "</span></div><p style=\"text-align:right\">" +
         esc(text::ta_date_line) + "</p></td></tr>";
    h += "<tr><th>" + esc(text::ta_bureau_opinion) + "</th><td colspan=\"3\" class=\"box\" id=\"bureau-opinion\">"
         "<div class=\"sign\"><span></span><span>" + esc(text::ta_seal) + "</span></div><p style=\"text-align:right\">" +
         esc(text::ta_date_line) + "</p></td></tr></table>";
    if (ctx.estimate) {
        const json& e = *ctx.estimate;
        h += "<h2>" + esc(text::estimate_heading) + "</h2><table id=\"estimate\"><tr><th>" +
             esc(format(text::estimate_total_format, yuan_text(e.value("total_fen", 0LL)).c_str())) + "</th><td colspan=\"3\">" +
             esc(e.value("scheme_name", "")) + "（" + esc(e.value("clause", "")) + "）" +
             esc(e.value("eligible", false) ? text::estimate_eligible : text::estimate_not_eligible) + "</td></tr>";
        for (const json& line : e.value("items", json::array()))
            h += "<tr><th>" + esc(line.value("label", "")) + "</th><td>" + esc(yuan_text(line.value("amount_fen", 0LL))) +
                 "</td><td>" + esc(line.value("clause", "")) + "</td><td>" + esc(line.value("explain", "")) + "</td></tr>";
        for (const json& issue : e.value("issues", json::array()))
            h += "<tr><th>" + esc(issue.value("clause", "")) + "</th><td colspan=\"3\">" + esc(issue.value("message", "")) + "</td></tr>";
        h += "</table>";
    }
    if (ctx.route) {
        h += "<h2>" + esc(text::route_heading) + "</h2><p>" + esc(format(text::route_office_format, ctx.route->office.c_str())) +
             "（" + esc(ctx.route->clause) + "）</p>";
    }
    h += "<h2>" + esc(text::roster_heading) + "</h2><table class=\"small\" id=\"roster\"><tr><th>" + esc(text::roster_col_no) +
         "</th><th>" + esc(text::roster_col_name) + "</th><th>" + esc(text::roster_col_id) + "</th><th>" +
         esc(text::roster_col_mobile) + "</th><th>" + esc(text::roster_col_attendance) + "</th><th>" +
         esc(text::roster_col_certified) + "</th></tr>";
    for (size_t i = 0; i < roster_.size(); i++) {
        const Trainee& t = roster_[i];
        char att[32];
        std::snprintf(att, sizeof att, "%g", t.attendance);
        h += "<tr><td>" + std::to_string(i + 1) + "</td><td>" + esc(t.name) + "</td><td>" + esc(t.id) + "</td><td>" +
             esc(t.mobile) + "</td><td>" + att + "</td><td>" + (t.certified ? text::roster_yes : text::roster_no) + "</td></tr>";
    }
    h += "</table></body></html>";
    return h;
}

}  // namespace

std::unique_ptr<FormModel> create_training_application_model() { return std::make_unique<TrainingApplication>(); }
void draw_training_application(FormModel& model, FormContext& ctx) { static_cast<TrainingApplication&>(model).draw(ctx); }

}  // namespace skillaid
