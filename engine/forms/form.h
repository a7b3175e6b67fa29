// Form models: each kind of paperwork (附件4 企业职工培训申请表, 开班申请,
// 补贴资金申请, 附件5 竞赛方案, 附件3+2 第三方监管平台申请表) is one FormModel
// in engine/forms/<kind>.{h,cpp}: its fields, the JSON body stored in drafts
// and sent to the server (with the kind's format_version), validation (field,
// JSON Pointer path, Chinese message), the engine scenario and route request
// it produces, and the print HTML laid out like the paper. No ImGui: the
// browser draws a model (ui/forms/<kind>.cpp) and the server checks a
// submitted body with the same code (server/submissions.cpp). docs/ui.md.
#pragma once
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/forms/validation.h"
#include "engine/routing.h"

namespace skillaid {

// The unit profile (单位信息, ui/screens/profile.cpp): what every form asks
// about the unit, kept once in the page's settings and used to prefill new
// forms (FormModel::prefill); a form's own unit fields can be saved back
// (FormModel::to_profile). JSON and checks: engine/forms/profile.h.
struct Profile {
    Profile() = default;
    explicit Profile(std::string name) : org_name(std::move(name)) {}  // Profile{"单位名称"}
    std::string org_name, credit_code, address, contact, phone, bank_name, bank_account;
    int district = -1;           // form_districts()
    int ownership = -1;          // kEnterpriseOwnershipIds (enterprises)
    int institution_level = -1;  // kTrainingInstitutionLevelIds (training institutions)
};

// What print_html() may add beyond the form itself.
struct PrintContext {
    const nlohmann::json* estimate = nullptr;  // engine result (estimate_json), or null
    const Route* route = nullptr;
    std::string today;
};

class FormModel {
public:
    virtual ~FormModel() = default;
    virtual void prefill(const Profile&) {}
    // The unit fields this form has, written into `p` (fields left empty here keep p's).
    virtual void to_profile(Profile& p) const { (void)p; }
    // Fills `v` (once per edit, not per frame; the server once per submission).
    // `estimate` is the engine's answer for scenario() (null when none) so
    // engine limits are reported at the field they concern; a model may keep
    // what it shows per person from it (mutable, refreshed here).
    virtual void validate(Validation& v, const std::string& today, const nlohmann::json& estimate) const = 0;
    // The body, and back. `format_version` is the version the body was stored
    // with (FormKind::format_version for new ones); older versions are
    // migrated here. Throws std::runtime_error with a Chinese message on a bad body.
    virtual nlohmann::json to_json() const = 0;
    virtual void from_json(const nlohmann::json& body, int format_version) = 0;
    virtual std::string title() const = 0;  // list title, e.g. the company name
    // The engine scenario (engine/scenario.h JSON); nullopt when the kind has
    // no estimate or not enough is filled in yet. `today`: "YYYY-MM-DD".
    virtual std::optional<nlohmann::json> scenario(const std::string&) const { return std::nullopt; }
    // Where it goes (engine/routing.h); nullopt when not determinable yet.
    virtual std::optional<RouteRequest> route_request() const { return std::nullopt; }
    // A complete HTML document laid out like the paper form.
    virtual std::string print_html(const PrintContext& ctx) const = 0;
    // Text handed over by the page (file picker / paste); true if used.
    virtual bool accept_text(std::string_view purpose, const std::string&) { (void)purpose; return false; }
};

// A dated event of a draft whose deadlines the engine counts (engine/calendar.h
// compute_deadlines): what the calendar updates recompute (ui/draft_deadlines.h).
struct DraftEvent {
    const char* event;  // "class_opening", "competition", ... (assets/calendar/deadlines.json)
    std::string date;   // as stored in the body ("" when not filled in)
};

struct FormKind {
    const char* id;        // stored in drafts.kind, exported files and submissions; never rename
    const char* title;     // Chinese, engine/forms/texts.h
    int format_version;    // of the body; bump and migrate in from_json on change
    std::unique_ptr<FormModel> (*create)();
    // The events of a stored body; null when the kind has no deadlines.
    std::vector<DraftEvent> (*deadline_events)(const nlohmann::json& body) = nullptr;
    // The submission's "kind" on the server (docs/server.md), "" when the kind cannot be submitted.
    const char* submission_kind = "";
    // The submission's "business" (assets/routing/offices.json) when route_request() does not say.
    const char* business = "";
    // false: submitted without "scenario" and "client_estimate" (no subsidy is estimated).
    bool estimated = true;
};

std::span<const FormKind> form_kinds();  // engine/forms/registry.cpp
const FormKind* find_form_kind(std::string_view id);

// One per kind, in engine/forms/<kind>.cpp.
std::unique_ptr<FormModel> create_training_application_model();
std::unique_ptr<FormModel> create_class_opening_model();
std::unique_ptr<FormModel> create_claim_model();
std::unique_ptr<FormModel> create_competition_plan_model();
std::unique_ptr<FormModel> create_platform_application_model();

}  // namespace skillaid
