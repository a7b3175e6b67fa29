// 时限计算: an event (开班, 考核, 竞赛, 公示) and its date -> the deadlines of
// 长人社联〔2020〕12号 (engine compute_deadlines), each with its clause, on a
// month calendar of the working days (WorkCalendar::current().day_kind).
// A year without an official schedule is provisional: its dates say 暂定 and
// the engine's warning is shown above the results and the month.
// Deadlines are recomputed when the event or date changes, the month's day
// kinds when the shown month changes, both when the installed calendar years
// change (calendar_generation()); never per frame.
#include <string>
#include <vector>

#include "engine/calendar.h"
#include "engine/date.h"
#include "engine/errors.h"
#include "engine/forms/text.h"
#include "imgui.h"
#include "ui/app.h"
#include "ui/calendar_updates.h"
#include "ui/strings.h"
#include "ui/style.h"
#include "ui/test_hooks.h"
#include "ui/widgets.h"

namespace skillaid {
namespace {

constexpr const char* kEventIds[] = {"class_opening", "assessment", "competition", "publicity"};
constexpr int kEventCount = static_cast<int>(std::size(kEventIds));
constexpr int kDaysPerWeek = 7;
constexpr int kMonthsPerYear = 12;
constexpr int kNotCovered = -1;  // day kind of a day outside the calendar
constexpr float kCellHeightEm = 2.8f;  // tall enough to tap
const ImU32 kHolidayBg = IM_COL32(250, 205, 205, 255);
const ImU32 kWeekendBg = IM_COL32(232, 232, 232, 255);
const ImU32 kMakeupBg = IM_COL32(255, 222, 170, 255);
const ImU32 kDeadlineBg = IM_COL32(190, 235, 190, 255);
const ImU32 kEventBorder = IM_COL32(30, 90, 200, 255);
constexpr float kEventBorderPx = 2.5f;

using Planner = PlannerState;  // ui/screen_state.h

void recompute(Planner& p) {
    bool new_date = p.computed.substr(p.computed.find('|') + 1) != p.date_text;
    p.computed = std::string(kEventIds[p.event]) + "|" + p.date_text;
    p.deadlines.clear();
    p.years.clear();
    p.warning.clear();
    p.error.clear();
    p.generation = calendar_generation();
    p.has_event = false;
    std::string t = p.date_text;
    while (!t.empty() && t.back() == ' ') t.pop_back();
    while (!t.empty() && t.front() == ' ') t.erase(t.begin());
    if (t.empty()) return;
    try {
        p.event_date = parse_date(t, "/date");
        p.deadlines = compute_deadlines(kEventIds[p.event], p.event_date);
        for (const Deadline& d : p.deadlines) p.years.insert(d.provisional_years.begin(), d.provisional_years.end());
        p.warning = provisional_warning(p.years);
        p.has_event = true;
        if (new_date) {  // show the event's month (not when only the event kind changed)
            p.year = p.event_date.year;
            p.month = p.event_date.month;
        }
    } catch (const InputError& e) {
        p.error = e.message;
    }
}

// "02-05、02-06" of the days in `month`.
std::string days_in(const std::vector<Date>& days, int month) {
    std::string out;
    for (const Date& d : days)
        if (d.month == month) out += (out.empty() ? "" : "、") + format_date(d).substr(5);
    return out;
}

// "春节 02-05、…、02-08，补假 02-09、02-10；…": the provisional holidays of the shown month.
std::string month_holidays(const WorkCalendar& cal, int year, int month) {
    std::string out;
    for (const ProvisionalHoliday& h : cal.provisional_holidays(year)) {
        std::string days = days_in(h.days, month), makeup = days_in(h.makeup, month);
        if (days.empty() && makeup.empty()) continue;
        out += (out.empty() ? "" : "；") + h.name + " " + days;
        if (!makeup.empty()) out += (days.empty() ? "" : "，") + std::string(text::cal_makeup_word) + " " + makeup;
    }
    return out;
}

void load_kinds(Planner& p) {
    const WorkCalendar& cal = WorkCalendar::current();
    p.kinds_generation = calendar_generation();
    p.month_provisional = cal.is_provisional(p.year);
    p.month_warning = p.month_provisional ? provisional_warning({p.year}) : "";
    p.month_days.clear();
    if (p.month_provisional) {
        std::string days = month_holidays(cal, p.year, p.month);
        p.month_days = days.empty() ? std::string(text::dl_month_provisional_none)
                                    : format_text(text::dl_month_provisional_days, days.c_str());
    }
    int n = days_in_month(p.year, p.month);
    p.kinds.assign(static_cast<size_t>(n), kNotCovered);
    for (int d = 1; d <= n; d++) {
        Date day{p.year, p.month, d};
        if (cal.covers(day)) p.kinds[static_cast<size_t>(d - 1)] = static_cast<int>(cal.day_kind(day));
    }
    p.kinds_year = p.year;
    p.kinds_month = p.month;
}

void step_month(Planner& p, int delta) {
    int m = p.year * kMonthsPerYear + (p.month - 1) + delta;
    p.year = m / kMonthsPerYear;
    p.month = m % kMonthsPerYear + 1;
}

void draw_results(Planner& p) {
    if (!p.error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ui::tone_color(ui::Tone::error));
        ImGui::TextWrapped("%s", p.error.c_str());
        ImGui::PopStyleColor();
        test_hook_item("deadlines.error", p.error.c_str());
        test_hook_item("deadlines.warning", "");
        return;
    }
    test_hook_item("deadlines.error", "");
    if (!p.has_event) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("%s", text::dl_prompt);
        ImGui::PopTextWrapPos();
        test_hook_item("deadlines.warning", "");
        return;
    }
    ui::section(text::dl_results);
    if (!p.warning.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ui::tone_color(ui::Tone::warning));
        ImGui::TextWrapped("%s", p.warning.c_str());
        ImGui::PopStyleColor();
    }
    test_hook_item("deadlines.warning", p.warning.c_str());
    for (const Deadline& d : p.deadlines) {
        std::string date = format_date(d.date);
        ImGui::PushID(d.name.c_str());
        ImGui::Bullet();
        if (d.provisional_years.empty()) ImGui::Text("%s：%s", d.label.c_str(), date.c_str());
        else ImGui::Text("%s：%s（%s）", d.label.c_str(), date.c_str(), text::cal_provisional_tag);
        test_hook_item(("deadlines." + d.name).c_str(), date.c_str());
        ImGui::SameLine();
        ImGui::TextDisabled(text::clause_format, d.clause.c_str());
        ImGui::SameLine();
        if (ImGui::SmallButton(text::dl_jump)) {
            p.year = d.date.year;
            p.month = d.date.month;
        }
        ImGui::Indent();
        ImGui::TextDisabled("%s", d.explain.c_str());
        if (!d.note.empty()) ImGui::TextColored(ui::tone_color(ui::Tone::warning), "%s%s", text::dl_note_prefix, d.note.c_str());
        ImGui::Unindent();
        ImGui::PopID();
    }
}

