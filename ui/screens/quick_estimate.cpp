// 快速测算: any of the engine's 13 schemes with the inputs it needs -> the
// total, every line with its clause and arithmetic, and why anything is not
// paid. The engine runs only when an input changed (never per frame).
#include <string>
#include <vector>

#include "engine/errors.h"
#include "engine/estimate.h"
#include "engine/money.h"
#include "engine/policy.h"
#include "imgui.h"
#include "ui/app.h"
#include "ui/occupation_picker.h"
#include "ui/strings.h"
#include "ui/test_hooks.h"
#include "ui/widgets.h"

namespace skillaid {
namespace {

using nlohmann::json;

constexpr long long kFullAttendancePercent = 100;
constexpr Level kLevels[] = {Level::junior, Level::intermediate, Level::senior, Level::technician,
                             Level::senior_technician, Level::senior_technician_upgrade};
constexpr Group kGroups[] = {Group::poor_labour, Group::employment_difficulty, Group::zero_employment_family,
                             Group::two_after_rural, Group::two_after_urban_dibao};
constexpr EnterpriseType kEnterpriseTypes[] = {EnterpriseType::state_owned, EnterpriseType::above_scale,
                                               EnterpriseType::other};
const ImVec4 kErrorColor(0.8f, 0.1f, 0.1f, 1.0f);
const ImVec4 kNoteColor(0.45f, 0.45f, 0.45f, 1.0f);
const ImVec4 kEligibleColor(0.1f, 0.5f, 0.2f, 1.0f);
constexpr float kTotalScale = 1.5f;

// Which inputs a scheme takes (the engine reports anything still missing).
bool uses_occupation(Scheme s) {
    return s != Scheme::entrepreneurship && s != Scheme::living_allowance && s != Scheme::work_for_training;
}
bool uses_level(Scheme s) { return s == Scheme::skill_upgrade || s == Scheme::assessment; }
bool uses_hours(Scheme s) {
    return s == Scheme::pre_job || s == Scheme::job_transfer || s == Scheme::skill_upgrade || s == Scheme::job_drill ||
           s == Scheme::employment_skills || s == Scheme::labour_preparation || s == Scheme::poverty_training;
}
bool uses_group(Scheme s) { return s == Scheme::living_allowance || s == Scheme::work_for_training; }
bool per_person(Scheme s) { return uses_group(s); }  // group/days/months are trainee fields

template <typename T, size_t N>
std::vector<const char*> names_of(const T (&values)[N], std::string_view (*name)(T)) {
    std::vector<const char*> out;
    for (T v : values) out.push_back(name(v).data());
    return out;
}

struct Estimator {
    int scheme = 0;
    std::string date;
    OccupationChoice occupation;
    ui::OccupationPicker occupation_picker;
    int level = -1, group = -1, enterprise = -1;
    long long hours_offline = 0, hours_online = 0, attendance = kFullAttendancePercent, count = 1;
    // Starts at the competition's minimum per project (三(一)5), from the policy file.
    long long participants = policy_versions().back().competition.min_participants.value;
    long long days = 0, months = 0;
    bool unemployment_insurance = false;
    bool dirty = true;
    json result;  // engine answer or {"error": ...}
};

json build_scenario(const Estimator& e) {
    Scheme s = static_cast<Scheme>(e.scheme);
    json j = {{"scheme", scheme_id(s)}, {"date", e.date}};
    if (uses_occupation(s) && e.occupation.number) j["occupation"] = e.occupation.number;
    if (uses_level(s) && e.level >= 0) j["level"] = level_id(kLevels[e.level]);
    if (uses_hours(s) && e.hours_offline + e.hours_online > 0) {
        json h = json::object();
        if (e.hours_offline > 0) h["offline"] = e.hours_offline;
        if (e.hours_online > 0) h["online"] = e.hours_online;
        j["hours"] = h;
    }
    if (s == Scheme::competition) {
        j["participants"] = e.participants;
        if (e.enterprise >= 0) j["enterprise"] = {{"type", enterprise_type_id(kEnterpriseTypes[e.enterprise])}};
        return j;
    }
    double attendance = static_cast<double>(std::clamp(e.attendance, 0LL, kFullAttendancePercent)) /
                        static_cast<double>(kFullAttendancePercent);
    if (!per_person(s)) {
        if (e.attendance != kFullAttendancePercent) j["attendance"] = attendance;
        j["count"] = e.count;
        return j;
    }
    json one = json::object();
    if (e.group >= 0) one["group"] = group_id(kGroups[e.group]);
    if (e.days > 0) one["days"] = e.days;
    if (s == Scheme::work_for_training && e.months > 0) one["months"] = e.months;
    if (s == Scheme::living_allowance && e.unemployment_insurance) one["unemployment_insurance"] = true;
    j["trainees"] = json::array();
    for (long long i = 0; i < std::max(e.count, 1LL); i++) j["trainees"].push_back(one);  // identical people
    return j;
}

void run(Estimator& e, const std::string& today) {
    try {
        e.result = estimate_json(build_scenario(e), parse_date(today, "/today"));
    } catch (const InputError& err) {
        e.result = {{"error", {{"code", err.code}, {"message", err.message}, {"path", err.path}}}};
    }
    e.dirty = false;
}

bool draw_inputs(Estimator& e) {
    static const Validation none;
    static std::vector<std::string> scheme_names;
    static std::vector<const char*> scheme_ptrs;
    if (scheme_ptrs.empty()) {
        const PolicyVersion& p = policy_versions().back();
        for (int i = 0; i < scheme_count; i++) scheme_names.push_back(p.rules(static_cast<Scheme>(i)).name);
        for (const std::string& n : scheme_names) scheme_ptrs.push_back(n.c_str());
    }
    static const std::vector<const char*> levels = names_of(kLevels, level_name);
    static const std::vector<const char*> groups = names_of(kGroups, group_name);
    static const std::vector<const char*> enterprises = names_of(kEnterpriseTypes, enterprise_type_name);
    bool c = false;
    float list_height = ImGui::GetTextLineHeightWithSpacing() * static_cast<float>(scheme_count + 1);
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(FLT_MAX, list_height));  // all 13 without scrolling
    c |= ui::select_field("qe.scheme", text::qe_scheme, e.scheme, scheme_ptrs.data(), scheme_count, none);
    Scheme s = static_cast<Scheme>(e.scheme);
    c |= ui::date_field("qe.date", text::qe_date, e.date, none);
    if (uses_occupation(s)) c |= e.occupation_picker.draw("qe.occupation", text::qe_occupation, text::ta_occupation_hint, e.occupation, none);
    if (uses_level(s))
        c |= ui::select_field("qe.level", text::qe_level, e.level, levels.data(), static_cast<int>(levels.size()), none);
    if (uses_hours(s)) {
        c |= ui::number_field("qe.hours_offline", text::qe_hours_offline, e.hours_offline, none);
        c |= ui::number_field("qe.hours_online", text::qe_hours_online, e.hours_online, none);
    }
    if (s == Scheme::competition) {
        c |= ui::number_field("qe.participants", text::qe_participants, e.participants, none);
        c |= ui::select_field("qe.enterprise", text::qe_enterprise, e.enterprise, enterprises.data(),
                              static_cast<int>(enterprises.size()), none);
        return c;
    }
    if (policy_versions().back().rules(s).attendance)
        c |= ui::number_field("qe.attendance", text::qe_attendance, e.attendance, none);
    if (uses_group(s))
        c |= ui::select_field("qe.group", text::qe_group, e.group, groups.data(), static_cast<int>(groups.size()), none);
    if (s == Scheme::work_for_training) c |= ui::number_field("qe.months", text::qe_months, e.months, none);
    if (uses_group(s)) c |= ui::number_field("qe.days", text::qe_days, e.days, none);
    if (s == Scheme::living_allowance) {
        ui::field_label(text::qe_unemployment_insurance);
        c |= ImGui::Checkbox("##qe_ui", &e.unemployment_insurance);
        test_hook_item("qe.unemployment_insurance", e.unemployment_insurance ? "true" : "false");
    }
    c |= ui::number_field("qe.count", text::qe_count, e.count, none);
    return c;
}

void draw_result(const json& r) {
    ImGui::SeparatorText(text::qe_result);
    if (r.contains("error")) {
        std::string message = r["error"].value("message", "");
        ImGui::PushStyleColor(ImGuiCol_Text, kErrorColor);
        ImGui::TextWrapped("%s", message.c_str());
        ImGui::PopStyleColor();
        test_hook_item("qe.error", message.c_str());
        test_hook_item("qe.total_fen", "");
        return;
    }
    test_hook_item("qe.error", "");
    long long total = r.value("total_fen", 0LL);
    ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * kTotalScale);
    ImGui::Text(text::qe_total_format, yuan_text(total).c_str());
    ImGui::PopFont();
#ifdef SKILLAID_TEST_HOOKS
    test_hook_item("qe.total_fen", std::to_string(total).c_str());
#endif
    ImGui::SameLine();
    bool eligible = r.value("eligible", false);
    ImGui::AlignTextToFramePadding();
    if (eligible) ImGui::TextColored(kEligibleColor, "%s", text::estimate_eligible);
    else ImGui::TextColored(kErrorColor, "%s", text::estimate_not_eligible);
    test_hook_item("qe.eligible", eligible ? "true" : "false");
    ImGui::TextDisabled("%s（%s）", r.value("scheme_name", "").c_str(), r.value("clause", "").c_str());

