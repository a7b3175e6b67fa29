// Accessibility mirror, ImGui side (ui/a11y.h). Dear ImGui built with
// IMGUI_ENABLE_TEST_ENGINE calls ImGuiTestEngineHook_ItemAdd (id, rectangle)
// and ImGuiTestEngineHook_ItemInfo (label, status flags) for every item; we
// collect them into g_cur, the widget layer adds what ImGui cannot know
// (names of fields whose label is drawn apart, headings, errors), and
// end_frame() sends only what changed since g_prev to web/a11y.js.
#include "ui/a11y.h"

#include <cstdio>
#include <string>
#include <unordered_map>
#include <vector>

#include "imgui.h"
#include "imgui_internal.h"
#include "ui/web_platform.h"

namespace skillaid::a11y {

// Node state bits (web/a11y.js reads the same numbers).
enum : unsigned {
    kChecked = 1 << 0, kExpanded = 1 << 1, kInvalid = 1 << 2, kDisabled = 1 << 3, kSelected = 1 << 4,
    kActive = 1 << 5,     // ImGui's active item (a text box being edited)
    kMultiline = 1 << 6, kPassword = 1 << 7, kExpandable = 1 << 8,
};

struct Node {
    ImGuiID id = 0;
    Role role = Role::none;
    unsigned state = 0;
    int level = 0;
    bool reported = false;  // ImGui's ItemInfo or an annotation named it: otherwise not mirrored
    ImRect rect;            // clipped to its window where visible (canvas pixels)
    ImRect full;            // unclipped, for scrolling into view
    ImGuiWindow* window = nullptr;
    ImGuiID parent = 0;     // the cell an item of a table sits in (0: the mirror's root)
    std::string name, value, description;
};

struct Pending {
    int kind;
    ImGuiID id;
};

static bool g_enabled = false;
static std::vector<Node> g_cur, g_prev;
static std::unordered_map<ImGuiID, int> g_cur_index, g_prev_index;
static std::vector<Pending> g_actions;
static std::string g_label_next;           // label_next(): waiting for the next item
static ImGuiWindow* g_label_window = nullptr;
static int g_field = -1;                   // index of the current field (for field_error)
static std::string g_out;                  // the frame's message, reused

void init() { g_enabled = web::a11y_enabled(); }
bool enabled() { return g_enabled; }

void queue_action(int kind, unsigned int id) {
    if (g_enabled) g_actions.push_back({kind, id});
}

static Node* find(std::vector<Node>& nodes, std::unordered_map<ImGuiID, int>& index, ImGuiID id) {
    auto it = index.find(id);
    return it == index.end() ? nullptr : &nodes[static_cast<size_t>(it->second)];
}

static Node* last_item() {
    ImGuiID id = ImGui::GetItemID();
    if (id == 0) return nullptr;
    if (!g_cur.empty() && g_cur.back().id == id) return &g_cur.back();
    return find(g_cur, g_cur_index, id);
}

// Focus (and activate) an item of the previous frame, before NewFrame().
static void apply(const Pending& a) {
    ImGuiContext& g = *GImGui;
    const Node* n = find(g_prev, g_prev_index, a.id);
    if (a.kind == release) {
        if (g.ActiveId == a.id) ImGui::ClearActiveID();
        return;
    }
    if (!n || !n->window || !n->window->WasActive) return;
    // Moving to another item ends an edit; pressing one (a suggestion under its field) does not
    // before the press, as with a click.
    if (a.kind == activate && g.ActiveId != 0 && g.ActiveId != a.id) {
        g.NavNextActivateId = a.id;  // pressed as by a click: focus moves with the press itself
        g.NavNextActivateFlags = ImGuiActivateFlags_None;
        return;
    }
    if (g.ActiveId != 0 && g.ActiveId != a.id) ImGui::ClearActiveID();
    ImGui::FocusWindow(n->window);
    ImGui::SetFocusID(a.id, n->window);
    n->window->NavRectRel[ImGuiNavLayer_Main] = ImGui::WindowRectAbsToRel(n->window, n->full);
    ImGui::SetNavCursorVisible(true);
    g.NavHighlightItemUnderNav = true;
    // Centred when near an edge: what follows it (a table below a button) comes into view too,
    // since off-screen child windows report no items.
    const ImRect& clip = n->window->ClipRect;
    float margin = clip.GetHeight() * 0.25f;
    if (n->full.Min.y < clip.Min.y || n->full.Max.y > clip.Max.y - margin)
        ImGui::ScrollToRectEx(n->window, n->full, ImGuiScrollFlags_AlwaysCenterY);
    if (a.kind == activate || a.kind == focus_text) {
        if (a.kind == focus_text && g.ActiveId == a.id) return;  // already editing
        g.NavNextActivateId = a.id;
        g.NavNextActivateFlags = a.kind == focus_text || n->role == Role::textbox
                                     ? ImGuiActivateFlags_PreferInput | ImGuiActivateFlags_TryToPreserveState
                                     : ImGuiActivateFlags_None;
    }
}

void begin_frame() {
    if (!g_enabled) return;
    g_prev.swap(g_cur);  // the last frame's nodes, which the actions name
    g_prev_index.swap(g_cur_index);
    for (const Pending& a : g_actions) apply(a);
    g_actions.clear();
    g_cur.clear();
    g_cur_index.clear();
    g_label_next.clear();
    g_field = -1;
    ImGuiContext& g = *GImGui;
    g.TestEngineHookItems = true;
    // Items outside their window's clip rectangle are submitted in full (ImGui
    // then reports their label and flags too): a long form is mirrored whole,
    // and focusing a field below the fold scrolls to it. List clippers (the
    // roster) still submit only the visible rows.
    g.ItemUnclipByLog = true;
}

// "Label##id" and "Label###id" are shown as "Label".
static void set_label(std::string& out, const char* label) { out.assign(label, ImGui::FindRenderedTextEnd(label)); }

static Node& emplace_node(ImGuiID id, const ImRect& bb, ImGuiWindow* window, ImGuiID parent) {
    // Ids are unique per frame; a second item with the same id (rare) replaces nothing.
    auto [it, inserted] = g_cur_index.emplace(id, static_cast<int>(g_cur.size()));
    if (!inserted) return g_cur[static_cast<size_t>(it->second)];
    g_cur.emplace_back();
    Node& n = g_cur.back();
    n.id = id;
    n.window = window;
    n.parent = parent;
    n.full = bb;
    n.rect = bb;
    if (bb.Overlaps(window->ClipRect)) n.rect.ClipWithFull(window->ClipRect);
    return n;
}

// A container node (table, row, cell), made once per frame before its first child.
static ImGuiID container(ImGuiID id, Role role, const ImRect& bb, ImGuiWindow* window, ImGuiID parent) {
    Node& n = emplace_node(id, bb, window, parent);
    n.reported = true;
    n.role = role;
    return id;
}

// An item drawn in an ImGui table goes into the mirror's table > row > cell (a
// header row's cells are column headers), so a screen reader reads a roster as a
// table: "第3行 姓名" in the 姓名 column. Rows are those drawn (a list clipper
// draws only the visible ones).
static ImGuiID table_cell(ImGuiContext& g, ImGuiWindow* window) {
    ImGuiTable* table = g.CurrentTable;
    if (!table || table->InnerWindow != window || !table->IsInsideRow || table->CurrentColumn < 0) return 0;
    const int row = table->CurrentRow, column = table->CurrentColumn;
    const ImGuiID row_id = ImHashData(&row, sizeof row, table->ID ^ 0x526F77u);
    const ImGuiID cell_id = ImHashData(&column, sizeof column, row_id);
    if (g_cur_index.count(cell_id)) return cell_id;
    const ImRect row_rect(table->WorkRect.Min.x, table->RowPosY1, table->WorkRect.Max.x, table->RowPosY2);
    const ImGuiTableColumn& c = table->Columns[column];
    container(table->ID, Role::table, table->OuterRect, table->OuterWindow, 0);
    container(row_id, Role::row, row_rect, window, table->ID);
    const bool header = (table->RowFlags & ImGuiTableRowFlags_Headers) != 0;
    container(cell_id, header ? Role::columnheader : Role::cell, ImRect(c.MinX, row_rect.Min.y, c.MaxX, row_rect.Max.y),
              window, row_id);
    if (header) set_label(g_cur.back().name, ImGui::TableGetColumnName(table, column));  // "##actions": none
    return cell_id;
}

static Node& add_node(ImGuiID id, const ImRect& bb, ImGuiWindow* window) {
    const ImGuiID cell = table_cell(*GImGui, window);
    return emplace_node(id, bb, window, cell);
}

static void item_add(ImGuiContext& g, ImGuiID id, const ImRect& bb, const ImGuiLastItemData& data) {
    ImGuiWindow* window = g.CurrentWindow;
    if (!window || id == window->ID || id == window->MoveId) return;
    Node& n = add_node(id, bb, window);
    if (data.ItemFlags & ImGuiItemFlags_Disabled) n.state |= kDisabled;
    if (!g_label_next.empty() && g_label_window == window) {
        n.name = g_label_next;
        n.reported = true;  // named by the app even when ImGui reports nothing (combos)
        g_label_next.clear();
        g_field = static_cast<int>(g_cur.size()) - 1;
    }
}

static void item_info(ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
    Node* n = !g_cur.empty() && g_cur.back().id == id ? &g_cur.back() : find(g_cur, g_cur_index, id);
    if (!n) return;
    n->reported = true;
    if (label && label[0] && !(label[0] == '#' && label[1] == '#')) set_label(n->name, label);
    if (n->role != Role::none) return;  // set by the widget layer
    if (flags & ImGuiItemStatusFlags_Inputable) {
        n->role = Role::textbox;
        if (GImGui->ActiveId == id) n->state |= kActive;
    } else if (flags & ImGuiItemStatusFlags_Checkable) {
        n->role = Role::checkbox;
        if (flags & ImGuiItemStatusFlags_Checked) n->state |= kChecked;
    } else {
        n->role = Role::button;
        if (flags & ImGuiItemStatusFlags_Openable) n->state |= kExpandable;
        if (flags & ImGuiItemStatusFlags_Opened) n->state |= kExpanded;
    }
}

// --- Annotations ---

void label_next(const char* name) {
    if (!g_enabled) return;
    g_label_next = name;
    g_label_window = GImGui->CurrentWindow;
}

void name_last_item(const char* name, const char* value, const char* description) {
    if (!g_enabled) return;
    g_label_next.clear();
    Node* n = last_item();
    if (!n) return;
    n->reported = true;
    if (name) n->name = name;
    if (value) n->value = value;
    if (description) n->description = description;
}

void field_last_item() {
    if (!g_enabled) return;
    g_label_next.clear();
    if (Node* n = last_item()) g_field = static_cast<int>(n - g_cur.data());
}

void role_last_item(Role role, bool on) {
    if (!g_enabled) return;
    Node* n = last_item();
    if (!n) return;
    n->reported = true;
    n->role = role;
    if (on) n->state |= role == Role::option ? kSelected : role == Role::combobox ? kExpanded : kChecked;
}

void describe_item(unsigned int id, Role role, const char* value, bool expanded) {
    if (!g_enabled) return;
    Node* n = find(g_cur, g_cur_index, id);
    if (!n) return;
    n->reported = true;
    n->role = role;
    if (value) n->value = value;
    if (expanded) n->state |= kExpanded;
}

void value_last_item(const char* value, bool multiline) {
    if (!g_enabled) return;
    Node* n = last_item();
    if (!n) return;
    if (value) n->value = value;
    if (multiline) n->state |= kMultiline;
    if (GImGui->ActiveId == n->id) n->state |= kActive;
}

void password_last_item() {
    if (!g_enabled) return;
    if (Node* n = last_item()) n->state |= kPassword;
}

static void text_node(Role role, int level, const char* text);

void field_error(const char* message, bool warning) {
    if (!g_enabled) return;
    int field = g_field;
    g_field = -1;  // one message per field
    if (!message || !message[0]) return;
    if (field < 0 || field >= static_cast<int>(g_cur.size())) {
        text_node(Role::text, 0, message);  // a message of no field (just drawn): plain text
        return;
    }
    Node& n = g_cur[static_cast<size_t>(field)];
    n.description = message;
    if (!warning) n.state |= kInvalid;
}

// A node for the last item drawn by the app (plain text has id 0): its id is
// made from the text and the window, unique within the frame.
static void text_node(Role role, int level, const char* text) {
    if (!g_enabled || !text || !text[0]) return;
    ImGuiContext& g = *GImGui;
    ImGuiWindow* window = g.CurrentWindow;
    const ImGuiID cell = table_cell(g, window);  // in a table: unique within its cell
    ImGuiID id = ImHashStr(text, 0, (cell ? cell : window->ID) ^ static_cast<ImGuiID>(role));
    while (id == 0 || g_cur_index.count(id)) id++;
    Node& n = emplace_node(id, g.LastItemData.Rect, window, cell);
    n.reported = true;
    n.role = role;
    n.level = level;
    n.name = text;
}

void heading(int level, const char* text) { text_node(Role::heading, level, text); }
void text(const char* text) { text_node(Role::text, 0, text); }
void live(const char* text, bool assertive) { text_node(assertive ? Role::alert : Role::status, 0, text); }

// --- The diff ---

static void put_string(std::string& out, const std::string& s) {
    out += '"';
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            out += buf;
        } else {
            out += static_cast<char>(c);
        }
    }
    out += '"';
}

