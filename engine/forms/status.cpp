#include "engine/forms/status.h"

#include "engine/forms/texts.h"

namespace skillaid {

static constexpr SubmissionStatus kStatuses[] = {
    {"received", text::status_received},
    {"accepted", text::status_accepted},
    {"returned", text::status_returned},
    {"paid", text::status_paid},
};

static constexpr StatusMove kMoves[] = {
    {"accept", "received", "accepted"},
    {"return", "received", "returned"},
    {"pay", "accepted", "paid"},
};

std::span<const SubmissionStatus> submission_statuses() { return kStatuses; }
std::span<const StatusMove> status_moves() { return kMoves; }

const SubmissionStatus* find_submission_status(std::string_view id) {
    for (const SubmissionStatus& s : kStatuses)
        if (id == s.id) return &s;
    return nullptr;
}

const StatusMove* find_status_move(std::string_view action) {
    for (const StatusMove& m : kMoves)
        if (action == m.action) return &m;
    return nullptr;
}

const char* submission_status_label(std::string_view id) {
    const SubmissionStatus* s = find_submission_status(id);
    return s ? s->label : text::status_unknown;
}

}  // namespace skillaid
