// Type-ahead over attachment 1 (engine/catalog.h search_occupations) by name
// or number, for screens and forms. Searches only when the query changed.
#pragma once
#include <string>
#include <vector>

#include "engine/catalog.h"
#include "engine/forms/fields.h"
#include "imgui.h"
#include "ui/widgets.h"

namespace skillaid::ui {

// The view of an OccupationChoice (engine/forms/fields.h); keeps only the
// suggestion list between frames.
class OccupationPicker {
public:
    // Labelled field `key` with its suggestions (hooks `<key>.option.N`,
    // `<key>_selected`). True when the choice or the text changed.
    bool draw(const char* key, const char* label, const char* hint, OccupationChoice& choice, const Validation& v);

private:
    std::string searched_ = "\x01";
    std::vector<const Occupation*> suggestions_;
    bool open_ = false;  // suggestions shown
    // Keyboard (H4): the highlighted suggestion (Enter picks it), moved by Up/Down.
    static int on_arrow_key(ImGuiInputTextCallbackData* data);
    int highlight_ = 0;
    bool scroll_to_highlight_ = false;
    std::vector<unsigned int> option_ids_;  // the suggestions' ImGui ids, as last drawn
    bool option_focused_ = false;           // a suggestion had the focus (screen reader, ui/a11y.cpp) last frame
};

}  // namespace skillaid::ui
