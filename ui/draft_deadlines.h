// The deadlines a stored draft's dates give (issue 11): each form kind names
// its dated events (FormKind::deadline_events, ui/forms/registry.cpp); this
// counts them on WorkCalendar::current(). The calendar updates
// (ui/calendar_updates.cpp) compare them before and after installing a year.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/calendar.h"
#include "ui/forms.h"

namespace skillaid {

struct DraftDeadline {
    std::string name;   // "apply_by", "materials_by", ...
    std::string label;  // Chinese, e.g. "开班申请截止"
    std::string date;   // "YYYY-MM-DD"
    YearsUsed provisional_years;
};

// Empty for a kind without deadlines and for events whose date is missing,
// invalid or outside the calendar.
std::vector<DraftDeadline> draft_deadlines(const FormKind& kind, const nlohmann::json& body);

}  // namespace skillaid
