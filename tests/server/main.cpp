// The server's Boost.Test module; each other file in this folder adds suites.
#define BOOST_TEST_MODULE skillaid_server
#include <boost/test/unit_test.hpp>
