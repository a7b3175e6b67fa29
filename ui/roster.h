// The view of a form's people list (engine/forms/roster.h RosterModel): a
// table with the model's columns and an optional read-only amount per person
// from the engine. Clipped (only visible rows cost anything), searchable; rows
// pasted from Excel/WPS or read from CSV go to the model (accept_text).
// Columns sort by a click on their header; the people export as CSV.
// Hooks: roster.add, roster.paste, roster.import, roster.export, roster.search,
// roster.count, roster.shown (rows after the search), roster.first (name of the
// first row shown), roster.report, roster.report_lines (first skipped row),
// roster.N.<column>, roster.N.<column>.error, roster.N.amount, roster.N.issue,
// roster.N.delete, roster.N.conditions (the row's 条件 button, issue 14: "open" when open) and
// roster.N.conditions.flagged ("1" when one of its fields has an issue); the
// open row's conditions and 以往培训 under their body keys (roster.N.claim_place,
// roster.N.history.M.date, ...), roster.N.history.add, roster.N.history.M.delete,
// roster.conditions.close.
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
    // `export_name`: the CSV file's name without ".csv" ("" = text::roster_heading).
    // `conditions` (RosterConditions): what the form's scheme asks per person;
    // when any, each row has a 条件 button opening its fields below the table.
    bool draw(RosterModel& model, const Validation& v, const std::vector<RosterResult>* results,
              const std::string& export_name = {}, unsigned conditions = 0);

private:
    void rebuild(const RosterModel& model);  // view_ from the search and the sort
    // The open row's conditions and 以往培训 as ordinary stacked fields (phones, keyboard).
    bool draw_conditions(RosterPerson& p, int row, const Validation& v, unsigned conditions);
    int open_ = -1;  // the row whose conditions are open, -1 = none
    std::string search_;
    RosterSort sort_ = RosterSort::none;  // RosterSort::none = by row number
    bool descending_ = false;
    std::vector<int> view_;
    size_t viewed_size_ = 0;
    bool view_dirty_ = true;
};

}  // namespace skillaid::ui
