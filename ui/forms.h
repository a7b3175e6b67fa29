// Form kinds: each kind of paperwork (attachment 4 training application, ...)
// is one class implementing Form, in ui/forms/<kind>.cpp, plus one row in the
// registry (form_kinds() in ui/forms/registry.cpp). The draft editor
// (ui/screens/draft_editor.cpp) does the rest: autosave, validation summary,
// estimate, route, JSON export/import, print. See docs/ui.md.
#pragma once
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/routing.h"
#include "ui/widgets.h"

namespace skillaid {

struct AppState;

// The organisation profile (首页), used to prefill new forms.
struct Profile {
    std::string org_name;
};

// What a form's draw() may use and report.
struct FormContext {
    AppState& app;
    const Validation& validation;  // of the last edit
    const std::string& today;      // "YYYY-MM-DD", local
    const nlohmann::json* estimate = nullptr;  // engine result of the last edit (null: none or an error)
    bool changed = false;          // set by draw() when the user edited anything
};

// What print_html() may add beyond the form itself.
struct PrintContext {
    const nlohmann::json* estimate = nullptr;  // engine result (estimate_json), or null
    const Route* route = nullptr;
    std::string today;
};

class Form {
public:
    virtual ~Form() = default;
    virtual void prefill(const Profile&) {}
    virtual void draw(FormContext& ctx) = 0;
    // Fills `v` (called once per edit, not per frame). `estimate` is the
    // engine's answer for scenario() (null when none) so engine limits can be
    // reported at the field they concern.
    virtual void validate(Validation& v, const std::string& today, const nlohmann::json& estimate) const = 0;
    // The draft body (stored as JSON with the kind's format_version) and back.
    // from_json throws std::runtime_error with a Chinese message on a bad body.
    virtual nlohmann::json to_json() const = 0;
    virtual void from_json(const nlohmann::json& body) = 0;
    virtual std::string title() const = 0;  // list title, e.g. the company name
    // The engine scenario (engine/scenario.h JSON); nullopt when the kind has
    // no estimate or not enough is filled in yet.
    virtual std::optional<nlohmann::json> scenario(const std::string&) const { return std::nullopt; }
    // Where it goes (engine/routing.h); nullopt when not determinable yet.
    virtual std::optional<RouteRequest> route_request() const { return std::nullopt; }
    // A complete HTML document laid out like the paper form.
    virtual std::string print_html(const PrintContext& ctx) const = 0;
    // Text handed over by the page (file picker / paste); return true if used.
    virtual bool accept_text(std::string_view purpose, const std::string&) { (void)purpose; return false; }
};

// A dated event of a draft whose deadlines the engine counts (engine/calendar.h
// compute_deadlines): what the calendar updates recompute (ui/draft_deadlines.h).
struct DraftEvent {
    const char* event;  // "class_opening", "competition", ... (assets/calendar/deadlines.json)
    std::string date;   // as stored in the body ("" when not filled in)
};

struct FormKind {
    const char* id;        // stored in drafts.kind and exported files; never rename
    const char* title;     // Chinese, ui/strings.h
    int format_version;    // of the body; bump and migrate in from_json on change
    std::unique_ptr<Form> (*create)();
    // The events of a stored body (ui/forms/registry.cpp); null when the kind has no deadlines.
    std::vector<DraftEvent> (*deadline_events)(const nlohmann::json& body) = nullptr;
};

std::span<const FormKind> form_kinds();
const FormKind* find_form_kind(std::string_view id);

// Form constructors (one per file in ui/forms/).
std::unique_ptr<Form> create_training_application();
std::unique_ptr<Form> create_class_opening();
std::unique_ptr<Form> create_claim();
std::unique_ptr<Form> create_competition_plan();
std::unique_ptr<Form> create_platform_application();

// Small HTML helpers for print_html().
std::string html_escape(std::string_view s);

// The offices of engine/routing.h, in its order. Forms keep an index into it
// (-1 = not chosen) and store the office's name in their bodies.
const std::vector<std::string>& form_districts();
// The office select field (hook key "district").
bool district_field(const char* label, int& district, const Validation& v);
// The office's name ("" when not chosen) and back (-1 when unknown).
std::string district_name(int district);
int district_index(const std::string& name);
// The route of an enterprise's application: `district` indexes form_districts(),
// `ownership` is 0 中省直, 1 国有, 2 其他; nullopt until both are chosen.
std::optional<RouteRequest> enterprise_route(int district, int ownership, const char* business);

}  // namespace skillaid
