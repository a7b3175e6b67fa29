// Form views: the model of each kind of paperwork is a FormModel in
// engine/forms/<kind>.{h,cpp} (fields, JSON, validation, scenario, print);
// its view, ui/forms/<kind>.cpp, only draws the model and edits it. One row per
// kind in kFormViews (ui/forms/registry.cpp). The draft editor
// (ui/screens/draft_editor.cpp) does the rest: autosave, validation summary,
// estimate, route, JSON export/import, print. See docs/ui.md.
#pragma once
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/forms/form.h"
#include "ui/forms/photo.h"
#include "ui/occupation_picker.h"
#include "ui/roster.h"
#include "ui/widgets.h"

namespace skillaid {

struct AppState;

// What the views keep between frames for the open draft (not saved): the
// roster's search, the occupation suggestions, the photo thumbnails. Add what a new view needs.
struct FormViewState {
    ui::RosterView roster;
    ui::OccupationPicker occupation;
    std::vector<photo::Slot> photos;  // 竞赛方案: one photo box per registration, in its order
};

// What a view's draw may use and report.
struct FormContext {
    AppState& app;
    FormViewState& view;
    const Validation& validation;  // of the last edit
    const std::string& today;      // "YYYY-MM-DD", local
    const nlohmann::json* estimate = nullptr;  // engine result of the last edit (null: none or an error)
    bool changed = false;          // set by draw when the user edited anything
    // Opened by keyboard: the view gives its first field the focus (parts::focus_first_field), past the
    // buttons above the fields.
    bool focus_first_field = false;
};

// The view of a form kind.
struct FormView {
    const char* kind;  // FormKind::id
    void (*draw)(FormModel& model, FormContext& ctx);
};
const FormView* find_form_view(std::string_view kind);

// One per kind, in ui/forms/<kind>.cpp: `model` is the kind's FormModel.
void draw_training_application(FormModel& model, FormContext& ctx);
void draw_class_opening(FormModel& model, FormContext& ctx);
void draw_claim(FormModel& model, FormContext& ctx);
void draw_competition_plan(FormModel& model, FormContext& ctx);
void draw_platform_application(FormModel& model, FormContext& ctx);

// The office select field (hook key "district"); `district` indexes form_districts().
bool district_field(const char* label, int& district, const Validation& v);
// The level select field (hook key "level" unless given); `level` indexes training_levels().
bool level_field(const char* label, int& level, const Validation& v, const char* key = "level");
// The scheme select field (hook key "scheme"): `scheme` indexes `schemes`, shown by their policy names.
bool scheme_field(const char* label, int& scheme, std::span<const Scheme> schemes, const Validation& v);

}  // namespace skillaid
