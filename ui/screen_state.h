// What the screens keep between frames, owned by AppState (ui/app.h): the
// inputs typed and the results computed from them on change. The screens
// (ui/screens/*.cpp) draw from and into these; nothing of it is function-local.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/calendar.h"
#include "engine/catalog.h"
#include "engine/date.h"
#include "engine/forms/fields.h"
#include "engine/forms/office_documents.h"
#include "engine/policy.h"
#include "ui/estimate_view.h"
#include "ui/occupation_picker.h"

namespace skillaid {

// 快速测算 (ui/screens/quick_estimate.cpp): the inputs and the engine's answer.
struct QuickEstimateState {
    int scheme = 0;
    std::string date;
    OccupationChoice occupation;
    ui::OccupationPicker occupation_picker;
    int level = -1, group = -1, enterprise = -1;
    long long hours_offline = 0, hours_online = 0, attendance = 100, count = 1;
    // Starts at the competition's minimum per project (三(一)5), from the policy file.
    long long participants = policy_versions().back().competition.min_participants.value;
    long long days = 0, months = 0;
    bool unemployment_insurance = false;
    bool dirty = true;            // an input changed: run the engine before drawing the result
    const PolicyVersion* policy = nullptr;  // in force on `date` at the last run (null: the latest)
    nlohmann::json result;        // engine answer or {"error": ...}
    ui::EstimateSummary summary;  // of `result`
};

// 时限计算 (ui/screens/deadlines.cpp): event and date, their deadlines, the shown month.
struct PlannerState {
    int event = 0;
    std::string date_text;
    std::string computed = "\x01";  // event + date last computed
    bool has_event = false;
    Date event_date{};
    std::vector<Deadline> deadlines;
    YearsUsed years;                       // provisional years the deadlines used
    std::string warning;                   // provisional_warning(years), "" when official
    std::string error;
    int generation = -1;                   // calendar_generation() the results were computed with
    int year = 0, month = 0;               // shown month
    int kinds_year = 0, kinds_month = 0;   // month the kinds below belong to
    std::vector<int> kinds;                // DayKind by day-1, or -1 outside the calendar
    bool month_provisional = false;        // the shown month's year has no official schedule
    std::string month_warning;             // then: provisional_warning and the month's holidays
    std::string month_days;
    int kinds_generation = -1;
};

// 工种目录 (ui/screens/catalog.cpp): the query and its rows, searched when the query changed.
struct CatalogState {
    std::string query;
    std::string searched = "\x01";  // forces the first search
    std::vector<const Occupation*> rows;
    int cls = 0;               // 0 全部, 1..3 A/B/C
    bool urgent_only = false;  // 只看急需紧缺
    int category = 0;          // 0 全部, else categories()[category - 1]
};

// 首页 (ui/screens/home.cpp).
struct HomeState {
    std::string pending_delete;  // draft id awaiting confirmation
    std::string pending_title;
    int years_generation = -1;   // calendar_generation() of the two lines below
    std::string years_line, years_list;
};

// 审核工作台 (ui/screens/review*.cpp): the reviewer's filters, selection, the
// open submission, the action being confirmed, and what is derived from the
// cache (recomputed when ReviewSync::generation or a filter changes).
struct WorkbenchState {
    enum class Tab { queue, detail, summary, publicity } tab = Tab::queue;
    // 队列: filters (index 0 = 全部), the rows they keep (indexes into ReviewSync::items, due first).
    int status = 0, kind = 0, business = 0;
    std::string organisation, date_from, date_to;
    bool overdue_only = false;
    std::vector<std::string> kinds, businesses;  // the filter options: what the cache holds
    std::vector<std::string> kind_names, business_names;
    std::vector<int> rows;
    std::string rows_key = "\x01";  // filters + generation the rows were computed for
    std::vector<std::string> selected;  // ids of accepted claims ticked for 开始公示
    std::string batch_date;
    // 详情: the open submission and the inputs of its actions.
    std::string open_id;
    std::string reason, date, voucher;
    std::string confirm;             // the action awaiting 确认 ("" none; "batch": the queue's 开始公示)
    bool confirm_requested = false;  // open the modal this frame
    std::string detail_key;          // id + generation of what is derived below
    nlohmann::json detail;           // the cached detail, parsed (null until fetched)
    std::vector<std::string> history;  // its history, one line per step (ui/sync.h history_lines)
    // 汇总
    int year = 0;
    int report_asked = 0;  // the year whose report was asked on opening (once each)
    // 公示名单: the publicity start picked among the cache's publicized claims.
    int publicity_pick = 0;
    std::string publicity_key = "\x01";     // generation + pick the list below was made for
    std::vector<std::string> publicity_starts;  // newest first
    std::string publicity_ends;                 // the picked start's end day (review_dates)
    std::vector<PublicityRow> publicity_rows;   // of the picked start's claims (engine office_documents.h)
    int publicity_missing = 0;                  // its claims whose detail is not cached yet
};

}  // namespace skillaid
