// 开班申请 (长人社联〔2020〕12号 五(三)2): a designated training institution
// asks the bureau that accredited it to open a class, offline (线下集中) or
// online (网络线上, with a third-party supervision platform), by the 5th
// working day before the first class day. The form warns when the
// application date is later than that (engine check_deadline_json), and says
// when that date was counted on a provisional calendar year (shown under the
// deadline and printed beside it); the hour limits come from the engine's
// estimate for the class.
#include <stdexcept>

#include "engine/calendar.h"
#include "engine/catalog.h"
#include "engine/date.h"
#include "engine/errors.h"
#include "engine/validators.h"
#include "imgui.h"
#include "ui/forms.h"
#include "ui/forms/form_parts.h"
#include "ui/occupation_picker.h"
#include "ui/roster.h"
#include "ui/strings.h"

namespace skillaid {
namespace {

using nlohmann::json;
using parts::trimmed;

constexpr Scheme kSchemes[] = {Scheme::pre_job, Scheme::job_transfer, Scheme::skill_upgrade, Scheme::job_drill,
                               Scheme::employment_skills, Scheme::labour_preparation, Scheme::poverty_training};
constexpr Level kLevels[] = {Level::junior, Level::intermediate, Level::senior, Level::technician,
                             Level::senior_technician, Level::senior_technician_upgrade};
constexpr const char* kDeliveryIds[] = {"offline", "online"};
constexpr const char* kInstitutionLevelIds[] = {"provincial", "city", "district"};
constexpr int kDeliveryOnline = 1;

template <typename T, size_t N>
int index_in(const T (&values)[N], auto matches) {
    for (size_t i = 0; i < N; i++)
        if (matches(values[i])) return static_cast<int>(i);
    return -1;
}

std::vector<const char*> c_strings(const std::vector<std::string>& v) {
    std::vector<const char*> out;
    for (const std::string& s : v) out.push_back(s.c_str());
    return out;
}

// The business of an institution's class (routing 附件6 rows).
const char* business_of(Scheme s) {
    bool difficulty = s == Scheme::employment_skills || s == Scheme::labour_preparation || s == Scheme::poverty_training;
    return difficulty ? "difficulty_groups_training" : "enterprise_training";
}

class ClassOpening final : public FormModel {
public:
    ClassOpening() { roster_.columns = roster_mobile; }
    void prefill(const Profile& p) override { institution_ = p.org_name; }
    void draw(FormContext& ctx);
    void validate(Validation& v, const std::string& today, const json& estimate) const override;
    json to_json() const override;
    void from_json(const json& body, int format_version) override;
    std::string title() const override { return institution_; }
    std::optional<json> scenario(const std::string& today) const override;
    std::optional<RouteRequest> route_request() const override;
    std::string print_html(const PrintContext& ctx) const override;
    bool accept_text(std::string_view purpose, const std::string& text) override {
        return roster_.accept_text(purpose, text);
    }

private:
    std::string institution_, credit_code_, platform_, place_, date_from_, date_to_, apply_date_;
    int institution_level_ = -1, district_ = -1, delivery_ = -1, scheme_ = -1, level_ = -1;
    OccupationChoice occupation_;
    long long hours_offline_ = 0, hours_online_ = 0;
    RosterModel roster_;
    // 申请截止 as computed by the last validate() (once per edit, shown by draw()).
    mutable std::string deadline_text_ = text::co_deadline_pending;
    mutable std::string deadline_warning_;  // provisional_warning of that count, "" when official
};

bool needs_level(int scheme) { return scheme >= 0 && kSchemes[scheme] == Scheme::skill_upgrade; }

void ClassOpening::draw(FormContext& ctx) {
    const Validation& v = ctx.validation;
    static std::vector<std::string> scheme_names;
    static std::vector<const char*> scheme_ptrs, level_ptrs;
    if (scheme_ptrs.empty()) {
        for (Scheme s : kSchemes) scheme_names.push_back(policy_versions().back().rules(s).name);
        scheme_ptrs = c_strings(scheme_names);
        for (Level l : kLevels) level_ptrs.push_back(level_name(l).data());
    }
    bool& c = ctx.changed;
    c |= ui::text_field("institution", text::co_institution, institution_, v);
    c |= ui::text_field("credit_code", text::co_credit_code, credit_code_, v);
    c |= ui::select_field("institution_level", text::co_institution_level, institution_level_, text::co_institution_levels,
                          IM_ARRAYSIZE(text::co_institution_levels), v);
    c |= district_field(text::co_district, district_, v);
    c |= ui::select_field("delivery", text::co_delivery, delivery_, text::co_deliveries, IM_ARRAYSIZE(text::co_deliveries), v);
    if (delivery_ == kDeliveryOnline)
        c |= ui::text_field("platform", text::co_platform, platform_, v, text::co_platform_hint);
    c |= ui::select_field("scheme", text::co_scheme, scheme_, scheme_ptrs.data(), static_cast<int>(scheme_ptrs.size()), v);
    c |= ctx.view.occupation.draw("occupation", text::co_occupation, text::ta_occupation_hint, occupation_, v);
    if (needs_level(scheme_))
        c |= ui::select_field("level", text::co_level, level_, level_ptrs.data(), static_cast<int>(level_ptrs.size()), v);
    c |= ui::date_field("date_from", text::co_date_from, date_from_, v);
    c |= ui::date_field("date_to", text::co_date_to, date_to_, v);
    c |= ui::text_field("apply_date", text::co_apply_date, apply_date_, v, text::co_apply_date_hint, 8.0f);
    ui::value_field("deadline", text::co_deadline, deadline_text_);
    parts::provisional_note("deadline.warning", deadline_warning_);
    if (delivery_ != kDeliveryOnline) c |= ui::number_field("hours_offline", text::co_hours_offline, hours_offline_, v);
    c |= ui::number_field("hours_online", text::co_hours_online, hours_online_, v);
    if (delivery_ != kDeliveryOnline) c |= ui::text_field("place", text::co_place, place_, v, text::co_place_hint);
    c |= ctx.view.roster.draw(roster_, v, nullptr);
}

void ClassOpening::validate(Validation& v, const std::string& today, const json& estimate) const {
    auto required = [&](const char* key, const char* label, bool ok) {
        if (!ok) v.error(key, label, text::required_message);
    };
    required("institution", text::co_institution, !trimmed(institution_).empty());
    if (trimmed(credit_code_).empty()) {
        v.error("credit_code", text::co_credit_code, text::required_message);
    } else if (CheckResult r = check_credit_code(credit_code_); !r.ok) {
        v.error("credit_code", text::co_credit_code, r.message);
    } else if (r.severity == Severity::warning) {
        v.warning("credit_code", text::co_credit_code, r.message);
    }
    required("institution_level", text::co_institution_level, institution_level_ >= 0);
    required("district", text::co_district, district_ >= 0);
    required("delivery", text::co_delivery, delivery_ >= 0);
    if (delivery_ == kDeliveryOnline) required("platform", text::co_platform, !trimmed(platform_).empty());
    else if (delivery_ >= 0) required("place", text::co_place, !trimmed(place_).empty());
    required("scheme", text::co_scheme, scheme_ >= 0);
    if (needs_level(scheme_)) required("level", text::co_level, level_ >= 0);
    if (!occupation_.number)
        v.error("occupation", text::co_occupation,
                trimmed(occupation_.query).empty() ? text::required_message : text::ta_occupation_pick);
    if (delivery_ == kDeliveryOnline && hours_offline_ > 0)
        v.error("hours_online", text::co_hours_online, text::co_online_only_hours);
    if (hours_offline_ + hours_online_ <= 0)
        v.error(delivery_ == kDeliveryOnline ? "hours_online" : "hours_offline", text::co_hours, text::ta_hours_missing);

    // Dates: both present and in order; the application by the 5th working day before the first class day.
    deadline_text_ = text::co_deadline_pending;
    deadline_warning_.clear();
    Date from{}, to{}, applied{};
    bool from_ok = false, to_ok = false;
    auto read = [&](const char* key, const char* label, const std::string& value, Date& out, bool optional) {
        if (trimmed(value).empty()) {
            if (!optional) v.error(key, label, text::required_message);
            return false;
        }
        try {
            out = parse_date(trimmed(value), "/date");
            return true;
        } catch (const InputError& e) {
            v.error(key, label, e.message);
            return false;
        }
    };
    from_ok = read("date_from", text::co_date_from, date_from_, from, false);
    to_ok = read("date_to", text::co_date_to, date_to_, to, false);
    if (from_ok && to_ok && to < from) v.error("date_to", text::co_date_to, text::ta_date_order);
    bool applied_ok = trimmed(apply_date_).empty() ? read("apply_date", text::co_apply_date, today, applied, false)
                                                     : read("apply_date", text::co_apply_date, apply_date_, applied, true);
    if (from_ok && applied_ok) {
        try {
            json check = check_deadline_json({{"event", "class_opening"}, {"date", format_date(from)},
                                              {"actual", format_date(applied)}});
            std::string date = check.value("deadline_date", "");
            if (check.value("provisional", false)) date += std::string("（") + text::cal_provisional_tag + "）";
            deadline_text_ = parts::printf_text(text::co_deadline_format, date.c_str(), check.value("clause", "").c_str(),
                                                check.value("message", "").c_str());
            deadline_warning_ = check.value("warning", "");
            if (check.value("late", false)) v.warning("apply_date", text::co_apply_date, check.value("message", ""));
        } catch (const InputError& e) {
            v.error("date_from", text::co_date_from, e.message);
        }
    }

    // The engine: unusable input at its field, hour limits at the hours.
    if (estimate.is_object() && estimate.contains("error")) {
        std::string path = estimate["error"].value("path", "");
        const char* key = path.rfind("/hours", 0) == 0 ? (delivery_ == kDeliveryOnline ? "hours_online" : "hours_offline")
                          : path.rfind("/occupation", 0) == 0 ? "occupation"
                          : path.rfind("/level", 0) == 0      ? "level"
                          : path.rfind("/date", 0) == 0       ? "date_from"
                                                              : "scheme";
        if (!v.find(key)) v.error(key, text::co_hours, estimate["error"].value("message", ""));
    } else if (estimate.is_object()) {
        for (const json& issue : estimate.value("issues", json::array())) {
            std::string code = issue.value("code", "");
            const char* key = code == "online_share_exceeded"                               ? "hours_online"
                              : code == "hours_below_minimum" || code == "hours_capped"     ? "hours_offline"
                              : code == "occupation_without_class"                          ? "occupation"
                                                                                            : nullptr;
            if (!key) continue;
            if (delivery_ == kDeliveryOnline && std::string(key) == "hours_offline") key = "hours_online";
            std::string message = issue.value("message", "") + "（" + issue.value("clause", "") + "）";
            if (issue.value("effect", "") == "excluded") v.error(key, text::co_hours, message);
            else v.warning(key, text::co_hours, message);
        }
    }
    roster_.validate(v, parse_date(today, "/today"));
}

std::optional<json> ClassOpening::scenario(const std::string& today) const {
    if (scheme_ < 0 || !occupation_.number || hours_offline_ + hours_online_ <= 0) return std::nullopt;
    Scheme s = kSchemes[scheme_];
    json j = {{"scheme", scheme_id(s)}, {"occupation", occupation_.number},
              {"count", std::max<long long>(1, static_cast<long long>(roster_.people.size()))}};
    std::string date = trimmed(date_from_);
    j["date"] = date.empty() ? today : date;
    if (needs_level(scheme_) && level_ >= 0) j["level"] = level_id(kLevels[level_]);
    json hours = json::object();
    if (hours_offline_ > 0 && delivery_ != kDeliveryOnline) hours["offline"] = hours_offline_;
    if (hours_online_ > 0) hours["online"] = hours_online_;
    if (!hours.empty()) j["hours"] = hours;
    return j;
}

std::optional<RouteRequest> ClassOpening::route_request() const {
    if (institution_level_ < 0 || district_ < 0) return std::nullopt;
    RouteRequest r;
    r.organisation = "institution";
    r.institution_level = kInstitutionLevelIds[institution_level_];
    r.district = district_name(district_);
    r.business = scheme_ >= 0 ? business_of(kSchemes[scheme_]) : "enterprise_training";
    return r;
}

json ClassOpening::to_json() const {
    json j;  // member by member: an initializer list of this size costs ~4x the wasm bytes
    j["institution"] = institution_;
    j["credit_code"] = credit_code_;
    j["institution_level"] = institution_level_ >= 0 ? kInstitutionLevelIds[institution_level_] : "";
    j["district"] = district_name(district_);
    j["delivery"] = delivery_ >= 0 ? kDeliveryIds[delivery_] : "";
    j["platform"] = platform_;
    j["scheme"] = scheme_ >= 0 ? std::string(scheme_id(kSchemes[scheme_])) : "";
    j["level"] = level_ >= 0 ? std::string(level_id(kLevels[level_])) : "";
    j["occupation"] = occupation_.number;
    j["occupation_text"] = occupation_.query;
    j["date_from"] = date_from_;
    j["date_to"] = date_to_;
    j["apply_date"] = apply_date_;
    j["hours"]["offline"] = hours_offline_;
    j["hours"]["online"] = hours_online_;
    j["place"] = place_;
    j["roster"] = roster_.to_json();
    return j;
}

void ClassOpening::from_json(const json& b, int) {
    if (!b.is_object()) throw std::runtime_error(text::roster_bad_body);
    try {
        institution_ = b.value("institution", "");
        credit_code_ = b.value("credit_code", "");
        std::string lvl = b.value("institution_level", ""), delivery = b.value("delivery", ""), scheme = b.value("scheme", ""), level = b.value("level", "");
        institution_level_ = index_in(kInstitutionLevelIds, [&](const char* id) { return lvl == id; });
        district_ = district_index(b.value("district", ""));
        delivery_ = index_in(kDeliveryIds, [&](const char* id) { return delivery == id; });
        scheme_ = index_in(kSchemes, [&](Scheme s) { return scheme == scheme_id(s); });
        level_ = index_in(kLevels, [&](Level l) { return level == level_id(l); });
        platform_ = b.value("platform", "");
        occupation_.set(b.value("occupation", 0), b.value("occupation_text", ""));
        date_from_ = b.value("date_from", "");
        date_to_ = b.value("date_to", "");
        apply_date_ = b.value("apply_date", "");
        json hours = b.value("hours", json::object());
        hours_offline_ = hours.value("offline", 0LL);
        hours_online_ = hours.value("online", 0LL);
        place_ = b.value("place", "");
        roster_.from_json(b.value("roster", json::array()));
    } catch (const json::exception&) {
        throw std::runtime_error(text::roster_bad_body);
    }
}

std::string ClassOpening::print_html(const PrintContext& ctx) const {
    auto esc = [](const std::string& s) { return html_escape(s); };
    auto row2 = [&](const char* a, const std::string& va, const char* b, const std::string& vb) {
        return "<tr><th>" + esc(a) + "</th><td>" + esc(va) + "</td><th>" + esc(b) + "</th><td>" + esc(vb) + "</td></tr>";
    };
    auto row1 = [&](const char* a, const std::string& va) {
        return "<tr><th>" + esc(a) + "</th><td colspan=\"3\">" + esc(va) + "</td></tr>";
    };
    auto pick = [](int i, const char* const* names) { return std::string(i >= 0 ? names[i] : ""); };
    const Occupation* o = occupation_.chosen();
    std::string scheme = scheme_ >= 0 ? policy_versions().back().rules(kSchemes[scheme_]).name : "";
    if (needs_level(scheme_) && level_ >= 0) scheme += "（" + std::string(level_name(kLevels[level_])) + "）";
    char hours[96];
    std::snprintf(hours, sizeof hours, text::ta_hours_format, hours_offline_, hours_online_);
    std::string applied = trimmed(apply_date_).empty() ? ctx.today : apply_date_;
    std::string h = parts::print_head(std::string(text::co_heading) + " " + institution_) + "<h1>" + esc(text::co_heading) +
                    "</h1><table id=\"form\">";
    h += row1(text::co_institution, institution_);
    h += row2(text::co_credit_code, credit_code_, text::co_institution_level,
              pick(institution_level_, text::co_institution_levels));
    h += row2(text::co_scheme, scheme, text::co_occupation, o ? std::to_string(o->number) + " " + o->name : occupation_.query);
    h += row2(text::co_delivery, pick(delivery_, text::co_deliveries), text::co_platform, platform_);
    h += row2(text::co_date_from, date_from_, text::co_date_to, date_to_);
    h += row2(text::co_hours, hours, text::co_people, std::to_string(roster_.people.size()));
    h += row2(text::co_place, place_, text::co_district, district_name(district_));
    h += row2(text::co_apply_date, applied, text::co_deadline,
              deadline_warning_.empty() ? deadline_text_ : deadline_text_ + "。" + deadline_warning_);
    if (ctx.route) h += row1(text::route_heading, ctx.route->office + "（" + ctx.route->clause + "）");
    h += "<tr><th>" + esc(text::ta_commitment_heading) + "</th><td colspan=\"3\"><p>" + esc(text::co_commitment) +
         "</p><div class=\"sign\"><span>" + esc(text::co_signature) + "</span><span>" + esc(text::ta_seal) +
         "</span></div><p style=\"text-align:right\">" + esc(text::ta_date_line) + "</p></td></tr>";
    h += "<tr><th>" + esc(text::co_bureau_opinion) + "</th><td colspan=\"3\" class=\"box\" id=\"bureau-opinion\">"
         "<div class=\"sign\"><span></span><span>" + esc(text::ta_seal) + "</span></div><p style=\"text-align:right\">" +
         esc(text::ta_date_line) + "</p></td></tr></table>";
    h += "<h2>" + esc(text::roster_heading) + "</h2>" + roster_.html_table(nullptr) + "</body></html>";
    return h;
}

}  // namespace

std::unique_ptr<FormModel> create_class_opening_model() { return std::make_unique<ClassOpening>(); }
void draw_class_opening(FormModel& model, FormContext& ctx) { static_cast<ClassOpening&>(model).draw(ctx); }

}  // namespace skillaid
