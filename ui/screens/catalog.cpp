// 工种目录: attachment 1, searchable by name, number or category, filtered by
// 补贴类别 (A/B/C), 急需紧缺 and 职业大类. Rows are recomputed when the query or a
// filter changed. Hooks: catalog.query, catalog.class.<0..3> (全部 A B C),
// catalog.urgent ("1"/"0"), catalog.category (+ .option.<N>, 0 = 全部),
// catalog.count (rows shown), catalog.names (the first 50 rows' names, "、").
#include <algorithm>

#include "engine/catalog.h"
#include "engine/forms/text.h"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include "ui/app.h"
#include "ui/layout.h"
#include "ui/strings.h"
#include "ui/test_hooks.h"
#include "ui/widgets.h"

namespace skillaid {

// The catalog's categories in printed order (each once).
static const std::vector<std::string>& categories() {
    static std::vector<std::string> list;
    if (list.empty())
        for (const Occupation& o : occupations())
            if (std::find(list.begin(), list.end(), o.category) == list.end()) list.push_back(o.category);
    return list;
}

// Name, alias or number (engine search), or the category's name; then the filters.
static std::vector<const Occupation*> filter_rows(const CatalogState& c) {
    std::vector<const Occupation*> found = search_occupations(c.query), rows;
    const std::string& category = c.category > 0 ? categories()[static_cast<size_t>(c.category - 1)] : std::string();
    for (const Occupation& o : occupations()) {
        bool match = std::find(found.begin(), found.end(), &o) != found.end() ||
                     (!c.query.empty() && o.category.find(c.query) != std::string::npos);
        if (!match) continue;
        if (c.cls > 0 && o.cls != "ABC"[c.cls - 1]) continue;
        if (c.urgent_only && !o.urgent) continue;
        if (!category.empty() && o.category != category) continue;
        rows.push_back(&o);
    }
    return rows;
}

static void draw_filters(CatalogState& c) {
    bool changed = false;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(text::catalog_filter_class);
    for (int i = 0; i < 4; i++) {
        ImGui::SameLine();
        if (ImGui::RadioButton(text::catalog_class_options[i], c.cls == i)) changed |= c.cls != i, c.cls = i;
        test_hook_item(("catalog.class." + std::to_string(i)).c_str(), c.cls == i ? "1" : "0");
    }
    // Beside the class buttons where it fits (the frame's square, the gap and the label), else below them.
    ui::wrap_next(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(text::catalog_filter_urgent).x,
                  ImGui::GetFontSize() * 1.5f);
    changed |= ImGui::Checkbox(text::catalog_filter_urgent, &c.urgent_only);
    test_hook_item("catalog.urgent", c.urgent_only ? "1" : "0");
    const std::vector<std::string>& list = categories();
    const char* preview = c.category > 0 ? list[static_cast<size_t>(c.category - 1)].c_str() : text::catalog_filter_all;
    const float combo = ImGui::GetFontSize() * 16.0f;
    ui::wrap_next(ImGui::CalcTextSize(text::catalog_filter_category).x + combo + ImGui::GetStyle().ItemSpacing.x);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(text::catalog_filter_category);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(std::min(combo, ImGui::GetContentRegionAvail().x));
    if (ImGui::BeginCombo("##catalog_category", preview, ImGuiComboFlags_HeightLarge)) {
        for (int i = 0; i <= static_cast<int>(list.size()); i++) {
            const char* name = i == 0 ? text::catalog_filter_all : list[static_cast<size_t>(i - 1)].c_str();
            if (ImGui::Selectable(name, i == c.category)) changed |= c.category != i, c.category = i;
            test_hook_item(("catalog.category.option." + std::to_string(i)).c_str(), name);
        }
        ImGui::EndCombo();
    }
    test_hook_item("catalog.category", c.category > 0 ? preview : "");
    if (changed) c.searched = "\x01";  // filter again
}

void draw_catalog(AppState& app) {
    CatalogState& c = app.catalog;
    std::string& query = c.query;
    std::vector<const Occupation*>& rows = c.rows;
    ui::section(text::nav_catalog);
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 16.0f));
    ImGui::InputTextWithHint("##catalog_query", text::catalog_hint_category, &query);
    test_hook_item("catalog.query", query.c_str());
    draw_filters(c);
    if (query != c.searched) {  // search only when the query or a filter changed
        rows = filter_rows(c);
        c.searched = query;
    }
    const std::string count = format_text(text::catalog_count_format, static_cast<int>(rows.size()));
    ui::wrap_next(ImGui::CalcTextSize(count.c_str()).x);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(count.c_str());
#ifdef SKILLAID_TEST_HOOKS
    std::string names;
    for (size_t i = 0; i < rows.size() && i < 50; i++) names += (i ? "、" : "") + rows[i]->name;
    test_hook_item("catalog.count", std::to_string(rows.size()).c_str());
    test_hook_item("catalog.names", names.c_str());
#endif
    // Phones: names and categories keep readable widths and the table scrolls sideways (序号 stays).
    const bool narrow = ui::narrow_layout();
    const float em = ImGui::GetFontSize();
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY;
    if (narrow) flags |= ImGuiTableFlags_ScrollX | ImGuiTableFlags_SizingFixedFit;
    if (ImGui::BeginTable(narrow ? "##catalog_x" : "##catalog", 4, flags)) {
        const ImGuiTableColumnFlags wide = narrow ? ImGuiTableColumnFlags_WidthFixed : ImGuiTableColumnFlags_WidthStretch;
        ImGui::TableSetupScrollFreeze(narrow ? 1 : 0, 1);
        ImGui::TableSetupColumn(text::catalog_number, ImGuiTableColumnFlags_WidthFixed, em * 3.0f);
        ImGui::TableSetupColumn(text::catalog_name, wide, narrow ? em * 11.0f : 2.0f);
        ImGui::TableSetupColumn(text::catalog_category, wide, narrow ? em * 14.0f : 2.0f);
        ImGui::TableSetupColumn(text::catalog_class, ImGuiTableColumnFlags_WidthFixed, em * 5.0f);
        ImGui::TableHeadersRow();
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(rows.size()));
        while (clipper.Step()) {
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; i++) {
                const Occupation& o = *rows[static_cast<size_t>(i)];
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::Text("%d", o.number);
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(o.name.c_str());
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(o.category.c_str());
                ImGui::TableNextColumn();
                ImGui::Text("%c%s", o.cls ? o.cls : '-', o.urgent ? text::catalog_urgent : "");
            }
        }
        ImGui::EndTable();
    }
}

}  // namespace skillaid
