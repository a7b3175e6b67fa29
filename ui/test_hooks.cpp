// Only compiled when SKILLAID_TEST_HOOKS is on (see ui/CMakeLists.txt).
#include "ui/test_hooks.h"

#include "imgui.h"
#include "ui/web_platform.h"

namespace skillaid {

void test_hook_item(const char* name, const char* text) {
    ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    web::test_item(name, min.x, min.y, max.x, max.y, text);
}

}  // namespace skillaid
