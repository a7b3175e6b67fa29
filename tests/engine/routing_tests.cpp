// Routing per 五(一) / 六(一) and the contact rows of 附件6.
#include <boost/test/unit_test.hpp>

#include "engine/assets.h"
#include "engine/errors.h"
#include "expect_error.h"
#include "engine/routing.h"

using namespace skillaid;
using nlohmann::json;

static json route(const char* organisation, const char* kind_key, const char* kind, const char* district, const char* business) {
    json req = {{"organisation", organisation}, {kind_key, kind}, {"business", business}};
    if (district[0]) req["district"] = district;
    return route_json(req);
}

static std::vector<std::string> people(const json& out) {
    std::vector<std::string> names;
    for (const json& c : out["contacts"]) names.push_back(c["person"].get<std::string>());
    return names;
}

static bool has_note(const json& out, const std::string& part) {
    for (const json& n : out["notes"])
        if (n.get<std::string>().find(part) != std::string::npos) return true;
    return false;
}

BOOST_AUTO_TEST_SUITE(routing)

BOOST_AUTO_TEST_CASE(attachment_6_has_23_rows_and_15_offices) {
    json data = json::parse(embedded_asset("routing/offices.json"));
    BOOST_TEST(data["contacts"].size() == 23u);
    std::vector<std::string> districts = routing_districts();
    BOOST_TEST(districts.size() == 16u);  // the 15 of 附件6 and 公主岭市
    BOOST_TEST(districts.front() == "朝阳区");
    BOOST_TEST(districts.back() == "公主岭市");
    for (const json& row : data["contacts"]) BOOST_TEST(!row["covers"].empty());
}

BOOST_AUTO_TEST_CASE(ordinary_enterprise_goes_to_its_district) {
    json out = route("enterprise", "ownership", "other", "绿园区", "enterprise_training");
    BOOST_TEST(out["office"] == "绿园区");
    BOOST_TEST(out["level"] == "district");
    BOOST_TEST(out["clause"] == "五(一)；六(一)1");
    BOOST_TEST(people(out) == std::vector<std::string>{"李丹"});  // 劳动管理科, 企业职工培训、竞赛
    BOOST_TEST(people(route("enterprise", "ownership", "other", "绿园区", "competition")) == std::vector<std::string>{"李丹"});
    // A district with one row for everything.
    json chaoyang = route("enterprise", "ownership", "other", "朝阳区", "competition");
    BOOST_TEST(people(chaoyang) == std::vector<std::string>{"徐兵"});
    BOOST_TEST(chaoyang["contacts"][0]["phone"] == "0431-88583617");
    BOOST_TEST(!chaoyang["own_finance"].get<bool>());
}

BOOST_AUTO_TEST_CASE(central_provincial_and_state_owned_go_to_the_city_bureau) {
    for (const char* ownership : {"central_provincial", "state_owned"}) {
        json out = route("enterprise", "ownership", ownership, "绿园区", "enterprise_training");
        BOOST_TEST(out["office"] == "市人社局");
        BOOST_TEST(out["level"] == "city");
        BOOST_TEST(people(out) == std::vector<std::string>{"王业飞"});
    }
    // No district needed for the city bureau; five rows by business.
    BOOST_TEST(people(route("enterprise", "ownership", "state_owned", "", "competition")) == std::vector<std::string>{"万克蒙"});
    BOOST_TEST(people(route("enterprise", "ownership", "state_owned", "", "apprenticeship")) == std::vector<std::string>{"杨志宇"});
    BOOST_TEST(people(route("enterprise", "ownership", "state_owned", "", "institution_accreditation")) == std::vector<std::string>{"孙丽"});
}

