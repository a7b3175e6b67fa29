// The application: state and the per-frame draw. Platform-free ImGui code:
// the browser glue lives in ui/web_platform.cpp, the entry point in ui/main.cpp.
#pragma once
#include <string>

namespace skillaid {

struct AppState {
    std::string org_name;       // the first screen's text field
    std::string confirmed_name; // what "开始" recorded
    bool start_pressed = false;
    bool full_font_loaded = false;
    std::string storage_status; // shown in the footer (SQLite version)
};

void draw_app(AppState& app);

}  // namespace skillaid
