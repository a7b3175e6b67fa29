#include "engine/forms/competition_plan.h"

#include <algorithm>
#include <stdexcept>

#include "engine/calendar.h"
#include "engine/date.h"
#include "engine/errors.h"
#include "engine/forms/fields.h"
#include "engine/forms/print.h"
#include "engine/forms/text.h"
#include "engine/forms/texts.h"
#include "engine/validators.h"

namespace skillaid {

using nlohmann::json;

namespace {

constexpr const char* kDeadlineEvent = "competition";  // assets/calendar/deadlines.json
constexpr const char* kApplyBy = "apply_by";
constexpr const char* kIndustryStandard = "industry";  // the last standard: no 国家职业标准
constexpr uint8_t kJpegMagic[] = {0xFF, 0xD8, 0xFF};
constexpr double kBytesPerMb = 1024.0 * 1024.0;
constexpr char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

std::string name_at(std::span<const char* const> names, int i) {
    return i >= 0 && i < static_cast<int>(names.size()) ? names[static_cast<size_t>(i)] : "";
}

// The standards a plan chooses from: the held levels, then 行业标准 (text::cp_standard_levels).
std::string standard_id(int standard) {
    std::span<const Level> levels = contestant_levels().subspan(1);
    if (standard >= 0 && standard < static_cast<int>(levels.size()))
        return std::string(level_id(levels[static_cast<size_t>(standard)]));
    return standard == static_cast<int>(levels.size()) ? kIndustryStandard : "";
}
int standard_index(const std::string& id) {
    std::span<const Level> levels = contestant_levels().subspan(1);
    for (size_t i = 0; i < levels.size(); i++)
        if (id == level_id(levels[i])) return static_cast<int>(i);
    return id == kIndustryStandard ? static_cast<int>(levels.size()) : -1;
}

std::optional<Date> valid_date(const std::string& s) {
    return read_day(trimmed(s));
}

// Why a date field is not a date ("" when it is).
std::string date_problem(const std::string& s) {
    try {
        parse_date(trimmed(s), "");
        return "";
    } catch (const InputError& e) {
        return e.message;
    }
}

// Non-empty lines, trimmed (工作分工: one duty a line).
std::vector<std::string> split_lines(const std::string& s) {
    std::vector<std::string> lines;
    size_t start = 0;
    while (start <= s.size()) {
        size_t end = std::min(s.find('\n', start), s.size());
        if (std::string line = trimmed(s.substr(start, end - start)); !line.empty()) lines.push_back(std::move(line));
        start = end + 1;
    }
    return lines;
}

// "a@b.c": one @, something before it, a dot inside the domain, no spaces.
bool email_ok(const std::string& e) {
    size_t at = e.find('@');
    if (at == std::string::npos || at == 0 || e.find('@', at + 1) != std::string::npos) return false;
    if (e.find_first_of(" \t,;") != std::string::npos) return false;
    size_t dot = e.find('.', at + 2);
    return dot != std::string::npos && dot + 1 < e.size() && e.back() != '.';
}

const SchemeRules& competition_rules() { return policy_versions().back().rules(Scheme::competition); }

}  // namespace

namespace photo {

std::string check_jpeg(std::span<const uint8_t> bytes) {
    if (bytes.size() > kMaxBytes)
        return format_text(text::reg_photo_too_big_format, static_cast<double>(bytes.size()) / kBytesPerMb);
    if (bytes.size() < sizeof kJpegMagic || !std::equal(std::begin(kJpegMagic), std::end(kJpegMagic), bytes.begin()))
        return text::reg_photo_not_jpeg;
    return "";
}

std::string base64_encode(std::span<const uint8_t> in) {
    std::string out;
    out.reserve((in.size() + 2) / 3 * 4);
    for (size_t i = 0; i < in.size(); i += 3) {
        uint32_t n = static_cast<uint32_t>(in[i]) << 16;
        if (i + 1 < in.size()) n |= static_cast<uint32_t>(in[i + 1]) << 8;
        if (i + 2 < in.size()) n |= in[i + 2];
        out += kBase64[(n >> 18) & 63];
        out += kBase64[(n >> 12) & 63];
        out += i + 1 < in.size() ? kBase64[(n >> 6) & 63] : '=';
        out += i + 2 < in.size() ? kBase64[n & 63] : '=';
    }
    return out;
}

bool base64_decode(std::string_view text, std::vector<uint8_t>& out) {
    out.clear();
    out.reserve(text.size() / 4 * 3);
    uint32_t acc = 0;
    int bits = 0;
    for (char c : text) {
        if (c == '=') break;
        const char* at = std::char_traits<char>::find(kBase64, 64, c);
        if (!at) return false;
        acc = (acc << 6) | static_cast<uint32_t>(at - kBase64);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<uint8_t>((acc >> bits) & 0xFF));
        }
    }
    return true;
}

}  // namespace photo

