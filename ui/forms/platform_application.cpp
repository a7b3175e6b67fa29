// 网络线上培训第三方监管平台申请表 (长人社联〔2020〕12号 附件3) with the
// 第三方监管平台资质汇总表 (附件2) as its checklist: every 必达指标, the
// concurrency figure and the system integration must be met before the form
// can be marked ready (四(一)).
#include <algorithm>
#include <stdexcept>
#include <utility>

#include "engine/date.h"
#include "engine/policy.h"
#include "engine/validators.h"
#include "imgui.h"
#include "ui/forms.h"
#include "ui/forms/form_parts.h"
#include "ui/strings.h"
#include "ui/test_hooks.h"

namespace skillaid {
namespace {

using nlohmann::json;
using parts::printf_text;
using parts::trimmed;

constexpr const char* kConcurrentClause = "附件2 二";
constexpr int kQualificationCount = 5;
constexpr bool kQualificationRequired[kQualificationCount] = {true, true, false, false, true};  // 四(一)1 names 1, 2, 5
constexpr int kSupervisionCount = 8;
constexpr bool kSupervisionMust[kSupervisionCount] = {true, true, false, false, true, true, false, false};  // 必达指标

// Items 3, 4, 7 and 8 of 四 are met by their sub-options (ids stored in the body).
struct OptionGroup {
    int item;  // 0-based index into 四
    const char* body_key;
    const char* const* names;
    const char* const* ids;
    int count;
};
constexpr const char* kSignInIds[] = {"system", "face", "screen_recording", "screenshot", "fingerprint"};
constexpr const char* kSpotCheckIds[] = {"automatic", "manual"};
constexpr const char* kCourseIds[] = {"face_compare", "camera_snapshot", "questions"};
constexpr const char* kStatisticsIds[] = {"users", "learning", "courses", "supervision", "exams"};
constexpr OptionGroup kOptionGroups[] = {
    {2, "sign_in", text::pa_sign_in_options, kSignInIds, 5},
    {3, "spot_check", text::pa_spot_check_options, kSpotCheckIds, 2},
    {6, "course_supervision", text::pa_course_options, kCourseIds, 3},
    {7, "statistics", text::pa_statistics_options, kStatisticsIds, 5},
};
constexpr int kOptionGroupCount = 4;
constexpr int kMaxOptions = 5;
// 四(一)3 "具备多种生物识别技术": the biometric options (group, option).
constexpr std::pair<int, int> kBiometrics[] = {{0, 1}, {0, 4}, {2, 0}};
constexpr int kMinBiometrics = 2;

const OptionGroup* group_of(int item) {
    for (const OptionGroup& g : kOptionGroups)
        if (g.item == item) return &g;
    return nullptr;
}

class PlatformApplication final : public FormModel {
public:
    void prefill(const Profile& p) override { company_ = p.org_name; }
    void draw(FormContext& ctx);
    void validate(Validation& v, const std::string& today, const json& estimate) const override;
    json to_json() const override;
    void from_json(const json& body, int format_version) override;
    std::string title() const override { return platform_name_.empty() ? company_ : platform_name_; }
    std::string print_html(const PrintContext& ctx) const override;

private:
    bool item_met(int i) const;
    bool any_option(int group) const;

