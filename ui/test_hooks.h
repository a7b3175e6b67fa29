// Test-only hooks: in builds configured with SKILLAID_TEST_HOOKS=ON the app
// publishes, per frame, the screen rectangle and text of named widgets to
// `window.skillaidTest`, so browser tests can click at real positions and read
// back what a field holds. In other builds every call compiles to nothing.
#pragma once

namespace skillaid {

#ifdef SKILLAID_TEST_HOOKS
// Records the last submitted ImGui item under `name`, with its text (may be null).
void test_hook_item(const char* name, const char* text);
#else
inline void test_hook_item(const char*, const char*) {}
#endif

}  // namespace skillaid