std::span<const Level> contestant_levels() {
    // 高级技师岗位技能提升 is a training, not a level a contestant holds.
    static const std::vector<Level> levels = [] {
        std::vector<Level> l{Level::none};
        for (Level t : training_levels())
            if (t != Level::senior_technician_upgrade) l.push_back(t);
        return l;
    }();
    return levels;
}

void Registration::fill_from_id() {
    if (std::optional<IdInfo> info = id_info(trimmed(id))) {
        if (trimmed(birth_date).empty()) birth_date = format_date(info->birth);
        if (sex < 0) sex = info->male ? 0 : 1;
    }
}

CompetitionPlanModel::CompetitionPlanModel() {
    for (int g = 0; g < kCompetitionGroupCount; g++) groups[static_cast<size_t>(g)].duties = text::cp_group_default_duties[g];
    requirements = text::cp_requirements_default;
}

Registration CompetitionPlanModel::new_registration() const {
    Registration r;
    r.workplace = company;
    r.project = project;
    return r;
}

std::string CompetitionPlanModel::enterprise_heading() {
    return format_text(text::cp_enterprise_heading_format, competition_rules().clause.c_str());
}

// 赛前 / 赛后 (五(三)2(1)③, 五(三)3(1)), counted on the installed calendar.
CompetitionDeadlines CompetitionPlanModel::deadlines() const {
    CompetitionDeadlines out;
    std::optional<Date> d = valid_date(date);
    if (!d) return out;
    try {
        YearsUsed years;
        for (const Deadline& dl : compute_deadlines(kDeadlineEvent, *d)) {
            out.lines.push_back(format_text(text::cp_deadline_format, dl.label.c_str(), format_date(dl.date).c_str(),
                                            dl.explain.c_str(), dl.clause.c_str()) +
                                (dl.note.empty() ? "" : "；" + dl.note));
            years.insert(dl.provisional_years.begin(), dl.provisional_years.end());
        }
        out.warning = provisional_warning(years);
    } catch (const InputError& e) {
        out.lines.push_back(e.message);
    }
    return out;
}

