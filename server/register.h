// The real-name register (issue 14): every stored claim records, per trainee,
// the resident ID as HMAC-SHA256 with a server secret (never the ID itself)
// and what the per-person limits count (year, date, scheme, occupation, level,
// months, days). A claim's figures are computed with each trainee's earlier
// records as the engine's `history`; POST /api/v1/history-check reports the
// counts. docs/server.md "Real-name register".
#pragma once
#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "engine/policy.h"
#include "server/store.h"

namespace skillaid::server {

constexpr const char* kRegisterKeyFileName = "register.key";  // in the data folder, mode 0600
constexpr const char* kRegisterKind = "claim";  // the submission kind recorded (补贴资金申请)

// The secret of <data_dir>/register.key, created (32 random bytes, 0600) when
// missing; two processes starting at once end up with the same file.
// Throws StoreError (Chinese message) when it cannot be read or made.
std::string load_register_key(const std::filesystem::path& data_dir);

// HMAC-SHA256(key, ID trimmed, letters upper case) as 64 hex digits.
std::string register_id_hash(const std::string& key, const std::string& resident_id);

// A record as the engine's history entry {"date","scheme","occupation","level","days"(,"months")}.
nlohmann::json history_entry_json(const RegisterRecord& r);

// The id hash of each of the scenario's trainees, in order ("" for one whose
// "id" is not a resident ID, e.g. a name standing in for it).
std::vector<std::string> trainee_id_hashes(const std::string& key, const nlohmann::json& scenario);
// `scenario` with each trainee's register records appended to its "history".
nlohmann::json scenario_with_history(nlohmann::json scenario, const std::vector<std::string>& hashes,
                                     const std::vector<RegisterRecord>& history);
// The trainees the history refused or reduced: each issue of a trainee in
// `with_history` (the engine's answer for scenario_with_history) with effect
// "excluded" or "reduced" whose code and message that trainee does not have in
// `without` (the answer for the scenario as sent), as
// [{"row","index","id","effect","code","clause","message"}]; "id" as sent.
nlohmann::json register_issues(const nlohmann::json& scenario, const nlohmann::json& without,
                               const nlohmann::json& with_history);
// The records a stored claim adds: its trainees with an id paid something in `estimate`.
std::vector<RegisterRecord> claim_records(const nlohmann::json& scenario, const std::vector<std::string>& hashes,
                                          const nlohmann::json& estimate);

// A trainee's counts of the register for a training on `date` of `scheme`
// (`occupation` 0 = none, `level` "" = none), and the limits already reached
// that refuse that scheme, from the policy in force on `date`.
struct HistoryCounts {
    long long trainings_this_year = 0;             // schemes counting toward 二(二), in the year
    long long same_occupation_level_this_year = 0;  // ... of those, the same occupation and level
    long long entrepreneurship = 0;                 // any year
    long long assessment_same = 0;                  // assessment of the same occupation and level, any year
    long long living_allowance_this_year = 0;
    long long work_for_training_months = 0;         // any year (三(一)7: at most N months per person)
    nlohmann::json limits = nlohmann::json::array();  // [{"code","clause","message"}]
};
HistoryCounts history_counts(const std::vector<RegisterRecord>& history, const Date& date, Scheme scheme,
                             long long occupation, const std::string& level);

}  // namespace skillaid::server
