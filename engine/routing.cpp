#include "engine/routing.h"

#include "engine/assets.h"
#include "engine/errors.h"

namespace skillaid {

using nlohmann::json;

static const json& offices() {
    static const json data = json::parse(embedded_asset("routing/offices.json"));
    return data;
}

static const json* find_unit(const std::string& name) {
    for (const json& unit : offices().at("units"))
        if (unit.at("unit") == name) return &unit;
    return nullptr;
}

std::vector<std::string> routing_districts() {
    std::vector<std::string> names;
    for (const json& unit : offices().at("units"))
        if (unit.at("level") == "district") names.push_back(unit.at("unit").get<std::string>());
    return names;
}

std::vector<std::string> routing_businesses() {
    std::vector<std::string> ids;
    for (const auto& [id, label] : offices().at("businesses").items()) ids.push_back(id);
    return ids;
}

std::string business_label(const std::string& business) {
    const json& businesses = offices().at("businesses");
    const auto it = businesses.find(business);
    return it != businesses.end() ? it->get<std::string>() : business;
}


// Throws unless `value` is one of `allowed`; `labels` are the Chinese names shown.
static void require_one_of(const std::string& value, const std::vector<std::pair<const char*, const char*>>& allowed,
                           const char* what, const std::string& code, const std::string& path) {
    std::string list;
    for (const auto& [name, label] : allowed) {
        if (value == name) return;
        list += (list.empty() ? "" : "、") + std::string(name) + "（" + label + "）";
    }
    throw InputError(code, std::string(what) + "“" + value + "”未知：应为 " + list, path);
}

Route route_application(const RouteRequest& req) {
    require_one_of(req.organisation, {{"enterprise", "企业"}, {"institution", "社会培训机构"}}, "单位类型",
                   "unknown_organisation", "/organisation");
    bool to_city = false;
    std::string clause_key;
    if (req.organisation == "enterprise") {
        require_one_of(req.ownership, {{"central_provincial", "中省直企业"}, {"state_owned", "国有企业"}, {"other", "其他企业"}},
                       "企业性质", "unknown_ownership", "/ownership");
        to_city = req.ownership != "other";
        clause_key = to_city ? "enterprise_city" : "enterprise_local";
    } else {
        require_one_of(req.institution_level, {{"provincial", "省属"}, {"city", "市属"}, {"district", "县（市）区属及其他"}},
                       "培训机构隶属", "unknown_institution_level", "/institution_level");
        to_city = req.institution_level != "district";
        clause_key = to_city ? "institution_city" : "institution_local";
    }

    const json& businesses = offices().at("businesses");
    if (!businesses.contains(req.business)) {
        std::string list;
        for (const auto& [name, label] : businesses.items()) list += (list.empty() ? "" : "、") + name + "（" + label.get<std::string>() + "）";
        throw InputError("unknown_business", "业务“" + req.business + "”未知：应为 " + list, "/business");
    }

    // The district is needed when the application stays local; when given anyway it must be known.
    const json* district = req.district.empty() ? nullptr : find_unit(req.district);
    if ((district == nullptr || district->at("level") != "district") && (!to_city || !req.district.empty())) {
        std::string list;
        for (const std::string& name : routing_districts()) list += (list.empty() ? "" : "、") + name;
        std::string what = req.organisation == "enterprise" ? "企业所在地" : "培训地";
        throw InputError("unknown_district",
                         req.district.empty() ? "缺少" + what + "：应为 " + list
                                              : what + "“" + req.district + "”未知：应为 " + list,
                         "/district");
    }

    const json& unit = to_city ? *find_unit("市人社局") : *district;
    const json& clause = offices().at("clauses").at(clause_key);
    Route r;
    r.office = unit.at("unit").get<std::string>();
    r.level = unit.at("level").get<std::string>();
    r.clause = clause.at("clause").get<std::string>();
    r.rule = clause.at("text").get<std::string>();

    std::vector<OfficeContact> all, matching;
    for (const json& row : offices().at("contacts")) {
        if (row.at("unit") != r.office) continue;
        OfficeContact c{row.at("unit"), row.at("department"), row.at("business"), row.at("person"), row.at("phone")};
        all.push_back(c);
        for (const json& covered : row.at("covers"))
            if (covered == req.business) matching.push_back(c);
    }
    std::string label = businesses.at(req.business).get<std::string>();
    if (all.empty()) {
        // 公主岭市: no row at all; its unit note says whom to ask.
    } else if (matching.empty()) {
        r.notes.push_back("附件6中" + r.office + "没有专管“" + label + "”的联系人，列出该单位全部联系人");
        r.contacts = all;
    } else {
        r.contacts = matching;
    }
    if (unit.contains("note")) r.notes.push_back(unit.at("note").get<std::string>());
    r.own_finance = unit.value("own_finance", false);
    if (r.own_finance) {
        const json& own = offices().at("clauses").at("own_finance");
        r.notes.push_back(r.office + "属外县（市）（含九台区）：" + own.at("text").get<std::string>() + "（" + own.at("clause").get<std::string>() + "）");
    }
    return r;
}

// Optional string member: "" when absent; InputError when not a string.
static std::string string_member(const json& request, const char* key, const std::string& code) {
    if (!request.contains(key)) return "";
    if (!request[key].is_string()) throw InputError(code, std::string("“") + key + "”应为字符串", std::string("/") + key);
    return request[key].get<std::string>();
}

json route_json(const json& request) {
    if (!request.is_object()) throw InputError("unknown_organisation", "请求应为 JSON 对象", "");
    RouteRequest req;
    req.organisation = string_member(request, "organisation", "unknown_organisation");
    req.ownership = string_member(request, "ownership", "unknown_ownership");
    req.institution_level = string_member(request, "institution_level", "unknown_institution_level");
    req.district = string_member(request, "district", "unknown_district");
    req.business = string_member(request, "business", "unknown_business");
    Route r = route_application(req);
    json contacts = json::array();
    for (const OfficeContact& c : r.contacts)
        contacts.push_back({{"unit", c.unit}, {"department", c.department}, {"business", c.business}, {"person", c.person}, {"phone", c.phone}});
    return {{"office", r.office},
            {"level", r.level},
            {"clause", r.clause},
            {"rule", r.rule},
            {"business", req.business},
            {"business_label", offices().at("businesses").at(req.business)},
            {"contacts", contacts},
            {"notes", r.notes},
            {"own_finance", r.own_finance}};
}

}  // namespace skillaid