void CompetitionPlanModel::validate_registration(Validation& v, const Date& today, size_t i) const {
    const Registration& r = registrations[i];
    std::string k = "reg." + std::to_string(i) + ".";
    std::string p = "/registrations/" + std::to_string(i) + "/";
    int row = static_cast<int>(i) + 1;
    auto label = [&](const char* what) { return format_text(text::reg_row_format, row, what); };
    auto error = [&](const char* field, const char* what, const std::string& message, const char* member = nullptr) {
        v.error(k + field, label(what), message, p + (member ? member : field));
    };
    auto required = [&](const char* field, const char* what, bool ok, const char* member = nullptr) {
        if (!ok) error(field, what, text::required_message, member);
    };
    required("name", text::reg_name, !trimmed(r.name).empty());
    required("sex", text::reg_sex, r.sex >= 0);
    required("political", text::reg_political, r.political >= 0);
    required("education", text::reg_education, !trimmed(r.education).empty());
    required("ethnicity", text::reg_ethnicity, !trimmed(r.ethnicity).empty());
    required("workplace", text::reg_workplace, !trimmed(r.workplace).empty());
    required("project", text::reg_project, !trimmed(r.project).empty());
    required("identity", text::reg_identity, r.identity >= 0);
    required("address", text::reg_address, !trimmed(r.address).empty());
    required("social_security", text::reg_social_security, !trimmed(r.social_security).empty());
    if (r.jpeg.empty()) error("photo", text::reg_photo, text::reg_photo_missing, "photo_jpeg_base64");

    std::optional<IdInfo> info;
    if (trimmed(r.id).empty()) {
        error("id", text::reg_id, text::required_message);
    } else if (CheckResult c = check_resident_id(r.id, today); !c.ok) {
        error("id", text::reg_id, c.message);
    } else {
        info = id_info(c.normalized);
    }
    if (trimmed(r.birth_date).empty()) {
        error("birth_date", text::reg_birth, text::required_message);
    } else if (std::optional<Date> birth = valid_date(r.birth_date); !birth) {
        error("birth_date", text::reg_birth, date_problem(r.birth_date));
    } else if (info && *birth != info->birth) {
        error("birth_date", text::reg_birth, format_text(text::reg_birth_mismatch_format, format_date(info->birth).c_str()));
    }
    if (info && r.sex >= 0 && (r.sex == 0) != info->male)
        error("sex", text::reg_sex, format_text(text::reg_sex_mismatch_format, text::reg_sexes[info->male ? 0 : 1]));
    if (trimmed(r.mobile).empty()) {
        error("mobile", text::reg_mobile, text::required_message);
    } else if (CheckResult c = check_mobile(r.mobile); !c.ok) {
        error("mobile", text::reg_mobile, c.message);
    }
    if (!trimmed(r.email).empty() && !email_ok(trimmed(r.email))) error("email", text::reg_email, text::reg_email_bad);
    if (r.rank < 0) error("rank", text::reg_rank, text::cp_negative);
}

void CompetitionPlanModel::validate(Validation& v, const std::string& today, const json& estimate) const {
    shown_deadlines_ = deadlines();
    auto required = [&](const std::string& key, const char* label, const std::string& value) {
        if (trimmed(value).empty()) v.error(key, label, text::required_message);
    };
    required("competition_name", text::cp_name, name);
    required("company_name", text::cp_company, company);
    required("purpose", text::cp_purpose, purpose);
    required("office.location", text::cp_office_location, office_location);
    required("office.director", text::cp_office_director, office_director);
    required("office.members", text::cp_office_members, office_members);
    for (int g = 0; g < kCompetitionGroupCount; g++) {
        const CompetitionGroup& group = groups[static_cast<size_t>(g)];
        std::string key = std::string("groups.") + kCompetitionGroupIds[g];
        std::string where = text::cp_group_titles[g];
        if (trimmed(group.leader).empty()) v.error(key + ".leader", where + text::cp_leader, text::required_message);
        if (trimmed(group.duties).empty()) v.error(key + ".duties", where + text::cp_duties, text::required_message);
    }
    required("project", text::cp_project, project);
    if (standard < 0) v.error("standard", text::cp_standard, text::required_message);
    required("eligibility", text::cp_eligibility, eligibility);
    required("place", text::cp_place, place);
    required("technical", text::cp_technical, technical);
    validate_sections(v);  // 命题人员 / 考评人员, 竞赛说明 sub-sections
    if (trimmed(rewards).empty()) v.error("rewards", text::cp_rewards, text::cp_rewards_required);
    required("requirements", text::cp_requirements, requirements);

    Date today_date = parse_date(today, "/today");
    std::optional<Date> day = valid_date(date);
    if (trimmed(date).empty()) {
        v.error("date", text::cp_date, text::required_message);
    } else if (!day) {
        v.error("date", text::cp_date, date_problem(date));
    } else {
        try {  // 赛前: late is a warning (the bureau decides), not a blocker
            DeadlineCheck dc = check_deadline(kDeadlineEvent, *day, kApplyBy, today_date);
            // The days before the competition the application is due (a calendar-day rule).
            int days_before = static_cast<int>(days_from_civil(*day) - days_from_civil(dc.deadline.date));
            if (dc.late)
                v.warning("date", text::cp_date,
                          format_text(text::cp_late_format, today.c_str(), format_date(dc.deadline.date).c_str(),
                                      days_before, dc.deadline.clause.c_str(), dc.days_late));
        } catch (const InputError& e) {
            v.warning("date", text::cp_date, e.message);
        }
    }

    if (participants < 0) v.error("participants", text::cp_participants, text::cp_negative, "/enterprise/participants");
    if (projects_subsidised < 0)
        v.error("projects_subsidised", text::cp_projects_subsidised, text::cp_negative, "/enterprise/projects_subsidised");
    if (enterprise_type < 0) v.error("enterprise_type", text::cp_enterprise_type, text::required_message, "/enterprise/type");
    if (district < 0) v.error("district", text::ta_district, text::required_message);
    if (ownership < 0) v.error("ownership", text::ta_ownership, text::required_message);
    // The engine's reasons for "not eligible" at the field they concern (warnings: the plan itself is fine).
    if (estimate.is_object() && estimate.contains("error")) {
        v.error("participants", text::cp_participants, estimate["error"].value("message", ""), "/enterprise/participants");
    } else if (estimate.is_object()) {
        for (const json& issue : estimate.value("issues", json::array())) {
            if (issue.value("effect", "") != "excluded" || issue.contains("trainee")) continue;
            std::string code = issue.value("code", "");
            const char* key = code == "participants_below_minimum" ? "participants"
                              : code == "project_already_subsidised" ? "project_subsidised"
                                                                      : "projects_subsidised";
            const char* path = code == "participants_below_minimum"  ? "/enterprise/participants"
                               : code == "project_already_subsidised" ? "/enterprise/project_subsidised_this_year"
                                                                       : "/enterprise/projects_subsidised";
            v.warning(key, enterprise_heading(), issue.value("message", "") + "（" + issue.value("clause", "") + "）", path);
        }
    }
    for (size_t i = 0; i < registrations.size(); i++) validate_registration(v, today_date, i);
}

