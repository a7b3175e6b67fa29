// JSON text for request bodies and stored rows, faster than nlohmann's own and
// checked against it (tests/server/json_text_tests.cpp).
//
// read_json: the same nlohmann::json values and the same
// accept/refuse decisions as nlohmann::json::parse (RFC 8259, strict UTF-8, no
// trailing text; a later duplicate key replaces an earlier one; non-negative
// integers as unsigned, negative ones as signed, others and integers beyond 64
// bits as double; a number beyond a double refused), about twice as fast.
//
// Why: nlohmann's lexer reads one character at a time through an input
// adapter and copies each one into an error-message buffer; on the server that
// was about a tenth of a submission's CPU (docs/server.md "Benchmark"). This
// reader copies a string's plain run at once and reads numbers with
// std::from_chars.
//
// write_json: exactly the text of nlohmann's j.dump() (keys in byte order, no
// spaces, the same escapes; floats through nlohmann's own formatting), which
// is what a submission's body hash is taken of, so the hashes of stored rows
// stay valid. It copies a string's plain run at once where nlohmann decodes
// each byte.
#pragma once
#include <cstddef>
#include <stdexcept>
#include <string_view>

#include <nlohmann/json.hpp>

namespace skillaid::server {

struct JsonReadError : std::runtime_error {
    enum class Kind { syntax, number_out_of_range, too_deep };
    JsonReadError(Kind why, std::size_t at, const char* what) : std::runtime_error(what), kind(why), byte(at) {}
    Kind kind;
    std::size_t byte;  // 1-based position of the byte where reading stopped
};

// `text` as JSON; objects and arrays nested deeper than `max_depth` are refused
// (too_deep) before they are built. Throws JsonReadError.
nlohmann::json read_json(std::string_view text, int max_depth);

// j.dump(); throws nlohmann::json::type_error for a string that is not UTF-8, as it does.
std::string write_json(const nlohmann::json& j);

}  // namespace skillaid::server
