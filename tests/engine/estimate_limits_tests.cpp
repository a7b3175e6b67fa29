// Issue 16: a scenario may list at most kMaxTrainees trainees, and the answer
// grows by a small constant per trainee (outcomes shared, the notes every
// trainee has listed once), not by the texts of each trainee's outcome.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "engine/estimate.h"
#include "tests/engine/expect_error.h"

using namespace skillaid;
using json = nlohmann::json;

namespace {

const Date today{2026, 3, 2};

// 岗前培训, 计算机程序设计员, 120 hours, `n` trainees that give nothing (each assumed 参保, contract, ...).
json empty_trainees(long long n) {
    json s = {{"scheme", "pre_job"}, {"date", "2026-03-02"}, {"occupation", "计算机程序设计员"}, {"hours", {{"offline", 120}}}};
    s["trainees"] = json::array();
    for (long long i = 0; i < n; i++) s["trainees"].push_back(json::object());
    return s;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(estimate_limits)

BOOST_AUTO_TEST_CASE(trainees_beyond_the_limit_are_refused) {
    BOOST_TEST(estimate_json(empty_trainees(kMaxTrainees), today)["trainees"].size() == static_cast<size_t>(kMaxTrainees));
    expect_error([] { estimate_json(empty_trainees(kMaxTrainees + 1), today); }, "too_many_trainees", "/trainees");
    try {
        estimate_json(empty_trainees(kMaxTrainees + 1), today);
    } catch (const InputError& e) {
        BOOST_TEST(e.message.find(std::to_string(kMaxTrainees)) != std::string::npos, e.message);
    }
    // The count form stands for many people in one entry: not bound by it.
    json counted = empty_trainees(0);
    counted.erase("trainees");
    counted["count"] = kMaxTrainees * 10;
    BOOST_TEST(estimate_json(counted, today)["total_fen"] == 120000LL * kMaxTrainees * 10);
}

BOOST_AUTO_TEST_CASE(the_answer_grows_by_a_small_constant_per_trainee) {
    const json few = estimate_json(empty_trainees(10), today);
    const json many = estimate_json(empty_trainees(2000), today);
    const double per_trainee = double(many.dump().size() - few.dump().size()) / (2000 - 10);
    BOOST_TEST(per_trainee < 150.0, "bytes per trainee: " << per_trainee);
    // One outcome, its lines once; the notes every trainee has, once, without "trainee".
    BOOST_TEST(many["outcomes"].size() == 1u);
    BOOST_TEST(many["outcomes"][0]["items"][0]["amount_fen"] == 120000);
    BOOST_TEST(many["trainees"][1999]["outcome"] == 0);
    BOOST_TEST(many["trainees"][1999]["amount_fen"] == 120000);
    BOOST_TEST(many["trainees"][1999]["issues"].empty());
    BOOST_TEST(many["issues"].size() == few["issues"].size());
    for (const json& i : many["issues"]) BOOST_TEST(!i.contains("trainee"), i.dump());
    BOOST_TEST(many["total_fen"] == 120000LL * 2000);
}

BOOST_AUTO_TEST_SUITE_END()