std::optional<json> CompetitionPlanModel::scenario(const std::string& today) const {
    bool ranked = std::any_of(registrations.begin(), registrations.end(), [](const Registration& r) { return r.rank > 0; });
    if (participants <= 0 && !ranked) return std::nullopt;  // promotions are shown before the head count is known
    std::optional<Date> day = valid_date(date);
    json s = {{"scheme", "competition"}, {"date", day ? format_date(*day) : today}, {"participants", std::max(0LL, participants)}};
    if (enterprise_type >= 0)
        s["enterprise"] = {{"type", enterprise_type_id(static_cast<EnterpriseType>(enterprise_type))},
                           {"competition_projects_subsidised", std::max(0LL, projects_subsidised)},
                           {"project_subsidised_this_year", project_subsidised}};
    json trainees = json::array();  // ranked contestants: promotions (三(一)5)
    for (size_t i = 0; i < registrations.size(); i++) {
        const Registration& r = registrations[i];
        if (r.rank <= 0) continue;
        std::string id = trimmed(r.name).empty() ? "选手" + std::to_string(i + 1) : trimmed(r.name);
        trainees.push_back({{"id", id}, {"rank", r.rank},
                            {"current_level", level_id(contestant_levels()[static_cast<size_t>(std::max(0, r.level))])}});
    }
    if (!trainees.empty()) s["trainees"] = std::move(trainees);
    return s;
}

std::optional<RouteRequest> CompetitionPlanModel::route_request() const {
    return enterprise_route(district, ownership, competition_rules().business);
}

