// Only compiled when SKILLAID_TEST_HOOKS is on (see ui/CMakeLists.txt).
#include "ui/test_hooks.h"

#include "imgui.h"
#include "imgui_internal.h"  // ImGuiWindow::Hidden
#include "ui/web_platform.h"

namespace skillaid {

void test_hook_item(const char* name, const char* text) {
    // A window on a frame it is not shown (an auto-resizing popup is measured on its first frame and
    // placed on the next): its items are not where a click would find them yet.
    if (ImGui::GetCurrentWindowRead()->Hidden) return;
    ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    web::test_item(name, min.x, min.y, max.x, max.y, text);
}

}  // namespace skillaid
