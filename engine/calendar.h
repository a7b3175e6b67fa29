// Working-day calendar (State Council holiday schedules, one embedded file a
// year) and the deadlines of notice 长人社联〔2020〕12号 counted on it.
#pragma once
#include <nlohmann/json.hpp>

namespace skillaid {

// {"event": "class_opening"|"assessment"|"competition"|"publicity",
//  "date": "YYYY-MM-DD"} -> the event's deadlines (contract "deadlines").
// Throws InputError: unknown_event (/event), invalid_date (/date),
// date_outside_calendar (/date).
nlohmann::json deadlines_for_event(const nlohmann::json& event);

}  // namespace skillaid
