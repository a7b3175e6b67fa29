// The registry of form kinds. Add a row per kind (docs/ui.md).
#include <array>

#include "engine/routing.h"
#include "ui/forms.h"
#include "ui/strings.h"

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
    FormKind{"training_application", text::form_training_application, 1, create_training_application},
    FormKind{"class_opening", text::form_class_opening, 1, create_class_opening, class_opening_events},
    FormKind{"claim", text::form_claim, 1, create_claim},
    FormKind{"competition_plan", text::form_competition_plan, 1, create_competition_plan, competition_plan_events},
    FormKind{"platform_application", text::form_platform_application, 1, create_platform_application},
};

std::span<const FormKind> form_kinds() { return kFormKinds; }

const FormKind* find_form_kind(std::string_view id) {
    for (const FormKind& k : kFormKinds)
        if (id == k.id) return &k;
    return nullptr;
}

std::string html_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

const std::vector<std::string>& form_districts() {
    static const std::vector<std::string> d = routing_districts();
    return d;
}

bool district_field(const char* label, int& district, const Validation& v) {
    static std::vector<const char*> names;
    if (names.empty())
        for (const std::string& d : form_districts()) names.push_back(d.c_str());
    return ui::select_field("district", label, district, names.data(), static_cast<int>(names.size()), v);
}

std::string district_name(int district) {
    return district >= 0 ? form_districts()[static_cast<size_t>(district)] : "";
}

int district_index(const std::string& name) {
    const std::vector<std::string>& d = form_districts();
    for (size_t i = 0; i < d.size(); i++)
        if (d[i] == name) return static_cast<int>(i);
    return -1;
}

std::optional<RouteRequest> enterprise_route(int district, int ownership, const char* business) {
    static constexpr const char* kOwnershipIds[] = {"central_provincial", "state_owned", "other"};
    if (district < 0 || ownership < 0) return std::nullopt;
    RouteRequest r;
    r.organisation = "enterprise";
    r.ownership = kOwnershipIds[ownership];
    r.district = district_name(district);
    r.business = business;
    return r;
}

}  // namespace skillaid
