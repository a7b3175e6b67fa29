// The form models' Boost.Test module; each other file in this folder adds suites.
#define BOOST_TEST_MODULE skillaid_forms
#include <boost/test/unit_test.hpp>