    const json& items = r["items"];
    if (items.empty()) ImGui::TextDisabled("%s", text::qe_no_lines);
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!items.empty() && ImGui::BeginTable("##qe_lines", 4, flags)) {
        float em = ImGui::GetFontSize();
        ImGui::TableSetupColumn(text::qe_col_item, ImGuiTableColumnFlags_WidthStretch, 1.2f);
        ImGui::TableSetupColumn(text::qe_col_amount, ImGuiTableColumnFlags_WidthFixed, em * 6);
        ImGui::TableSetupColumn(text::qe_col_clause, ImGuiTableColumnFlags_WidthFixed, em * 5);
        ImGui::TableSetupColumn(text::qe_col_explain, ImGuiTableColumnFlags_WidthStretch, 2.0f);
        ImGui::TableHeadersRow();
        int n = 0;
        for (const json& line : items) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", line.value("label", "").c_str());
            ImGui::TableNextColumn();
            std::string amount = yuan_text(line.value("amount_fen", 0LL));
            if (!line.value("counted_in_total", true)) amount += text::qe_not_counted;
            ImGui::TextWrapped("%s", amount.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(line.value("clause", "").c_str());
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", line.value("explain", "").c_str());
#ifdef SKILLAID_TEST_HOOKS
            std::string hook = line.value("label", "") + "|" + std::to_string(line.value("amount_fen", 0LL)) + "|" +
                               line.value("clause", "") + "|" + line.value("explain", "");
            test_hook_item(("qe.line." + std::to_string(n)).c_str(), hook.c_str());
#endif
            n++;
        }
        ImGui::EndTable();
    }
    const json& issues = r["issues"];
    if (!issues.empty()) ImGui::TextUnformatted(text::qe_issues);
    int n = 0;
    for (const json& issue : issues) {
        bool excluded = issue.value("effect", "") == "excluded";
        ImGui::PushStyleColor(ImGuiCol_Text, excluded ? kErrorColor : kNoteColor);
        std::string line = "· " + issue.value("message", "") + "（" + issue.value("clause", "") + "）";
        ImGui::TextWrapped("%s", line.c_str());
        ImGui::PopStyleColor();
        test_hook_item(("qe.issue." + std::to_string(n++)).c_str(), line.c_str());
    }
    if (const json* p = r.contains("policy") ? &r["policy"] : nullptr)
        ImGui::TextDisabled(text::qe_policy_format, p->value("id", "").c_str());
}

}  // namespace

void draw_quick_estimate(AppState& app) {
    static Estimator e;
    if (e.date.empty() && e.dirty) e.date = app.today;
    ImGui::SeparatorText(text::nav_quick_estimate);
    if (draw_inputs(e)) e.dirty = true;
    if (e.dirty) run(e, app.today);  // only after a change
    draw_result(e.result);
}

}  // namespace skillaid
