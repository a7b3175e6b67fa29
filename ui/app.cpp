#include "ui/app.h"

#include <algorithm>
#include <cstdio>
#include <utility>

#include "engine/errors.h"
#include "engine/estimate.h"
#include "engine/forms/profile.h"
#include "engine/forms/text.h"
#include "imgui.h"
#include "imgui_internal.h"  // H4: nav state (keep_drawing_while_focus_moves)
#include "ui/a11y.h"
#include "ui/layout.h"
#include "ui/strings.h"
#include "ui/style.h"
#include "ui/test_hooks.h"
#include "ui/web_platform.h"

namespace skillaid {

constexpr float kWideLayoutEm = 48.0f;  // narrower than this: navigation on top
constexpr float kNavWidthEm = 8.0f;
constexpr const char* kDraftFileFormat = "skillaid-draft";
constexpr const char* kProfileKey = "profile";

void set_notice(AppState& app, std::string message, bool error) {
    app.notice = std::move(message);
    app.notice_error = error;
}

void storage_notice(AppState& app, const char* what) { set_notice(app, what + app.store.last_error(), true); }

static void recompute(AppState& app) {
    OpenDraft& d = *app.draft;
    d.estimate = nullptr;
    d.register_request.clear();
    if (auto scenario = d.form->scenario(app.today)) {
        d.register_request = history_check_request(*scenario, app.today, &d.register_rows);
        try {
            d.estimate = estimate_json(*scenario, parse_date(app.today, "/today"));
        } catch (const InputError& e) {
            d.estimate = {{"error", {{"code", e.code}, {"message", e.message}, {"path", e.path}}}};
        }
    }
    d.estimate_summary = ui::summarize_estimate(d.estimate);
    d.validation.clear();
    d.form->validate(d.validation, app.today, d.estimate);
    d.route.reset();
    d.route_error.clear();
    if (auto request = d.form->route_request()) {
        try {
            d.route = route_application(*request);
        } catch (const InputError& e) {
            d.route_error = e.message;
        }
    }
    register_check_wanted(app);
}

void draft_recheck(AppState& app) {
    if (app.draft) recompute(app);
}

void draft_edited(AppState& app) {
    if (!app.draft) return;
    recompute(app);
    app.draft->dirty = true;
    app.draft->edited_at_ms = web::now_ms();
}

// The open draft as saved now: the export file's fields (import_draft_json
// reads it) plus id, status and updated_ms for replay_journal(). d.row.body is
// spliced in as it is, not serialized twice.
static std::string draft_copy_json(const AppState& app) {
    const OpenDraft& d = *app.draft;
    nlohmann::json head = {{"format", kDraftFileFormat}, {"format_version", d.kind->format_version}, {"kind", d.kind->id},
                           {"title", d.row.title}, {"created_ms", d.row.created_ms}, {"exported_ms", d.row.updated_ms},
                           {"id", d.row.id}, {"status", d.row.status}, {"updated_ms", d.row.updated_ms}};
    std::string out = head.dump();
    out.pop_back();  // '}'
    return out + ",\"body\":" + d.row.body + "}";
}

void save_draft_now(AppState& app) {
    if (!app.draft || !app.draft->dirty) return;
    OpenDraft& d = *app.draft;
    d.row.title = d.form->title();
    d.row.status = d.validation.error_count() == 0 ? "ready" : "draft";
    d.row.updated_ms = static_cast<long long>(web::now_ms());
    d.row.format_version = d.kind->format_version;
    d.row.body = d.form->to_json().dump();
    web::keep_draft_copy(d.row.id, draft_copy_json(app));  // the journal on pagehide, the file on refusal
    if (!app.store.save(d.row)) {
        storage_notice(app, text::storage_failed);
        web::storage_refused(app.store.last_error());  // SQLITE_FULL and the like: offer the file
        return;
    }
    d.row.body.clear();  // the form holds the content
    d.dirty = false;
    d.saved_at_ms = web::now_ms();
    app.drafts_changed = true;
    web::persist_files();
}

static void start_editing(AppState& app, DraftRow row, const FormKind& kind, std::unique_ptr<FormModel> form) {
    app.draft.emplace();
    OpenDraft& d = *app.draft;
    d.row = std::move(row);
    d.kind = &kind;
    d.form = std::move(form);
    recompute(app);
    app.screen = ScreenId::draft_editor;
}

void new_draft(AppState& app, const FormKind& kind) {
    save_draft_now(app);
    std::unique_ptr<FormModel> form = kind.create();
    Profile profile = app.profile;  // the unit profile, with the name as on 首页
    profile.org_name = app.confirmed_name.empty() ? app.org_name : app.confirmed_name;
    form->prefill(profile);
    DraftRow row;
    row.id = new_uuid();
    row.kind = kind.id;
    row.status = "draft";
    row.created_ms = row.updated_ms = static_cast<long long>(web::now_ms());
    start_editing(app, std::move(row), kind, std::move(form));
    app.draft->dirty = true;  // a new draft exists as soon as it is created
    save_draft_now(app);
}

bool open_draft(AppState& app, const std::string& id) {
    if (app.draft && app.draft->row.id == id) {
        app.screen = ScreenId::draft_editor;
        return true;
    }
    save_draft_now(app);
    std::optional<DraftRow> row = app.store.load(id);
    const FormKind* kind = row ? find_form_kind(row->kind) : nullptr;
    if (!kind) {
        set_notice(app, std::string(text::open_failed) + (app.store.last_error().empty() ? id : app.store.last_error()), true);
        return false;
    }
    if (row->format_version > kind->format_version) {  // saved by a newer release: never overwrite it
        set_notice(app, format_text(text::import_unknown_version, row->format_version, kind->format_version), true);
        return false;
    }
    std::unique_ptr<FormModel> form = kind->create();
    try {
        form->from_json(nlohmann::json::parse(row->body), row->format_version);
    } catch (const std::exception& e) {
        set_notice(app, std::string(text::open_failed) + e.what(), true);
        return false;
    }
    row->body.clear();
    start_editing(app, std::move(*row), *kind, std::move(form));
    return true;
}

void delete_draft(AppState& app, const std::string& id) {
    if (!app.store.remove(id)) {
        storage_notice(app, text::storage_failed);
        return;  // still stored: left open and listed
    }
    if (app.draft && app.draft->row.id == id) app.draft.reset();
    app.drafts_changed = true;
    web::persist_files();
}

nlohmann::json export_draft_json(const AppState& app) {
    const OpenDraft& d = *app.draft;
    return {{"format", kDraftFileFormat}, {"format_version", d.kind->format_version}, {"kind", d.kind->id},
            {"title", d.form->title()}, {"created_ms", d.row.created_ms}, {"exported_ms", static_cast<long long>(web::now_ms())},
            {"body", d.form->to_json()}};
}

bool import_draft_json(AppState& app, const std::string& text) {
    nlohmann::json file = nlohmann::json::parse(text, nullptr, false);
    if (file.is_discarded()) {
        set_notice(app, text::import_not_json, true);
        return false;
    }
    if (!file.is_object() || file.value("format", "") != kDraftFileFormat || !file.contains("body")) {
        set_notice(app, text::import_not_draft, true);
        return false;
    }
    char message[256];
    std::string kind_id = file.value("kind", "");
    const FormKind* kind = find_form_kind(kind_id);
    if (!kind) {
        std::snprintf(message, sizeof message, text::import_unknown_kind, kind_id.c_str());
        set_notice(app, message, true);
        return false;
    }
    int version = file.contains("format_version") && file["format_version"].is_number_integer()
                      ? file["format_version"].get<int>() : 0;
    if (version < 1 || version > kind->format_version) {
        std::snprintf(message, sizeof message, text::import_unknown_version, version, kind->format_version);
        set_notice(app, message, true);
        return false;
    }
    std::unique_ptr<FormModel> form = kind->create();
    try {
        form->from_json(file["body"], version);
    } catch (const std::exception& e) {
        set_notice(app, std::string(text::import_bad_body) + e.what(), true);
        return false;
    }
    save_draft_now(app);
    DraftRow row;
    row.id = new_uuid();  // a copy, never overwriting a local draft
    row.kind = kind->id;
    row.created_ms = row.updated_ms = static_cast<long long>(web::now_ms());
    std::string title = form->title();
    start_editing(app, std::move(row), *kind, std::move(form));
    app.draft->dirty = true;
    save_draft_now(app);
    std::snprintf(message, sizeof message, text::import_done_format, title.c_str());
    set_notice(app, message, false);
    return true;
}

void app_init(AppState& app) {
    app.today = web::today();
    app.storage_status = std::string("SQLite ") + DraftStore::sqlite_version();
    std::string error;
    app.store_ok = app.store.open(kDatabasePath, error);
    if (!app.store_ok) {
        set_notice(app, text::storage_failed + error, true);
        return;
    }
    app.profile = profile_from_json(nlohmann::json::parse(app.store.setting(kProfileKey), nullptr, false));
    app.org_name = app.confirmed_name = app.profile.org_name;
    app.storage_status += " · schema " + std::to_string(app.store.schema_version());
    calendar_init(app);  // the stored calendar years, before anything counts a deadline
    sync_init(app);
}

// draft copies web/files.js wrote to localStorage on pagehide, sent once at
// start (a JSON array of draft_copy_json()). IDBFS copies asynchronously and may
// not have finished: an entry newer than its stored draft replaces it.
static void replay_journal(AppState& app, const std::string& text) {
    nlohmann::json entries = nlohmann::json::parse(text, nullptr, false);
    if (!entries.is_array() || !app.store_ok) return;
    for (const nlohmann::json& e : entries) {
        if (!e.is_object() || e.value("format", "") != kDraftFileFormat || !e.contains("body")) continue;
        const FormKind* kind = find_form_kind(e.value("kind", ""));
        DraftRow row;
        row.id = e.value("id", "");
        row.updated_ms = e.value("updated_ms", 0LL);
        row.format_version = e.value("format_version", 0);
        if (!kind || row.id.empty() || row.format_version < 1 || row.format_version > kind->format_version) continue;
        std::optional<DraftRow> stored = app.store.load(row.id);
        if (stored && stored->updated_ms >= row.updated_ms) continue;
        row.kind = kind->id;
        row.title = e.value("title", "");
        row.status = e.value("status", "draft");
        row.created_ms = stored ? stored->created_ms : e.value("created_ms", row.updated_ms);
        row.body = e["body"].dump();
        if (!app.store.save(row)) {
            storage_notice(app, text::storage_failed);
            web::storage_refused(app.store.last_error());
            return;
        }
        if (app.draft && app.draft->row.id == row.id) {  // open already: show the replayed text
            app.draft.reset();
            open_draft(app, row.id);
        }
        app.drafts_changed = true;
    }
    web::persist_files();  // also when nothing changed: the journal is dropped once synced
}

// Page-provided text: imports, picked files, pasted rows.
static void take_incoming(AppState& app) {
    std::string purpose, text;
    while (web::take_incoming_text(purpose, text)) {
        if (purpose == "import_draft") {
            import_draft_json(app, text);
        } else if (purpose == "journal") {
            replay_journal(app, text);
        } else if (app.draft && app.screen == ScreenId::draft_editor && app.draft->form->accept_text(purpose, text)) {
            draft_edited(app);
        }
    }
}

void save_profile(AppState& app) {
    app.profile.org_name = app.confirmed_name;
    if (!app.store.set_setting(kProfileKey, profile_to_json(app.profile).dump()))
        storage_notice(app, text::storage_failed);
    web::persist_files();
}

// the unit profile (engine/forms/profile.h).
bool save_unit_profile(AppState& app, const Profile& p) {
    Validation v;
    check_profile(p, v);
    for (const FieldIssue& i : v.issues)
        if (!i.warning) {
            set_notice(app, i.label + "：" + i.message, true);
            return false;
        }
    app.profile = p;
    app.profile_edit_open = false;  // the 单位信息 screen shows what is stored
    app.org_name = app.confirmed_name = p.org_name;
    save_profile(app);
    set_notice(app, text::profile_saved, false);
    return true;
}

void start_draft_from(AppState& app, const FormKind& kind, std::unique_ptr<FormModel> form) {
    app.pending_kind = &kind;
    app.pending_form = std::move(form);
}

static void take_pending_draft(AppState& app) {
    if (!app.pending_kind || !app.pending_form) return;
    const FormKind& kind = *app.pending_kind;
    std::unique_ptr<FormModel> form = std::move(app.pending_form);
    app.pending_kind = nullptr;
    save_draft_now(app);
    DraftRow row;
    row.id = new_uuid();
    row.kind = kind.id;
    row.status = "draft";
    row.created_ms = row.updated_ms = static_cast<long long>(web::now_ms());
    std::string title = form->title();
    start_editing(app, std::move(row), kind, std::move(form));
    app.draft->dirty = true;
    save_draft_now(app);
    set_notice(app, format_text(text::derive_started_format, title.c_str()), false);
}

// Wide: a sidebar of full-width buttons. Medium: a bar of buttons that wraps.
// Narrow (phones, ui::narrow_layout()): a 菜单 button with the current screen's
// title; it opens the screens as a list of full-width buttons.
static bool g_nav_open = false;

static void nav_button(AppState& app, const ScreenInfo& s, ImVec2 size) {
    if (s.reviewer_only && app.sync.session.role != "reviewer") return;  // staff: the navigation as before
    bool current = s.id == app.screen;
    if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    if (ImGui::Button(s.title, size)) {
        app.screen = s.id;
        g_nav_open = false;
    }
    test_hook_item((std::string("nav.") + s.hook).c_str(), s.title);
    if (current) ImGui::PopStyleColor();
}

static void draw_navigation(AppState& app, bool wide) {
    if (wide) {
        for (const ScreenInfo& s : screens()) nav_button(app, s, ImVec2(-FLT_MIN, 0));
        return;
    }
    if (ui::narrow_layout()) {
        if (g_nav_open) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (ImGui::Button(text::nav_menu)) g_nav_open = !g_nav_open;
        if (g_nav_open) ImGui::PopStyleColor();
        test_hook_item("nav.menu", g_nav_open ? "open" : "closed");
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(screen_info(app.screen).title);
        if (g_nav_open)
            for (const ScreenInfo& s : screens()) nav_button(app, s, ImVec2(-FLT_MIN, 0));
        return;
    }
    bool first = true;
    for (const ScreenInfo& s : screens()) {
        if (s.reviewer_only && app.sync.session.role != "reviewer") continue;
        if (!first) ui::wrap_next(ui::button_width(s.title));
        first = false;
        nav_button(app, s, ImVec2(0, 0));
    }
}

// Keyboard (H4). The sidebar and the screen are flattened into the main window
// for navigation: Tab and Shift+Tab go through both in order (a child without
// the flag is one tab stop of its own that Enter must enter). When the screen
// or the open draft changed while the keyboard drives the focus, the focus
// moves to the new screen's first item; a screen may take it at a better item
// first (take_screen_focus(), e.g. the editor's first field).
constexpr ImGuiChildFlags kPaneFlags = ImGuiChildFlags_NavFlattened;
constexpr float kNoticeWidthEm = 40.0f;  // the floating notice, at most
static bool g_focus_screen = false;
static ScreenId g_shown_screen = ScreenId::home;
static std::string g_shown_draft;

bool take_screen_focus() { return std::exchange(g_focus_screen, false); }

static void focus_changed_screen(AppState& app) {
    std::string draft = app.screen == ScreenId::draft_editor && app.draft ? app.draft->row.id : "";
    if (app.screen != g_shown_screen || draft != g_shown_draft) {
        g_focus_screen = ImGui::GetIO().NavVisible;  // moved by keyboard (a click hides the nav cursor)
        g_shown_screen = app.screen;
        g_shown_draft = draft;
        if (g_focus_screen) web::request_frame();  // the focus request resolves next frame
    }
    if (app.screen != ScreenId::draft_editor && take_screen_focus()) ImGui::SetKeyboardFocusHere();
}

// A nav move (Tab, arrows) resolves a frame after the key and scrolls to its
// item the frame after that: with frames on demand, keep drawing until the
// focus settles, or the focused item may stay off screen until the next input.
// ImGui scrolls just enough to show the item, its focus ring then clipped by the
// pane's edge and what follows it unseen: keep kFocusMarginLines of context.
constexpr float kFocusMarginLines = 2.0f;
// The notice floats over the bottom of the screen, so that its appearing never moves the content under
// the pointer (issue 13 part 4): a window of its own, in front unless a popup is open.
static void draw_notice(AppState& app) {
    if (app.notice.empty()) return;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float em = ImGui::GetFontSize(), margin = em * 0.5f;
    const float width = std::min(viewport->WorkSize.x - margin * 2, em * kNoticeWidthEm);
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x * 0.5f,
                                   viewport->WorkPos.y + viewport->WorkSize.y - margin), ImGuiCond_Always, ImVec2(0.5f, 1.0f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, viewport->WorkSize.y * 0.5f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1.0f);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoFocusOnAppearing;
    if (ImGui::Begin("##notice", nullptr, flags)) {
        if (!ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel))
            ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());
        // The text wraps short of the × so that the button stays on screen (phones).
        const float close_width = ui::icon_button_width("×") + ImGui::GetStyle().ItemSpacing.x;
        ImGui::PushStyleColor(ImGuiCol_Text, ui::tone_color(app.notice_error ? ui::Tone::error : ui::Tone::ok));
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + std::max(ImGui::GetContentRegionAvail().x - close_width, em * 4.0f));
        ImGui::TextUnformatted(app.notice.c_str());
        ImGui::PopTextWrapPos();
        a11y::live(app.notice.c_str(), app.notice_error);  // H1: a live region (errors assertive)
        ImGui::PopStyleColor();
        test_hook_item("notice", app.notice.c_str());
        ImGui::SameLine(width - ImGui::GetStyle().WindowPadding.x - ui::icon_button_width("×"));
        if (ui::icon_button("×")) app.notice.clear();
        a11y::name_last_item(text::notice_close_name);
        test_hook_item("notice.close", nullptr);
    }
    ImGui::End();
    ImGui::PopStyleVar();
}

