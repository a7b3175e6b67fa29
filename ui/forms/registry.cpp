// The registry of form kinds. Add a row per kind (docs/ui.md).
#include <array>

#include "engine/routing.h"
#include "ui/forms.h"
#include "ui/strings.h"

namespace skillaid {

static const std::array kFormKinds = {
    FormKind{"training_application", text::form_training_application, 1, create_training_application},
    FormKind{"class_opening", text::form_class_opening, 1, create_class_opening},
    FormKind{"claim", text::form_claim, 1, create_claim},
    FormKind{"competition_plan", text::form_competition_plan, 1, create_competition_plan},
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

std::optional<RouteRequest> enterprise_route(int district, int ownership, const char* business) {
    static constexpr const char* kOwnershipIds[] = {"central_provincial", "state_owned", "other"};
    if (district < 0 || ownership < 0) return std::nullopt;
    RouteRequest r;
    r.organisation = "enterprise";
    r.ownership = kOwnershipIds[ownership];
    r.district = form_districts()[static_cast<size_t>(district)];
    r.business = business;
    return r;
}

}  // namespace skillaid
