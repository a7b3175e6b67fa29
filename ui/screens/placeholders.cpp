// Screens not built yet: 快速测算 and 时限计算 (each moves to its own file
// ui/screens/<name>.cpp when written; see docs/ui.md).
#include "imgui.h"
#include "ui/app.h"
#include "ui/strings.h"

namespace skillaid {

void draw_quick_estimate(AppState&) {
    ImGui::SeparatorText(text::nav_quick_estimate);
    ImGui::TextDisabled("%s", text::coming_soon);
}

void draw_deadlines(AppState&) {
    ImGui::SeparatorText(text::nav_deadlines);
    ImGui::TextDisabled("%s", text::coming_soon);
}

}  // namespace skillaid
