// The navigation, in order. Add a row per screen (docs/ui.md).
#include <array>

#include "ui/screens.h"
#include "ui/strings.h"

namespace skillaid {

static const std::array kScreens = {
    ScreenInfo{ScreenId::review, "review", text::nav_review, draw_review, true},
    ScreenInfo{ScreenId::home, "home", text::nav_home, draw_home},
    ScreenInfo{ScreenId::profile, "profile", text::nav_profile, draw_profile_screen},
    ScreenInfo{ScreenId::quick_estimate, "quick_estimate", text::nav_quick_estimate, draw_quick_estimate},
    ScreenInfo{ScreenId::catalog, "catalog", text::nav_catalog, draw_catalog},
    ScreenInfo{ScreenId::deadlines, "deadlines", text::nav_deadlines, draw_deadlines},
    ScreenInfo{ScreenId::draft_editor, "draft", text::nav_draft, draw_draft_editor},
    ScreenInfo{ScreenId::sync, "sync", text::nav_sync, draw_sync},
    ScreenInfo{ScreenId::display, "display", text::nav_display, draw_display},
};

std::span<const ScreenInfo> screens() { return kScreens; }

const ScreenInfo& screen_info(ScreenId id) {
    for (const ScreenInfo& s : kScreens)
        if (s.id == id) return s;
    return kScreens[0];
}

}  // namespace skillaid