    std::string company_, address_, credit_code_, platform_name_, url_, summary_, contact_, phone_;
    bool qualifications_[kQualificationCount] = {};
    long long concurrent_ = 0;
    bool integration_ = false;
    bool supervision_[kSupervisionCount] = {};  // items without options
    bool options_[kOptionGroupCount][kMaxOptions] = {};
};

bool PlatformApplication::any_option(int group) const {
    for (int o = 0; o < kOptionGroups[group].count; o++)
        if (options_[group][o]) return true;
    return false;
}

bool PlatformApplication::item_met(int i) const {
    const OptionGroup* g = group_of(i);
    return g ? any_option(static_cast<int>(g - kOptionGroups)) : supervision_[i];
}

std::string item_label(int i) {
    return std::to_string(i + 1) + "　" + text::pa_supervision[i] + (kSupervisionMust[i] ? text::pa_must : "");
}

void PlatformApplication::draw(FormContext& ctx) {
    const Validation& v = ctx.validation;
    bool& c = ctx.changed;
    c |= ui::text_field("company_name", text::pa_company, company_, v);
    c |= ui::text_field("address", text::pa_address, address_, v);
    c |= ui::text_field("credit_code", text::pa_credit_code, credit_code_, v);
    c |= ui::text_field("platform_name", text::pa_platform_name, platform_name_, v);
    c |= ui::text_field("platform_url", text::pa_url, url_, v, text::pa_url_hint);
    c |= parts::multiline_field("summary", text::pa_summary, summary_, v, 4);
    ui::value_field("conformity", text::pa_conformity, text::pa_conformity_value);
    c |= ui::text_field("contact", text::pa_contact, contact_, v);
    c |= ui::text_field("phone", text::pa_phone, phone_, v);

    ImGui::SeparatorText(text::pa_checklist_heading);
    ImGui::TextUnformatted(text::pa_section_qualification);
    for (int i = 0; i < kQualificationCount; i++) {
        std::string label = std::to_string(i + 1) + "　" + text::pa_qualifications[i];
        c |= parts::check_field(("qualification." + std::to_string(i + 1)).c_str(), label.c_str(), qualifications_[i], v);
    }
    ImGui::TextUnformatted(text::pa_section_network);
    c |= ui::number_field("concurrent_learners", text::pa_concurrent, concurrent_, v);
    ImGui::TextUnformatted(text::pa_section_technical);
    c |= parts::check_field("integration", text::pa_integration, integration_, v);
    ImGui::TextUnformatted(text::pa_section_supervision);
    for (int i = 0; i < kSupervisionCount; i++) {
        std::string key = "supervision." + std::to_string(i + 1);
        std::string label = item_label(i);
        const OptionGroup* g = group_of(i);
        if (!g) {
            c |= parts::check_field(key.c_str(), label.c_str(), supervision_[i], v);
            continue;
        }
        ImGui::TextWrapped("%s", label.c_str());
        test_hook_item(key.c_str(), item_met(i) ? "true" : "false");
        int gi = static_cast<int>(g - kOptionGroups);
        ImGui::Indent();
        for (int o = 0; o < g->count; o++) {
            if (o > 0) ImGui::SameLine();
            c |= parts::check_field((key + "." + g->ids[o]).c_str(), g->names[o], options_[gi][o], v);
        }
        ImGui::Unindent();
        ui::field_message(key.c_str(), v);
    }

    ImGui::SeparatorText(text::pa_commitment_heading);
    ImGui::PushTextWrapPos(0.0f);
    for (const char* line : text::pa_commitments) ImGui::TextDisabled("%s", line);
    ImGui::PopTextWrapPos();
}

// Mobile, or a landline: area code 0 + 2-3 digits, then 7-8 digits ("0431-89871357").
bool phone_ok(const std::string& p) {
    if (check_mobile(p).ok) return true;
    std::string digits;
    for (char ch : p) {
        if (ch == '-' || ch == ' ') continue;
        if (ch < '0' || ch > '9') return false;
        digits += ch;
    }
    constexpr size_t kMinLandline = 10, kMaxLandline = 12;  // 3-4 digit area code + 7-8 digit number
    return digits.size() >= kMinLandline && digits.size() <= kMaxLandline && digits[0] == '0';
}

bool url_ok(const std::string& u) {
    for (std::string_view scheme : {"http://", "https://"}) {
        if (u.rfind(scheme, 0) != 0) continue;
        std::string_view host = std::string_view(u).substr(scheme.size());
        host = host.substr(0, host.find_first_of("/?#"));
        return host.find('.') != std::string_view::npos && host.front() != '.' && host.back() != '.' &&
               u.find_first_of(" \t") == std::string::npos;
    }
    return false;
}

void PlatformApplication::validate(Validation& v, const std::string& today, const json&) const {
    auto required = [&](const char* key, const char* label, const std::string& value) {
        if (trimmed(value).empty()) v.error(key, label, text::required_message);
    };
    required("company_name", text::pa_company, company_);
    required("address", text::pa_address, address_);
    if (!trimmed(credit_code_).empty()) {
        CheckResult r = check_credit_code(credit_code_);
        if (!r.ok) v.error("credit_code", text::pa_credit_code, r.message);
        else if (r.severity == Severity::warning) v.warning("credit_code", text::pa_credit_code, r.message);
    }
    required("platform_name", text::pa_platform_name, platform_name_);
    if (trimmed(url_).empty()) v.error("platform_url", text::pa_url, text::required_message);
    else if (!url_ok(trimmed(url_))) v.error("platform_url", text::pa_url, text::pa_url_bad);
    required("summary", text::pa_summary, summary_);
    required("contact", text::pa_contact, contact_);
    if (trimmed(phone_).empty()) v.error("phone", text::pa_phone, text::required_message);
    else if (!phone_ok(trimmed(phone_))) v.error("phone", text::pa_phone, text::pa_phone_bad);

    for (int i = 0; i < kQualificationCount; i++) {
        if (qualifications_[i]) continue;
        std::string key = "qualification." + std::to_string(i + 1);
        std::string where = printf_text(text::pa_item_format, text::pa_section_qualification, i + 1);
        if (kQualificationRequired[i]) v.error(key, where, printf_text(text::pa_required_unmet_format, "四(一)1"));
        else v.warning(key, where, text::pa_listed_only);
    }
    // 附件2 二: 同时在线学习人数不低于 N 人 (policy data).
    const long long min_learners = policy_for(parse_date(today, "/today")).platform_min_concurrent_learners.value;
    if (concurrent_ < min_learners)
        v.error("concurrent_learners", std::string(text::pa_concurrent) + "（" + kConcurrentClause + "）",
                printf_text(text::pa_concurrent_low_format, concurrent_, min_learners, min_learners - concurrent_));
    if (!integration_) v.error("integration", text::pa_section_technical, printf_text(text::pa_required_unmet_format, "四(一)3"));
    for (int i = 0; i < kSupervisionCount; i++) {
        if (item_met(i)) continue;
        std::string key = "supervision." + std::to_string(i + 1);
        std::string where = printf_text(text::pa_item_format, text::pa_section_supervision, i + 1);
        if (kSupervisionMust[i]) v.error(key, where, text::pa_must_unmet);
        else v.warning(key, where, text::pa_no_option);
    }
    int biometrics = 0;
    for (auto [g, o] : kBiometrics) biometrics += options_[g][o] ? 1 : 0;
    if (biometrics < kMinBiometrics) v.warning("supervision.3", text::pa_section_supervision, text::pa_biometrics_few);
}

json PlatformApplication::to_json() const {
    json j;  // member by member: an initializer list of this size costs ~4x the wasm bytes
    j["supervision_options"] = json::object();
    for (int g = 0; g < kOptionGroupCount; g++) {
        json& ids = j["supervision_options"][kOptionGroups[g].body_key] = json::array();
        for (int o = 0; o < kOptionGroups[g].count; o++)
            if (options_[g][o]) ids.push_back(kOptionGroups[g].ids[o]);
    }
    json& supervision = j["supervision"] = json::array();
    for (int i = 0; i < kSupervisionCount; i++)
        if (!group_of(i)) supervision.push_back(supervision_[i]);
    j["company_name"] = company_;
    j["address"] = address_;
    j["credit_code"] = credit_code_;
    j["platform_name"] = platform_name_;
    j["platform_url"] = url_;
    j["summary"] = summary_;
    j["contact"] = contact_;
    j["phone"] = phone_;
    j["qualifications"] = qualifications_;
    j["concurrent_learners"] = concurrent_;
    j["integration"] = integration_;
    return j;
}

void PlatformApplication::from_json(const json& b, int) {
    if (!b.is_object()) throw std::runtime_error(text::roster_bad_body);
    try {
        company_ = b.value("company_name", "");
        address_ = b.value("address", "");
        credit_code_ = b.value("credit_code", "");
        platform_name_ = b.value("platform_name", "");
        url_ = b.value("platform_url", "");
        summary_ = b.value("summary", "");
        contact_ = b.value("contact", "");
        phone_ = b.value("phone", "");
        json q = b.value("qualifications", json::array());
        for (int i = 0; i < kQualificationCount; i++) qualifications_[i] = i < static_cast<int>(q.size()) && q[i].get<bool>();
        concurrent_ = b.value("concurrent_learners", 0LL);
        integration_ = b.value("integration", false);
        json s = b.value("supervision", json::array());  // the items without options, in order
        size_t next = 0;
        for (int i = 0; i < kSupervisionCount; i++) {
            if (group_of(i)) continue;
            supervision_[i] = next < s.size() && s[next].get<bool>();
            next++;
        }
        json options = b.value("supervision_options", json::object());
        for (int g = 0; g < kOptionGroupCount; g++) {
            json ids = options.value(kOptionGroups[g].body_key, json::array());
            for (int o = 0; o < kOptionGroups[g].count; o++)
                options_[g][o] = std::find(ids.begin(), ids.end(), kOptionGroups[g].ids[o]) != ids.end();
        }
    } catch (const json::exception&) {
        throw std::runtime_error(text::roster_bad_body);
    }
}

std::string PlatformApplication::print_html(const PrintContext&) const {
    auto esc = [](const std::string& s) { return html_escape(s); };
    auto row = [&](const char* label, const std::string& value) {
        return "<tr><th>" + esc(label) + "</th><td>" + value + "</td></tr>";
    };
    auto mark = [](bool on) { return std::string(on ? text::pa_yes : text::pa_no); };
    std::string h = parts::print_head(std::string(text::form_platform_application) + " " + title());
    h += "<div class=\"page\"><h1>" + esc(text::form_platform_application) + "</h1><table id=\"application\">";
    h += row(text::pa_company, esc(company_)) + row(text::pa_address, esc(address_));
    if (!trimmed(credit_code_).empty()) h += row(text::pa_credit_code, esc(credit_code_));
    h += row(text::pa_platform_name, esc(platform_name_));
    h += row(text::pa_url, esc(url_) + "<p>" + esc(text::pa_qr_note) + "</p>");
    h += row(text::pa_summary, parts::html_lines(summary_));
    h += row(text::pa_conformity, esc(text::pa_conformity_value));
    h += row(text::pa_contact_phone, esc(contact_ + "　" + phone_));
    std::string commitment;
    for (const char* line : text::pa_commitments) commitment += "<p>" + esc(line) + "</p>";
    commitment += "<div class=\"sign\"><span>" + esc(text::ta_signature) + "</span><span>" + esc(text::ta_seal) +
                  "</span></div><p style=\"text-align:right\">" + esc(text::ta_date_line) + "</p>";
    h += row(text::pa_commitment_heading, commitment);
    h += "<tr><th>" + esc(text::ta_bureau_opinion) + "</th><td class=\"box\" id=\"bureau-opinion\"><div class=\"sign\"><span></span><span>" +
         esc(text::ta_seal) + "</span></div><p style=\"text-align:right\">" + esc(text::ta_date_line) + "</p></td></tr></table></div>";

    h += "<div class=\"page\"><h1>" + esc(text::pa_checklist_heading) + "</h1><table id=\"checklist\">";
    h += "<tr><th colspan=\"3\">" + esc(text::pa_section_qualification) + "</th></tr>";
    for (int i = 0; i < kQualificationCount; i++)
        h += "<tr><td>" + std::to_string(i + 1) + "</td><td>" + esc(text::pa_qualifications[i]) + "</td><td>" +
             mark(qualifications_[i]) + "</td></tr>";
    h += "<tr><th colspan=\"2\">" + esc(text::pa_section_network) + "</th><td>" + std::to_string(concurrent_) + "</td></tr>";
    h += "<tr><th colspan=\"3\">" + esc(text::pa_section_technical) + "</th></tr><tr><td>1</td><td>" +
         esc(text::pa_integration) + "</td><td>" + mark(integration_) + "</td></tr>";
    h += "<tr><th colspan=\"3\">" + esc(text::pa_section_supervision) + "</th></tr>";
    for (int i = 0; i < kSupervisionCount; i++) {
        std::string cell = esc(std::string(text::pa_supervision[i]) + (kSupervisionMust[i] ? text::pa_must : ""));
        if (const OptionGroup* g = group_of(i)) {
            cell += "：";
            int gi = static_cast<int>(g - kOptionGroups);
            for (int o = 0; o < g->count; o++) cell += mark(options_[gi][o]) + esc(g->names[o]) + " ";
        }
        h += "<tr><td>" + std::to_string(i + 1) + "</td><td>" + cell + "</td><td>" + mark(item_met(i)) + "</td></tr>";
    }
    return h + "</table></div></body></html>";
}

}  // namespace

std::unique_ptr<FormModel> create_platform_application_model() { return std::make_unique<PlatformApplication>(); }
void draw_platform_application(FormModel& model, FormContext& ctx) { static_cast<PlatformApplication&>(model).draw(ctx); }

}  // namespace skillaid
