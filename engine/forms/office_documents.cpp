#include "engine/forms/office_documents.h"

#include "engine/assets.h"
#include "engine/catalog.h"
#include "engine/date.h"
#include "engine/forms/print.h"
#include "engine/forms/status.h"
#include "engine/forms/text.h"
#include "engine/forms/texts.h"
#include "engine/money.h"
#include "engine/policy.h"
#include "engine/routing.h"

namespace skillaid {

using nlohmann::json;

// ---- Reading the server's JSON: a missing or mistyped member reads as empty ----

static const json& member(const json& j, const char* key) {
    static const json none;
    if (!j.is_object()) return none;
    const auto it = j.find(key);
    return it == j.end() ? none : *it;
}

std::string json_text(const json& j, const char* key) {
    const json& v = member(j, key);
    return v.is_string() ? v.get<std::string>() : "";
}

static long long integer_of(const json& j, const char* key) {
    const json& v = member(j, key);
    return v.is_number_integer() ? v.get<long long>() : 0;
}

// ---- Masking ----

// The UTF-8 characters of `s`, each 1..4 bytes; a byte that starts no valid
// sequence counts as one character.
static std::vector<std::string_view> utf8_chars(std::string_view s) {
    std::vector<std::string_view> out;
    size_t i = 0;
    while (i < s.size()) {
        const unsigned char lead = static_cast<unsigned char>(s[i]);
        size_t n = lead < 0x80 ? 1 : (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : (lead & 0xF8) == 0xF0 ? 4 : 1;
        if (i + n > s.size()) n = 1;
        for (size_t k = 1; k < n; k++)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) n = 1;
        out.push_back(s.substr(i, n));
        i += n;
    }
    return out;
}

std::string mask_name(std::string_view name) {
    const std::string t = trimmed(name);
    const std::vector<std::string_view> c = utf8_chars(t);
    if (c.size() <= 1) return t;
    std::string out(c.front());
    out.append(c.size() == 2 ? 1 : c.size() - 2, '*');
    if (c.size() > 2) out += c.back();
    return out;
}

// Named limits of mask_resident_id: a full ID keeps its region code and its last 4.
static constexpr size_t kIdFullFrom = 10, kIdKeepHead = 6, kIdKeepTail = 4, kIdShortKeepTail = 2;

std::string mask_resident_id(std::string_view id) {
    const std::string t = trimmed(id);
    const std::vector<std::string_view> c = utf8_chars(t);
    const size_t n = c.size();
    const size_t head = n >= kIdFullFrom ? kIdKeepHead : 0;
    const size_t tail = n >= kIdFullFrom ? kIdKeepTail : n > kIdShortKeepTail ? kIdShortKeepTail : 0;
    std::string out;
    for (size_t i = 0; i < n; i++) out += i < head || i >= n - tail ? std::string(c[i]) : std::string("*");
    return out;
}

// ---- CSV ----

std::string csv_cell(std::string_view text) {
    std::string cell;
    if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos) cell = "'";
    cell += text;
    if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
    std::string out = "\"";
    for (char c : cell) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

static std::string csv_line(const std::vector<std::string>& cells) {
    std::string out;
    for (size_t i = 0; i < cells.size(); i++) out += (i ? "," : "") + csv_cell(cells[i]);
    return out + "\r\n";
}

template <size_t N>
static std::vector<std::string> texts(const char* const (&list)[N]) {
    return std::vector<std::string>(std::begin(list), std::end(list));
}

// China's time of day is UTC+8 all year.
static constexpr int kChinaUtcOffsetHours = 8;

// "2026-03-02T01:02:03Z" (UTC, fraction optional) -> "2026-03-02 09:02" in China; anything else as is.
static std::string china_time(const std::string& iso) {
    if (iso.size() < 16 || iso[10] != 'T' || iso[13] != ':') return iso;
    const int hour = (iso[11] - '0') * 10 + (iso[12] - '0');
    if (iso[11] < '0' || iso[11] > '2' || iso[12] < '0' || iso[12] > '9' || hour > 23) return iso;
    Date day{};
    try {
        day = parse_date(iso.substr(0, 10), "");
    } catch (const std::exception&) {
        return iso;
    }
    const int china_hour = hour + kChinaUtcOffsetHours;
    if (china_hour >= 24) day = add_days(day, 1);
    return format_date(day) + " " + format_text("%02d", china_hour % 24) + iso.substr(13, 3);
}

// ---- The public-notice list (二(一)) ----

std::vector<PublicityRow> publicity_rows(const json& detail) {
    const json& form = member(member(detail, "submitted"), "form");
    const json& roster = member(form, "roster");
    std::string occupation = trimmed(json_text(form, "approved_trade"));  // 二(三): what was trained
    if (occupation.empty()) occupation = trimmed(json_text(form, "occupation_text"));
    if (occupation.empty())
        if (const Occupation* o = find_occupation(static_cast<int>(integer_of(form, "occupation")))) occupation = o->name;
    Level level{};
    const std::string level_text =
        parse_level(json_text(form, "level"), level) && level != Level::none ? std::string(level_name(level)) : "";
    std::string organisation = json_text(member(detail, "organisation"), "name");
    if (organisation.empty()) organisation = json_text(form, "name");

    std::vector<PublicityRow> rows;
    const json& trainees = member(member(detail, "server_estimate"), "trainees");
    if (!trainees.is_array() || !roster.is_array()) return rows;
    for (const json& t : trainees) {
        const long long amount = integer_of(t, "amount_fen");
        const long long index = integer_of(t, "index");
        if (amount <= 0 || index < 0 || index >= static_cast<long long>(roster.size())) continue;
        const json& person = roster[static_cast<size_t>(index)];
        rows.push_back({mask_name(json_text(person, "name")), mask_resident_id(json_text(person, "id")), occupation, level_text,
                        organisation, amount});
    }
    return rows;
}

// "公示期：START 至 ENDS（5个工作日，二(一)）": the days and clause of the publicity_ends
// deadline in assets/calendar/deadlines.json, never copied here.
static std::string publicity_period(const std::string& start, const std::string& ends) {
    static const json rule = [] {
        const json all = json::parse(embedded_asset("calendar/deadlines.json"));
        for (const json& d : all.at("events").at("publicity").at("deadlines"))
            if (d.at("name") == "publicity_ends") return d;
        return json::object();
    }();
    return format_text(text::od_publicity_period_format, start.c_str(), ends.c_str(), static_cast<int>(integer_of(rule, "count")),
                       json_text(rule, "clause").c_str());
}

// Whom the public addresses: "市人社局" as is, a district as "朝阳区人社部门".
static std::string office_department(const std::string& office) {
    const std::string bureau = "人社局";
    if (office.size() >= bureau.size() && office.compare(office.size() - bureau.size(), bureau.size(), bureau) == 0)
        return office;
    return format_text(text::od_office_department_format, office.c_str());
}

static long long total_fen(const std::vector<PublicityRow>& rows) {
    long long sum = 0;
    for (const PublicityRow& r : rows) sum += r.amount_fen;
    return sum;
}

std::string publicity_csv(const std::vector<PublicityRow>& rows, const std::string& start, const std::string& ends) {
    std::string out = csv_line({text::od_publicity_title}) + csv_line({publicity_period(start, ends)}) +
                      csv_line(texts(text::od_publicity_columns));
    for (size_t i = 0; i < rows.size(); i++) {
        const PublicityRow& r = rows[i];
        out += csv_line({std::to_string(i + 1), r.name_masked, r.id_masked, r.occupation, r.level, yuan_fixed(r.amount_fen),
                         r.organisation});
    }
    return out + csv_line({text::od_total, format_text(text::od_people_format, static_cast<int>(rows.size())), "", "", "",
                           yuan_fixed(total_fen(rows)), ""});
}

std::string publicity_html(const std::vector<PublicityRow>& rows, const std::string& office, const std::string& start,
                           const std::string& ends) {
    const std::string department = office_department(office);
    std::string h = print_head(std::string(text::od_publicity_title) + " " + office) + "<h1>" +
                    html_escape(text::od_publicity_title) + "</h1><p id=\"office\">" +
                    html_escape(format_text(text::od_publicity_office_format, department.c_str())) + "</p><p id=\"period\">" +
                    html_escape(publicity_period(start, ends)) + "</p><table class=\"list\" id=\"publicity\"><thead><tr>";
    for (const char* c : text::od_publicity_columns) h += html_th(c);
    h += "</tr></thead><tbody>";
    for (size_t i = 0; i < rows.size(); i++) {
        const PublicityRow& r = rows[i];
        h += "<tr>" + html_td(std::to_string(i + 1), "c") + html_td(r.name_masked, "nowrap") + html_td(r.id_masked, "id") +
             html_td(r.occupation) + html_td(r.level, "nowrap") + html_td(yuan_fixed(r.amount_fen), "num") +
             html_td(r.organisation) + "</tr>";
    }
    const std::string total = yuan_fixed(total_fen(rows));
    h += "</tbody></table><p id=\"total\">" +
         html_escape(format_text(text::od_publicity_total_format, static_cast<int>(rows.size()), total.c_str())) +
         "</p><p id=\"objection\">" + html_escape(format_text(text::od_publicity_objection_format, department.c_str())) + "</p>";
    return h + "</body></html>";
}

// ---- The year's summary (六(三)) ----

static std::vector<std::string> summary_header() {
    std::vector<std::string> head = texts(text::od_summary_columns_head);
    for (const SubmissionStatus& s : submission_statuses()) head.push_back(s.label);
    for (const char* c : text::od_summary_columns_tail) head.push_back(c);
    return head;
}

// The cells after 部门 and 业务 of a row of <totals> (docs/server.md "Summary report").
static std::vector<std::string> totals_cells(const json& t) {
    std::vector<std::string> cells = {std::to_string(integer_of(t, "count"))};
    for (const SubmissionStatus& s : submission_statuses()) cells.push_back(std::to_string(integer_of(member(t, "counts"), s.id)));
    for (const char* key : {"claimed_fen", "accepted_fen", "paid_fen"}) cells.push_back(yuan_fixed(integer_of(t, key)));
    cells.push_back(std::to_string(integer_of(t, "overdue_count")));
    cells.push_back(yuan_fixed(integer_of(t, "overdue_fen")));
    return cells;
}

// One line of the summary: what it is (部门, 业务, whether a total) and its totals.
struct SummaryLine {
    std::string office, business;
    const json* totals;
    bool total;
};

// Each office's rows then its total, in the report's order; the overall total last.
static std::vector<SummaryLine> summary_lines(const json& report) {
    std::vector<SummaryLine> lines;
    const json& rows = member(report, "rows");
    const json& offices = member(report, "offices");
    if (offices.is_array())
        for (const json& o : offices) {
            const std::string office = json_text(o, "office");
            if (rows.is_array())
                for (const json& r : rows)
                    if (json_text(r, "office") == office) {
                        std::string label = json_text(r, "business_label");
                        lines.push_back({office, label.empty() ? business_label(json_text(r, "business")) : label, &r, false});
                    }
            lines.push_back({office, text::od_total, &o, true});
        }
    lines.push_back({text::od_total, "", &member(report, "total"), true});
    return lines;
}

static std::string summary_title(const json& report) {
    return format_text(text::od_summary_title_format, static_cast<int>(integer_of(report, "year")));
}


static std::string summary_scope(const json& report) {
    const std::string office = json_text(report, "office");
    return format_text(text::od_summary_generated_format, office.empty() ? text::od_summary_scope_all : office.c_str(),
                       china_time(json_text(report, "generated_at")).c_str());
}

std::string summary_csv(const json& report) {
    std::string out = csv_line({summary_title(report)}) + csv_line({summary_scope(report)}) + csv_line(summary_header());
    for (const SummaryLine& l : summary_lines(report)) {
        std::vector<std::string> cells = {l.office, l.business};
        for (std::string& c : totals_cells(*l.totals)) cells.push_back(std::move(c));
        out += csv_line(cells);
    }
    return out;
}

std::string summary_html(const json& report) {
    const std::string title = summary_title(report);
    std::string h = print_head(title) + "<h1>" + html_escape(title) + "</h1><p id=\"scope\">" +
                    html_escape(summary_scope(report)) + "</p>";
    const json& rows = member(report, "rows");
    if (!rows.is_array() || rows.empty()) h += "<p id=\"empty\">" + html_escape(text::od_summary_empty) + "</p>";
    // 13 columns: printed on landscape pages.
    h += "<section class=\"wide\"><table class=\"list\" id=\"summary\"><thead><tr>";
    for (const std::string& c : summary_header()) h += html_th(c);
    h += "</tr></thead><tbody>";
    for (const SummaryLine& l : summary_lines(report)) {
        h += l.total ? "<tr class=\"total\">" : "<tr>";
        h += html_td(l.office, "nowrap") + html_td(l.business, "nowrap");
        for (const std::string& c : totals_cells(*l.totals)) h += html_td(c, "num");
        h += "</tr>";
    }
    return h + "</tbody></table></section></body></html>";
}

// ---- The office's queue ----

std::string submission_kind_label(const std::string& kind) {
    if (kind == "application") return text::od_kind_application;
    if (kind == "claim") return text::form_claim;
    if (kind == "competition_plan") return text::form_competition_plan;
    if (kind == "platform_application") return text::form_platform_application;
    return kind;
}

std::string queue_csv(const json& items) {
    std::string out = csv_line(texts(text::od_queue_columns));
    if (!items.is_array()) return out;
    for (const json& i : items) {
        std::string status = json_text(i, "status_label");
        if (status.empty()) status = submission_status_label(json_text(i, "status"));
        out += csv_line({json_text(i, "receipt"), json_text(member(i, "organisation"), "name"), submission_kind_label(json_text(i, "kind")),
                         business_label(json_text(i, "business")), status, yuan_fixed(integer_of(i, "total_fen")),
                         china_time(json_text(i, "created_at")), json_text(i, "publicity_start"), json_text(i, "publicity_ends"),
                         json_text(i, "payment_by"), json_text(i, "overdue_label")});
    }
    return out;
}

}  // namespace skillaid
