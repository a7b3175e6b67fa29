// Which labour bureau an application goes to (长人社联〔2020〕12号 五(一), 六(一))
// and whom to call there (附件6, assets/routing/offices.json).
//
// - enterprise, ownership "other": the district office where the enterprise is;
// - enterprise, ownership "central_provincial" (中省直) or "state_owned": 市人社局;
// - institution, level "district": the office of the training place;
// - institution, level "provincial" or "city" (省属、市属): 市人社局.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace skillaid {

struct RouteRequest {
    std::string organisation;       // "enterprise" | "institution"
    std::string ownership;          // enterprise: "central_provincial" | "state_owned" | "other"
    std::string institution_level;  // institution: "provincial" | "city" | "district"
    std::string district;           // where the enterprise is / the training place, e.g. "绿园区"
    std::string business;           // "enterprise_training" | "competition" | "difficulty_groups_training"
                                    // | "apprenticeship" | "institution_accreditation"
};

struct OfficeContact {  // one row of 附件6
    std::string unit, department, business, person, phone;
};

struct Route {
    std::string office;   // "市人社局" or a district name of 附件6, e.g. "绿园区"
    std::string level;    // "city" | "district"
    std::string clause;   // e.g. "五(一)；六(一)1"
    std::string rule;     // Chinese text of the rule applied
    std::vector<OfficeContact> contacts;  // rows for the business (all the unit's rows when none is specific)
    std::vector<std::string> notes;       // Chinese: missing rows, 六(三) own finance, data doubts
    bool own_finance = false;             // 六(三): the office asks its own finance bureau for the funds
};

// Throws InputError: unknown_organisation (/organisation), unknown_ownership
// (/ownership), unknown_institution_level (/institution_level), unknown_district
// (/district, message lists the districts), unknown_business (/business).
Route route_application(const RouteRequest& request);

// District names accepted in RouteRequest::district, in 附件6 order (公主岭市 last).
std::vector<std::string> routing_districts();
// The business ids of assets/routing/offices.json ("enterprise_training", ...), sorted by id.
std::vector<std::string> routing_businesses();
// The Chinese name of a business id ("enterprise_training" -> "企业职工培训"); the id itself when unknown.
std::string business_label(const std::string& business);

// Same as route_application with the RouteRequest fields as JSON members ->
// {"office", "level", "clause", "rule", "business", "business_label",
//  "contacts": [{"unit", "department", "business", "person", "phone"}],
//  "notes": [...], "own_finance"}.
nlohmann::json route_json(const nlohmann::json& request);

}  // namespace skillaid
