// The views of the form kinds (the kinds themselves: engine/forms/registry.cpp).
#include <array>
#include <vector>

#include "engine/forms/fields.h"
#include "ui/forms.h"

namespace skillaid {

static const std::array kFormViews = {
    FormView{"training_application", draw_training_application},
    FormView{"class_opening", draw_class_opening},
    FormView{"claim", draw_claim},
    FormView{"competition_plan", draw_competition_plan},
    FormView{"platform_application", draw_platform_application},
};

const FormView* find_form_view(std::string_view kind) {
    for (const FormView& v : kFormViews)
        if (kind == v.kind) return &v;
    return nullptr;
}

bool district_field(const char* label, int& district, const Validation& v) {
    static std::vector<const char*> names;
    if (names.empty())
        for (const std::string& d : form_districts()) names.push_back(d.c_str());
    return ui::select_field("district", label, district, names.data(), static_cast<int>(names.size()), v);
}

bool level_field(const char* label, int& level, const Validation& v, const char* key) {
    static std::vector<const char*> names;  // constant: the names of training_levels()
    if (names.empty())
        for (Level l : training_levels()) names.push_back(level_name(l).data());
    return ui::select_field(key, label, level, names.data(), static_cast<int>(names.size()), v);
}

bool scheme_field(const char* label, int& scheme, std::span<const Scheme> schemes, const Validation& v) {
    std::vector<const char*> names;  // at most scheme_count pointers into the policy data
    names.reserve(schemes.size());
    for (Scheme s : schemes) names.push_back(policy_versions().back().rules(s).name.c_str());
    return ui::select_field("scheme", label, scheme, names.data(), static_cast<int>(names.size()), v);
}

}  // namespace skillaid
