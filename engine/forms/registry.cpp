// The registry of form kinds. Add a row per kind (docs/ui.md "Adding a form").
#include <array>

#include "engine/forms/claim.h"
#include "engine/forms/competition_plan.h"
#include "engine/forms/form.h"
#include "engine/forms/texts.h"

namespace skillaid {

// The deadline events of a stored body, per kind (the fields the forms count
// their deadlines from): 开班 from the first class day, 竞赛 from the competition day.
static std::vector<DraftEvent> event_from(const nlohmann::json& body, const char* event, const char* field) {
    if (!body.is_object() || !body.contains(field) || !body[field].is_string()) return {};
    return {DraftEvent{event, body[field].get<std::string>()}};
}
static std::vector<DraftEvent> class_opening_events(const nlohmann::json& body) {
    return event_from(body, "class_opening", "date_from");
}
static std::vector<DraftEvent> competition_plan_events(const nlohmann::json& body) {
    return event_from(body, "competition", "date");
}

static const std::array kFormKinds = {
    FormKind{"training_application", text::form_training_application, 1, create_training_application_model, nullptr,
             "application", "enterprise_training"},
    FormKind{"class_opening", text::form_class_opening, 1, create_class_opening_model, class_opening_events,
             "application", "enterprise_training"},
    FormKind{"claim", text::form_claim, kClaimFormat, create_claim_model, nullptr, "claim",
             "enterprise_training"},
    FormKind{"competition_plan", text::form_competition_plan, kCompetitionPlanFormat, create_competition_plan_model,
             competition_plan_events, "competition_plan", "competition"},
    FormKind{"platform_application", text::form_platform_application, 1, create_platform_application_model, nullptr,
             "platform_application", "institution_accreditation", false},
};

std::span<const FormKind> form_kinds() { return kFormKinds; }

const FormKind* find_form_kind(std::string_view id) {
    for (const FormKind& k : kFormKinds)
        if (id == k.id) return &k;
    return nullptr;
}

}  // namespace skillaid
