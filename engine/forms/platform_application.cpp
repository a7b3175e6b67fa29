// 第三方监管平台申请表 model (engine/forms/platform_application.h).
#include "engine/forms/platform_application.h"

#include <algorithm>
#include <stdexcept>

#include "engine/errors.h"
#include "engine/forms/fields.h"
#include "engine/forms/print.h"
#include "engine/forms/text.h"
#include "engine/forms/texts.h"
#include "engine/validators.h"

namespace skillaid {

using nlohmann::json;

namespace {

// 四 items 3, 4, 7 and 8 are met by their options.
constexpr PlatformOption kSignIn[] = {{"system", text::pa_sign_in_options[0]},
                                      {"face", text::pa_sign_in_options[1], true},
                                      {"screen_recording", text::pa_sign_in_options[2]},
                                      {"screenshot", text::pa_sign_in_options[3]},
                                      {"fingerprint", text::pa_sign_in_options[4], true}};
constexpr PlatformOption kSpotCheck[] = {{"automatic", text::pa_spot_check_options[0]},
                                         {"manual", text::pa_spot_check_options[1]}};
constexpr PlatformOption kCourse[] = {{"face_compare", text::pa_course_options[0], true},
                                      {"camera_snapshot", text::pa_course_options[1]},
                                      {"questions", text::pa_course_options[2]}};
constexpr PlatformOption kStatistics[] = {{"users", text::pa_statistics_options[0]},
                                          {"learning", text::pa_statistics_options[1]},
                                          {"courses", text::pa_statistics_options[2]},
                                          {"supervision", text::pa_statistics_options[3]},
                                          {"exams", text::pa_statistics_options[4]}};

// 一: 四(一)1 names items 1, 2 and 5; 3 and 4 are listed by attachment 2 only.
constexpr PlatformItem kQualifications[] = {
    {text::pa_qualifications[0], true, "四(一)1"}, {text::pa_qualifications[1], true, "四(一)1"},
    {text::pa_qualifications[2]},                  {text::pa_qualifications[3]},
    {text::pa_qualifications[4], true, "四(一)1"}};
constexpr PlatformItem kIntegration = {text::pa_integration, true, "四(一)3"};
// 四: the 必达指标 are required.
constexpr PlatformItem kSupervision[] = {
    {text::pa_supervision[0], true},
    {text::pa_supervision[1], true},
    {text::pa_supervision[2], false, nullptr, "sign_in", kSignIn},
    {text::pa_supervision[3], false, nullptr, "spot_check", kSpotCheck},
    {text::pa_supervision[4], true},
    {text::pa_supervision[5], true},
    {text::pa_supervision[6], false, nullptr, "course_supervision", kCourse},
    {text::pa_supervision[7], false, nullptr, "statistics", kStatistics}};
static_assert(std::size(kQualifications) == platform_qualification_count);
static_assert(std::size(kSupervision) == platform_supervision_count);

// The body path of item i of 四: its options, or its place among the items without options.
std::string supervision_path(int i) {
    if (kSupervision[i].options_key) return std::string("/supervision_options/") + kSupervision[i].options_key;
    int k = 0;
    for (int j = 0; j < i; j++) k += kSupervision[j].options_key ? 0 : 1;
    return "/supervision/" + std::to_string(k);
}

// The policy in force on `today`, or the last one when `today` is not a date.
const PolicyVersion& policy_on(const std::string& today) {
    try {
        return policy_for(parse_date(today, "/today"), "/today");
    } catch (const InputError&) {
        return policy_versions().back();
    }
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

}  // namespace

std::span<const PlatformItem> platform_qualifications() { return kQualifications; }
const PlatformItem& platform_integration() { return kIntegration; }
std::span<const PlatformItem> platform_supervision() { return kSupervision; }

std::string platform_network_heading(const PolicyVersion& p) {
    return format_text(text::pa_section_network_format, p.platform_min_concurrent_learners.value,
                       p.platform_min_concurrent_learners.clause.c_str());
}

bool PlatformApplicationModel::supervision_met(int i) const {
    const PlatformItem& item = kSupervision[i];
    if (!item.options_key) return supervision[static_cast<size_t>(i)];
    const auto& chosen = options[static_cast<size_t>(i)];
    return std::any_of(chosen.begin(), chosen.begin() + static_cast<long>(item.options.size()), [](bool b) { return b; });
}

void PlatformApplicationModel::validate(Validation& v, const std::string& today, const json&) const {
    auto required = [&](const char* key, const char* label, const std::string& value) {
        if (trimmed(value).empty()) v.error(key, label, text::required_message);
    };
    required("company_name", text::pa_company, company);
    required("address", text::pa_address, address);
    if (!trimmed(credit_code).empty()) {
        CheckResult r = check_credit_code(credit_code);
        if (!r.ok) v.error("credit_code", text::pa_credit_code, r.message);
        else if (r.severity == Severity::warning) v.warning("credit_code", text::pa_credit_code, r.message);
    }
    required("platform_name", text::pa_platform_name, platform_name);
    if (trimmed(url).empty()) v.error("platform_url", text::pa_url, text::required_message);
    else if (!url_ok(trimmed(url))) v.error("platform_url", text::pa_url, text::pa_url_bad);
    required("summary", text::pa_summary, summary);
    required("contact", text::pa_contact, contact);
    if (trimmed(phone).empty()) v.error("phone", text::pa_phone, text::required_message);
    else if (!phone_ok(trimmed(phone))) v.error("phone", text::pa_phone, text::pa_phone_bad);

    for (int i = 0; i < platform_qualification_count; i++) {
        if (qualifications[static_cast<size_t>(i)]) continue;
        const std::string key = "qualification." + std::to_string(i + 1);
        const std::string path = "/qualifications/" + std::to_string(i);
        const std::string where = format_text(text::pa_item_format, text::pa_section_qualification, i + 1);
        if (kQualifications[i].required)
            v.error(key, where, format_text(text::pa_required_unmet_format, kQualifications[i].clause), path);
        else v.warning(key, where, text::pa_listed_only, path);
    }
    // 二: 同时在线学习人数不低于 N 人 (policy data, with its clause).
    const Num& min = policy_on(today).platform_min_concurrent_learners;
    if (concurrent_learners < min.value)
        v.error("concurrent_learners", std::string(text::pa_concurrent) + "（" + min.clause + "）",
                format_text(text::pa_concurrent_low_format, concurrent_learners, min.value, min.clause.c_str(),
                            min.value - concurrent_learners));
    if (!integration)
        v.error("integration", text::pa_section_technical, format_text(text::pa_required_unmet_format, kIntegration.clause));
    for (int i = 0; i < platform_supervision_count; i++) {
        if (supervision_met(i)) continue;
        const std::string key = "supervision." + std::to_string(i + 1);
        const std::string where = format_text(text::pa_item_format, text::pa_section_supervision, i + 1);
        if (kSupervision[i].required) v.error(key, where, text::pa_must_unmet, supervision_path(i));
        else v.warning(key, where, text::pa_no_option, supervision_path(i));
    }
    // 四(一)3 "具备多种生物识别技术": the biometric options of every item.
    int biometrics = 0, first_item = -1;
    for (int i = 0; i < platform_supervision_count; i++)
        for (size_t o = 0; o < kSupervision[i].options.size(); o++) {
            if (!kSupervision[i].options[o].biometric) continue;
            if (first_item < 0) first_item = i;
            biometrics += options[static_cast<size_t>(i)][o] ? 1 : 0;
        }
    if (biometrics < platform_min_biometrics)
        v.warning("supervision." + std::to_string(first_item + 1), text::pa_section_supervision, text::pa_biometrics_few,
                  supervision_path(first_item));
}

json PlatformApplicationModel::to_json() const {
    json j;  // member by member: an initializer list of this size costs ~4x the wasm bytes
    j["supervision_options"] = json::object();
    json& without_options = j["supervision"] = json::array();
    for (int i = 0; i < platform_supervision_count; i++) {
        const PlatformItem& item = kSupervision[i];
        if (!item.options_key) {
            without_options.push_back(supervision[static_cast<size_t>(i)]);
            continue;
        }
        json& ids = j["supervision_options"][item.options_key] = json::array();
        for (size_t o = 0; o < item.options.size(); o++)
            if (options[static_cast<size_t>(i)][o]) ids.push_back(item.options[o].id);
    }
    j["company_name"] = company;
    j["address"] = address;
    j["credit_code"] = credit_code;
    j["platform_name"] = platform_name;
    j["platform_url"] = url;
    j["summary"] = summary;
    j["contact"] = contact;
    j["phone"] = phone;
    j["qualifications"] = qualifications;
    j["concurrent_learners"] = concurrent_learners;
    j["integration"] = integration;
    return j;
}

void PlatformApplicationModel::from_json(const json& b, int) {
    if (!b.is_object()) throw std::runtime_error(text::roster_bad_body);
    try {
        company = b.value("company_name", "");
        address = b.value("address", "");
        credit_code = b.value("credit_code", "");
        platform_name = b.value("platform_name", "");
        url = b.value("platform_url", "");
        summary = b.value("summary", "");
        contact = b.value("contact", "");
        phone = b.value("phone", "");
        const json q = b.value("qualifications", json::array());
        for (size_t i = 0; i < qualifications.size(); i++) qualifications[i] = i < q.size() && q[i].get<bool>();
        concurrent_learners = b.value("concurrent_learners", 0LL);
        integration = b.value("integration", false);
        const json s = b.value("supervision", json::array());  // the items without options, in order
        const json chosen = b.value("supervision_options", json::object());
        size_t next = 0;
        for (int i = 0; i < platform_supervision_count; i++) {
            const PlatformItem& item = kSupervision[i];
            auto& opts = options[static_cast<size_t>(i)];
            opts.fill(false);
            if (!item.options_key) {
                supervision[static_cast<size_t>(i)] = next < s.size() && s[next].get<bool>();
                next++;
                continue;
            }
            const json ids = chosen.value(item.options_key, json::array());
            for (size_t o = 0; o < item.options.size(); o++)
                opts[o] = std::find(ids.begin(), ids.end(), item.options[o].id) != ids.end();
        }
    } catch (const json::exception&) {
        throw std::runtime_error(text::roster_bad_body);
    }
}

std::string PlatformApplicationModel::print_html(const PrintContext& ctx) const {
    auto esc = [](const std::string& s) { return html_escape(s); };
    auto row = [&](const char* label, const std::string& value) {
        return "<tr><th>" + esc(label) + "</th><td>" + value + "</td></tr>";
    };
    auto mark = [](bool on) { return std::string(on ? text::pa_yes : text::pa_no); };
    std::string h = print_head(std::string(text::form_platform_application) + " " + title());
    h += "<div class=\"page\"><h1>" + esc(text::form_platform_application) + "</h1><table class=\"form\" id=\"application\">";
    h += row(text::pa_company, esc(company)) + row(text::pa_address, esc(address));
    if (!trimmed(credit_code).empty()) h += row(text::pa_credit_code, esc(credit_code));
    h += row(text::pa_platform_name, esc(platform_name));
    h += row(text::pa_url, esc(url) + "<p>" + esc(text::pa_qr_note) + "</p>");
    h += row(text::pa_summary, html_lines(summary));
    h += row(text::pa_conformity, esc(text::pa_conformity_value));
    h += row(text::pa_contact_phone, esc(contact + "　" + phone));
    std::string commitment;
    for (const char* line : text::pa_commitments) commitment += "<p>" + esc(line) + "</p>";
    commitment += sign_block_html(text::ta_signature, text::ta_seal);
    h += "<tr><th>" + esc(text::pa_commitment_heading) + "</th><td id=\"commitment\">" + commitment + "</td></tr>";
    h += review_row_html(text::ta_bureau_opinion, 1) + "</table></div>";

    h += "<div class=\"page\"><h1>" + esc(text::pa_checklist_heading) + "</h1><table class=\"list checklist\" id=\"checklist\">";
    h += "<tr><th colspan=\"3\">" + esc(text::pa_section_qualification) + "</th></tr>";
    for (int i = 0; i < platform_qualification_count; i++)
        h += "<tr><td class=\"c\">" + std::to_string(i + 1) + "</td><td>" + esc(kQualifications[i].text) + "</td><td class=\"c\">" +
             mark(qualifications[static_cast<size_t>(i)]) + "</td></tr>";
    h += "<tr><th colspan=\"2\">" + esc(platform_network_heading(policy_on(ctx.today))) + "</th><td class=\"c\">" +
         std::to_string(concurrent_learners) + "</td></tr>";
    h += "<tr><th colspan=\"3\">" + esc(text::pa_section_technical) + "</th></tr><tr><td class=\"c\">1</td><td>" +
         esc(kIntegration.text) + "</td><td class=\"c\">" + mark(integration) + "</td></tr>";
    h += "<tr><th colspan=\"3\">" + esc(text::pa_section_supervision) + "</th></tr>";
    for (int i = 0; i < platform_supervision_count; i++) {
        const PlatformItem& item = kSupervision[i];
        std::string cell = esc(std::string(item.text) + (item.required ? text::pa_must : ""));
        if (item.options_key) {
            cell += "：";
            for (size_t o = 0; o < item.options.size(); o++)
                cell += mark(options[static_cast<size_t>(i)][o]) + esc(item.options[o].name) + " ";
        }
        h += "<tr><td class=\"c\">" + std::to_string(i + 1) + "</td><td>" + cell + "</td><td>" + mark(supervision_met(i)) + "</td></tr>";
    }
    return h + "</table></div></body></html>";
}

std::unique_ptr<FormModel> create_platform_application_model() { return std::make_unique<PlatformApplicationModel>(); }

}  // namespace skillaid
