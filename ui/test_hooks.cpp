// Only compiled when SKILLAID_TEST_HOOKS is on (see ui/CMakeLists.txt).
#include "ui/test_hooks.h"

#include <emscripten.h>

#include "imgui.h"

namespace skillaid {

// clang-format off
EM_JS(void, js_test_item, (const char* name, float x0, float y0, float x1, float y1, const char* text), {
    const canvas = document.getElementById('canvas');
    const rect = canvas.getBoundingClientRect();
    const scale = rect.width / canvas.width;  // canvas pixels -> CSS pixels
    window.skillaidTest = window.skillaidTest || { items: {} };
    window.skillaidTest.items[UTF8ToString(name)] = {
        x: rect.left + x0 * scale, y: rect.top + y0 * scale,
        width: (x1 - x0) * scale, height: (y1 - y0) * scale,
        text: text ? UTF8ToString(text) : null,
    };
});
// clang-format on

void test_hook_item(const char* name, const char* text) {
    ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    js_test_item(name, min.x, min.y, max.x, max.y, text);
}

}  // namespace skillaid