json CompetitionPlanModel::to_json() const {
    json j;  // member by member: an initializer list of this size costs ~4x the wasm bytes
    for (int g = 0; g < kCompetitionGroupCount; g++) {
        json& group = j["groups"][kCompetitionGroupIds[g]];
        group["leader"] = groups[static_cast<size_t>(g)].leader;
        group["members"] = groups[static_cast<size_t>(g)].members;
        group["duties"] = groups[static_cast<size_t>(g)].duties;
    }
    json& regs = j["registrations"] = json::array();
    for (const Registration& r : registrations) {
        json& one = regs.emplace_back();
        one["name"] = r.name;
        one["sex"] = id_at(kContestantSexIds, r.sex);
        one["political"] = name_at(text::reg_politicals, r.political);
        one["education"] = r.education;
        one["ethnicity"] = r.ethnicity;
        one["birth_date"] = r.birth_date;
        one["qualification"] = r.qualification;
        one["current_level"] = level_id(contestant_levels()[static_cast<size_t>(std::max(0, r.level))]);
        one["workplace"] = r.workplace;
        one["project"] = r.project;
        one["identity"] = id_at(kContestantIdentityIds, r.identity);
        one["address"] = r.address;
        one["id"] = r.id;
        one["social_security"] = r.social_security;
        one["mobile"] = r.mobile;
        one["email"] = r.email;
        one["rank"] = r.rank;
        one["photo_jpeg_base64"] = photo::base64_encode(r.jpeg);
    }
    j["competition_name"] = name;
    j["company_name"] = company;
    j["purpose"] = purpose;
    j["office"]["location"] = office_location;
    j["office"]["director"] = office_director;
    j["office"]["members"] = office_members;
    j["project"] = project;
    j["standard"] = standard_id(standard);
    j["eligibility"] = eligibility;
    j["date"] = date;
    j["place"] = place;
    j["technical"] = technical;
    j["rewards"] = rewards;
    j["requirements"] = requirements;
    j["enterprise"]["type"] =
        enterprise_type >= 0 ? std::string(enterprise_type_id(static_cast<EnterpriseType>(enterprise_type))) : "";
    j["enterprise"]["projects_subsidised"] = projects_subsidised;
    j["enterprise"]["project_subsidised_this_year"] = project_subsidised;
    j["enterprise"]["participants"] = participants;
    j["district"] = district_name(district);
    j["ownership"] = id_at(kEnterpriseOwnershipIds, ownership);
    sections_to_json(j);
    return j;
}

void CompetitionPlanModel::from_json(const json& b, int format_version) {
    if (!b.is_object()) throw std::runtime_error(text::roster_bad_body);
    body_version_ = format_version;
    try {
        name = b.value("competition_name", "");
        company = b.value("company_name", "");
        purpose = b.value("purpose", "");
        json office = b.value("office", json::object());
        office_location = office.value("location", "");
        office_director = office.value("director", "");
        office_members = office.value("members", "");
        json stored_groups = b.value("groups", json::object());
        for (int g = 0; g < kCompetitionGroupCount; g++) {
            json one = stored_groups.value(kCompetitionGroupIds[g], json::object());
            groups[static_cast<size_t>(g)] = CompetitionGroup{one.value("leader", ""), one.value("members", ""), one.value("duties", "")};
        }
        project = b.value("project", "");
        standard = standard_index(b.value("standard", ""));
        eligibility = b.value("eligibility", "");
        date = b.value("date", "");
        place = b.value("place", "");
        technical = b.value("technical", "");
        rewards = b.value("rewards", "");
        requirements = b.value("requirements", "");
        json e = b.value("enterprise", json::object());
        EnterpriseType type;
        enterprise_type = parse_enterprise_type(e.value("type", ""), type) ? static_cast<int>(type) : -1;
        projects_subsidised = e.value("projects_subsidised", 0LL);
        project_subsidised = e.value("project_subsidised_this_year", false);
        participants = e.value("participants", 0LL);
        district = district_index(b.value("district", ""));
        ownership = index_of(kEnterpriseOwnershipIds, b.value("ownership", ""));
        sections_from_json(b);
        registrations.clear();
        for (const json& j : b.value("registrations", json::array())) {
            Registration r;
            r.name = j.value("name", "");
            r.sex = index_of(kContestantSexIds, j.value("sex", ""));
            r.political = index_of(text::reg_politicals, j.value("political", ""));
            r.education = j.value("education", "");
            r.ethnicity = j.value("ethnicity", "");
            r.birth_date = j.value("birth_date", "");
            r.qualification = j.value("qualification", "");
            std::string level = j.value("current_level", "none");
            std::span<const Level> levels = contestant_levels();
            for (size_t i = 0; i < levels.size(); i++)
                if (level == level_id(levels[i])) r.level = static_cast<int>(i);
            r.workplace = j.value("workplace", "");
            r.project = j.value("project", "");
            r.identity = index_of(kContestantIdentityIds, j.value("identity", ""));
            r.address = j.value("address", "");
            r.id = j.value("id", "");
            r.social_security = j.value("social_security", "");
            r.mobile = j.value("mobile", "");
            r.email = j.value("email", "");
            r.rank = j.value("rank", 0LL);
            if (!photo::base64_decode(j.value("photo_jpeg_base64", ""), r.jpeg) || !photo::check_jpeg(r.jpeg).empty())
                r.jpeg.clear();  // a damaged photo is dropped (and reported as missing), not the draft
            registrations.push_back(std::move(r));
        }
    } catch (const json::exception&) {
        throw std::runtime_error(text::roster_bad_body);
    }
}

