// The view of the 职业技能竞赛方案 (附件5) and its 参赛选手信息登记表: draws a
// CompetitionPlanModel (engine/forms/competition_plan.h) and edits it; the
// photo boxes' thumbnails are view state (FormViewState::photos).
#include <cfloat>
#include <vector>

#include "engine/forms/competition_plan.h"
#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include "ui/a11y.h"
#include "ui/forms.h"
#include "ui/forms/form_parts.h"
#include "ui/forms/photo.h"
#include "ui/layout.h"
#include "ui/strings.h"
#include "ui/style.h"
#include "ui/test_hooks.h"

namespace skillaid {
namespace {

constexpr int kTextLines = 3;      // height of the multi-line fields
constexpr int kLongTextLines = 5;  // 技术要求, 竞赛要求

// Names of engine lists for select_field, built once.
const std::vector<const char*>& enterprise_type_names() {
    static std::vector<const char*> names;
    if (names.empty())
        for (int t = 0; t < enterprise_type_count; t++) names.push_back(enterprise_type_name(static_cast<EnterpriseType>(t)).data());
    return names;
}
const std::vector<const char*>& level_names() {
    static std::vector<const char*> names;
    if (names.empty())
        for (Level l : contestant_levels()) names.push_back(level_name(l).data());
    return names;
}

// A 命题人员 / 考评人员 list of the 命题裁判组: an add button, a table of text cells
// (× deletes a row), then the rows' messages (a red cell alone is not enough).
// Hooks: groups.judging.<list>.add, .<N>.<member> (+ .error), .<N>.delete; the
// list's own message (none yet) at groups.judging.<list>.error.
bool draw_staff_list(std::vector<CompetitionStaff>& list, int l, const Validation& v) {
    static constexpr const char* kMembers[] = {"name", "unit", "title", "qualification"};  // text::cp_staff_columns
    const ImVec4 error_bg(1.0f, 0.8f, 0.8f, 1.0f);  // as the roster's cells
    const std::string key = std::string("groups.judging.") + kCompetitionStaffListIds[l];
    bool changed = false;
    int remove = -1;
    ImGui::PushID(key.c_str());
    ui::field_label(text::cp_staff_titles[l]);
    std::string add = format_text(text::cp_staff_add_format, text::cp_staff_titles[l]);
    if (ImGui::Button(add.c_str())) {
        list.emplace_back();
        changed = true;
    }
    ui::hook(key + ".add", nullptr);
    ui::field_message(key.c_str(), v);
    const float em = ImGui::GetFontSize();
    // On phones the columns keep readable widths and the table scrolls sideways (as the roster).
    const bool narrow = ui::narrow_layout();
    const ImGuiStyle& style = ImGui::GetStyle();
    ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg |
                            (narrow ? ImGuiTableFlags_ScrollX | ImGuiTableFlags_SizingFixedFit : ImGuiTableFlags_SizingStretchProp);
    float height = narrow ? (ImGui::GetTextLineHeight() + (ImGui::GetFrameHeight() + style.CellPadding.y * 2) *
                                                              static_cast<float>(list.size()) +
                             style.CellPadding.y * 2 + style.ScrollbarSize + 4)
                          : 0.0f;
    if (!list.empty() && ImGui::BeginTable(narrow ? "##staff_x" : "##staff", 6, flags, ImVec2(0, height))) {
        const float weights[] = {1.0f, 2.0f, 1.3f, 1.6f}, widths_em[] = {5.0f, 10.0f, 6.5f, 8.0f};
        ImGui::TableSetupColumn(text::cp_staff_no, ImGuiTableColumnFlags_WidthFixed, em * 2.2f);
        for (int c = 0; c < 4; c++)
            ImGui::TableSetupColumn(text::cp_staff_columns[c],
                                    narrow ? ImGuiTableColumnFlags_WidthFixed : ImGuiTableColumnFlags_WidthStretch,
                                    narrow ? em * widths_em[c] : weights[c]);
        ImGui::TableSetupColumn("##delete", ImGuiTableColumnFlags_WidthFixed, ui::icon_button_width("×"));
        ImGui::TableHeadersRow();
        for (int i = 0; i < static_cast<int>(list.size()); i++) {
            CompetitionStaff& s = list[static_cast<size_t>(i)];
            std::string* members[] = {&s.name, &s.unit, &s.title, &s.qualification};
            std::string row = key + "." + std::to_string(i) + ".";
            ImGui::PushID(i);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            ImGui::Text("%d", i + 1);
            for (int c = 0; c < 4; c++) {
                ImGui::TableNextColumn();
                std::string cell = row + kMembers[c];
                const FieldIssue* issue = v.find(cell);
                if (issue) ImGui::PushStyleColor(ImGuiCol_FrameBg, error_bg);
                ImGui::SetNextItemWidth(-FLT_MIN);
                ImGui::PushID(c);
                changed |= ImGui::InputText("##c", members[c]);
                if (a11y::enabled()) {
                    a11y::name_last_item(format_text(text::a11y_cell_format, i + 1, text::cp_staff_columns[c]).c_str(),
                                         members[c]->c_str());
                    a11y::field_last_item();
                    a11y::field_error(issue ? issue->message.c_str() : nullptr, issue && issue->warning);
                }
                ImGui::PopID();
                if (issue) {
                    ImGui::PopStyleColor();
                    ImGui::SetItemTooltip("%s", issue->message.c_str());
                }
                ui::hook(cell, members[c]->c_str());
                ui::hook(cell + ".error", issue ? issue->message.c_str() : "");
            }
            ImGui::TableNextColumn();
            if (ui::icon_button("×")) remove = i;
            if (a11y::enabled()) a11y::name_last_item(format_text(text::a11y_row_delete_format, i + 1).c_str());
            ui::hook(row + "delete", nullptr);
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    for (const FieldIssue& issue : v.issues)
        if (issue.field.rfind(key + ".", 0) == 0)
            ImGui::TextColored(ui::tone_color(issue.warning ? ui::Tone::warning : ui::Tone::error), "%s：%s",
                               issue.label.c_str(), issue.message.c_str());
    if (remove >= 0) {
        list.erase(list.begin() + remove);
        changed = true;
    }
    ImGui::PopID();
    return changed;
}

// 六、竞赛说明's sub-sections (附件5 竞赛说明), below the plan's 技术要求.
bool draw_explanation(CompetitionPlanModel& m, const Validation& v) {
    bool changed = false;
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", text::cp_explanation_intro);
    ImGui::PopTextWrapPos();
    for (int i = 0; i < kCompetitionExplanationCount; i++) {
        std::string key = std::string("explanation.") + kCompetitionExplanationIds[i];
        changed |= parts::multiline_field(key.c_str(), text::cp_explanation_labels[i], m.explanation[static_cast<size_t>(i)],
                                          v, kTextLines, text::cp_explanation_hints[i]);
    }
    return changed;
}

// The 参赛选手守则 as printed: fixed text of the attachment (hook contestant_rules: all five).
void draw_contestant_rules() {
    const ContestantRules& r = contestant_rules();
    ImGui::TextUnformatted(r.title.c_str());
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", text::cp_rules_intro);
    std::string all;
    for (const std::string& rule : r.rules) {
        ImGui::TextWrapped("%s", rule.c_str());
        all += rule + "\n";
    }
    ImGui::PopTextWrapPos();
    ui::hook("contestant_rules", all.c_str());
}

// 赛前 / 赛后 deadlines as of the last validation (the model counts them; a calendar update re-validates).
void draw_deadlines(const CompetitionPlanModel& m) {
    const CompetitionDeadlines& d = m.shown_deadlines();
    if (d.lines.empty()) {
        ImGui::TextDisabled("%s", text::cp_deadline_pending);
        test_hook_item("deadlines", "");
        test_hook_item("deadlines.warning", "");
        return;
    }
    std::string all;
    for (const std::string& line : d.lines) {
        ImGui::Bullet();
        ImGui::TextWrapped("%s", line.c_str());  // a note about a day off makes the line long
        all += line + "\n";
    }
    test_hook_item("deadlines", all.c_str());
    parts::provisional_note("deadlines.warning", d.warning);
}

// What the page handed over for this photo box: a picked file (checked, then kept
// by the model) and thumbnails; a stored photo's thumbnail is asked for once.
void take_photo(Registration& r, photo::Slot& slot, FormContext& ctx) {
    photo::Arrival a;
    while (photo::take(slot.purpose(), a)) {
        if (a.picked) {
            std::string reason = photo::check_jpeg(a.bytes);
            if (reason.empty() && a.rgba.empty()) reason = text::reg_photo_undecodable;
            slot.notice = reason;
            if (!reason.empty()) continue;  // refused: the previous photo stays
            r.jpeg = std::move(a.bytes);
            ctx.changed = true;
        }
        if (!a.rgba.empty()) slot.thumb.upload(a.rgba.data(), a.width, a.height);
    }
    if (!r.jpeg.empty() && slot.thumb.empty() && !slot.decode_requested) {
        photo::decode(slot.purpose(), r.jpeg);
        slot.decode_requested = true;
    }
}

// The photo box (top right on paper): thumbnail, then the picker.
void draw_photo(const Registration& r, photo::Slot& slot, const std::string& k, const Validation& v) {
    ui::field_label(text::reg_photo);
    if (!slot.thumb.empty()) {
        float scale = ImGui::GetStyle().FontScaleDpi;
        ImGui::Image(ImTextureRef(slot.thumb.id()), ImVec2(static_cast<float>(slot.thumb.width()) * scale,
                                                           static_cast<float>(slot.thumb.height()) * scale));
        std::string size = format_text(text::reg_photo_size_format, slot.thumb.width(), slot.thumb.height(),
                                       static_cast<int>(r.jpeg.size() / 1024));
        ui::hook(k + "photo", size.c_str());
        ImGui::SameLine();
    } else {
        ui::hook(k + "photo", "");
    }
    if (ImGui::Button(r.jpeg.empty() ? text::reg_photo_pick : text::reg_photo_replace)) photo::pick(slot.purpose());
    ui::hook(k + "photo.pick", nullptr);
    ImGui::SameLine();
    ImGui::TextDisabled("%s", text::reg_photo_note);
    if (!slot.notice.empty()) ImGui::TextColored(ui::tone_color(ui::Tone::error), "%s", slot.notice.c_str());
    ui::hook(k + "photo.notice", slot.notice.c_str());
    ui::field_message((k + "photo").c_str(), v);
}

// One 登记表; returns true when its delete button was clicked.
bool draw_registration(CompetitionPlanModel& m, size_t i, photo::Slot& slot, FormContext& ctx) {
    const Validation& v = ctx.validation;
    bool& c = ctx.changed;
    Registration& r = m.registrations[i];
    take_photo(r, slot, ctx);
    std::string k = "reg." + std::to_string(i) + ".";
    auto key = [&](const char* field) { return k + field; };
    ImGui::PushID(slot.id);
    std::string header = format_text(text::reg_title_format, static_cast<int>(i) + 1, r.name.c_str()) + "###reg";
    if (!ImGui::CollapsingHeader(header.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
        ImGui::PopID();
        return false;
    }
    draw_photo(r, slot, k, v);
    c |= ui::text_field(key("name").c_str(), text::reg_name, r.name, v);
    c |= ui::select_field(key("sex").c_str(), text::reg_sex, r.sex, text::reg_sexes, IM_ARRAYSIZE(text::reg_sexes), v);
    c |= ui::select_field(key("political").c_str(), text::reg_political, r.political, text::reg_politicals,
                          IM_ARRAYSIZE(text::reg_politicals), v);
    c |= ui::text_field(key("education").c_str(), text::reg_education, r.education, v, text::reg_education_hint);
    c |= ui::text_field(key("ethnicity").c_str(), text::reg_ethnicity, r.ethnicity, v, text::reg_ethnicity_hint);
    if (ui::text_field(key("id").c_str(), text::reg_id, r.id, v)) {
        r.fill_from_id();
        c = true;
    }
    c |= ui::date_field(key("birth_date").c_str(), text::reg_birth, r.birth_date, v);
    c |= ui::text_field(key("qualification").c_str(), text::reg_qualification, r.qualification, v,
                        text::reg_qualification_hint);
    c |= ui::select_field(key("level").c_str(), text::reg_level, r.level, level_names().data(),
                          static_cast<int>(level_names().size()), v);
    c |= ui::text_field(key("workplace").c_str(), text::reg_workplace, r.workplace, v);
    ui::value_field(key("competition").c_str(), text::reg_competition, m.name);
    c |= ui::text_field(key("project").c_str(), text::reg_project, r.project, v);
    c |= ui::select_field(key("identity").c_str(), text::reg_identity, r.identity, text::reg_identities,
                          IM_ARRAYSIZE(text::reg_identities), v);
    c |= ui::text_field(key("address").c_str(), text::reg_address, r.address, v);
    c |= ui::text_field(key("social_security").c_str(), text::reg_social_security, r.social_security, v);
    c |= ui::text_field(key("mobile").c_str(), text::reg_mobile, r.mobile, v, nullptr, ui::kFieldWidthEm, ui::Keyboard::tel);
    c |= ui::text_field(key("email").c_str(), text::reg_email, r.email, v, nullptr, ui::kFieldWidthEm, ui::Keyboard::email);
    c |= ui::number_field(key("rank").c_str(), text::reg_rank, r.rank, v);
    ImGui::SameLine();
    ImGui::TextDisabled("%s", text::reg_rank_hint);
    bool remove = ImGui::SmallButton(text::reg_delete);
    ui::hook(key("delete"), nullptr);
    ImGui::PopID();
    return remove;
}

void draw_registrations(CompetitionPlanModel& m, FormContext& ctx) {
    std::vector<photo::Slot>& slots = ctx.view.photos;
    while (slots.size() < m.registrations.size()) slots.emplace_back().id = photo::new_slot_id();
    ui::section(text::reg_heading);
    if (ImGui::Button(text::reg_add)) {
        m.registrations.push_back(m.new_registration());
        slots.emplace_back().id = photo::new_slot_id();
        ctx.changed = true;
    }
    test_hook_item("reg.add", nullptr);
    ImGui::SameLine();
    ImGui::Text(text::reg_count_format, static_cast<int>(m.registrations.size()));
    for (size_t i = 0; i < m.registrations.size();) {
        if (!draw_registration(m, i, slots[i], ctx)) {
            i++;
            continue;
        }
        m.registrations.erase(m.registrations.begin() + static_cast<std::ptrdiff_t>(i));
        slots.erase(slots.begin() + static_cast<std::ptrdiff_t>(i));  // its thumbnail goes with it
        ctx.changed = true;
    }
}

}  // namespace

void draw_competition_plan(FormModel& model, FormContext& ctx) {
    CompetitionPlanModel& m = static_cast<CompetitionPlanModel&>(model);
    const Validation& v = ctx.validation;
    bool& c = ctx.changed;
    parts::focus_first_field(ctx);
    c |= ui::text_field("competition_name", text::cp_name, m.name, v, text::cp_name_hint);
    c |= ui::text_field("company_name", text::cp_company, m.company, v);

    ui::section(text::cp_s1);
    c |= parts::multiline_field("purpose", text::cp_purpose, m.purpose, v, kTextLines);

    ui::section(text::cp_s2);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", text::cp_office_intro);
    ImGui::PopTextWrapPos();
    c |= ui::text_field("office.location", text::cp_office_location, m.office_location, v);
    c |= ui::text_field("office.director", text::cp_office_director, m.office_director, v);
    c |= ui::text_field("office.members", text::cp_office_members, m.office_members, v);
    for (int g = 0; g < kCompetitionGroupCount; g++) {
        CompetitionGroup& group = m.groups[static_cast<size_t>(g)];
        ImGui::TextUnformatted(text::cp_group_titles[g]);
        std::string key = std::string("groups.") + kCompetitionGroupIds[g];
        c |= ui::text_field((key + ".leader").c_str(), text::cp_leader, group.leader, v);
        c |= ui::text_field((key + ".members").c_str(), text::cp_members, group.members, v);
        if (g == 1)  // 命题裁判组: 命题人员、考评人员
            for (int l = 0; l < kCompetitionStaffListCount; l++) c |= draw_staff_list(m.staff[static_cast<size_t>(l)], l, v);
        c |= parts::multiline_field((key + ".duties").c_str(), text::cp_duties, group.duties, v, kTextLines,
                                    text::cp_duties_hint);
    }

    ui::section(text::cp_s3);
    c |= ui::text_field("project", text::cp_project, m.project, v, text::cp_project_hint);
    c |= ui::select_field("standard", text::cp_standard, m.standard, text::cp_standard_levels,
                          IM_ARRAYSIZE(text::cp_standard_levels), v);

    ui::section(text::cp_s4);
    c |= parts::multiline_field("eligibility", text::cp_eligibility, m.eligibility, v, kTextLines);

    ui::section(text::cp_s5);
    c |= ui::date_field("date", text::cp_date, m.date, v);
    c |= ui::text_field("place", text::cp_place, m.place, v);
    draw_deadlines(m);

    ui::section(text::cp_s6);
    c |= parts::multiline_field("technical", text::cp_technical, m.technical, v, kLongTextLines, text::cp_technical_hint);
    c |= draw_explanation(m, v);
    ui::section(text::cp_s7);
    c |= parts::multiline_field("rewards", text::cp_rewards, m.rewards, v, kTextLines, text::cp_rewards_hint);
    ui::section(text::cp_s8);
    c |= parts::multiline_field("requirements", text::cp_requirements, m.requirements, v, kLongTextLines);
    draw_contestant_rules();

    ui::section(CompetitionPlanModel::enterprise_heading().c_str());
    c |= ui::number_field("participants", text::cp_participants, m.participants, v);
    c |= ui::select_field("enterprise_type", text::cp_enterprise_type, m.enterprise_type, enterprise_type_names().data(),
                          static_cast<int>(enterprise_type_names().size()), v);
    c |= ui::number_field("projects_subsidised", text::cp_projects_subsidised, m.projects_subsidised, v);
    c |= parts::check_field("project_subsidised", text::cp_this_project_subsidised, m.project_subsidised, v);
    c |= district_field(text::ta_district, m.district, v);
    c |= ui::select_field("ownership", text::ta_ownership, m.ownership, text::ta_ownerships,
                          IM_ARRAYSIZE(text::ta_ownerships), v);

    draw_registrations(m, ctx);
}

}  // namespace skillaid