// Monday-first month grid; clicking (or Enter on) a day makes it the event date.
void draw_month(Planner& p) {
    if (ImGui::Button(text::dl_prev_month)) step_month(p, -1);
    test_hook_item("calendar.prev", nullptr);
    ImGui::SameLine();
    char title[32];
    std::snprintf(title, sizeof title, text::dl_month_format, p.year, p.month);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(title);
    char month_id[16];
    std::snprintf(month_id, sizeof month_id, "%04d-%02d", p.year, p.month);
    test_hook_item("calendar.month", month_id);
    ImGui::SameLine();
    if (ImGui::Button(text::dl_next_month)) step_month(p, 1);
    test_hook_item("calendar.next", nullptr);
    if (!ImGui::GetIO().WantTextInput) {
        if (ImGui::IsKeyPressed(ImGuiKey_PageUp)) step_month(p, -1);
        if (ImGui::IsKeyPressed(ImGuiKey_PageDown)) step_month(p, 1);
    }
    if (p.kinds_year != p.year || p.kinds_month != p.month || p.kinds_generation != calendar_generation())
        load_kinds(p);  // only when the month (or the installed calendar) changed

    const WorkCalendar& cal = WorkCalendar::current();
    if (!p.kinds.empty() && p.kinds[0] == kNotCovered)
        ImGui::TextColored(ui::tone_color(ui::Tone::warning), text::dl_month_outside, cal.first_covered_year(), cal.last_covered_year());
    if (p.month_provisional) {
        ImGui::PushStyleColor(ImGuiCol_Text, ui::tone_color(ui::Tone::warning));
        if (!p.has_event || !p.years.count(p.year)) ImGui::TextWrapped("%s", p.month_warning.c_str());  // else said above
        ImGui::TextWrapped("%s", p.month_days.c_str());
        ImGui::PopStyleColor();
    }
    test_hook_item("calendar.provisional", p.month_provisional ? p.month_days.c_str() : "");

    float em = ImGui::GetFontSize();
    ImGuiTableFlags flags = ImGuiTableFlags_BordersInner | ImGuiTableFlags_SizingStretchSame;
    if (!ImGui::BeginTable("##month", kDaysPerWeek, flags)) return;
    for (const char* w : text::dl_weekdays) ImGui::TableSetupColumn(w);
    ImGui::TableHeadersRow();
    int lead = (weekday(Date{p.year, p.month, 1}) + kDaysPerWeek - 1) % kDaysPerWeek;  // Monday = 0
    int n = static_cast<int>(p.kinds.size());
    ImGui::TableNextRow();
    for (int i = 0; i < lead; i++) ImGui::TableNextColumn();
    for (int d = 1; d <= n; d++) {
        ImGui::TableNextColumn();
        Date day{p.year, p.month, d};
        int kind = p.kinds[static_cast<size_t>(d - 1)];
        bool is_event = p.has_event && day == p.event_date;
        bool is_deadline = false;
        for (const Deadline& dl : p.deadlines) is_deadline |= p.has_event && dl.date == day;
        if (is_deadline) ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, kDeadlineBg);
        else if (kind == static_cast<int>(DayKind::holiday)) ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, kHolidayBg);
        else if (kind == static_cast<int>(DayKind::weekend)) ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, kWeekendBg);
        else if (kind == static_cast<int>(DayKind::makeup_workday)) ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, kMakeupBg);
        std::string label = std::to_string(d) + "\n";
        if (kind == static_cast<int>(DayKind::holiday))
            label += p.month_provisional ? text::dl_tag_holiday_provisional : text::dl_tag_holiday;
        else if (kind == static_cast<int>(DayKind::makeup_workday)) label += text::dl_tag_makeup;
        if (is_event) label += text::dl_tag_event;
        if (is_deadline) label += text::dl_tag_deadline;
        std::string iso = format_date(day);
        ImGui::PushID(d);
        if (ImGui::Selectable(label.c_str(), is_event, ImGuiSelectableFlags_None, ImVec2(0, em * kCellHeightEm)))
            p.date_text = iso;
        if (is_event)
            ImGui::GetWindowDrawList()->AddRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), kEventBorder, 0.0f, 0,
                                                kEventBorderPx);
        ImGui::PopID();
