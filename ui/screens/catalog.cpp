// 工种目录: attachment 1, searchable by name or number.
#include <algorithm>

#include "engine/catalog.h"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include "ui/app.h"
#include "ui/layout.h"
#include "ui/strings.h"
#include "ui/test_hooks.h"
#include "ui/widgets.h"

namespace skillaid {

void draw_catalog(AppState& app) {
    CatalogState& c = app.catalog;
    std::string& query = c.query;
    std::vector<const Occupation*>& rows = c.rows;
    ui::section(text::nav_catalog);
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 16.0f));
    ImGui::InputTextWithHint("##catalog_query", text::catalog_hint, &query);
    test_hook_item("catalog.query", query.c_str());
    if (query != c.searched) {  // search only when the query changed
        rows = search_occupations(query);
        c.searched = query;
    }
    ImGui::SameLine();
    ImGui::Text(text::catalog_count_format, static_cast<int>(rows.size()));
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
