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

BOOST_AUTO_TEST_CASE(issue_14_conditions_are_data_with_their_clauses) {
    const PolicyVersion& p = policy_for(Date{2026, 3, 2});
    BOOST_TEST(p.pre_job_conditions.contract_min_months.value == 12);
    BOOST_TEST(p.pre_job_conditions.contract_min_months.clause == "三(一)1");
    BOOST_TEST(p.pre_job_conditions.start_within_months.value == 12);
    BOOST_TEST(p.job_transfer_different_category.clause == "三(一)2");
    BOOST_TEST(p.training_place_condition.clause == "二(二)");
    BOOST_TEST(p.approved_trade_route.clause == "二(三)");
    BOOST_TEST(p.work_for_training.enterprise_insured.clause == "三(一)7");
    BOOST_TEST(format_date(p.lapses_after.date) == "2021-12-31");
    BOOST_TEST(p.lapses_after.clause == "七(五)");
    BOOST_TEST(p.rules(Scheme::employment_skills).target_groups.size() == 10u);
    BOOST_TEST(p.rules(Scheme::entrepreneurship).target_groups.size() == 10u);
    BOOST_TEST(p.rules(Scheme::entrepreneurship).target_groups_clause == "三(二)2");
    BOOST_TEST((p.rules(Scheme::labour_preparation).target_groups == std::vector<TargetGroup>{TargetGroup::two_after}));
    BOOST_TEST((p.rules(Scheme::poverty_training).target_groups == std::vector<TargetGroup>{TargetGroup::poor_labour}));
    BOOST_TEST(p.rules(Scheme::pre_job).target_groups.empty());
    for (Scheme s : {Scheme::pre_job, Scheme::job_transfer, Scheme::skill_upgrade, Scheme::employment_skills,
                     Scheme::entrepreneurship, Scheme::labour_preparation, Scheme::poverty_training})
        BOOST_TEST(p.rules(s).claim_place, scheme_id(s));
    for (Scheme s : {Scheme::job_drill, Scheme::competition, Scheme::apprenticeship, Scheme::work_for_training,
                     Scheme::living_allowance, Scheme::assessment})
        BOOST_TEST(!p.rules(s).claim_place, scheme_id(s));
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

namespace {

// Every id from `first` on parses back to its value; "none" never parses.
template <typename E>
void round_trips(int first, int count, std::string_view (*id)(E), bool (*parse)(std::string_view, E&)) {
    for (int i = first; i < count; i++) {
        E e{};
        BOOST_TEST(parse(id(static_cast<E>(i)), e), i);
        BOOST_TEST(static_cast<int>(e) == i);
    }
    E none{};
    BOOST_TEST(!parse("none", none));
}

}  // namespace

BOOST_AUTO_TEST_CASE(ids_round_trip) {
    for (int i = 0; i < scheme_count; i++) {
        Scheme s{};
        BOOST_TEST(parse_scheme(scheme_id(static_cast<Scheme>(i)), s));
        BOOST_TEST(static_cast<int>(s) == i);
    }
    Level l{};
    BOOST_TEST(!parse_level("master", l));
    round_trips(1, group_count, group_id, parse_group);
    round_trips(1, target_group_count, target_group_id, parse_target_group);
    round_trips(1, claim_place_count, claim_place_id, parse_claim_place);
}

BOOST_AUTO_TEST_SUITE_END()
