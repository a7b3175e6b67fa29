// 企业职业技能竞赛方案 (长人社联〔2020〕12号 附件5): the eight sections of the
// sample plan, the enterprise data of the 三(一)5 estimate (per project,
// participants, project limits), the competition's deadlines (赛前 application,
// 赛后 materials; assets/calendar/deadlines.json), and the 参赛选手信息登记表
// as a list inside the plan (one registration per contestant, with a JPG
// photo), whose ranks give the promotion lines. Format 2 adds the 命题裁判组's
// 命题人员 / 考评人员 lists, the 竞赛说明 sub-sections and prints the
// 参赛选手守则 (fixed text, assets/forms/competition-plan.json); those parts are
// in engine/forms/competition_sections.cpp. The view is ui/forms/competition_plan.cpp.
#pragma once
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/forms/form.h"
#include "engine/policy.h"

namespace skillaid {

// Contestant photos (附件5 登记表 备注: "JPG 格式，大小不超过 1M"), kept as the
// file's bytes (base64 in the body). The page decodes thumbnails (ui/forms/photo.h).
namespace photo {
inline constexpr size_t kMaxBytes = 1024 * 1024;  // 附件5 备注: 大小不超过 1M
// "" when `bytes` is an acceptable photo (JPEG magic bytes, size), else the Chinese reason.
std::string check_jpeg(std::span<const uint8_t> bytes);
std::string base64_encode(std::span<const uint8_t> bytes);
bool base64_decode(std::string_view text, std::vector<uint8_t>& out);  // false on a bad character
}  // namespace photo

// A contestant's current level (Level::none first, then the held levels of
// training_levels()): what Registration::level indexes.
std::span<const Level> contestant_levels();

// The body's format (registry.cpp): 2 added the 命题人员 / 考评人员 lists and the 竞赛说明 sub-sections.
inline constexpr int kCompetitionPlanFormat = 2;

// The stored ids of the choice fields, in the order of their texts.
inline constexpr const char* kCompetitionGroupIds[] = {"affairs", "judging", "support", "supervision"};  // 赛务 命题裁判 保障 监督仲裁
inline constexpr int kCompetitionGroupCount = 4;
inline constexpr const char* kContestantSexIds[] = {"male", "female"};                              // text::reg_sexes
inline constexpr const char* kContestantIdentityIds[] = {"private", "state_owned", "above_scale"};   // text::reg_identities

// One group of the 竞赛工作办公室 (二、组织机构); duties one a line.
struct CompetitionGroup {
    std::string leader, members, duties;
};

// One row of the 命题裁判组's 命题人员 or 考评人员 list (附件5 二(二): "命题人员、
// 考评人员（名单略）": the sample leaves the columns to us; these are the
// 登记表's 姓名 / 工作单位 / 职业资格和等级 plus 职务/职称). text::cp_staff_columns.
struct CompetitionStaff {
    std::string name, unit, title, qualification;
};
inline constexpr const char* kCompetitionStaffListIds[] = {"setters", "examiners"};  // 命题人员 考评人员
inline constexpr int kCompetitionStaffListCount = 2;

// The 竞赛说明 sub-sections of 附件5 (一 竞赛内容, 二 竞赛方式, 三 技术要求 with
// (一) to (四), 四 竞赛纪律, 五 竞赛违纪处理规定, 六 申诉与仲裁), stored under
// "explanation"; 三's own text is the plan's `technical`. text::cp_explanation_*.
inline constexpr const char* kCompetitionExplanationIds[] = {"content", "method", "draw", "notes", "scoring",
                                                             "safety", "discipline", "violations", "appeals"};
inline constexpr int kCompetitionExplanationCount = 9;
// The sub-sections the organiser must fill in (the rest may stay empty).
inline constexpr bool kCompetitionExplanationRequired[] = {true, true, false, false, false, false, true, true, true};

// The 参赛选手守则 (附件5, 供参考) from assets/forms/competition-plan.json: printed, never typed.
struct ContestantRules {
    std::string title, note, source;
    std::vector<std::string> rules;  // five, each with its 一、 to 五、
};
const ContestantRules& contestant_rules();

// One 参赛选手信息登记表.
struct Registration {
    std::string name, education, ethnicity, birth_date, qualification, workplace, project, address, id,
        social_security, mobile, email;
    int sex = -1;        // kContestantSexIds, -1 = not chosen
    int political = -1;  // text::reg_politicals (stored by name)
    int identity = -1;   // kContestantIdentityIds
    int level = 0;       // contestant_levels(), 0 = 无等级
    long long rank = 0;  // after the competition, 0 = none
    std::vector<uint8_t> jpeg;  // the photo file, empty when none

