// 企业职业技能竞赛方案 (长人社联〔2020〕12号 附件5): the eight sections of the
// sample plan, the enterprise data of the 三(一)5 estimate (30,000 per project,
// participants, project limits), the 赛前15天 / 赛后10天 deadlines, and the
// 参赛选手信息登记表 as a list inside the plan (one registration per
// contestant, with a JPG photo), whose ranks give the promotion lines.
#include <algorithm>
#include <stdexcept>

#include "engine/calendar.h"
#include "engine/date.h"
#include "engine/errors.h"
#include "engine/money.h"
#include "engine/policy.h"
#include "engine/routing.h"
#include "engine/validators.h"
#include "imgui.h"
#include "ui/forms.h"
#include "ui/forms/form_parts.h"
#include "ui/forms/photo.h"
#include "ui/calendar_updates.h"
#include "ui/strings.h"
#include "ui/test_hooks.h"

namespace skillaid {
namespace {

using nlohmann::json;
using parts::printf_text;
using parts::trimmed;

constexpr const char* kGroupIds[] = {"affairs", "judging", "support", "supervision"};  // 赛务 命题裁判 保障 监督仲裁
constexpr int kGroupCount = 4;
constexpr const char* kStandardIds[] = {"junior", "intermediate", "senior", "technician", "senior_technician", "industry"};
constexpr const char* kEnterpriseTypeIds[] = {"state_owned", "above_scale", "other"};  // engine EnterpriseType order
constexpr const char* kOwnershipIds[] = {"central_provincial", "state_owned", "other"};  // routing
constexpr const char* kSexIds[] = {"male", "female"};
constexpr const char* kIdentityIds[] = {"private", "state_owned", "above_scale"};
constexpr Level kCurrentLevels[] = {Level::none, Level::junior, Level::intermediate, Level::senior, Level::technician,
                                    Level::senior_technician};
constexpr int kTextLines = 3;      // height of the multi-line fields
constexpr int kLongTextLines = 5;  // 技术要求, 竞赛要求
constexpr const char* kDeadlineEvent = "competition";  // assets/calendar/deadlines.json
constexpr const char* kApplyBy = "apply_by";

template <size_t N>
int index_of(const char* const (&ids)[N], const std::string& id) {
    for (size_t i = 0; i < N; i++)
        if (id == ids[i]) return static_cast<int>(i);
    return -1;
}
template <size_t N>
std::string id_at(const char* const (&ids)[N], int i) {
    return i >= 0 && i < static_cast<int>(N) ? ids[i] : "";
}
template <size_t N>
std::string name_at(const char* const (&names)[N], int i) {
    return i >= 0 && i < static_cast<int>(N) ? names[i] : "";
}

struct Group {
    std::string leader, members, duties;
};

struct Registration {
    int uid = 0;  // session-unique: routes the photo picked for this row
    std::string name, political_text, education, ethnicity, birth_date, qualification, workplace, project, address, id,
        social_security, mobile, email;
    int sex = -1, political = -1, identity = -1, level = 0;
    long long rank = 0;
    std::vector<uint8_t> jpeg;  // the photo file, empty when none
    // Screen state.
    photo::Texture thumb;
    bool decode_requested = false;
    std::string photo_notice;  // why the last picked file was refused
    std::string purpose() const { return "reg_photo." + std::to_string(uid); }
};

int next_uid() {
    static int uid = 0;
    return ++uid;
}

class CompetitionPlan final : public FormModel {
public:
    CompetitionPlan() {
        for (int g = 0; g < kGroupCount; g++) groups_[g].duties = text::cp_group_default_duties[g];
        requirements_ = text::cp_requirements_default;
    }
    void prefill(const Profile& p) override { company_ = p.org_name; }
    void draw(FormContext& ctx);
    void validate(Validation& v, const std::string& today, const json& estimate) const override;
    json to_json() const override;
    void from_json(const json& body, int format_version) override;
    std::string title() const override { return name_.empty() ? company_ : name_; }
    std::optional<json> scenario(const std::string& today) const override;
    std::optional<RouteRequest> route_request() const override;
    std::string print_html(const PrintContext& ctx) const override;

private:
    void draw_deadlines();
    void draw_registration(FormContext& ctx, size_t i);
    void take_photo(Registration& r, FormContext& ctx);
    void validate_registration(Validation& v, const Date& today, size_t i) const;
    std::string registration_html(const Registration& r) const;