std::string CompetitionPlanModel::registration_html(const Registration& r) const {
    auto esc = [](const std::string& s) { return html_escape(s); };
    auto cell = [&](const char* label, const std::string& value, int span = 1) {
        return "<th>" + esc(label) + "</th><td" + (span > 1 ? " colspan=\"" + std::to_string(span) + "\"" : "") + ">" +
               esc(value) + "</td>";
    };
    std::string photo_cell = r.jpeg.empty() ? esc(text::reg_photo)
                                            : "<img alt=\"" + esc(text::reg_photo) + "\" src=\"data:image/jpeg;base64," +
                                                  photo::base64_encode(r.jpeg) + "\">";
    std::string identity;
    for (int i = 0; i < static_cast<int>(std::size(text::reg_identities)); i++)
        identity += std::string(text::reg_identities[i]) + (i == r.identity ? text::pa_yes : text::pa_no) + "　";
    std::string qualification = r.qualification;
    if (r.level > 0) qualification += "（" + std::string(level_name(contestant_levels()[static_cast<size_t>(r.level)])) + "）";
    std::string h = "<div class=\"page registration\"><h1>" + esc(text::reg_heading) + "</h1><p>" + esc(text::reg_filler) +
                    esc(company) + "</p><table>";
    h += "<tr>" + cell(text::reg_name, r.name) + cell(text::reg_sex, name_at(text::reg_sexes, r.sex)) +
         "<td rowspan=\"3\" class=\"photo\">" + photo_cell + "</td></tr>";
    h += "<tr>" + cell(text::reg_political, name_at(text::reg_politicals, r.political)) + cell(text::reg_education, r.education) + "</tr>";
    h += "<tr>" + cell(text::reg_ethnicity, r.ethnicity) + cell(text::reg_birth, r.birth_date) + "</tr>";
    h += "<tr>" + cell(text::reg_qualification, qualification, 4) + "</tr>";
    h += "<tr>" + cell(text::reg_workplace, r.workplace, 4) + "</tr>";
    h += "<tr>" + cell(text::reg_competition, name, 4) + "</tr>";
    h += "<tr>" + cell(text::reg_project, r.project, 4) + "</tr>";
    h += "<tr><th>" + esc(text::reg_identity) + "</th><td colspan=\"4\">" + esc(identity) + "</td></tr>";
    h += "<tr>" + cell(text::reg_address, r.address, 4) + "</tr>";
    h += "<tr>" + cell(text::reg_id, r.id, 4) + "</tr>";
    h += "<tr>" + cell(text::reg_social_security, r.social_security) + cell(text::reg_mobile, r.mobile, 2) + "</tr>";
    h += "<tr>" + cell(text::reg_email, r.email, 4) + "</tr></table><p>" + esc(text::reg_photo_note) + "</p></div>";
    return h;
}

