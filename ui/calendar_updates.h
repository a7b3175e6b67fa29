// Calendar years as data (issue 11, docs/ui.md "Calendar updates"): the
// official holiday schedules the server has beyond the embedded ones are
// fetched, checked, kept in the page's SQLite (table calendar_years) and
// installed into WorkCalendar::current(); at start the stored years are
// installed before anything counts a deadline, so they work offline. When an
// install moves a deadline of a draft not yet sent, a notice says so (table
// calendar_notices) until the user dismisses it.
//
// HTTP: GET <server>/api/v1/calendar, then /api/v1/calendar/{year} for each
// year whose digest differs from ours, through web/sync.js (getText) on a path
// of its own: the sync client's one request at a time is not disturbed.
#pragma once
#include <string>
#include <utility>
#include <vector>

namespace skillaid {

struct AppState;

inline constexpr double kCalendarCheckIntervalMs = 3 * 3600 * 1000.0;  // again while the app stays open
inline constexpr double kCalendarRetryMs = 10 * 60 * 1000.0;           // after a check that got no answer
inline constexpr double kCalendarRequestTimeoutMs = 90000.0;           // an answer not back by then is a failure

struct CalendarNotice {
    long long id = 0;
    std::string draft_id;  // "" = about a year (首页 only); else also shown in that draft
    std::string text;
};

struct CalendarUpdates {
    double next_check_ms = 0;  // 0: at the first frame the app is online
    bool was_online = false;
    enum class Step { idle, listing, fetching } step = Step::idle;
    int request_id = 0;
    double started_ms = 0;
    std::vector<std::pair<int, std::string>> wanted;   // year, listed digest: still to fetch this round
    std::vector<std::pair<int, std::string>> fetched;  // year, checked file text: to install at the round's end
    std::vector<CalendarNotice> notices;               // oldest first
};

// After the store opened, before anything counts a deadline: installs the
// stored years (dropping any that no longer validate) and loads the notices.
void calendar_init(AppState& app);
// Each frame: starts a check when due (first online frame, every
// kCalendarCheckIntervalMs, back online) and takes the answers.
void calendar_frame(AppState& app);
void calendar_dismiss(AppState& app, long long notice_id);
// Changes whenever the installed years change: whatever caches deadlines or
// day kinds recomputes when it differs from the value it computed with.
int calendar_generation();

}  // namespace skillaid