    std::string name_, company_, purpose_, office_location_, office_director_, office_members_;
    Group groups_[kGroupCount];
    std::string project_, eligibility_, date_, place_, technical_, rewards_, requirements_;
    int standard_ = -1, enterprise_type_ = -1, district_ = -1, ownership_ = -1;
    long long projects_subsidised_ = 0, participants_ = 0;
    bool project_subsidised_ = false;
    std::vector<Registration> registrations_;

    // Screen state: the deadlines of deadlines_for_ (recomputed when the date or the installed
    // calendar changes); the warning when a note about a day off used a provisional year.
    std::string deadlines_for_ = "\x01";
    int deadlines_generation_ = -1;
    std::vector<std::string> deadline_lines_;
    std::string deadline_warning_;
};

std::optional<Date> valid_date(const std::string& s) {
    try {
        return parse_date(trimmed(s), "");
    } catch (const InputError&) {
        return std::nullopt;
    }
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

void CompetitionPlan::draw(FormContext& ctx) {
    const Validation& v = ctx.validation;
    bool& c = ctx.changed;
    c |= ui::text_field("competition_name", text::cp_name, name_, v, text::cp_name_hint);
    c |= ui::text_field("company_name", text::cp_company, company_, v);

    ImGui::SeparatorText(text::cp_s1);
    c |= parts::multiline_field("purpose", text::cp_purpose, purpose_, v, kTextLines);

    ImGui::SeparatorText(text::cp_s2);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", text::cp_office_intro);
    ImGui::PopTextWrapPos();
    c |= ui::text_field("office.location", text::cp_office_location, office_location_, v);
    c |= ui::text_field("office.director", text::cp_office_director, office_director_, v);
    c |= ui::text_field("office.members", text::cp_office_members, office_members_, v);
    for (int g = 0; g < kGroupCount; g++) {
        ImGui::TextUnformatted(text::cp_group_titles[g]);
        std::string key = std::string("groups.") + kGroupIds[g];
        c |= ui::text_field((key + ".leader").c_str(), text::cp_leader, groups_[g].leader, v);
        c |= ui::text_field((key + ".members").c_str(), text::cp_members, groups_[g].members, v);
        c |= parts::multiline_field((key + ".duties").c_str(), text::cp_duties, groups_[g].duties, v, kTextLines,
                                    text::cp_duties_hint);
    }

    ImGui::SeparatorText(text::cp_s3);
    c |= ui::text_field("project", text::cp_project, project_, v, text::cp_project_hint);
    c |= ui::select_field("standard", text::cp_standard, standard_, text::cp_standard_levels,
                          IM_ARRAYSIZE(text::cp_standard_levels), v);

    ImGui::SeparatorText(text::cp_s4);
    c |= parts::multiline_field("eligibility", text::cp_eligibility, eligibility_, v, kTextLines);

    ImGui::SeparatorText(text::cp_s5);
    c |= ui::date_field("date", text::cp_date, date_, v);
    c |= ui::text_field("place", text::cp_place, place_, v);
    draw_deadlines();

    ImGui::SeparatorText(text::cp_s6);
    c |= parts::multiline_field("technical", text::cp_technical, technical_, v, kLongTextLines, text::cp_technical_hint);
    ImGui::SeparatorText(text::cp_s7);
    c |= parts::multiline_field("rewards", text::cp_rewards, rewards_, v, kTextLines, text::cp_rewards_hint);
    ImGui::SeparatorText(text::cp_s8);
    c |= parts::multiline_field("requirements", text::cp_requirements, requirements_, v, kLongTextLines);

    ImGui::SeparatorText(text::cp_enterprise_heading);
    c |= ui::number_field("participants", text::cp_participants, participants_, v);
    c |= ui::select_field("enterprise_type", text::cp_enterprise_type, enterprise_type_, text::cp_enterprise_types,
                          IM_ARRAYSIZE(text::cp_enterprise_types), v);
    c |= ui::number_field("projects_subsidised", text::cp_projects_subsidised, projects_subsidised_, v);
    c |= parts::check_field("project_subsidised", text::cp_this_project_subsidised, project_subsidised_, v);
    c |= district_field(text::ta_district, district_, v);
    c |= ui::select_field("ownership", text::ta_ownership, ownership_, text::ta_ownerships,
                          IM_ARRAYSIZE(text::ta_ownerships), v);

    ImGui::SeparatorText(text::reg_heading);
    if (ImGui::Button(text::reg_add)) {
        Registration r;
        r.uid = next_uid();
        r.workplace = company_;
        r.project = project_;
        registrations_.push_back(std::move(r));
        c = true;
    }
    test_hook_item("reg.add", nullptr);
    ImGui::SameLine();
    ImGui::Text(text::reg_count_format, static_cast<int>(registrations_.size()));
    for (size_t i = 0; i < registrations_.size(); i++) draw_registration(ctx, i);
}

// 赛前15天 / 赛后10天 (五(三)2(1)③, 五(三)3(1)), recomputed when the date or the calendar changes.
void CompetitionPlan::draw_deadlines() {
    if (date_ != deadlines_for_ || deadlines_generation_ != calendar_generation()) {
        deadlines_for_ = date_;
        deadlines_generation_ = calendar_generation();
        deadline_lines_.clear();
        deadline_warning_.clear();
        if (std::optional<Date> d = valid_date(date_)) {
            try {
                YearsUsed years;
                for (const Deadline& dl : compute_deadlines(kDeadlineEvent, *d)) {
                    deadline_lines_.push_back(printf_text(text::cp_deadline_format, dl.label.c_str(),
                                                          format_date(dl.date).c_str(), dl.explain.c_str(),
                                                          dl.clause.c_str()) +
                                              (dl.note.empty() ? "" : "；" + dl.note));
                    years.insert(dl.provisional_years.begin(), dl.provisional_years.end());
                }
                deadline_warning_ = provisional_warning(years);
            } catch (const InputError& e) {
                deadline_lines_.push_back(e.message);
            }
        }
    }
    if (deadline_lines_.empty()) {
        ImGui::TextDisabled("%s", text::cp_deadline_pending);
        test_hook_item("deadlines", "");
        test_hook_item("deadlines.warning", "");
        return;
    }
    std::string all;
    for (const std::string& line : deadline_lines_) {
        ImGui::Bullet();
        ImGui::TextWrapped("%s", line.c_str());  // a note about a day off makes the line long
        all += line + "\n";
    }
    test_hook_item("deadlines", all.c_str());
    parts::provisional_note("deadlines.warning", deadline_warning_);
}

void CompetitionPlan::take_photo(Registration& r, FormContext& ctx) {
    photo::Arrival a;
    while (photo::take(r.purpose(), a)) {
        if (a.picked) {
            std::string reason = photo::check_jpeg(a.bytes);
            if (reason.empty() && a.rgba.empty()) reason = text::reg_photo_undecodable;
            r.photo_notice = reason;
            if (!reason.empty()) continue;  // refused: the previous photo stays
            r.jpeg = std::move(a.bytes);
            ctx.changed = true;
        }
        if (!a.rgba.empty()) r.thumb.upload(a.rgba.data(), a.width, a.height);
    }
    if (!r.jpeg.empty() && r.thumb.empty() && !r.decode_requested) {  // stored photo: decode its thumbnail once
        photo::decode(r.purpose(), r.jpeg);
        r.decode_requested = true;
    }
}

void CompetitionPlan::draw_registration(FormContext& ctx, size_t i) {
    const Validation& v = ctx.validation;
    bool& c = ctx.changed;
    Registration& r = registrations_[i];
    take_photo(r, ctx);
    std::string k = "reg." + std::to_string(i) + ".";
    auto key = [&](const char* field) { return k + field; };
    ImGui::PushID(r.uid);
    std::string header = printf_text(text::reg_title_format, static_cast<int>(i) + 1, r.name.c_str()) + "###reg";
    if (!ImGui::CollapsingHeader(header.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
        ImGui::PopID();
        return;
    }
    // The photo box (top right on paper): thumbnail, then the picker.
    ui::field_label(text::reg_photo);
    if (!r.thumb.empty()) {
        float scale = ImGui::GetStyle().FontScaleDpi;
        ImGui::Image(ImTextureRef(r.thumb.id()),
                     ImVec2(static_cast<float>(r.thumb.width()) * scale, static_cast<float>(r.thumb.height()) * scale));
        std::string size = printf_text(text::reg_photo_size_format, r.thumb.width(), r.thumb.height(),
                                       static_cast<int>(r.jpeg.size() / 1024));
        ui::hook(key("photo"), size.c_str());
        ImGui::SameLine();
    } else {
        ui::hook(key("photo"), "");
    }
    if (ImGui::Button(r.jpeg.empty() ? text::reg_photo_pick : text::reg_photo_replace)) photo::pick(r.purpose());
    ui::hook(key("photo.pick"), nullptr);
    ImGui::SameLine();
    ImGui::TextDisabled("%s", text::reg_photo_note);
    if (!r.photo_notice.empty()) ImGui::TextColored(ImVec4(0.8f, 0.1f, 0.1f, 1), "%s", r.photo_notice.c_str());
    ui::hook(key("photo.notice"), r.photo_notice.c_str());
    ui::field_message(key("photo").c_str(), v);

    c |= ui::text_field(key("name").c_str(), text::reg_name, r.name, v);
    c |= ui::select_field(key("sex").c_str(), text::reg_sex, r.sex, text::reg_sexes, IM_ARRAYSIZE(text::reg_sexes), v);
    c |= ui::select_field(key("political").c_str(), text::reg_political, r.political, text::reg_politicals,
                          IM_ARRAYSIZE(text::reg_politicals), v);
    c |= ui::text_field(key("education").c_str(), text::reg_education, r.education, v, text::reg_education_hint);
    c |= ui::text_field(key("ethnicity").c_str(), text::reg_ethnicity, r.ethnicity, v, text::reg_ethnicity_hint);
    bool id_edited = ui::text_field(key("id").c_str(), text::reg_id, r.id, v);
    if (id_edited) {  // a valid number fills an empty birth date and sex
        if (std::optional<IdInfo> info = id_info(trimmed(r.id))) {
            if (trimmed(r.birth_date).empty()) r.birth_date = format_date(info->birth);
            if (r.sex < 0) r.sex = info->male ? 0 : 1;
        }
    }
    c |= id_edited;
    c |= ui::date_field(key("birth_date").c_str(), text::reg_birth, r.birth_date, v);
    c |= ui::text_field(key("qualification").c_str(), text::reg_qualification, r.qualification, v,
                        text::reg_qualification_hint);
    static std::vector<const char*> level_names;
    if (level_names.empty())
        for (Level l : kCurrentLevels) level_names.push_back(level_name(l).data());
    c |= ui::select_field(key("level").c_str(), text::reg_level, r.level, level_names.data(),
                          static_cast<int>(level_names.size()), v);
    c |= ui::text_field(key("workplace").c_str(), text::reg_workplace, r.workplace, v);
    ui::value_field(key("competition").c_str(), text::reg_competition, name_);
    c |= ui::text_field(key("project").c_str(), text::reg_project, r.project, v);
    c |= ui::select_field(key("identity").c_str(), text::reg_identity, r.identity, text::reg_identities,
                          IM_ARRAYSIZE(text::reg_identities), v);
    c |= ui::text_field(key("address").c_str(), text::reg_address, r.address, v);
    c |= ui::text_field(key("social_security").c_str(), text::reg_social_security, r.social_security, v);
    c |= ui::text_field(key("mobile").c_str(), text::reg_mobile, r.mobile, v);
    c |= ui::text_field(key("email").c_str(), text::reg_email, r.email, v);
    c |= ui::number_field(key("rank").c_str(), text::reg_rank, r.rank, v);
    ImGui::SameLine();
    ImGui::TextDisabled("%s", text::reg_rank_hint);
    bool remove = ImGui::SmallButton(text::reg_delete);
    ui::hook(key("delete"), nullptr);
    ImGui::PopID();
    if (remove) {
        registrations_.erase(registrations_.begin() + static_cast<std::ptrdiff_t>(i));
        c = true;
    }
}

// "a@b.c": one @, something before it, a dot inside the domain, no spaces.
bool email_ok(const std::string& e) {
    size_t at = e.find('@');
    if (at == std::string::npos || at == 0 || e.find('@', at + 1) != std::string::npos) return false;
    if (e.find_first_of(" \t,;") != std::string::npos) return false;
    size_t dot = e.find('.', at + 2);
    return dot != std::string::npos && dot + 1 < e.size() && e.back() != '.';
}

void CompetitionPlan::validate_registration(Validation& v, const Date& today, size_t i) const {
    const Registration& r = registrations_[i];
    std::string k = "reg." + std::to_string(i) + ".";
    int row = static_cast<int>(i) + 1;
    auto label = [&](const char* what) { return printf_text(text::reg_row_format, row, what); };
    auto required = [&](const char* field, const char* what, bool ok) {
        if (!ok) v.error(k + field, label(what), text::required_message);
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
    if (r.jpeg.empty()) v.error(k + "photo", label(text::reg_photo), text::reg_photo_missing);

    std::optional<IdInfo> info;
    if (trimmed(r.id).empty()) {
        v.error(k + "id", label(text::reg_id), text::required_message);
    } else if (CheckResult c = check_resident_id(r.id, today); !c.ok) {
        v.error(k + "id", label(text::reg_id), c.message);
    } else {
        info = id_info(c.normalized);
    }
    if (trimmed(r.birth_date).empty()) {
        v.error(k + "birth_date", label(text::reg_birth), text::required_message);
    } else if (std::optional<Date> birth = valid_date(r.birth_date); !birth) {
        v.error(k + "birth_date", label(text::reg_birth), date_problem(r.birth_date));
    } else if (info && *birth != info->birth) {
        v.error(k + "birth_date", label(text::reg_birth),
                printf_text(text::reg_birth_mismatch_format, format_date(info->birth).c_str()));
    }
    if (info && r.sex >= 0 && (r.sex == 0) != info->male)
        v.error(k + "sex", label(text::reg_sex), printf_text(text::reg_sex_mismatch_format, text::reg_sexes[info->male ? 0 : 1]));
    if (trimmed(r.mobile).empty()) {
        v.error(k + "mobile", label(text::reg_mobile), text::required_message);
    } else if (CheckResult c = check_mobile(r.mobile); !c.ok) {
        v.error(k + "mobile", label(text::reg_mobile), c.message);
    }
    if (!trimmed(r.email).empty() && !email_ok(trimmed(r.email)))
        v.error(k + "email", label(text::reg_email), text::reg_email_bad);
    if (r.rank < 0) v.error(k + "rank", label(text::reg_rank), text::cp_negative);
}

void CompetitionPlan::validate(Validation& v, const std::string& today, const json& estimate) const {
    auto required = [&](const std::string& key, const char* label, const std::string& value) {
        if (trimmed(value).empty()) v.error(key, label, text::required_message);
    };
    required("competition_name", text::cp_name, name_);
    required("company_name", text::cp_company, company_);
    required("purpose", text::cp_purpose, purpose_);
    required("office.location", text::cp_office_location, office_location_);
    required("office.director", text::cp_office_director, office_director_);
    required("office.members", text::cp_office_members, office_members_);
    for (int g = 0; g < kGroupCount; g++) {
        std::string key = std::string("groups.") + kGroupIds[g];
        std::string where = std::string(text::cp_group_titles[g]);
        if (trimmed(groups_[g].leader).empty()) v.error(key + ".leader", where + text::cp_leader, text::required_message);
        if (trimmed(groups_[g].duties).empty()) v.error(key + ".duties", where + text::cp_duties, text::required_message);
    }
    required("project", text::cp_project, project_);
    if (standard_ < 0) v.error("standard", text::cp_standard, text::required_message);
    required("eligibility", text::cp_eligibility, eligibility_);
    required("place", text::cp_place, place_);
    required("technical", text::cp_technical, technical_);
    if (trimmed(rewards_).empty()) v.error("rewards", text::cp_rewards, text::cp_rewards_required);
    required("requirements", text::cp_requirements, requirements_);

    Date today_date = parse_date(today, "/today");
    std::optional<Date> date = valid_date(date_);
    if (trimmed(date_).empty()) {
        v.error("date", text::cp_date, text::required_message);
    } else if (!date) {
        v.error("date", text::cp_date, date_problem(date_));
    } else {
        try {  // 赛前15天: late is a warning (the bureau decides), not a blocker
            DeadlineCheck dc = check_deadline(kDeadlineEvent, *date, kApplyBy, today_date);
            if (dc.late)
                v.warning("date", text::cp_date,
                          printf_text(text::cp_late_format, today.c_str(), format_date(dc.deadline.date).c_str(),
                                      dc.deadline.clause.c_str(), dc.days_late));
        } catch (const InputError& e) {
            v.warning("date", text::cp_date, e.message);
        }
    }

    if (participants_ < 0) v.error("participants", text::cp_participants, text::cp_negative);
    if (projects_subsidised_ < 0) v.error("projects_subsidised", text::cp_projects_subsidised, text::cp_negative);
    if (enterprise_type_ < 0) v.error("enterprise_type", text::cp_enterprise_type, text::required_message);
    if (district_ < 0) v.error("district", text::ta_district, text::required_message);
    if (ownership_ < 0) v.error("ownership", text::ta_ownership, text::required_message);
    // The engine's reasons for "not eligible" at the field they concern (warnings: the plan itself is fine).
    if (estimate.is_object() && estimate.contains("error")) {
        v.error("participants", text::cp_participants, estimate["error"].value("message", ""));
    } else if (estimate.is_object()) {
        for (const json& issue : estimate.value("issues", json::array())) {
            if (issue.value("effect", "") != "excluded" || issue.contains("trainee")) continue;
            std::string code = issue.value("code", "");
            const char* key = code == "participants_below_minimum" ? "participants"
                              : code == "project_already_subsidised" ? "project_subsidised"
                                                                      : "projects_subsidised";
            v.warning(key, text::cp_enterprise_heading, issue.value("message", "") + "（" + issue.value("clause", "") + "）");
        }
    }
    for (size_t i = 0; i < registrations_.size(); i++) validate_registration(v, today_date, i);
}

std::optional<json> CompetitionPlan::scenario(const std::string& today) const {
    bool ranked = std::any_of(registrations_.begin(), registrations_.end(), [](const Registration& r) { return r.rank > 0; });
    if (participants_ <= 0 && !ranked) return std::nullopt;  // promotions are shown before the head count is known
    std::optional<Date> date = valid_date(date_);
    json s = {{"scheme", "competition"}, {"date", date ? format_date(*date) : today}, {"participants", std::max(0LL, participants_)}};
    if (enterprise_type_ >= 0)
        s["enterprise"] = {{"type", kEnterpriseTypeIds[enterprise_type_]},
                           {"competition_projects_subsidised", std::max(0LL, projects_subsidised_)},
                           {"project_subsidised_this_year", project_subsidised_}};
    json trainees = json::array();  // ranked contestants: promotions (三(一)5)
    for (size_t i = 0; i < registrations_.size(); i++) {
        const Registration& r = registrations_[i];
        if (r.rank <= 0) continue;
        std::string id = trimmed(r.name).empty() ? "选手" + std::to_string(i + 1) : trimmed(r.name);
        trainees.push_back({{"id", id}, {"rank", r.rank}, {"current_level", level_id(kCurrentLevels[std::max(0, r.level)])}});
    }
    if (!trainees.empty()) s["trainees"] = std::move(trainees);
    return s;
}

std::optional<RouteRequest> CompetitionPlan::route_request() const {
    return enterprise_route(district_, ownership_, "competition");
}

json CompetitionPlan::to_json() const {
    json j;  // member by member: an initializer list of this size costs ~4x the wasm bytes
    for (int g = 0; g < kGroupCount; g++) {
        json& group = j["groups"][kGroupIds[g]];
        group["leader"] = groups_[g].leader;
        group["members"] = groups_[g].members;
        group["duties"] = groups_[g].duties;
    }
    json& regs = j["registrations"] = json::array();
    for (const Registration& r : registrations_) {
        json& one = regs.emplace_back();
        one["name"] = r.name;
        one["sex"] = id_at(kSexIds, r.sex);
        one["political"] = name_at(text::reg_politicals, r.political);
        one["education"] = r.education;
        one["ethnicity"] = r.ethnicity;
        one["birth_date"] = r.birth_date;
        one["qualification"] = r.qualification;
        one["current_level"] = level_id(kCurrentLevels[std::max(0, r.level)]);
        one["workplace"] = r.workplace;
        one["project"] = r.project;
        one["identity"] = id_at(kIdentityIds, r.identity);
        one["address"] = r.address;
        one["id"] = r.id;
        one["social_security"] = r.social_security;
        one["mobile"] = r.mobile;
        one["email"] = r.email;
        one["rank"] = r.rank;
        one["photo_jpeg_base64"] = photo::base64_encode(r.jpeg);
    }
    j["competition_name"] = name_;
    j["company_name"] = company_;
    j["purpose"] = purpose_;
    j["office"]["location"] = office_location_;
    j["office"]["director"] = office_director_;
    j["office"]["members"] = office_members_;
    j["project"] = project_;
    j["standard"] = id_at(kStandardIds, standard_);
    j["eligibility"] = eligibility_;
    j["date"] = date_;
    j["place"] = place_;
    j["technical"] = technical_;
    j["rewards"] = rewards_;
    j["requirements"] = requirements_;
    j["enterprise"]["type"] = id_at(kEnterpriseTypeIds, enterprise_type_);
    j["enterprise"]["projects_subsidised"] = projects_subsidised_;
    j["enterprise"]["project_subsidised_this_year"] = project_subsidised_;
    j["enterprise"]["participants"] = participants_;
    j["district"] = district_name(district_);
    j["ownership"] = id_at(kOwnershipIds, ownership_);
    return j;
}

void CompetitionPlan::from_json(const json& b, int) {
    if (!b.is_object()) throw std::runtime_error(text::roster_bad_body);
    try {
        name_ = b.value("competition_name", "");
        company_ = b.value("company_name", "");
        purpose_ = b.value("purpose", "");
        json office = b.value("office", json::object());
        office_location_ = office.value("location", "");
        office_director_ = office.value("director", "");
        office_members_ = office.value("members", "");
        json groups = b.value("groups", json::object());
        for (int g = 0; g < kGroupCount; g++) {
            json one = groups.value(kGroupIds[g], json::object());
            groups_[g] = Group{one.value("leader", ""), one.value("members", ""), one.value("duties", "")};
        }
        project_ = b.value("project", "");
        standard_ = index_of(kStandardIds, b.value("standard", ""));
        eligibility_ = b.value("eligibility", "");
        date_ = b.value("date", "");
        place_ = b.value("place", "");
        technical_ = b.value("technical", "");
        rewards_ = b.value("rewards", "");
        requirements_ = b.value("requirements", "");
        json e = b.value("enterprise", json::object());
        enterprise_type_ = index_of(kEnterpriseTypeIds, e.value("type", ""));
        projects_subsidised_ = e.value("projects_subsidised", 0LL);
        project_subsidised_ = e.value("project_subsidised_this_year", false);
        participants_ = e.value("participants", 0LL);
        district_ = district_index(b.value("district", ""));
        ownership_ = index_of(kOwnershipIds, b.value("ownership", ""));
        registrations_.clear();
        for (const json& j : b.value("registrations", json::array())) {
            Registration r;
            r.uid = next_uid();
            r.name = j.value("name", "");
            r.sex = index_of(kSexIds, j.value("sex", ""));
            r.political = index_of(text::reg_politicals, j.value("political", ""));
            r.education = j.value("education", "");
            r.ethnicity = j.value("ethnicity", "");
            r.birth_date = j.value("birth_date", "");
            r.qualification = j.value("qualification", "");
            r.level = 0;
            std::string level = j.value("current_level", "none");
            for (size_t i = 0; i < std::size(kCurrentLevels); i++)
                if (level == level_id(kCurrentLevels[i])) r.level = static_cast<int>(i);
            r.workplace = j.value("workplace", "");
            r.project = j.value("project", "");
            r.identity = index_of(kIdentityIds, j.value("identity", ""));
            r.address = j.value("address", "");
            r.id = j.value("id", "");
            r.social_security = j.value("social_security", "");
            r.mobile = j.value("mobile", "");
            r.email = j.value("email", "");
            r.rank = j.value("rank", 0LL);
            if (!photo::base64_decode(j.value("photo_jpeg_base64", ""), r.jpeg) || !photo::check_jpeg(r.jpeg).empty())
                r.jpeg.clear();  // a damaged photo is dropped (and reported as missing), not the draft
            registrations_.push_back(std::move(r));
        }
    } catch (const json::exception&) {
        throw std::runtime_error(text::roster_bad_body);
    }
}

std::string CompetitionPlan::registration_html(const Registration& r) const {
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
    if (r.level > 0) qualification += "（" + std::string(level_name(kCurrentLevels[r.level])) + "）";
    std::string h = "<div class=\"page registration\"><h1>" + esc(text::reg_heading) + "</h1><p>" + esc(text::reg_filler) +
                    esc(company_) + "</p><table>";
    h += "<tr>" + cell(text::reg_name, r.name) + cell(text::reg_sex, name_at(text::reg_sexes, r.sex)) +
         "<td rowspan=\"3\" class=\"photo\">" + photo_cell + "</td></tr>";
    h += "<tr>" + cell(text::reg_political, name_at(text::reg_politicals, r.political)) + cell(text::reg_education, r.education) + "</tr>";
    h += "<tr>" + cell(text::reg_ethnicity, r.ethnicity) + cell(text::reg_birth, r.birth_date) + "</tr>";
    h += "<tr>" + cell(text::reg_qualification, qualification, 4) + "</tr>";
    h += "<tr>" + cell(text::reg_workplace, r.workplace, 4) + "</tr>";
    h += "<tr>" + cell(text::reg_competition, name_, 4) + "</tr>";
    h += "<tr>" + cell(text::reg_project, r.project, 4) + "</tr>";
    h += "<tr><th>" + esc(text::reg_identity) + "</th><td colspan=\"4\">" + esc(identity) + "</td></tr>";
    h += "<tr>" + cell(text::reg_address, r.address, 4) + "</tr>";
    h += "<tr>" + cell(text::reg_id, r.id, 4) + "</tr>";
    h += "<tr>" + cell(text::reg_social_security, r.social_security) + cell(text::reg_mobile, r.mobile, 2) + "</tr>";
    h += "<tr>" + cell(text::reg_email, r.email, 4) + "</tr></table><p>" + esc(text::reg_photo_note) + "</p></div>";
    return h;
}

std::string CompetitionPlan::print_html(const PrintContext& ctx) const {
    auto esc = [](const std::string& s) { return html_escape(s); };
    auto para = [&](const std::string& s) { return "<p>" + parts::html_lines(s) + "</p>"; };
    auto labelled = [&](const char* label, const std::string& s) { return "<p>" + esc(label) + "：" + parts::html_lines(s) + "</p>"; };
    std::string h = parts::print_head(std::string(text::form_competition_plan) + " " + title());
    h += "<div class=\"page\"><h1>" + esc(name_.empty() ? std::string(text::form_competition_plan) : name_) + "</h1>";
    h += "<p style=\"text-align:center\">" + esc(company_) + "</p>";
    h += "<h2>" + esc(text::cp_s1) + "</h2>" + para(purpose_);
    h += "<h2>" + esc(text::cp_s2) + "</h2>" +
         para(printf_text(text::cp_office_intro_format, office_location_.empty() ? text::cp_blank : office_location_.c_str()));
    h += labelled(text::cp_office_director, office_director_) + labelled(text::cp_office_members, office_members_);
    h += para(text::cp_office_groups_line);
    for (int g = 0; g < kGroupCount; g++) {
        h += "<h3>" + esc(text::cp_group_titles[g]) + "</h3>" + labelled(text::cp_leader, groups_[g].leader) +
             labelled(text::cp_members, groups_[g].members) + "<p>" + esc(text::cp_duties) + "：</p>";
        int n = 0;
        for (const std::string& line : split_lines(groups_[g].duties))
            h += "<p>" + std::to_string(++n) + "、" + esc(line) + "</p>";
    }
    std::string standard = standard_ == static_cast<int>(std::size(kStandardIds)) - 1
                               ? std::string(text::cp_standard_industry)
                               : printf_text(text::cp_standard_line_format,
                                             standard_ < 0 ? text::cp_standard_blank : name_at(text::cp_standard_levels, standard_).c_str());
    h += "<h2>" + esc(text::cp_s3) + "</h2>" + para(project_ + " " + standard);
    h += "<h2>" + esc(text::cp_s4) + "</h2>" + para(eligibility_);
    h += "<h2>" + esc(text::cp_s5) + "</h2>" + labelled(text::cp_date, (trimmed(date_).empty() ? std::string(text::cp_date_blank) : date_) + "，" + text::cp_date_note) +
         labelled(text::cp_place, place_);
    h += "<h2>" + esc(text::cp_s6) + "</h2>" + para(technical_);
    h += "<h2>" + esc(text::cp_s7) + "</h2>" + para(std::string(text::cp_rewards_intro) + "\n" + rewards_);
    h += "<h2>" + esc(text::cp_s8) + "</h2>" + para(requirements_);
    h += "<h2>" + esc(text::cp_enterprise_heading) + "</h2><table id=\"estimate\">";
    h += "<tr><th>" + esc(text::cp_participants) + "</th><td>" + std::to_string(participants_) + "</td><th>" +
         esc(text::cp_enterprise_type) + "</th><td>" + esc(name_at(text::cp_enterprise_types, enterprise_type_)) + "</td></tr>";
    for (const std::string& line : deadline_lines_) h += "<tr><td colspan=\"4\">" + esc(line) + "</td></tr>";
    if (!deadline_warning_.empty()) h += "<tr><td colspan=\"4\">" + esc(deadline_warning_) + "</td></tr>";
    if (ctx.estimate) {
        const json& e = *ctx.estimate;
        h += "<tr><th>" + esc(printf_text(text::estimate_total_format, yuan_text(e.value("total_fen", 0LL)).c_str())) +
             "</th><td colspan=\"3\">" + esc(e.value("scheme_name", "")) + "（" + esc(e.value("clause", "")) + "）" +
             esc(e.value("eligible", false) ? text::estimate_eligible : text::estimate_not_eligible) + "</td></tr>";
        for (const json& line : e.value("items", json::array()))
            h += "<tr><th>" + esc(line.value("label", "")) + "</th><td>" + esc(yuan_text(line.value("amount_fen", 0LL))) +
                 "</td><td>" + esc(line.value("clause", "")) + "</td><td>" + esc(line.value("explain", "")) + "</td></tr>";
        for (const json& issue : e.value("issues", json::array()))
            h += "<tr><th>" + esc(issue.value("clause", "")) + "</th><td colspan=\"3\">" + esc(issue.value("message", "")) +
                 "</td></tr>";
    }
    h += "</table>";
    if (ctx.route)
        h += "<p>" + esc(printf_text(text::route_office_format, ctx.route->office.c_str())) + "（" + esc(ctx.route->clause) + "）</p>";
    h += "</div>";
    for (const Registration& r : registrations_) h += registration_html(r);
    return h + "</body></html>";
}

}  // namespace

std::unique_ptr<FormModel> create_competition_plan_model() { return std::make_unique<CompetitionPlan>(); }
void draw_competition_plan(FormModel& model, FormContext& ctx) { static_cast<CompetitionPlan&>(model).draw(ctx); }

}  // namespace skillaid
