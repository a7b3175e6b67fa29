// The print views' common parts: a complete HTML page head with A4-ish table
// styles (SimSun-like serif, black borders) used by every FormModel::print_html.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

namespace skillaid {

std::string print_head(const std::string& title);

// A row of a 4-column form <table>: two label/value pairs, or one label with
// its value across three columns. Labels and values are escaped.
std::string html_row2(const std::string& label_a, const std::string& value_a, const std::string& label_b,
                      const std::string& value_b);
std::string html_row1(const std::string& label, const std::string& value);

// The rows of an engine estimate (estimate_json) for a 4-column <table>: the
// total with the scheme and whether it is eligible, one row per item, one per issue.
std::string estimate_rows_html(const nlohmann::json& estimate);

}  // namespace skillaid
