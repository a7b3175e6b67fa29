#include "ui/draft_deadlines.h"

#include "engine/date.h"
#include "engine/errors.h"
#include "ui/forms/form_parts.h"

namespace skillaid {

std::vector<DraftDeadline> draft_deadlines(const FormKind& kind, const nlohmann::json& body) {
    std::vector<DraftDeadline> out;
    if (!kind.deadline_events) return out;
    for (const DraftEvent& e : kind.deadline_events(body)) {
        std::string date = parts::trimmed(e.date);
        if (date.empty()) continue;
        try {
            for (const Deadline& d : compute_deadlines(e.event, parse_date(date, "/date")))
                out.push_back(DraftDeadline{d.name, d.label, format_date(d.date), d.provisional_years});
        } catch (const InputError&) {
            // not a date, or outside the calendar: the form itself says so
        }
    }
    return out;
}

}  // namespace skillaid
