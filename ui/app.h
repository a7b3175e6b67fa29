// The application: state and the per-frame draw. Platform-free ImGui code:
// the browser glue lives in ui/web_platform.cpp, the entry point in ui/main.cpp.
// The shell (navigation + the current screen) is draw_app(); each screen is a
// function in ui/screens/, each form kind a class in ui/forms/ (docs/ui.md).
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/routing.h"
#include "ui/calendar_updates.h"
#include "ui/estimate_view.h"
#include "ui/forms.h"
#include "ui/screen_state.h"
#include "ui/review_sync.h"
#include "ui/screens.h"
#include "ui/storage/draft_store.h"
#include "ui/sync.h"
#include "ui/widgets.h"

namespace skillaid {

inline constexpr double kAutosaveDelayMs = 500.0;  // an edit is saved this long after the last keystroke

// The draft open in the editor.
struct OpenDraft {
    DraftRow row;                 // as last saved (body not kept here)
    const FormKind* kind = nullptr;
    std::unique_ptr<FormModel> form;
    FormViewState view;           // the views' state between frames (search, suggestions)
    Validation validation;        // recomputed on each edit, not per frame
    nlohmann::json estimate;      // engine result, {"error": {...}}, or null (nothing to estimate)
    ui::EstimateSummary estimate_summary;  // of `estimate` (ui/estimate_view.h)
    std::optional<Route> route;
    std::string route_error;
    std::string register_request;  // its trainees' /history-check request (ui/sync.h), "" = none
    std::vector<int> register_rows;  // the roster row of each trainee in it
    bool dirty = false;           // edited since the last save
    double edited_at_ms = 0;
    double saved_at_ms = 0;
};

struct AppState {
    // 首页 (the organisation profile; first screen widgets of issue 2).
    std::string org_name;
    std::string confirmed_name;
    bool start_pressed = false;
    Profile profile;  // the unit profile (单位信息) as stored; org_name mirrors confirmed_name
    Profile profile_edit;            // 单位信息 screen: what is typed, saved by its button
    bool profile_edit_open = false;  // profile_edit was copied from profile
    // a draft a view asked to start (据此开始…), opened after the frame's draw.
    const FormKind* pending_kind = nullptr;
    std::unique_ptr<FormModel> pending_form;

    bool full_font_loaded = false;
    std::string storage_status;  // footer: SQLite version, storage state
    bool online = true;          // navigator.onLine, kept by web/files.js events
    std::string today;           // local date "YYYY-MM-DD", refreshed each minute

    ScreenId screen = ScreenId::home;
    DraftStore store;
    bool store_ok = false;
    std::vector<DraftRow> drafts;  // home list, reloaded only when drafts_changed
    bool drafts_changed = true;
    std::optional<OpenDraft> draft;
    std::string notice;           // one-line message under the navigation (import results, errors)
    bool notice_error = false;
    SyncState sync;               // login, outbox, sender (ui/sync.h)
    ReviewSync review;            // a reviewer's cached queue, queued actions, reports (ui/review_sync.h)
    CalendarUpdates calendar;     // official years fetched from the server, notices (ui/calendar_updates.h)

    // The screens' own state between frames (ui/screen_state.h).
    HomeState home;
    QuickEstimateState quick_estimate;
    CatalogState catalog;
    PlannerState planner;
    WorkbenchState workbench;     // 审核工作台 (ui/screens/review_*.cpp)
};

void app_init(AppState& app);   // after the IDBFS mount is synced: opens the store, loads the profile
void draw_app(AppState& app);
// Keyboard (H4): true once after the screen or the open draft changed by keyboard;
// a screen that takes it calls ImGui::SetKeyboardFocusHere() before the item to
// focus (else the shell focuses the screen's first item).
bool take_screen_focus();

// Draft operations (ui/app.cpp), used by screens.
void new_draft(AppState& app, const FormKind& kind);
bool open_draft(AppState& app, const std::string& id);
void delete_draft(AppState& app, const std::string& id);
void draft_edited(AppState& app);       // revalidate, re-estimate, schedule autosave
void draft_recheck(AppState& app);      // revalidate and re-estimate, not an edit (the calendar changed)
void save_draft_now(AppState& app);     // also called on page hide
// Imports an exported draft file; false with app.notice set to the Chinese reason.
bool import_draft_json(AppState& app, const std::string& text);
nlohmann::json export_draft_json(const AppState& app);
void set_notice(AppState& app, std::string message, bool error);
// A failure of the store: `what` failed (text::storage_*), then the store's reason, in red.
void storage_notice(AppState& app, const char* what);
void save_profile(AppState& app);  // the 首页 organisation profile, in the settings table
// stores `p` as the unit profile (USCC, bank account, phone checked first); false with a notice when refused.
bool save_unit_profile(AppState& app, const Profile& p);
// opens `form` as a new draft of `kind` after this frame (a view may call it while drawing).
void start_draft_from(AppState& app, const FormKind& kind, std::unique_ptr<FormModel> form);

}  // namespace skillaid
