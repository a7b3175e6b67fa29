// Accessibility mirror (docs/access.md "Accessibility mirror"): each frame the
// items ImGui submitted (reported by the IMGUI_ENABLE_TEST_ENGINE hooks, plus
// what the widget layer says about them) become a list of nodes with a role,
// name, value and states; the list is diffed against the previous frame and
// the changes go to web/a11y.js, which keeps one DOM element per node over the
// canvas. Actions on those elements come back through queue_action().
// Every function is a no-op when the mirror is off (?a11y=off).
#pragma once

namespace skillaid::a11y {

// table, row, cell and columnheader are containers, made by the mirror itself for items drawn
// inside an ImGui table (the items become the cell's children); the widget layer never sets them.
enum class Role : unsigned char {
    none, text, heading, button, link, textbox, checkbox, combobox, option, tab, status, alert,
    table, row, cell, columnheader
};

enum Action : int { focus = 1, activate = 2, focus_text = 3, release = 4 };

// Frame calls (ui/main.cpp): init() once after ImGui::CreateContext(); begin_frame()
// before ImGui::NewFrame() (applies queued actions); end_frame() after the app drew.
void init();
bool enabled();
void begin_frame();
void end_frame();

// From web/a11y.js (through ui/web_platform.cpp): `kind` is an Action.
void queue_action(int kind, unsigned int id);

// --- Annotations from the widget layer ---
// The accessible name of the next item (a field label drawn apart from its field).
void label_next(const char* name);
// Name, value and description of the last item (null: unchanged).
void name_last_item(const char* name, const char* value = nullptr, const char* description = nullptr);
// The last item becomes the current field, which field_error() describes (field_label() does it for
// the item after the label).
void field_last_item();
// Role of the last item; `on` is the checked / selected / expanded state where the role has one.
void role_last_item(Role role, bool on = false);
// The same for an item known by its id (items that report no ItemInfo, e.g. BeginCombo).
void describe_item(unsigned int id, Role role, const char* value, bool expanded);
// The value of the last item (e.g. a masked password) and multi-line text boxes.
void value_last_item(const char* value, bool multiline = false);
// The last item is a password field: mirrored as <input type=password> (give it a masked value).
void password_last_item();
// The validation message of the current field (null: none): aria-describedby, aria-invalid unless
// a warning; then no field is current. Without a current field the message (the last item drawn)
// is mirrored as text.
void field_error(const char* message, bool warning);
// Text the app drew as the last item (ImGui reports no plain text): a heading of `level`,
// plain text, or a live region (status: polite, alert: assertive).
void heading(int level, const char* text);
void text(const char* text);
void live(const char* text, bool assertive);

}  // namespace skillaid::a11y