BOOST_AUTO_TEST_CASE(institutions_by_training_place_or_city) {
    json local = route("institution", "institution_level", "district", "净月区", "difficulty_groups_training");
    BOOST_TEST(local["office"] == "净月区");
    BOOST_TEST(local["clause"] == "五(一)；六(一)2");
    BOOST_TEST(people(local) == std::vector<std::string>{"岳璐"});
    for (const char* level : {"provincial", "city"}) {
        json city = route("institution", "institution_level", level, "净月区", "difficulty_groups_training");
        BOOST_TEST(city["office"] == "市人社局");
        BOOST_TEST(people(city) == std::vector<std::string>{"于昊辰"});
    }
}

BOOST_AUTO_TEST_CASE(missing_business_row_lists_the_whole_unit) {
    // 绿园区 has no apprenticeship row: both rows are given, with a note.
    json out = route("enterprise", "ownership", "other", "绿园区", "apprenticeship");
    BOOST_TEST(people(out) == (std::vector<std::string>{"李丹", "胡哲明"}));
    BOOST_TEST(has_note(out, "没有专管"));
    // 德惠市's only row is for 就业困难群体培训; its phone is the one of 榆树市.
    json dehui = route("enterprise", "ownership", "other", "德惠市", "enterprise_training");
    BOOST_TEST(people(dehui) == std::vector<std::string>{"张楠"});
    BOOST_TEST(has_note(dehui, "没有专管"));
    BOOST_TEST(has_note(dehui, "榆树市"));
}

BOOST_AUTO_TEST_CASE(gongzhuling_has_no_row) {
    json out = route("enterprise", "ownership", "other", "公主岭市", "enterprise_training");
    BOOST_TEST(out["office"] == "公主岭市");
    BOOST_TEST(out["contacts"].empty());
    BOOST_TEST(has_note(out, "附件6未列公主岭市"));
}

BOOST_AUTO_TEST_CASE(outer_counties_ask_their_own_finance_bureau) {
    for (const char* county : {"农安县", "九台区", "榆树市", "德惠市", "公主岭市"}) {
        json out = route("enterprise", "ownership", "other", county, "enterprise_training");
        BOOST_TEST(out["own_finance"].get<bool>(), county);
        BOOST_TEST(has_note(out, "六(三)"), county);
    }
    BOOST_TEST(!route("enterprise", "ownership", "other", "双阳区", "enterprise_training")["own_finance"].get<bool>());
    BOOST_TEST(people(route("enterprise", "ownership", "other", "九台区", "competition")) == std::vector<std::string>{"范文婷"});
}

BOOST_AUTO_TEST_CASE(bad_requests) {
    expect_error([] { route("enterprise", "ownership", "other", "长春市", "enterprise_training"); }, "unknown_district", "/district");
    expect_error([] { route("enterprise", "ownership", "other", "", "enterprise_training"); }, "unknown_district", "/district");
    expect_error([] { route("enterprise", "ownership", "other", "市人社局", "enterprise_training"); }, "unknown_district", "/district");
    expect_error([] { route("school", "ownership", "other", "朝阳区", "enterprise_training"); }, "unknown_organisation", "/organisation");
    expect_error([] { route("enterprise", "ownership", "private", "朝阳区", "enterprise_training"); }, "unknown_ownership", "/ownership");
    expect_error([] { route("institution", "institution_level", "national", "朝阳区", "difficulty_groups_training"); },
                 "unknown_institution_level", "/institution_level");
    expect_error([] { route("enterprise", "ownership", "other", "朝阳区", "training"); }, "unknown_business", "/business");
    try {
        route("enterprise", "ownership", "other", "长春市", "enterprise_training");
    } catch (const InputError& e) {
        BOOST_TEST(e.message.find("莲花山") != std::string::npos);  // the list is in the message
    }
}

BOOST_AUTO_TEST_CASE(typed_api) {
    Route r = route_application(RouteRequest{"enterprise", "other", "", "经开区", "competition"});
    BOOST_TEST(r.office == "经开区");
    BOOST_TEST(r.contacts.size() == 1u);
    BOOST_TEST(r.contacts[0].person == "王群");
    BOOST_TEST(r.contacts[0].phone == "0431-84607818");
}

BOOST_AUTO_TEST_SUITE_END()
