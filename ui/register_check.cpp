// The real-name register's requests and answers (issue 14, docs/ui.md
// "Real-name check"): what ui/sync.cpp asks and ui/screens/sync.cpp shows.
#include <algorithm>

#include <nlohmann/json.hpp>

#include "engine/date.h"
#include "engine/forms/text.h"
#include "engine/validators.h"
#include "ui/strings.h"
#include "ui/sync.h"

namespace skillaid {

using nlohmann::json;

std::string history_check_request(const json& sc, const std::string& today_text, std::vector<int>* rows) {
    if (rows) rows->clear();
    if (!sc.is_object() || !sc.contains("trainees") || !sc["trainees"].is_array()) return "";
    const Date today = parse_date(today_text, "/today");
    json trainees = json::array();
    int row = 0;
    for (const json& t : sc["trainees"]) {
        row++;
        std::string id = t.is_object() && t.contains("id") && t["id"].is_string() ? t["id"].get<std::string>() : "";
        CheckResult c = check_resident_id(id, today);
        if (id.empty() || !c.ok) continue;
        trainees.push_back({{"id", c.normalized}});
        if (rows) rows->push_back(row);
    }
    if (trainees.empty()) return "";
    json r = {{"scheme", sc.value("scheme", "")}, {"trainees", std::move(trainees)}};
    for (const char* key : {"date", "occupation", "level"})
        if (sc.contains(key)) r[key] = sc[key];
    return r.dump();
}

std::vector<std::string> register_reached_lines(const json& answer, const std::vector<int>* rows) {
    std::vector<std::string> lines;
    if (!answer.is_object() || !answer.contains("trainees") || !answer["trainees"].is_array()) return lines;
    for (const json& t : answer["trainees"]) {
        if (!t.is_object()) continue;
        const int index = t.value("index", 0);
        int row = t.contains("row") && t["row"].is_number_integer() ? t["row"].get<int>() : index + 1;
        if (rows && index >= 0 && index < static_cast<int>(rows->size())) row = (*rows)[static_cast<size_t>(index)];
        const std::string id = t.value("id", "");
        std::vector<json> reasons;
        if (t.contains("limits") && t["limits"].is_array()) reasons.assign(t["limits"].begin(), t["limits"].end());
        else if (t.contains("message")) reasons.push_back(t);
        for (const json& r : reasons)
            lines.push_back(format_text(text::register_row_format, row, id.c_str(), r.value("message", "").c_str(),
                                        r.value("clause", "").c_str()));
    }
    return lines;
}

int register_reached_count(const json& a) {
    if (!a.is_object() || !a.contains("trainees") || !a["trainees"].is_array()) return 0;
    return static_cast<int>(std::count_if(a["trainees"].begin(), a["trainees"].end(), [](const json& t) {
        return t.is_object() && t.value("limit_reached", false);
    }));
}

}  // namespace skillaid