static void keep_drawing_while_focus_moves() {
    static ImGuiID last_nav_id = 0;
    ImGuiContext& g = *ImGui::GetCurrentContext();
    if (g.NavId != last_nav_id || g.NavAnyRequest || g.NavNextActivateId != 0) {
        if (g.NavId != last_nav_id && g.NavCursorVisible && g.NavWindow && g.NavLayer == ImGuiNavLayer_Main) {
            ImGuiWindow* window = g.NavWindow;
            ImRect item = ImGui::WindowRectRelToAbs(window, window->NavRectRel[ImGuiNavLayer_Main]);
            const float margin = std::min(ImGui::GetFrameHeightWithSpacing() * kFocusMarginLines,
                                          window->InnerClipRect.GetHeight() * 0.25f);
            item.Expand(ImVec2(0.0f, margin));
            ImGui::ScrollToRectEx(window, item, ImGuiScrollFlags_KeepVisibleEdgeY);
        }
        last_nav_id = g.NavId;
        web::request_frame();
    }
}

void draw_app(AppState& app) {
    ui::layout_frame_begin();  // touch scrolling, the active field above the virtual keyboard
    double now = web::now_ms();
    app.online = web::is_online();
    take_incoming(app);
    if (app.draft && app.draft->dirty && now - app.draft->edited_at_ms >= kAutosaveDelayMs) save_draft_now(app);
    if (app.draft && app.draft->dirty && app.draft->edited_at_ms + kAutosaveDelayMs > now)  // frames on demand: the autosave
        web::request_frame_after(app.draft->edited_at_ms + kAutosaveDelayMs - now);
    if (app.store_ok) sync_frame(app);
    if (app.store_ok) calendar_frame(app);

    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::PushStyleColor(ImGuiCol_NavCursor, ui::focus_ring_color());  // H4: the keyboard focus ring
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    // No background: ui/main.cpp clears with WindowBg (a software-rendered WebGL, as on old PCs, pays per pixel filled).
    ImGui::Begin(text::welcome_window, nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBackground);
    float em = ImGui::GetFontSize();
    bool wide = viewport->WorkSize.x >= em * kWideLayoutEm && !ui::narrow_layout();

    if (wide) {
        ImGui::BeginChild("##nav", ImVec2(em * kNavWidthEm, 0), kPaneFlags);
        ImGui::TextUnformatted(text::app_name);
        ImGui::Separator();
        draw_navigation(app, true);
        ImGui::EndChild();
        ImGui::SameLine();
    } else {
        draw_navigation(app, false);
        ImGui::Separator();
    }
    ImGui::BeginChild("##screen", ImVec2(0, 0), kPaneFlags);
    focus_changed_screen(app);
    screen_info(app.screen).draw(app);
    take_pending_draft(app);  // after the view that asked for it is drawn
    g_focus_screen = false;  // H4: not taken by the screen this frame: dropped
    ImGui::EndChild();
    ImGui::End();
    draw_notice(app);
    ImGui::PopStyleColor();  // H4: ImGuiCol_NavCursor
    keep_drawing_while_focus_moves();
    ui::layout_frame_end();
}

}  // namespace skillaid
