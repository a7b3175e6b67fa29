// 开班申请 (长人社联〔2020〕12号 五(三)2): a designated training institution
// asks the bureau that accredited it to open a class, offline (线下集中) or
// online (网络线上, with a third-party supervision platform), by the 5th
// working day before the first class day. validate() warns when the
// application date is later than that (engine check_deadline_json) and keeps
// the deadline it counted (with the provisional-calendar warning) for the
// view; the hour limits come from the engine's estimate for the class.
// The view is ui/forms/class_opening.cpp.
#pragma once
#include <span>
#include <string>

#include "engine/forms/fields.h"
#include "engine/forms/form.h"
#include "engine/forms/roster.h"

namespace skillaid {

// The schemes a class can be opened for: those whose scenario takes class
// hours (the policy data's inputs), in Scheme order.
std::span<const Scheme> class_opening_schemes();

// 申请截止 of a class: the text shown and printed, and the provisional-calendar
// warning of that count ("" when the years used are official).
struct ClassDeadline {
    std::string text;
    std::string warning;
    bool late = false;
    std::string late_message;  // the engine's message when late
    std::string error;         // the engine refused the first class day ("" when counted)
};

class ClassOpeningModel final : public FormModel {
public:
    static constexpr int delivery_offline = 0, delivery_online = 1;  // index into text::co_deliveries

    // The institution.
    std::string institution, credit_code;
    int institution_level = -1;  // index into text::co_institution_levels (省属, 市属, 区县认定)
    int district = -1;           // index into form_districts()
    // The class.
    int delivery = -1;             // delivery_offline / delivery_online
    std::string platform;          // online: the third-party supervision platform
    int scheme = -1;               // index into class_opening_schemes()
    int level = -1;                // index into training_levels(), when the scheme asks for a level
    OccupationChoice occupation;
    std::string date_from, date_to;  // YYYY-MM-DD, date_from is the first class day
    std::string apply_date;          // "" = today
    long long hours_offline = 0, hours_online = 0;
    std::string place;  // offline: where
    RosterModel roster;  // name, ID, mobile
    std::string origin;  // where it was started from ("据企业职工培训申请 …", engine/forms/derive.h), "" when new

    ClassOpeningModel();
    bool online() const { return delivery == delivery_online; }
    // The scheme chosen (nullptr when none) and whether it asks for a level (policy inputs).
    const Scheme* chosen_scheme() const;
    bool asks_level() const;
    // 申请截止 counted from date_from and apply_date (or `today`); text "（填写开班日期后计算）" until both are dates.
    ClassDeadline deadline(const std::string& today) const;
    // The deadline of the last validate(), for the view.
    const ClassDeadline& last_deadline() const { return last_deadline_; }

    void prefill(const Profile& p) override;         // engine/forms/profile.cpp
    void to_profile(Profile& p) const override;
    void validate(Validation& v, const std::string& today, const nlohmann::json& estimate) const override;
    nlohmann::json to_json() const override;
    void from_json(const nlohmann::json& body, int format_version) override;
    std::string title() const override { return origin.empty() ? institution : institution + " · " + origin; }
    std::optional<nlohmann::json> scenario(const std::string& today) const override;
    std::optional<RouteRequest> route_request() const override;
    std::string print_html(const PrintContext& ctx) const override;
    bool accept_text(std::string_view purpose, const std::string& text) override {
        return roster.accept_text(purpose, text);
    }

private:
    mutable ClassDeadline last_deadline_;  // refreshed by validate() (once per edit)
};

}  // namespace skillaid
