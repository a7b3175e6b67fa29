// 补贴资金申请 (长人社联〔2020〕12号 六): after the training, the enterprise
// or institution claims the subsidy for the people who qualified: the roster
// with each person's attendance, certificate and number, each person's
// amount as the engine computed it, and the total. A second kind of claim,
// 生活费补贴, lists each person's group, days and whether they draw
// unemployment insurance. What a scheme asks for and where its claim goes
// (五(一), 六(一)) are policy data (engine/policy.h). The view is ui/forms/claim.cpp.
#pragma once
#include <string>
#include <vector>

#include "engine/forms/fields.h"
#include "engine/forms/form.h"
#include "engine/forms/roster.h"
#include "engine/forms/texts.h"

namespace skillaid {

// The schemes a training claim (职业培训补贴) offers, in Scheme order: every
// scheme whose forms are not a competition plan and that pays by the course,
// not by each person's own group, days or months (those are 生活费补贴, the
// claim's second type, and 以工代训). From the policy data in force last.
const std::vector<Scheme>& claim_schemes();

// The claim types, as stored in "claim_type" (index = ClaimModel::type).
inline constexpr const char* kClaimTypeIds[] = {"training", "living_allowance"};
inline constexpr int kClaimTypeLiving = 1;
// "organisation" as stored (index = ClaimModel::organisation).
inline constexpr const char* kClaimOrganisationIds[] = {"enterprise", "institution"};
inline constexpr int kClaimOrganisationInstitution = 1;
// Format 2 (issue 14): each person's conditions (roster_conditions()) are
// required; a format-1 body (an older outbox item) gets warnings for them.
inline constexpr int kClaimFormat = 2;

class ClaimModel final : public FormModel {
public:
    ClaimModel() { set_type(0); }

    // Type of claim (kClaimTypeIds) and who claims; -1 = not chosen.
    int type = 0;
    int organisation = -1;       // kClaimOrganisationIds
    int ownership = -1;          // kEnterpriseOwnershipIds (enterprises)
    int institution_level = -1;  // kTrainingInstitutionLevelIds (institutions)
    int district = -1;           // form_districts()
    std::string name, credit_code;
    // What was trained (training claims only): scheme indexes claim_schemes(),
    // level indexes training_levels(); shown when the scheme asks for them.
    int scheme = -1, level = -1;
    OccupationChoice occupation;
    std::string approved_trade;  // 二(三): a trade outside attachment 1 the city bureau approved; `occupation` is then the comparable catalog trade
    long long hours_offline = 0, hours_online = 0;
    // When, and where the money goes.
    std::string date_from, date_to, bank_name, bank_account;
    // The applicant's own contact person and phone (printed on the claim; optional, the phone checked when filled).
    std::string contact, phone;
    // The people claimed for (columns per type: set_type).
    RosterModel roster;
    std::string origin;  // where it was started from ("据企业职工培训申请 …", engine/forms/derive.h), "" when new

    bool living() const { return type == kClaimTypeLiving; }
    // Sets the type and the roster's columns (what the type's scheme asks per person).
    void set_type(int t);
    // The claimed scheme: 生活费补贴, or the chosen one; false when none is chosen yet.
    bool claimed_scheme(Scheme& out) const;
    // What the claimed scheme asks for (policy data); nothing when none is chosen.
    SchemeInputs inputs() const;
    // The conditions the claimed scheme asks per person (RosterConditions); 0 when none is chosen.
    unsigned conditions() const;

    // From the last estimate (refreshed by validate()): each person's amount
    // and note, indexed like roster.people, and the total with its clause.
    const std::vector<RosterResult>& results() const { return results_; }
    const std::string& total() const { return total_; }

    void prefill(const Profile& p) override;         // engine/forms/profile.cpp
    void to_profile(Profile& p) const override;
    void validate(Validation& v, const std::string& today, const nlohmann::json& estimate) const override;
    nlohmann::json to_json() const override;
    void from_json(const nlohmann::json& body, int format_version) override;
    std::string title() const override { return origin.empty() ? name : name + " · " + origin; }
    std::optional<nlohmann::json> scenario(const std::string& today) const override;
    std::optional<RouteRequest> route_request() const override;
    std::string print_html(const PrintContext& ctx) const override;
    bool accept_text(std::string_view purpose, const std::string& text) override {
        return roster.accept_text(purpose, text, conditions());  // the conditions' columns too
    }

private:
    void read_estimate(Validation& v, const nlohmann::json& estimate) const;
    mutable std::vector<RosterResult> results_;
    mutable std::string total_ = text::cl_total_pending;
    int body_version_ = kClaimFormat;  // the format the body was read as
};

}  // namespace skillaid
