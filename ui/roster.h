// A people list for forms (开班申请, 补贴资金申请): name and resident ID plus
// the columns a form asks for (mobile, attendance + certificate, or the
// living-allowance group, days and unemployment insurance), an optional
// read-only amount per person from the engine. Clipped (only visible rows cost
// anything), searchable, rows pasted from Excel/WPS (tab-separated, an
// optional header row naming the columns) or read from CSV.
// Hooks: roster.add, roster.paste, roster.count, roster.N.<column>.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "engine/date.h"
#include "engine/policy.h"
#include "ui/widgets.h"

namespace skillaid::ui {

struct RosterPerson {
    std::string name, id, mobile, certificate;
    double attendance = 100.0;  // percent
    bool certified = true;
    int group = -1;  // index into roster_groups(), -1 = not chosen
    long long days = 0;
    bool unemployment_insurance = false;
};

enum RosterColumns : unsigned {
    roster_mobile = 1u,
    roster_attendance = 2u,   // attendance, certified, certificate number
    roster_living = 4u,       // group, days, unemployment insurance
};

// Living-allowance groups in display order (engine Group values).
const std::vector<Group>& roster_groups();

// What the engine said about one person (filled by the form on each edit).
struct RosterResult {
    std::string amount;  // "1,200元" or ""
    std::string note;    // the person's first issue, "" when none
    bool excluded = false;
};

class Roster {
public:
    std::vector<RosterPerson> people;
    unsigned columns = 0;

    // True when anything changed. `results` (may be null) is indexed like `people`.
    bool draw(const Validation& v, const std::vector<RosterResult>* results);
    // Required name and valid, unique ID; attendance 0..100; group and days for living allowances.
    void validate(Validation& v, const Date& today) const;
    nlohmann::json to_json() const;
    void from_json(const nlohmann::json& rows);  // throws nlohmann::json::exception on bad rows
    // "paste" (tab-separated rows) and "roster_csv" (a CSV file): true when used.
    bool accept_text(std::string_view purpose, const std::string& text);
    // <table> of the people for print views.
    std::string html_table(const std::vector<RosterResult>* results) const;

private:
    int add_rows(const std::string& text, char delim);
    void rebuild_view();

    std::string search_;
    std::vector<int> view_;
    bool view_dirty_ = true;
    std::string report_;
    std::vector<std::string> report_lines_;
};

}  // namespace skillaid::ui
