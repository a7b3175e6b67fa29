// 快速测算: any of the engine's 13 schemes with the inputs it takes -> the
// total, every line with its clause and arithmetic, and why anything is not
// paid (ui/estimate_view.h). Which inputs a scheme takes is policy data
// (SchemeRules::inputs and ::attendance of the policy in force on the date);
// the engine reports anything still missing. The engine runs only when an
// input changed (never per frame); the state is AppState::quick_estimate.
#include <algorithm>
#include <span>
#include <string>
#include <vector>

#include "engine/errors.h"
#include "engine/estimate.h"
#include "engine/forms/fields.h"
#include "engine/forms/roster.h"
#include "engine/policy.h"
#include "imgui.h"
#include "ui/app.h"
#include "ui/estimate_view.h"
#include "ui/occupation_picker.h"
#include "ui/strings.h"
#include "ui/test_hooks.h"
#include "ui/widgets.h"

namespace skillaid {
namespace {

using nlohmann::json;

constexpr long long kFullAttendancePercent = 100;
constexpr EnterpriseType kEnterpriseTypes[] = {EnterpriseType::state_owned, EnterpriseType::above_scale,
                                               EnterpriseType::other};

// The names of the choices, built once.
struct Options {
    std::vector<std::string> scheme_names;  // from the latest policy file
    std::vector<const char*> schemes, levels, groups, enterprises;
};

template <typename T>
std::vector<const char*> names_of(std::span<const T> values, std::string_view (*name)(T)) {
    std::vector<const char*> out;
    for (T v : values) out.push_back(name(v).data());
    return out;
}

const Options& options() {
    static const Options o = [] {
        Options x;
        const PolicyVersion& p = policy_versions().back();
        for (int i = 0; i < scheme_count; i++) x.scheme_names.push_back(p.rules(static_cast<Scheme>(i)).name);
        for (const std::string& n : x.scheme_names) x.schemes.push_back(n.c_str());
        x.levels = names_of(training_levels(), level_name);
        x.groups = names_of(std::span<const Group>(roster_groups()), group_name);
        x.enterprises = names_of(std::span<const EnterpriseType>(kEnterpriseTypes), enterprise_type_name);
        return x;
    }();
    return o;
}

// The rules of the chosen scheme in the policy in force on the date of the
// last run (the latest policy until a date the policy files cover is given).
const SchemeRules& rules_of(const QuickEstimateState& e) {
    return (e.policy ? *e.policy : policy_versions().back()).rules(static_cast<Scheme>(e.scheme));
}

// Participants given for the whole scenario replace the count when the
// scheme requires them (a competition's contestants); otherwise the engine
// counts the people.
bool participants_replace_count(const SchemeInputs& in) { return in.participants == Need::required; }

json build_scenario(const QuickEstimateState& e) {
    const SchemeRules& rules = rules_of(e);
    const SchemeInputs& in = rules.inputs;
    json j = {{"scheme", scheme_id(static_cast<Scheme>(e.scheme))}, {"date", e.date}};
    if (asks(in.occupation) && e.occupation.number) j["occupation"] = e.occupation.number;
    if (asks(in.level) && e.level >= 0) j["level"] = level_id(training_levels()[static_cast<size_t>(e.level)]);
    if (asks(in.hours) && e.hours_offline + e.hours_online > 0) {
        json h = json::object();
        if (e.hours_offline > 0) h["offline"] = e.hours_offline;
        if (e.hours_online > 0) h["online"] = e.hours_online;
        j["hours"] = h;
    }
    if (asks(in.enterprise) && e.enterprise >= 0) j["enterprise"] = {{"type", enterprise_type_id(kEnterpriseTypes[e.enterprise])}};
    if (participants_replace_count(in)) {
        j["participants"] = e.participants;
        return j;
    }
    double attendance = static_cast<double>(std::clamp(e.attendance, 0LL, kFullAttendancePercent)) /
                        static_cast<double>(kFullAttendancePercent);
    bool scaled = rules.attendance && e.attendance != kFullAttendancePercent;
    if (!in.per_trainee()) {
        if (scaled) j["attendance"] = attendance;
        j["count"] = e.count;
        return j;
    }
    json one = json::object();  // the per-trainee inputs, the same for `count` identical people
    if (scaled) one["attendance"] = attendance;
    if (asks(in.group) && e.group >= 0) one["group"] = group_id(roster_groups()[static_cast<size_t>(e.group)]);
    if (asks(in.days) && e.days > 0) one["days"] = e.days;
    if (asks(in.months) && e.months > 0) one["months"] = e.months;
    if (asks(in.unemployment_insurance) && e.unemployment_insurance) one["unemployment_insurance"] = true;
    j["trainees"] = json::array();
    for (long long i = 0; i < std::max(e.count, 1LL); i++) j["trainees"].push_back(one);
    return j;
}

void run(QuickEstimateState& e, const std::string& today) {
    try {
        e.policy = &policy_for(parse_date(e.date, "/date"));  // a bad date: the same error as the engine's
        e.result = estimate_json(build_scenario(e), parse_date(today, "/today"));
    } catch (const InputError& err) {
        e.result = {{"error", {{"code", err.code}, {"message", err.message}, {"path", err.path}}}};
    }
    e.summary = ui::summarize_estimate(e.result);
    e.dirty = false;
}

bool draw_inputs(QuickEstimateState& e) {
    static const Validation none;
    const Options& o = options();
    bool c = false;
    float list_height = ImGui::GetTextLineHeightWithSpacing() * static_cast<float>(scheme_count + 1);
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(FLT_MAX, list_height));  // all 13 without scrolling
    c |= ui::select_field("qe.scheme", text::qe_scheme, e.scheme, o.schemes.data(), scheme_count, none);
    c |= ui::date_field("qe.date", text::qe_date, e.date, none);
    const SchemeRules& rules = rules_of(e);  // the scheme of this frame
    const SchemeInputs& in = rules.inputs;
    if (asks(in.occupation))
        c |= e.occupation_picker.draw("qe.occupation", text::qe_occupation, text::ta_occupation_hint, e.occupation, none);
    if (asks(in.level))
        c |= ui::select_field("qe.level", text::qe_level, e.level, o.levels.data(), static_cast<int>(o.levels.size()), none);
    if (asks(in.hours)) {
        c |= ui::number_field("qe.hours_offline", text::qe_hours_offline, e.hours_offline, none);
        c |= ui::number_field("qe.hours_online", text::qe_hours_online, e.hours_online, none);
    }
    if (participants_replace_count(in))
        c |= ui::number_field("qe.participants", text::qe_participants, e.participants, none);
    if (asks(in.enterprise))
        c |= ui::select_field("qe.enterprise", text::qe_enterprise, e.enterprise, o.enterprises.data(),
                              static_cast<int>(o.enterprises.size()), none);
    if (participants_replace_count(in)) return c;
    if (rules.attendance)
        c |= ui::number_field("qe.attendance", text::qe_attendance, e.attendance, none);
    if (asks(in.group))
        c |= ui::select_field("qe.group", text::qe_group, e.group, o.groups.data(), static_cast<int>(o.groups.size()), none);
    if (asks(in.months)) c |= ui::number_field("qe.months", text::qe_months, e.months, none);
    if (asks(in.days)) c |= ui::number_field("qe.days", text::qe_days, e.days, none);
    if (asks(in.unemployment_insurance)) {
        ui::field_label(text::qe_unemployment_insurance);
        c |= ImGui::Checkbox("##qe_ui", &e.unemployment_insurance);
        test_hook_item("qe.unemployment_insurance", e.unemployment_insurance ? "true" : "false");
    }
    c |= ui::number_field("qe.count", text::qe_count, e.count, none);
    return c;
}

}  // namespace

void draw_quick_estimate(AppState& app) {
    QuickEstimateState& e = app.quick_estimate;
    if (e.date.empty() && e.dirty) e.date = app.today;
    ui::section(text::nav_quick_estimate);
    if (draw_inputs(e)) e.dirty = true;
    if (e.dirty) run(e, app.today);  // only after a change
    ui::section(text::qe_result);
    ui::draw_estimate(e.result, e.summary, "qe");
}

}  // namespace skillaid
