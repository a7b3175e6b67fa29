// Pieces shared by the form models: the offices a form can be sent to, the
// enterprise route, id <-> index lookups of the choice fields, and the date
// range check. No ImGui (ui/forms/form_parts.h draws).
#pragma once
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/catalog.h"
#include "engine/date.h"
#include "engine/forms/validation.h"
#include "engine/policy.h"
#include "engine/routing.h"

namespace skillaid {

// The offices of engine/routing.h, in its order. Models keep an index into it
// (-1 = not chosen) and store the office's name in their bodies.
const std::vector<std::string>& form_districts();
std::string district_name(int district);        // "" when not chosen
int district_index(const std::string& name);     // -1 when unknown

// The route of an enterprise's application: `district` indexes form_districts(),
// `ownership` is 0 中省直, 1 国有, 2 其他; nullopt until both are chosen.
std::optional<RouteRequest> enterprise_route(int district, int ownership, std::string_view business);
// The ids `ownership` is stored as in a body (and sent to routing), in that order.
inline constexpr const char* kEnterpriseOwnershipIds[] = {"central_provincial", "state_owned", "other"};
// The ids a training institution's `institution_level` is stored as (and sent to
// routing): 0 省属, 1 市属, 2 区县（开发区）认定.
inline constexpr const char* kTrainingInstitutionLevelIds[] = {"provincial", "city", "district"};

// An attachment-1 occupation chosen by a form: the catalog number and the text
// typed (kept even when it matches nothing, so nothing typed is lost). Stored
// as "occupation" (number, 0 = none) and "occupation_text".
struct OccupationChoice {
    int number = 0;     // chosen catalog number, 0 = none
    std::string query;  // what the field shows
    // Sets the choice (and the text) from a stored number; unknown -> none with `fallback_text`.
    void set(int catalog_number, const std::string& fallback_text = "");
    const Occupation* chosen() const { return number ? find_occupation(number) : nullptr; }
};

// The levels a person is trained, assessed or claimed at (Level::none left
// out), lowest first: the one list every form's level choice indexes.
std::span<const Level> training_levels();
// The schemes whose forms go to `business` (the policy data's "business" of
// each scheme, in the version in force last), in Scheme order.
std::vector<Scheme> schemes_of_business(std::string_view business);

// Index of `id` among `ids` (-1 when absent or empty).
int index_of(std::span<const char* const> ids, std::string_view id);
// ids[i], "" for i < 0.
std::string id_at(std::span<const char* const> ids, int i);

// A required "from – to" pair of dates typed as YYYY-MM-DD: a message at each
// missing or invalid field, and at `to_field` when `to` is before `from`.
// Returns true (with both dates set) when both are valid dates.
struct DateField {
    const char* key;    // widget key (and body member unless `path` is set)
    const char* label;
    const std::string& text;
    const char* path = nullptr;  // JSON Pointer when the body nests it
};
bool check_date_range(Validation& v, const DateField& from_field, const DateField& to_field,
                      const char* order_message, Date& from, Date& to);

// A mobile number (check_mobile) or a landline: area code 0 + 2-3 digits, then
// 7-8 digits ("0431-89871357"); spaces and dashes ignored.
bool phone_ok(const std::string& p);

}  // namespace skillaid
