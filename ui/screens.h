// The screens of the navigation, one draw function per file in ui/screens/.
// To add one: a ScreenId, a row in kScreens (ui/screens/registry.cpp), a draw
// function here and its file (docs/ui.md).
#pragma once
#include <span>
#include <string>

namespace skillaid {

struct AppState;

enum class ScreenId { home, profile, quick_estimate, catalog, deadlines, draft_editor, sync, display, review };

struct ScreenInfo {
    ScreenId id;
    const char* hook;   // test hook of its navigation button: "nav.<hook>"
    const char* title;  // Chinese, ui/strings.h
    void (*draw)(AppState&);
    bool reviewer_only = false;  // in the navigation only while a reviewer is logged in (审核工作台)
};

std::span<const ScreenInfo> screens();
const ScreenInfo& screen_info(ScreenId id);

void draw_home(AppState& app);
void draw_profile_screen(AppState& app);  // 单位信息 (ui/screens/profile.cpp)
void draw_quick_estimate(AppState& app);
void draw_catalog(AppState& app);
void draw_deadlines(AppState& app);
void draw_draft_editor(AppState& app);
void draw_sync(AppState& app);  // 登录与发件箱 (ui/screens/sync.cpp)
void draw_display(AppState& app);  // 显示设置: text size, high contrast (ui/screens/display.cpp)
void draw_review(AppState& app);   // 审核工作台 (ui/screens/review*.cpp, issue 15)

// Panels of ui/screens/sync.cpp shown elsewhere: the outbox list (首页) and
// the editor's 提交 button with the draft's outbox state.
void draw_outbox(AppState& app);
void draw_submit(AppState& app);
void draw_register_check(AppState& app);  // 实名核查 of the open draft's roster (issue 14)
void draw_server_offer(AppState& app);    // after 422 estimate_mismatch: the server's figures to accept
// The calendar-update notices (ui/calendar_updates.h) with their 知道了 buttons:
// all of them on 首页 (`draft_id` null), or those of one draft in the editor.
// Hooks `<prefix>.N` (text) and `<prefix>.N.dismiss`, `<prefix>.count`.
void draw_calendar_notices(AppState& app, const std::string* draft_id, const char* prefix);
std::string local_time(long long ms);  // "YYYY-MM-DD HH:MM" in the browser's zone (ui/screens/home.cpp)

}  // namespace skillaid
