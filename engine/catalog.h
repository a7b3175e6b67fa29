// Attachment 1 of the notice: the 326 subsidised occupations (assets/catalog).
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace skillaid {

struct Occupation {
    int number = 0;  // 1..326
    std::string category;
    std::string name;                  // corrected spelling
    char cls = 0;                      // 'A', 'B', 'C', or 0 when the attachment prints none
    bool urgent = false;               // 急需紧缺工种
    std::vector<std::string> aliases;  // printed spelling where corrected
};

// All rows in printed order (loaded once from the embedded catalog).
const std::vector<Occupation>& occupations();

// nullptr when there is no such row. Names match the corrected spelling or an
// alias, ignoring spaces and treating （） as ().
const Occupation* find_occupation(int number);
const Occupation* find_occupation(std::string_view name);

// Rows whose name or alias contains `query` (same normalisation), or whose
// number equals it when `query` is a number; every row for an empty query.
std::vector<const Occupation*> search_occupations(std::string_view query);

// {"number", "category", "name", "class" (string or null), "urgent", "aliases"}
nlohmann::json occupation_json(const Occupation& o);

}  // namespace skillaid
