// Data files from assets/ compiled into the engine (assets/embed.cmake).
// The engine reads its policy parameters, catalog, calendar and routing table
// only through here, so every build (CLI, server, browser) sees the same bytes.
#pragma once
#include <string_view>
#include <vector>

namespace skillaid {

// `name` is the path under assets/, e.g. "policy/changchun-2020-12.json".
// Returns an empty view when there is no such file.
std::string_view embedded_asset(std::string_view name);

// All embedded names, sorted.
std::vector<std::string_view> embedded_asset_names();

}  // namespace skillaid
