// Forms started from a training application (engine/forms/derive.h) and the
// unit profile (engine/forms/profile.h): every carried field, the roster rows
// with their IDs, a derived model that validates once the claim's own fields
// are filled, the origin in the title and the body; profiles old and new.
#include <boost/test/unit_test.hpp>

#include "engine/estimate.h"
#include "engine/forms/derive.h"
#include "engine/forms/platform_application.h"
#include "engine/forms/profile.h"
#include "engine/forms/text.h"
#include "engine/forms/texts.h"
#include "form_test_support.h"

using namespace skillaid;
using nlohmann::json;

namespace {

TrainingApplicationModel application() {
    TrainingApplicationModel m;
    m.from_json(test::read_fixture("training_application-v1.json"), 1);
    return m;
}

Scheme scheme_of(const TrainingApplicationModel& a) { return training_application_schemes()[static_cast<size_t>(a.scheme)]; }

json engine_answer(const FormModel& m, const std::string& today) {
    return estimate_json(*m.scenario(today), parse_date(today, "/today"));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(derive)

BOOST_AUTO_TEST_CASE(a_claim_carries_every_shared_field) {
    const TrainingApplicationModel a = application();
    const std::unique_ptr<ClaimModel> c = claim_from_application(a);
    BOOST_TEST(c->type == 0);
    BOOST_TEST(c->organisation == 0);
    BOOST_TEST(c->name == a.company);
    BOOST_TEST(c->credit_code == "91220102MA0000015Y");
    BOOST_TEST(c->district == a.district);
    BOOST_TEST(district_name(c->district) == "绿园区");
    BOOST_TEST(c->ownership == a.ownership);
    BOOST_REQUIRE(c->scheme >= 0);
    BOOST_TEST((claim_schemes()[static_cast<size_t>(c->scheme)] == scheme_of(a)));
    BOOST_TEST(c->level == a.level);
    BOOST_TEST(c->occupation.number == 184);
    BOOST_TEST(c->hours_offline == 100);
    BOOST_TEST(c->hours_online == 20);
    BOOST_TEST(c->date_from == "2026-03-16");
    BOOST_TEST(c->date_to == "2026-04-30");
    BOOST_TEST(c->bank_name == "工商银行长春绿园支行");
    BOOST_TEST(c->bank_account == "6217000010001234569");
    BOOST_TEST(c->roster.columns == (roster_attendance | roster_certificate));
}

BOOST_AUTO_TEST_CASE(the_roster_rows_are_carried_with_their_ids) {
    const TrainingApplicationModel a = application();
    const std::unique_ptr<ClaimModel> claim = claim_from_application(a);
    const std::unique_ptr<ClassOpeningModel> opening = class_opening_from_application(a);
    for (const RosterModel* r : {&claim->roster, &opening->roster}) {
        BOOST_REQUIRE(r->people.size() == 3u);
        for (size_t i = 0; i < 3; i++) {
            BOOST_TEST(r->people[i].name == a.roster.people[i].name);
            BOOST_TEST(r->people[i].id == a.roster.people[i].id);
            BOOST_TEST(r->people[i].mobile == a.roster.people[i].mobile);
            BOOST_TEST(r->people[i].attendance == a.roster.people[i].attendance);
            BOOST_TEST(r->people[i].certified == a.roster.people[i].certified);
        }
    }
}

BOOST_AUTO_TEST_CASE(the_derived_claim_validates_once_its_own_fields_are_filled) {
    const std::string today = "2026-06-01";  // after the training
    std::unique_ptr<ClaimModel> c = claim_from_application(application());
    int n = 0;
    for (RosterPerson& p : c->roster.people)  // what only the claim asks: the certificate numbers
        if (p.certified) p.certificate = "CC2026-000" + std::to_string(++n);
    // The engine's answer before the conditions are filled (TODO issue 14: once the engine reads
    // claim_place and changchun_hukou, take the answer after filling them).
    const json estimate = engine_answer(*c, today);
    Validation asked;
    c->validate(asked, today, estimate);
    BOOST_TEST(asked.error_count() == 6);  // 申领地 and 长春地区户籍 of each of the 3 people (skill_upgrade)
    BOOST_TEST(asked.find("roster.2.changchun_hukou") != nullptr);
    for (RosterPerson& p : c->roster.people) {  // the claim also asks each person's conditions (issue 14)
        p.claim_place = 0;
        p.changchun_hukou = 1;
    }
    Validation v;
    c->validate(v, today, estimate);
    for (const FieldIssue& i : v.issues) BOOST_TEST_MESSAGE(i.field << " " << i.message);
    BOOST_TEST(v.error_count() == 0);
    BOOST_TEST(c->route_request().has_value());
}

BOOST_AUTO_TEST_CASE(the_origin_is_in_the_title_and_survives_the_body) {
    const std::unique_ptr<ClaimModel> c = claim_from_application(application());
    BOOST_TEST(c->origin == "据企业职工培训申请 2026-03-16起");
    BOOST_TEST(c->title() == "长春一汽富维汽车零部件有限公司 · 据企业职工培训申请 2026-03-16起");
    ClaimModel back;
    back.from_json(c->to_json(), 1);
    BOOST_TEST(back.origin == c->origin);
    BOOST_TEST(back.roster.people.size() == 3u);
    BOOST_TEST(!ClaimModel().to_json().contains("origin"));  // a new claim's body is unchanged
}

BOOST_AUTO_TEST_CASE(a_class_opening_carries_the_class) {
    const TrainingApplicationModel a = application();  // trained by 长春市职业技能培训中心, mixed
    std::unique_ptr<ClassOpeningModel> c = class_opening_from_application(a);
    BOOST_TEST(c->institution == "长春市职业技能培训中心");
    BOOST_TEST(c->credit_code.empty());  // the company's USCC is not the institution's
    BOOST_TEST(c->delivery == ClassOpeningModel::delivery_offline);
    BOOST_TEST(c->hours_offline == 100);
    BOOST_TEST(c->hours_online == 20);
    BOOST_TEST(c->place == "绿园区培训基地");
    BOOST_TEST(c->platform == a.platform);
    BOOST_REQUIRE(c->scheme >= 0);
    BOOST_TEST((class_opening_schemes()[static_cast<size_t>(c->scheme)] == scheme_of(a)));
    BOOST_TEST(c->level == a.level);
    BOOST_TEST(c->occupation.number == 184);
    BOOST_TEST(c->date_from == "2026-03-16");
    BOOST_TEST(c->date_to == "2026-04-30");
    BOOST_TEST(c->title().find("据企业职工培训申请") != std::string::npos);

    TrainingApplicationModel own = a;  // the company trains its own staff, online
    own.institution = own.company;
    own.mode = mode_online;
    c = class_opening_from_application(own);
    BOOST_TEST(c->institution == own.company);
    BOOST_TEST(c->credit_code == own.credit_code);
    BOOST_TEST(c->district == own.district);
    BOOST_TEST(c->delivery == ClassOpeningModel::delivery_online);
    BOOST_TEST(c->hours_offline == 0);
}

// ---- The unit profile ----

BOOST_AUTO_TEST_CASE(an_old_profile_reads_as_the_name_only) {
    const Profile p = profile_from_json(json{{"org_name", "长春某某科技有限公司"}});
    BOOST_TEST(p.org_name == "长春某某科技有限公司");
    BOOST_TEST(p.credit_code.empty());
    BOOST_TEST(p.district == -1);
    BOOST_TEST(p.ownership == -1);
    BOOST_TEST(profile_from_json(json()).org_name.empty());
    BOOST_TEST(profile_from_json(json::parse("[1]")).org_name.empty());
}

BOOST_AUTO_TEST_CASE(a_profile_round_trips_and_prefills_each_form) {
    const TrainingApplicationModel a = application();
    Profile p;
    a.to_profile(p);
    p.contact = "王敏";
    p.phone = "0431-89871357";
    const Profile back = profile_from_json(json::parse(profile_to_json(p).dump()));
    BOOST_TEST(back.org_name == a.company);
    BOOST_TEST(back.credit_code == a.credit_code);
    BOOST_TEST(back.address == a.address);
    BOOST_TEST(back.bank_account == a.bank_account);
    BOOST_TEST(back.bank_name == a.bank_name);
    BOOST_TEST(back.district == a.district);
    BOOST_TEST(back.ownership == a.ownership);
    BOOST_TEST(back.contact == "王敏");
    BOOST_TEST(back.phone == "0431-89871357");

    TrainingApplicationModel t;
    t.prefill(back);
    BOOST_TEST(t.company == a.company);
    BOOST_TEST(t.bank_account == a.bank_account);
    BOOST_TEST(t.ownership == a.ownership);
    ClaimModel c;
    c.prefill(back);
    BOOST_TEST(c.name == a.company);
    BOOST_TEST(c.credit_code == a.credit_code);
    BOOST_TEST(c.organisation == 0);
    BOOST_TEST(c.bank_account == a.bank_account);
    PlatformApplicationModel pa;
    pa.prefill(back);
    BOOST_TEST(pa.contact == "王敏");
    BOOST_TEST(pa.phone == "0431-89871357");

    Profile keep = back;  // an empty form field never blanks the profile
    TrainingApplicationModel().to_profile(keep);
    BOOST_TEST(keep.credit_code == a.credit_code);
}

BOOST_AUTO_TEST_CASE(a_profile_checks_uscc_bank_account_and_phone) {
    Profile p;
    Validation ok;
    check_profile(p, ok);
    BOOST_TEST(ok.issues.empty());  // nothing filled: nothing wrong
    p.credit_code = "91220102MA00000151";
    p.bank_account = "6217000010001234560";
    p.phone = "8987";
    Validation v;
    check_profile(p, v);
    BOOST_TEST(!test::issue_at(v, "profile.credit_code").warning);
    BOOST_TEST(test::issue_at(v, "profile.bank_account").message.find("校验") != std::string::npos);
    BOOST_TEST(test::issue_at(v, "profile.phone").message == text::pf_phone_bad);
    p.credit_code = "91220102MA0000015Y";
    p.bank_account = "6217000010001234569";
    p.phone = "13804311234";
    Validation fixed;
    check_profile(p, fixed);
    BOOST_TEST(fixed.error_count() == 0);
}

BOOST_AUTO_TEST_SUITE_END()
