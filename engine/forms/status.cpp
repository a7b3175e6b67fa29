#include "engine/forms/status.h"

#include "engine/forms/texts.h"

namespace skillaid {

static constexpr SubmissionStatus kStatuses[] = {
    {"received", text::status_received},
    {"accepted", text::status_accepted},
    {"returned", text::status_returned},
    {"publicized", text::status_publicized},
    {"paid", text::status_paid},
};

//                                  action       from          to            reason date   voucher claims
static constexpr StatusMove kMoves[] = {
    {"accept", "received", "accepted", false, false, false, false},
    {"return", "received", "returned", true, false, false, false},
    {"return", "accepted", "returned", true, false, false, false},    // found wrong before the notice
    {"return", "publicized", "returned", true, false, false, false},  // an objection during the notice
    {"publicize", "accepted", "publicized", false, true, false, true},
    {"pay", "publicized", "paid", false, true, true, true},
};

static constexpr StatusAction kActions[] = {
    {"accept", text::action_accept},
    {"return", text::action_return},
    {"publicize", text::action_publicize},
    {"pay", text::action_pay},
};

std::span<const SubmissionStatus> submission_statuses() { return kStatuses; }
std::span<const StatusMove> status_moves() { return kMoves; }
std::span<const StatusAction> status_actions() { return kActions; }

const SubmissionStatus* find_submission_status(std::string_view id) {
    for (const SubmissionStatus& s : kStatuses)
        if (id == s.id) return &s;
    return nullptr;
}

const StatusMove* find_status_move(std::string_view action, std::string_view from) {
    for (const StatusMove& m : kMoves)
        if (action == m.action && from == m.from) return &m;
    return nullptr;
}

const char* submission_status_label(std::string_view id) {
    const SubmissionStatus* s = find_submission_status(id);
    return s ? s->label : text::status_unknown;
}

const char* status_action_label(std::string_view action) {
    for (const StatusAction& a : kActions)
        if (action == a.id) return a.label;
    return "";
}

bool status_move_needs_claim(std::string_view action) {
    for (const StatusMove& m : kMoves)
        if (action == m.action) return m.claims_only;
    return false;
}

}  // namespace skillaid