static bool same_rect(const ImRect& a, const ImRect& b) {
    return ImFabs(a.Min.x - b.Min.x) < 0.5f && ImFabs(a.Min.y - b.Min.y) < 0.5f && ImFabs(a.Max.x - b.Max.x) < 0.5f &&
           ImFabs(a.Max.y - b.Max.y) < 0.5f;
}

// [id, role, state, x, y, w, h, name, value, description, level, parent]
static void put_node(std::string& out, const Node& n) {
    char buf[128];
    std::snprintf(buf, sizeof buf, "[%u,%d,%u,%.0f,%.0f,%.0f,%.0f,", n.id, static_cast<int>(n.role), n.state, n.rect.Min.x,
                  n.rect.Min.y, n.rect.GetWidth(), n.rect.GetHeight());
    out += buf;
    put_string(out, n.name);
    out += ',';
    put_string(out, n.value);
    out += ',';
    put_string(out, n.description);
    std::snprintf(buf, sizeof buf, ",%d,%u]", n.level, n.parent);
    out += buf;
}

void end_frame() {
    if (!g_enabled) return;
    ImGuiContext& g = *GImGui;
    g.ItemUnclipByLog = false;
    // Drop items nobody described (child windows, scrollbars); keep the index right.
    size_t kept = 0;
    for (size_t i = 0; i < g_cur.size(); i++) {
        Node& n = g_cur[i];
        if (!n.reported || n.role == Role::none) continue;
        if (n.role == Role::button && n.name.empty() && n.parent) {  // a header without a label (##actions)
            const Node* cell = find(g_cur, g_cur_index, n.parent);
            if (cell && cell->role == Role::columnheader) continue;
        }
        if (n.role == Role::textbox && g.ActiveId == n.id) n.state |= kActive;
        if (kept != i) g_cur[kept] = std::move(n);
        kept++;
    }
    g_cur.resize(kept);
    g_cur_index.clear();
    for (size_t i = 0; i < g_cur.size(); i++) g_cur_index[g_cur[i].id] = static_cast<int>(i);

    // Message: {"a":[changed or added nodes],"r":[removed ids],"o":[order, when it changed]}
    std::string& out = g_out;
    out.clear();
    bool any = false;
    for (const Node& n : g_cur) {
        const Node* p = find(g_prev, g_prev_index, n.id);
        if (p && p->role == n.role && p->state == n.state && p->level == n.level && p->parent == n.parent &&
            same_rect(p->rect, n.rect) &&
            p->name == n.name && p->value == n.value && p->description == n.description)
            continue;
        out += any ? "," : "{\"a\":[";
        any = true;
        put_node(out, n);
    }
    if (any) out += ']';
    bool removed = false;
    for (const Node& p : g_prev) {
        if (g_cur_index.count(p.id)) continue;
        out += removed ? "," : any ? ",\"r\":[" : "{\"r\":[";
        removed = any = true;
        char buf[16];
        std::snprintf(buf, sizeof buf, "%u", p.id);
        out += buf;
    }
    if (removed) out += ']';
    bool reordered = g_cur.size() != g_prev.size();
    for (size_t i = 0; !reordered && i < g_cur.size(); i++) reordered = g_cur[i].id != g_prev[i].id;
    if (reordered) {
        out += any ? ",\"o\":[" : "{\"o\":[";
        any = true;
        for (size_t i = 0; i < g_cur.size(); i++) {
            char buf[16];
            std::snprintf(buf, sizeof buf, i ? ",%u" : "%u", g_cur[i].id);
            out += buf;
        }
        out += ']';
    }
    if (!any) return;
    out += '}';
    web::a11y_send(out);
}

}  // namespace skillaid::a11y

// --- The hooks Dear ImGui calls when built with IMGUI_ENABLE_TEST_ENGINE ---

void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, ImGuiID id, const ImRect& bb, const ImGuiLastItemData* item_data) {
    if (item_data) skillaid::a11y::item_add(*ctx, id, bb, *item_data);  // null: windows, scrollbars
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
    skillaid::a11y::item_info(id, label, flags);
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
