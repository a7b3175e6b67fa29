// The screens of the navigation, one draw function per file in ui/screens/.
// To add one: a ScreenId, a row in kScreens (ui/screens/registry.cpp), a draw
// function here and its file (docs/ui.md).
#pragma once
#include <span>

namespace skillaid {

struct AppState;

enum class ScreenId { home, quick_estimate, catalog, deadlines, draft_editor };

struct ScreenInfo {
    ScreenId id;
    const char* hook;   // test hook of its navigation button: "nav.<hook>"
    const char* title;  // Chinese, ui/strings.h
    void (*draw)(AppState&);
};

std::span<const ScreenInfo> screens();
const ScreenInfo& screen_info(ScreenId id);

void draw_home(AppState& app);
void draw_quick_estimate(AppState& app);
void draw_catalog(AppState& app);
void draw_deadlines(AppState& app);
void draw_draft_editor(AppState& app);

}  // namespace skillaid
