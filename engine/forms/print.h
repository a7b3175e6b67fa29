// The print views' common parts: a complete HTML page head with A4-ish table
// styles (SimSun-like serif, black borders) used by every FormModel::print_html.
#pragma once
#include <string>

namespace skillaid {

std::string print_head(const std::string& title);

}  // namespace skillaid
