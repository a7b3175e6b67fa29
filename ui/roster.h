// The view of a form's people list (engine/forms/roster.h RosterModel): a
// table with the model's columns and an optional read-only amount per person
// from the engine. Clipped (only visible rows cost anything), searchable; rows
// pasted from Excel/WPS or read from CSV go to the model (accept_text).
// Hooks: roster.add, roster.paste, roster.import, roster.search, roster.count,
// roster.report, roster.N.<column>, roster.N.amount, roster.N.issue, roster.N.delete.
#pragma once
#include <string>
#include <vector>

#include "engine/forms/roster.h"
#include "ui/widgets.h"

namespace skillaid::ui {

// What the view keeps between frames (not saved): the search and the rows shown.
class RosterView {
public:
    // True when anything changed. `results` (may be null) is indexed like model.people.
    bool draw(RosterModel& model, const Validation& v, const std::vector<RosterResult>* results);

private:
    std::string search_;
    std::vector<int> view_;
    size_t viewed_size_ = 0;
    bool view_dirty_ = true;
};

}  // namespace skillaid::ui
