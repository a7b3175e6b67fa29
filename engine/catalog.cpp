#include "engine/catalog.h"

#include <unordered_map>

#include "engine/assets.h"

namespace skillaid {

namespace {

// Drop spaces (ASCII and U+3000) and map full-width parentheses to ASCII.
std::string normalise(std::string_view s) {
    std::string out;
    for (size_t i = 0; i < s.size();) {
        std::string_view rest = s.substr(i);
        if (rest.substr(0, 3) == "\xEF\xBC\x88") { out += '('; i += 3; continue; }    // （
        if (rest.substr(0, 3) == "\xEF\xBC\x89") { out += ')'; i += 3; continue; }    // ）
        if (rest.substr(0, 3) == "\xE3\x80\x80") { i += 3; continue; }                // ideographic space
        if (s[i] == ' ' || s[i] == '\t') { i++; continue; }
        out += s[i++];
    }
    return out;
}

std::vector<Occupation> load() {
    auto doc = nlohmann::json::parse(embedded_asset("catalog/occupations.json"));
    std::vector<Occupation> rows;
    for (const auto& r : doc.at("occupations")) {
        Occupation o;
        o.number = r.at("number").get<int>();
        o.category = r.at("category").get<std::string>();
        o.name = r.at("name").get<std::string>();
        o.cls = r.at("class").is_null() ? char(0) : r.at("class").get<std::string>().at(0);
        o.urgent = r.at("urgent").get<bool>();
        o.aliases = r.at("aliases").get<std::vector<std::string>>();
        rows.push_back(std::move(o));
    }
    return rows;
}

bool any_name(const Occupation& o, const std::string& key, bool substring) {
    auto match = [&](const std::string& n) {
        std::string m = normalise(n);
        return substring ? m.find(key) != std::string::npos : m == key;
    };
    if (match(o.name)) return true;
    for (const auto& a : o.aliases)
        if (match(a)) return true;
    return false;
}

}  // namespace

const std::vector<Occupation>& occupations() {
    static const std::vector<Occupation> rows = load();
    return rows;
}

const Occupation* find_occupation(int number) {
    const auto& rows = occupations();
    if (number < 1 || number > static_cast<int>(rows.size())) return nullptr;
    return &rows[static_cast<size_t>(number - 1)];
}

const Occupation* find_occupation(std::string_view name) {
    // Normalised name or alias -> the first row (printed order) that has it;
    // built once, so a lookup normalises only the query.
    static const std::unordered_map<std::string, const Occupation*> index = [] {
        std::unordered_map<std::string, const Occupation*> m;
        for (const auto& o : occupations()) {
            m.try_emplace(normalise(o.name), &o);
            for (const auto& a : o.aliases) m.try_emplace(normalise(a), &o);
        }
        return m;
    }();
    std::string key = normalise(name);
    if (key.empty()) return nullptr;
    auto it = index.find(key);
    return it == index.end() ? nullptr : it->second;
}

std::vector<const Occupation*> search_occupations(std::string_view query) {
    std::string key = normalise(query);
    int number = 0;
    bool numeric = !key.empty() && key.size() <= 4;
    for (char c : key) {
        if (c < '0' || c > '9') numeric = false;
        else number = number * 10 + (c - '0');
    }
    std::vector<const Occupation*> out;
    for (const auto& o : occupations())
        if ((numeric && o.number == number) || any_name(o, key, true)) out.push_back(&o);
    return out;
}

nlohmann::json occupation_json(const Occupation& o) {
    nlohmann::json j = {{"number", o.number}, {"category", o.category}, {"name", o.name}};
    j["class"] = o.cls ? nlohmann::json(std::string(1, o.cls)) : nlohmann::json(nullptr);
    j["urgent"] = o.urgent;
    j["aliases"] = o.aliases;
    return j;
}

}  // namespace skillaid
