#include "ui/roster.h"

#include <algorithm>

#include "engine/forms/text.h"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include "ui/strings.h"
#include "ui/test_hooks.h"
#include "ui/web_platform.h"

namespace skillaid::ui {

constexpr int kRowsVisible = 12;  // table height before it scrolls
constexpr float kSearchWidthEm = 14.0f;
const ImVec4 kErrorColor(0.8f, 0.1f, 0.1f, 1.0f);
const ImVec4 kWarningColor(0.75f, 0.45f, 0.0f, 1.0f);
const ImVec4 kErrorBg(1.0f, 0.8f, 0.8f, 1.0f);

static const std::vector<const char*>& group_names() {
    static std::vector<const char*> names;
    if (names.empty())
        for (Group g : roster_groups()) names.push_back(group_name(g).data());
    return names;
}

// "从 Excel/WPS 复制多行（姓名、身份证号、…；首行可为列名）…" for the model's columns.
static std::string paste_tip(const RosterModel& model) {
    std::string columns;
    for (const std::string& h : model.headers()) columns += (columns.empty() ? "" : "、") + h;
    return format_text(text::ro_paste_tip_format, columns.c_str());
}

// The sortable columns' ids (ImGui user ids) and the model's sort.
static ImGuiID sort_id(RosterSort s) { return static_cast<ImGuiID>(s); }

bool RosterView::draw(RosterModel& model, const Validation& v, const std::vector<RosterResult>* results,
                      const std::string& export_name) {
    std::vector<RosterPerson>& people = model.people;
    const unsigned columns = model.columns;
    bool changed = false;
    ImGui::SeparatorText(text::roster_heading);
    if (ImGui::Button(text::roster_add)) {
        people.push_back(RosterPerson{});
        view_dirty_ = changed = true;
    }
    test_hook_item("roster.add", nullptr);
    ImGui::SameLine();
    if (ImGui::Button(text::roster_paste)) web::read_clipboard("paste");
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip)) ImGui::SetTooltip("%s", paste_tip(model).c_str());
    test_hook_item("roster.paste", nullptr);
    ImGui::SameLine();
    if (ImGui::Button(text::roster_import)) web::pick_file("roster_csv", ".csv,.txt,text/csv");
    test_hook_item("roster.import", nullptr);
    ImGui::SameLine();
    if (ImGui::Button(text::roster_export)) {
        const std::string name = (export_name.empty() ? std::string(text::roster_heading) : export_name) + ".csv";
        web::download(name.c_str(), "text/csv;charset=utf-8", model.csv(), true);
    }
    test_hook_item("roster.export", nullptr);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * kSearchWidthEm);
    const char* hint = (columns & roster_mobile) ? text::roster_search_hint : text::ro_search_hint;
    if (ImGui::InputTextWithHint("##roster_search", hint, &search_)) view_dirty_ = true;
    test_hook_item("roster.search", search_.c_str());
    if (view_dirty_ || people.size() != viewed_size_) rebuild(model);
    ImGui::SameLine();
    ImGui::Text(text::roster_count_format, static_cast<int>(people.size()), static_cast<int>(view_.size()));
#ifdef SKILLAID_TEST_HOOKS
    test_hook_item("roster.count", std::to_string(people.size()).c_str());
    test_hook_item("roster.shown", std::to_string(view_.size()).c_str());
    test_hook_item("roster.first", view_.empty() ? "" : people[static_cast<size_t>(view_[0])].name.c_str());
