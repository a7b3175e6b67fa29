// Shared by the engine suites: runs f, which must throw InputError with this code and path.
#pragma once
#include <boost/test/unit_test.hpp>

#include <string>

#include "engine/errors.h"

template <class F>
void expect_error(F f, const std::string& code, const std::string& path) {
    try {
        f();
        BOOST_ERROR("no InputError, expected " << code);
    } catch (const skillaid::InputError& e) {
        BOOST_TEST(e.code == code);
        BOOST_TEST(e.path == path);
        BOOST_TEST(!e.message.empty());
    }
}