#ifdef SKILLAID_TEST_HOOKS
        std::string marks = kind == kNotCovered ? "outside" : day_kind_name(static_cast<DayKind>(kind));
        if (is_event) marks += " event";
        if (is_deadline) marks += " deadline";
        if (kind == static_cast<int>(DayKind::holiday) && p.month_provisional) marks += " provisional";
        test_hook_item(("calendar.day." + iso).c_str(), marks.c_str());
#endif
    }
    ImGui::EndTable();
    ImGui::PushTextWrapPos(0.0f);  // phones: the legend wraps
    ImGui::TextDisabled("%s", text::dl_legend);
    if (p.month_provisional) ImGui::TextDisabled("%s", text::dl_legend_provisional);
    ImGui::PopTextWrapPos();
}

}  // namespace

void draw_deadlines(AppState& app) {
    Planner& p = app.planner;
    if (p.year == 0) {  // start on today's month
        Date today = parse_date(app.today, "/today");
        p.year = today.year;
        p.month = today.month;
    }
    ui::section(text::nav_deadlines);
    static const Validation none;
    ui::select_field("deadlines.event", text::dl_event, p.event, text::dl_events, kEventCount, none);
    ui::date_field("deadlines.date", text::dl_date_labels[p.event], p.date_text, none);
    if (p.computed != std::string(kEventIds[p.event]) + "|" + p.date_text || p.generation != calendar_generation())
        recompute(p);  // only on change
    // The month first, the results below it: picking a day adds result lines, and a calendar drawn under
    // them would move under the pointer (issue 13 part 4).
    draw_month(p);
    ImGui::Spacing();
    draw_results(p);
}

}  // namespace skillaid
