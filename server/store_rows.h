// Shared by the SQLite and PostgreSQL stores: the columns read into a
// Submission or User, and reading a row into them. `Row` offers
// text(column) and integer(column).
#pragma once
#include "server/store.h"

namespace skillaid::server {

#define SKILLAID_SUBMISSION_SUMMARY_COLUMNS                                                                  \
    "s.id, s.receipt, s.body_hash, s.organisation_id, o.uscc, o.name, s.kind, s.business, s.office, "        \
    "s.policy_id, s.client_total_fen, s.server_total_fen, s.status, s.reason, s.change_seq, s.created_at, " \
    "s.updated_at, s.resubmits, "                                                                           \
    "COALESCE((SELECT r.receipt FROM submissions r WHERE r.id = s.resubmits), ''), "                        \
    "s.publicity_start, s.paid_on, s.voucher"
#define SKILLAID_SUBMISSION_DETAIL_COLUMNS SKILLAID_SUBMISSION_SUMMARY_COLUMNS ", s.request, s.server_estimate, s.route, s.register_issues"
#define SKILLAID_USER_COLUMNS                                                                                \
    "u.id, u.login, u.password_hash, u.role, COALESCE(u.organisation_id, 0), COALESCE(u.office, ''), "       \
    "COALESCE(o.uscc, ''), COALESCE(o.name, '')"
constexpr int kSubmissionSummaryColumnCount = 22;

// A row just inserted, read back with the summary columns: its detail members
// are the ones it was inserted with (not read again).
inline Submission with_sent_members(Submission stored, const NewSubmission& sent) {
    stored.request = sent.request;
    stored.server_estimate = sent.server_estimate;
    stored.route = sent.route;
    stored.register_issues = sent.register_issues;
    return stored;
}

template <class Row>
Submission read_submission_row(const Row& r, bool detail) {
    Submission s;
    s.id = r.text(0);
    s.receipt = r.text(1);
    s.body_hash = r.text(2);
    s.organisation_id = r.integer(3);
    s.organisation_uscc = r.text(4);
    s.organisation_name = r.text(5);
    s.kind = r.text(6);
    s.business = r.text(7);
    s.office = r.text(8);
    s.policy_id = r.text(9);
    s.client_total_fen = r.integer(10);
    s.server_total_fen = r.integer(11);
    s.status = r.text(12);
    s.reason = r.text(13);
    s.change = r.integer(14);
    s.created_at = r.text(15);
    s.updated_at = r.text(16);
    s.resubmits = r.text(17);
    s.resubmits_receipt = r.text(18);
    s.publicity_start = r.text(19);
    s.paid_on = r.text(20);
    s.voucher = r.text(21);
    if (detail) {
        s.request = r.text(kSubmissionSummaryColumnCount);
        s.server_estimate = r.text(kSubmissionSummaryColumnCount + 1);
        s.route = r.text(kSubmissionSummaryColumnCount + 2);
        s.register_issues = r.text(kSubmissionSummaryColumnCount + 3);
    }
    return s;
}

// The events of a JSON array of submission ids (bound as one text parameter):
// SQLite reads it with json_each, PostgreSQL with json_array_elements_text.
#define SKILLAID_EVENT_COLUMNS                                                                               \
    "e.submission_id, e.from_status, e.status, e.action, e.reason, e.date, e.voucher, e.at, u.login, u.role, " \
    "COALESCE(u.office, '')"
#define SKILLAID_EVENTS_FROM "FROM submission_events e JOIN users u ON u.id = e.user_id "

// `ids` as a JSON array text (ids are UUIDs; a quote or backslash is dropped, never breaking it).
inline std::string ids_json_array(const std::vector<std::string>& ids) {
    std::string text = "[";
    for (const std::string& id : ids) {
        if (text.size() > 1)
            text += ',';
        text += '"';
        for (char c : id)
            if (c != '"' && c != '\\')
                text += c;
        text += '"';
    }
    return text + "]";
}

template <class Row>
SubmissionEvent read_event_row(const Row& r) {
    SubmissionEvent e;
    e.submission_id = r.text(0);
    e.from = r.text(1);
    e.status = r.text(2);
    e.action = r.text(3);
    e.reason = r.text(4);
    e.date = r.text(5);
    e.voucher = r.text(6);
    e.at = r.text(7);
    e.by_login = r.text(8);
    e.by_role = r.text(9);
    e.by_office = r.text(10);
    return e;
}

// Migration 5's new columns (both stores).
#define SKILLAID_MIGRATION_5_EVENT_COLUMNS                                                                   \
    "ALTER TABLE submission_events ADD COLUMN from_status TEXT NOT NULL DEFAULT '';"                        \
    "ALTER TABLE submission_events ADD COLUMN action TEXT NOT NULL DEFAULT '';"                             \
    "ALTER TABLE submission_events ADD COLUMN date TEXT NOT NULL DEFAULT '';"                               \
    "ALTER TABLE submission_events ADD COLUMN voucher TEXT NOT NULL DEFAULT '';"                            \
    "ALTER TABLE submission_events ADD COLUMN action_key TEXT NOT NULL DEFAULT '';"                         \
    "CREATE UNIQUE INDEX submission_events_by_action_key ON submission_events (action_key) WHERE action_key <> '';"

template <class Row>
User read_user_row(const Row& r) {
    User u;
    u.id = r.integer(0);
    u.login = r.text(1);
    u.password_hash = r.text(2);
    u.role = r.text(3);
    u.organisation_id = r.integer(4);
    u.office = r.text(5);
    u.organisation = {u.organisation_id, r.text(6), r.text(7)};
    return u;
}

#define SKILLAID_REGISTER_COLUMNS "id_hash, year, date, scheme, occupation, level, months, days"
// The register's status that stops a record counting (a returned claim).
#define SKILLAID_REGISTER_NOT_COUNTING "'returned'"

template <class Row>
RegisterRecord read_register_row(const Row& r) {
    RegisterRecord rec;
    rec.id_hash = r.text(0);
    rec.year = static_cast<int>(r.integer(1));
    rec.date = r.text(2);
    rec.scheme = r.text(3);
    rec.occupation = r.integer(4);
    rec.level = r.text(5);
    rec.months = r.integer(6);
    rec.days = r.integer(7);
    return rec;
}

}  // namespace skillaid::server