#endif
    field_message("roster", v);
    if (!model.last_import.summary.empty()) {
        const std::vector<std::string>& lines = model.last_import.lines;
        ImGui::TextUnformatted(model.last_import.summary.c_str());
        test_hook_item("roster.report", model.last_import.summary.c_str());
        for (const std::string& line : lines) ImGui::TextColored(kErrorColor, "%s", line.c_str());
        test_hook_item("roster.report_lines", lines.empty() ? "" : lines[0].c_str());
    }

    // Columns: 序号 姓名 身份证号 [手机] [出勤率 证书] [证书编号] [类别 天数 失业保险] [金额] 问题 ×
    bool mobile = columns & roster_mobile, attendance = columns & roster_attendance,
         certificate = columns & roster_certificate, living = columns & roster_living;
    int ncols = 4 + (mobile ? 1 : 0) + (attendance ? 2 : 0) + (certificate ? 1 : 0) + (living ? 3 : 0) + (results ? 1 : 0) + 1;
    ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter |
                            ImGuiTableFlags_BordersV | ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp;
    float height = ImGui::GetFrameHeightWithSpacing() *
                       static_cast<float>(std::min(static_cast<int>(view_.size()), kRowsVisible) + 1) +
                   ImGui::GetStyle().CellPadding.y * 2;
    if (!ImGui::BeginTable("##roster", ncols, flags, ImVec2(0, height))) return changed;
    float em = ImGui::GetFontSize();
    ImGui::TableSetupScrollFreeze(0, 1);
    const ImGuiTableColumnFlags fixed = ImGuiTableColumnFlags_WidthFixed, stretch = ImGuiTableColumnFlags_WidthStretch,
                                no_sort = ImGuiTableColumnFlags_NoSort;
    ImGui::TableSetupColumn(text::roster_col_no, fixed | ImGuiTableColumnFlags_DefaultSort, em * 2.5f,
                            sort_id(RosterSort::none));
    ImGui::TableSetupColumn(text::roster_col_name, stretch, 1.0f, sort_id(RosterSort::name));
    ImGui::TableSetupColumn(text::roster_col_id, stretch, 2.0f, sort_id(RosterSort::id));
    if (mobile) ImGui::TableSetupColumn(text::roster_col_mobile, stretch, 1.4f, sort_id(RosterSort::mobile));
    if (attendance) {
        ImGui::TableSetupColumn(text::roster_col_attendance, fixed, em * 4, sort_id(RosterSort::attendance));
        ImGui::TableSetupColumn(text::roster_col_certified, fixed, em * 4, sort_id(RosterSort::certified));
    }
    if (certificate) ImGui::TableSetupColumn(text::ro_col_certificate, stretch | no_sort, 1.6f);
    if (living) {
        ImGui::TableSetupColumn(text::ro_col_group, stretch | no_sort, 1.6f);
        ImGui::TableSetupColumn(text::ro_col_days, fixed | no_sort, em * 3.5f);
        ImGui::TableSetupColumn(text::ro_col_insurance, fixed | no_sort, em * 4);
    }
    if (results) ImGui::TableSetupColumn(text::ro_col_amount, fixed | no_sort, em * 6);
    ImGui::TableSetupColumn(text::roster_col_issue, stretch | no_sort, 2.0f);
    ImGui::TableSetupColumn("##actions", fixed | no_sort, em * 2);
    ImGui::TableHeadersRow();
    if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
        const bool any = specs->SpecsCount > 0;
        sort_ = any ? static_cast<RosterSort>(specs->Specs[0].ColumnUserID) : RosterSort::none;
        descending_ = any && specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
        specs->SpecsDirty = false;
        rebuild(model);
    }
    int remove = -1;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(view_.size()));
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; row++) {
            int i = view_[static_cast<size_t>(row)];
            RosterPerson& p = people[static_cast<size_t>(i)];
            std::string key = "roster." + std::to_string(i) + ".";
            const FieldIssue* row_issue = nullptr;
            ImGui::PushID(i);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            ImGui::Text("%d", i + 1);
            // Each cell: the widget full width, red when its key has an error, hook = the value.
            auto cell = [&](const char* name, auto&& widget) {
                ImGui::TableNextColumn();
                const FieldIssue* issue = v.find(key + name);
                if (issue && !row_issue) row_issue = issue;
                if (issue) ImGui::PushStyleColor(ImGuiCol_FrameBg, kErrorBg);
                ImGui::SetNextItemWidth(-FLT_MIN);
                ImGui::PushID(name);
                std::string shown = widget();
                ImGui::PopID();
                if (issue) ImGui::PopStyleColor();
                test_hook_item((key + name).c_str(), shown.c_str());
#ifdef SKILLAID_TEST_HOOKS
                test_hook_item((key + name + ".error").c_str(), issue ? issue->message.c_str() : "");
#endif
            };
            auto text_cell = [&](const char* name, std::string& value) {
                cell(name, [&] {
                    changed |= ImGui::InputText("##c", &value);
                    return value;
                });
            };
            text_cell("name", p.name);
            text_cell("id", p.id);
            if (mobile) text_cell("mobile", p.mobile);
            if (attendance) {
                cell("attendance", [&] {
                    changed |= ImGui::InputDouble("##c", &p.attendance, 0, 0, "%g");
                    return format_text("%g", p.attendance);
                });
                cell("certified", [&] {
                    changed |= ImGui::Checkbox("##c", &p.certified);
                    return std::string(p.certified ? "true" : "false");
                });
            }
            if (certificate) text_cell("certificate", p.certificate);
            if (living) {
                cell("group", [&] {
                    const auto& names = group_names();
                    const char* preview = p.group >= 0 ? names[static_cast<size_t>(p.group)] : text::select_hint;
                    if (ImGui::BeginCombo("##c", preview)) {
                        for (int g = 0; g < static_cast<int>(names.size()); g++) {
                            if (ImGui::Selectable(names[static_cast<size_t>(g)], g == p.group)) {
                                changed |= g != p.group;
                                p.group = g;
                            }
                            test_hook_item((key + "group.option." + std::to_string(g)).c_str(), names[static_cast<size_t>(g)]);
                        }
                        ImGui::EndCombo();
                    }
                    return std::string(p.group >= 0 ? names[static_cast<size_t>(p.group)] : "");
                });
                cell("days", [&] {
                    changed |= ImGui::InputScalar("##c", ImGuiDataType_S64, &p.days);
                    return std::to_string(p.days);
                });
                cell("insurance", [&] {
                    changed |= ImGui::Checkbox("##c", &p.unemployment_insurance);
                    return std::string(p.unemployment_insurance ? "true" : "false");
                });
            }
            const RosterResult* result =
                results && static_cast<size_t>(i) < results->size() ? &(*results)[static_cast<size_t>(i)] : nullptr;
            if (results) {
                ImGui::TableNextColumn();
                ImGui::AlignTextToFramePadding();
                if (result && result->excluded) ImGui::TextColored(kErrorColor, "%s", result->amount.c_str());
                else ImGui::TextUnformatted(result ? result->amount.c_str() : "");
                test_hook_item((key + "amount").c_str(), result ? result->amount.c_str() : "");
            }
            ImGui::TableNextColumn();
            std::string note = row_issue ? row_issue->message : result ? result->note : "";
            if (!note.empty()) {
                bool error = row_issue ? !row_issue->warning : result && result->excluded;
                ImGui::TextColored(error ? kErrorColor : kWarningColor, "%s", note.c_str());
                ImGui::SetItemTooltip("%s", note.c_str());
            }
            test_hook_item((key + "issue").c_str(), note.c_str());
            ImGui::TableNextColumn();
            if (ImGui::SmallButton("×")) remove = i;
            test_hook_item((key + "delete").c_str(), nullptr);
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
    if (remove >= 0) {
        people.erase(people.begin() + remove);
        view_dirty_ = changed = true;
    }
    return changed;
}

void RosterView::rebuild(const RosterModel& model) {
    view_ = model.view(search_, sort_, descending_);
    if (sort_ == RosterSort::none && descending_) std::reverse(view_.begin(), view_.end());
    viewed_size_ = model.people.size();
    view_dirty_ = false;
}

}  // namespace skillaid::ui
