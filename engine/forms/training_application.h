// 企业职工培训申请表 (长人社联〔2020〕12号 附件4): the enterprise applies to
// train its staff. Every field of the attachment, the trainee roster (name, ID,
// mobile, attendance, certificate), the estimate scenario, the route (企业职工
// 培训 business) and the print view laid out like the paper. The view is
// ui/forms/training_application.cpp. Body: docs/server.md.
#pragma once
#include <span>
#include <string>

#include "engine/forms/fields.h"
#include "engine/forms/form.h"
#include "engine/forms/roster.h"
#include "engine/policy.h"

namespace skillaid {

// The 培训类型 choices of attachment 4, in the paper's order (text::ta_schemes).
std::span<const Scheme> training_application_schemes();

// 培训方式 (text::ta_modes): index of `mode`.
enum TrainingMode { mode_offline = 0, mode_online = 1, mode_mixed = 2 };

class TrainingApplicationModel final : public FormModel {
public:
    TrainingApplicationModel() { roster.columns = roster_mobile | roster_attendance; }

    // The enterprise.
    std::string company, address, credit_code;
    // The training: scheme indexes training_application_schemes(), level
    // training_levels(), mode TrainingMode, category text::ta_categories (-1 = not chosen).
    int scheme = -1, level = -1, mode = -1, category = -1;
    OccupationChoice occupation;
    std::string institution, place, platform;
    long long hours_offline = 0, hours_online = 0;
    std::string date_from, date_to;  // YYYY-MM-DD
    // The account the subsidy is paid into.
    std::string bank_name, bank_account;
    // Where it goes: district indexes form_districts(), ownership text::ta_ownerships.
    int district = -1, ownership = -1;
    // The trainees (columns mobile and attendance/certificate).
    RosterModel roster;

    // What the chosen scheme and mode ask for.
    bool asks_level() const;
    // The conditions the scheme asks per person (RosterConditions), all optional before enrolling.
    unsigned conditions() const;
    bool has_offline() const { return mode != mode_online; }
    bool has_online() const { return mode != mode_offline; }
    // The scheme as printed, with the level when it has one ("岗位技能提升培训（中级工）").
    std::string scheme_text() const;
    // 企业申请承诺, filled with the company and the scheme.
    std::string commitment() const;
    // 补贴标准: the scheme's per-person lines (engine standard_json) when
    // `estimate` (the engine's answer for scenario(today)) has trainees.
    std::string standard_text(const nlohmann::json* estimate, const std::string& today) const;
    // standard_text of the last validate() (pending until then).
    std::string standard() const;

    void prefill(const Profile& p) override;         // engine/forms/profile.cpp
    void to_profile(Profile& p) const override;
    void validate(Validation& v, const std::string& today, const nlohmann::json& estimate) const override;
    nlohmann::json to_json() const override;
    void from_json(const nlohmann::json& body, int format_version) override;
    std::string title() const override { return company; }
    std::optional<nlohmann::json> scenario(const std::string& today) const override;
    std::optional<RouteRequest> route_request() const override;
    std::string print_html(const PrintContext& ctx) const override;
    bool accept_text(std::string_view purpose, const std::string& text) override {
        return roster.accept_text(purpose, text, conditions());  // the conditions' columns too
    }

private:
    mutable std::string standard_;  // refreshed by validate()
};

}  // namespace skillaid