    // A valid resident ID fills an empty birth date and an unchosen sex.
    void fill_from_id();
};

// The competition's deadlines as shown and printed: one line per deadline
// ("竞赛申请截止：2026-04-05（赛前15天（自然日），五(三)2(1)③）"), and the
// provisional-calendar warning ("" when only official years were used).
struct CompetitionDeadlines {
    std::vector<std::string> lines;
    std::string warning;
};

class CompetitionPlanModel final : public FormModel {
public:
    CompetitionPlanModel();

    // 竞赛名称, 组织竞赛企业, 一、竞赛目的.
    std::string name, company, purpose;
    // 二、组织机构: the office and its four groups (kCompetitionGroupIds).
    std::string office_location, office_director, office_members;
    std::array<CompetitionGroup, kCompetitionGroupCount> groups;
    // 命题裁判组's 命题人员 and 考评人员 (kCompetitionStaffListIds; format 2).
    std::array<std::vector<CompetitionStaff>, kCompetitionStaffListCount> staff;
    // 六、竞赛说明: the sub-sections (kCompetitionExplanationIds; format 2).
    std::array<std::string, kCompetitionExplanationCount> explanation;
    // 三、竞赛标准 (standard: text::cp_standard_levels, -1 = not chosen), 四 to 八.
    std::string project;
    int standard = -1;
    std::string eligibility, date, place, technical, rewards, requirements;
    // The 三(一)5 estimate: participants, EnterpriseType index (-1 = not chosen), projects subsidised this year.
    long long participants = 0, projects_subsidised = 0;
    int enterprise_type = -1;
    bool project_subsidised = false;
    // Where it goes: form_districts() index, ownership (kEnterpriseOwnershipIds), -1 = not chosen.
    int district = -1, ownership = -1;
    // 参赛选手信息登记表, one per contestant.
    std::vector<Registration> registrations;

    // A new registration with the plan's company and project filled in.
    Registration new_registration() const;
    // The deadlines of `date` counted now (empty lines when the date is not a valid date).
    CompetitionDeadlines deadlines() const;
    // deadlines() as of the last validate(): what the view shows.
    const CompetitionDeadlines& shown_deadlines() const { return shown_deadlines_; }
    // "补贴测算信息（三(一)5）", the clause from the policy data.
    static std::string enterprise_heading();

    void prefill(const Profile& p) override { company = p.org_name; }
    void validate(Validation& v, const std::string& today, const nlohmann::json& estimate) const override;
    nlohmann::json to_json() const override;
    void from_json(const nlohmann::json& body, int format_version) override;
    std::string title() const override { return name.empty() ? company : name; }
    std::optional<nlohmann::json> scenario(const std::string& today) const override;
    std::optional<RouteRequest> route_request() const override;
    std::string print_html(const PrintContext& ctx) const override;

private:
    void validate_registration(Validation& v, const Date& today, size_t i) const;
    // Format 2 parts (competition_sections.cpp): body members, checks and print pieces.
    void sections_to_json(nlohmann::json& j) const;
    void sections_from_json(const nlohmann::json& body);
    void validate_sections(Validation& v) const;
    std::string staff_html() const;        // the two lists, inside (二)命题裁判组
    std::string explanation_html() const;  // the sub-sections, inside 六、竞赛说明
    static std::string rules_html();       // 参赛选手守则
    std::string registration_html(const Registration& r) const;
    mutable CompetitionDeadlines shown_deadlines_;  // refreshed by validate()
    // The format the body was read with: a format-1 body (queued by an older
    // release) lacks the format-2 parts, so their absence is a warning for it.
    int body_version_ = kCompetitionPlanFormat;
};

}  // namespace skillaid
