// PostgresStore's reviews (issue 15): the dated moves with their events and
// idempotency keys, the events of a page of submissions in one query, and the
// claims of the yearly report. The row lock (SELECT ... FOR UPDATE) orders two
// reviews of one submission, so a repeat with the same key waits for the first
// and then finds its event.
#include "server/store_postgres_db.h"
#include "server/store_rows.h"

namespace skillaid::server::postgres {

static const Statement kEvents = {
    "submission_events_of", "SELECT " SKILLAID_EVENT_COLUMNS " " SKILLAID_EVENTS_FROM
                            "WHERE e.submission_id IN (SELECT json_array_elements_text($1::json)) ORDER BY e.id"};
static const Statement kKeyOwner = {
    "review_key_owner", "SELECT submission_id FROM submission_events WHERE action_key = $1 AND action_key <> ''"};
static const Statement kLockSubmission = {"lock_submission",
                                          "SELECT status FROM submissions WHERE id = $1 AND office = $2 FOR UPDATE"};
static const Statement kReviewSubmission = {
    "review_submission",
    "UPDATE submissions SET status = $1, reason = $2, change_seq = $3, updated_at = $4, "
    "publicity_start = CASE WHEN $8 = 'publicize' THEN $9 ELSE publicity_start END, "
    "paid_on = CASE WHEN $8 = 'pay' THEN $9 ELSE paid_on END, "
    "voucher = CASE WHEN $8 = 'pay' THEN $10 ELSE voucher END "
    "WHERE id = $5 AND office = $6 AND status = $7"};
static const Statement kReviewEvent = {
    "review_event", "INSERT INTO submission_events (submission_id, from_status, status, action, reason, date, voucher, "
                    "action_key, user_id, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"};
static const Statement kReviewRegister = {"review_register", "UPDATE register SET status = $1 WHERE submission_id = $2"};
static const Statement kClaimsCreated = {
    "claims_created",
    "SELECT " SKILLAID_SUBMISSION_SUMMARY_COLUMNS " FROM submissions s JOIN organisations o ON o.id = s.organisation_id "
    "WHERE s.kind = 'claim' AND ($1 = '' OR s.office = $1) AND s.created_at >= $2 AND s.created_at < $3 "
    "ORDER BY s.change_seq"};

std::vector<SubmissionEvent> submission_events(Connection& c, const std::vector<std::string>& ids) {
    Result r = run(c, kEvents, Params().add(ids_json_array(ids)));
    std::vector<SubmissionEvent> events;
    for (int i = 0; i < r.rows(); i++)
        events.push_back(read_event_row(RowView{r, i}));
    return events;
}

std::string review_key_owner(Connection& c, const std::string& key) {
    Result r = run(c, kKeyOwner, Params().add(key));
    return r.rows() == 0 ? std::string() : r.text(0, 0);
}

ReviewOutcome review_submission(Connection& c, const ReviewChange& r) {
    Transaction tx(c);
    Result current = run(c, kLockSubmission, Params().add(r.id).add(r.office));
    // The key after the lock: a concurrent first use of it has committed by now.
    if (!r.key.empty()) {
        const std::string owner = review_key_owner(c, r.key);
        if (!owner.empty())
            return owner == r.id ? ReviewOutcome::replayed : ReviewOutcome::key_reused;
    }
    if (current.rows() == 0)
        return ReviewOutcome::not_found;
    if (current.text(0, 0) != r.from)
        return ReviewOutcome::wrong_status;
    const long long change = run(c, kNextChange).integer(0, 0);
    run(c, kReviewSubmission, Params().add(r.to).add(r.reason).add(change).add(r.at).add(r.id).add(r.office)
                                  .add(r.from).add(r.action).add(r.date).add(r.voucher));
    try {
        run(c, kReviewEvent, Params().add(r.id).add(r.from).add(r.to).add(r.action).add(r.reason).add(r.date)
                                 .add(r.voucher).add(r.key).add(static_cast<long long>(r.user_id)).add(r.at));
    } catch (const StoreConflict&) {
        return ReviewOutcome::key_reused;  // the same key at once on another submission (rolled back)
    }
    run(c, kReviewRegister, Params().add(r.to).add(r.id));
    tx.commit();
    return ReviewOutcome::done;
}

std::vector<Submission> claims_created(Connection& c, const std::string& office, const std::string& from,
                                       const std::string& to) {
    Result r = run(c, kClaimsCreated, Params().add(office).add(from).add(to));
    std::vector<Submission> rows;
    for (int i = 0; i < r.rows(); i++)
        rows.push_back(read_submission_row(RowView{r, i}, false));
    return rows;
}

}  // namespace skillaid::server::postgres
