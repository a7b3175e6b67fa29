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
    "COALESCE((SELECT r.receipt FROM submissions r WHERE r.id = s.resubmits), '')"
#define SKILLAID_SUBMISSION_DETAIL_COLUMNS SKILLAID_SUBMISSION_SUMMARY_COLUMNS ", s.request, s.server_estimate, s.route, s.register_issues"
#define SKILLAID_USER_COLUMNS                                                                                \
    "u.id, u.login, u.password_hash, u.role, COALESCE(u.organisation_id, 0), COALESCE(u.office, ''), "       \
    "COALESCE(o.uscc, ''), COALESCE(o.name, '')"
constexpr int kSubmissionSummaryColumnCount = 19;

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
    if (detail) {
        s.request = r.text(kSubmissionSummaryColumnCount);
        s.server_estimate = r.text(kSubmissionSummaryColumnCount + 1);
        s.route = r.text(kSubmissionSummaryColumnCount + 2);
        s.register_issues = r.text(kSubmissionSummaryColumnCount + 3);
    }
    return s;
}

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