std::string CompetitionPlanModel::print_html(const PrintContext& ctx) const {
    auto esc = [](const std::string& s) { return html_escape(s); };
    auto para = [&](const std::string& s) { return "<p>" + html_lines(s) + "</p>"; };
    auto labelled = [&](const char* label, const std::string& s) { return "<p>" + esc(label) + "：" + html_lines(s) + "</p>"; };
    std::string h = print_head(std::string(text::form_competition_plan) + " " + title());
    h += "<div class=\"page\"><h1>" + esc(name.empty() ? std::string(text::form_competition_plan) : name) + "</h1>";
    h += "<p class=\"center\">" + esc(company) + "</p>";
    h += "<h2>" + esc(text::cp_s1) + "</h2>" + para(purpose);
    h += "<h2>" + esc(text::cp_s2) + "</h2>" +
         para(format_text(text::cp_office_intro_format, office_location.empty() ? text::cp_blank : office_location.c_str()));
    h += labelled(text::cp_office_director, office_director) + labelled(text::cp_office_members, office_members);
    h += para(text::cp_office_groups_line);
    for (int g = 0; g < kCompetitionGroupCount; g++) {
        const CompetitionGroup& group = groups[static_cast<size_t>(g)];
        h += "<h3>" + esc(text::cp_group_titles[g]) + "</h3>" + labelled(text::cp_leader, group.leader) +
             labelled(text::cp_members, group.members) + (g == 1 ? staff_html() : "") + "<p>" + esc(text::cp_duties) + "：</p>";
        int n = 0;
        for (const std::string& line : split_lines(group.duties)) h += "<p>" + std::to_string(++n) + "、" + esc(line) + "</p>";
    }
    std::string standard_line =
        standard_id(standard) == kIndustryStandard
            ? std::string(text::cp_standard_industry)
            : format_text(text::cp_standard_line_format,
                          standard < 0 ? text::cp_standard_blank : name_at(text::cp_standard_levels, standard).c_str());
    h += "<h2>" + esc(text::cp_s3) + "</h2>" + para(project + " " + standard_line);
    h += "<h2>" + esc(text::cp_s4) + "</h2>" + para(eligibility);
    h += "<h2>" + esc(text::cp_s5) + "</h2>" +
         labelled(text::cp_date, (trimmed(date).empty() ? std::string(text::cp_date_blank) : date) + "，" + text::cp_date_note) +
         labelled(text::cp_place, place);
    h += "<h2>" + esc(text::cp_s6) + "</h2>" + explanation_html();
    h += "<h2>" + esc(text::cp_s7) + "</h2>" + para(std::string(text::cp_rewards_intro) + "\n" + rewards);
    h += "<h2>" + esc(text::cp_s8) + "</h2>" + para(requirements) + rules_html();
    h += "<h2>" + esc(enterprise_heading()) + "</h2><table id=\"estimate\">";
    std::string type_name =
        enterprise_type >= 0 ? std::string(enterprise_type_name(static_cast<EnterpriseType>(enterprise_type))) : "";
    h += "<tr><th>" + esc(text::cp_participants) + "</th><td>" + std::to_string(participants) + "</td><th>" +
         esc(text::cp_enterprise_type) + "</th><td>" + esc(type_name) + "</td></tr>";
    CompetitionDeadlines dl = deadlines();
    for (const std::string& line : dl.lines) h += "<tr><td colspan=\"4\">" + esc(line) + "</td></tr>";
    if (!dl.warning.empty()) h += "<tr><td colspan=\"4\">" + esc(dl.warning) + "</td></tr>";
    if (ctx.estimate) h += estimate_rows_html(*ctx.estimate);
    h += "</table>";
    if (ctx.route)
        h += "<p>" + esc(format_text(text::route_office_format, ctx.route->office.c_str())) + "（" + esc(ctx.route->clause) + "）</p>";
    h += "</div>";
    for (const Registration& r : registrations) h += registration_html(r);
    return h + "</body></html>";
}

std::unique_ptr<FormModel> create_competition_plan_model() { return std::make_unique<CompetitionPlanModel>(); }

}  // namespace skillaid
