// Helpers of the form model tests: the stored bodies in data/, and the
// issue of a field with its body path, message and severity.
#pragma once
#include <fstream>
#include <sstream>
#include <string>

#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "engine/forms/validation.h"

namespace skillaid::test {

// tests/engine/forms/data/<name>, parsed.
inline nlohmann::json read_fixture(const std::string& name) {
    std::ifstream in(std::string(SKILLAID_FORMS_TEST_DATA_DIR) + "/" + name);
    BOOST_TEST_REQUIRE(in.good(), "fixture " << name);
    std::stringstream s;
    s << in.rdbuf();
    return nlohmann::json::parse(s.str());
}

// The first issue of `field` (errors first); fails the test when there is none.
inline const FieldIssue& issue_at(const Validation& v, const std::string& field) {
    const FieldIssue* i = v.find(field);
    BOOST_TEST_REQUIRE(i != nullptr, "an issue at " << field);
    return *i;
}

// The issue of `field` is at `path` with `message`, a warning or an error.
inline void check_issue(const Validation& v, const std::string& field, const std::string& path,
                        const std::string& message, bool warning = false) {
    const FieldIssue& i = issue_at(v, field);
    BOOST_TEST(i.path == path, field);
    BOOST_TEST(i.message == message, field);
    BOOST_TEST(i.warning == warning, field);
}

}  // namespace skillaid::test
