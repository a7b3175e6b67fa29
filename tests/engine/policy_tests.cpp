#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "engine/assets.h"
#include "engine/errors.h"
#include "engine/policy.h"

using namespace skillaid;

BOOST_AUTO_TEST_SUITE(policy)

BOOST_AUTO_TEST_CASE(loads_the_2020_notice_with_its_parameters_and_clauses) {
    const PolicyVersion& p = policy_for(Date{2026, 3, 2});
    BOOST_TEST(p.id == "长人社联〔2020〕12号");
    BOOST_TEST(p.pre_job.hourly_rate_fen.value == 1000);
    BOOST_TEST(p.pre_job.hourly_rate_fen.clause == "三(一)1");
    BOOST_TEST(p.job_transfer.class_hours[0].value == 240);
    BOOST_TEST(p.employment_skills.class_hours[1].value == 120);
    BOOST_TEST(p.employment_skills.class_hours[2].value == 80);
    BOOST_TEST(p.skill_upgrade.amount_fen[static_cast<size_t>(Level::senior)].value == 100000);
    BOOST_TEST(p.skill_upgrade.urgent_uplift_bp[static_cast<size_t>(Level::junior)].value == 3000);
    BOOST_TEST(p.skill_upgrade.talent_reward_fen[static_cast<size_t>(Level::senior_technician)].value == 300000);
    BOOST_TEST(p.competition.per_project_fen.value == 3000000);
    BOOST_TEST(p.competition.max_projects[static_cast<size_t>(EnterpriseType::other)].value == 5);
    BOOST_TEST((p.competition.top_target == Level::senior));
    BOOST_TEST(p.apprenticeship.urgent_uplift_bp.value == 1500);
    BOOST_TEST(p.labour_preparation.max_hours_per_year.value == 1440);
    BOOST_TEST(p.living_allowance.yearly_cap_fen[static_cast<size_t>(Group::two_after_rural)].value == 180000);
    BOOST_TEST(p.assessment.amount_fen[0].value == 11000);
    BOOST_TEST(p.attendance_min_bp.clause == "二(一)");
    BOOST_TEST(p.online_rate_bp.clause == "四");
    BOOST_TEST(p.platform_min_concurrent_learners.value == 1000);
    BOOST_TEST(p.platform_min_concurrent_learners.clause == "附件2 二");
    BOOST_TEST(p.rules(Scheme::assessment).clause == "三(四)");
}

BOOST_AUTO_TEST_CASE(every_parameter_in_the_file_names_a_clause) {
    auto doc = nlohmann::json::parse(embedded_asset("policy/changchun-2020-12.json"));
    for (const auto& v : doc.at("versions"))
        for (auto it = v.at("parameters").begin(); it != v.at("parameters").end(); ++it) {
            BOOST_TEST_CONTEXT(it.key()) {
                BOOST_TEST(it.value().contains("value"));
                BOOST_TEST(!it.value().at("clause").get<std::string>().empty());
            }
        }
}

BOOST_AUTO_TEST_CASE(a_date_before_the_first_version_is_an_input_error) {
    const Date first = policy_versions().front().effective_from;
    BOOST_CHECK_NO_THROW(policy_for(first));
    try {
        policy_for(add_days(first, -1));
        BOOST_FAIL("expected InputError");
    } catch (const InputError& e) {
        BOOST_TEST(e.code == "no_policy_in_force");
        BOOST_TEST(e.path == "/date");
    }
}

BOOST_AUTO_TEST_CASE(ids_round_trip) {
    for (int i = 0; i < scheme_count; i++) {
        Scheme s{};
        BOOST_TEST(parse_scheme(scheme_id(static_cast<Scheme>(i)), s));
        BOOST_TEST(static_cast<int>(s) == i);
    }
    Level l{};
    BOOST_TEST(!parse_level("master", l));
    Group g{};
    BOOST_TEST(!parse_group("none", g));
}

BOOST_AUTO_TEST_SUITE_END()
