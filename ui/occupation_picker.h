// Type-ahead over attachment 1 (engine/catalog.h search_occupations) by name
// or number, for screens and forms. Searches only when the query changed.
#pragma once
#include <string>
#include <vector>

#include "engine/catalog.h"
#include "ui/widgets.h"

namespace skillaid::ui {

struct OccupationPicker {
    int number = 0;     // chosen catalog number, 0 = none
    std::string query;  // what the field shows

    // Labelled field `key` with its suggestions (hooks `<key>.option.N`,
    // `<key>_selected`). True when the choice or the text changed.
    bool draw(const char* key, const char* label, const char* hint, const Validation& v);
    // Sets the choice (and the text) from a stored number; unknown -> none.
    void set(int catalog_number, const std::string& fallback_text = "");
    const Occupation* chosen() const { return number ? find_occupation(number) : nullptr; }

private:
    std::string searched_ = "\x01";
    std::vector<const Occupation*> suggestions_;
    bool open_ = false;  // suggestions shown
};

}  // namespace skillaid::ui
