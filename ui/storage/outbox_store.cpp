// The outbox table (migration 2 of draft_store.cpp): the sync client's queued
// submissions (ui/sync.cpp keeps them in memory and writes each change here).
#include "ui/storage/draft_store.h"
#include "ui/storage/statement.h"

namespace skillaid {

using storage::Statement;

bool DraftStore::outbox_list(std::vector<OutboxRow>& out) const {
    out.clear();
    if (!begin()) return false;
    Statement st(db_, "SELECT id, draft_id, kind, title, body, state, status, receipt, reason, error, register_check, "
                      "offer, summary, attempts, created_ms, updated_ms FROM outbox ORDER BY created_ms DESC");
    while (st.row()) {
        OutboxRow& r = out.emplace_back();
        std::string* texts[] = {&r.id,     &r.draft_id, &r.kind,   &r.title, &r.body,           &r.state,
                                &r.status, &r.receipt,  &r.reason, &r.error, &r.register_check, &r.offer, &r.summary};
        for (int i = 0; i < 13; i++) *texts[i] = st.column_text(i);
        r.attempts = static_cast<int>(st.column_integer(13));
        r.created_ms = st.column_integer(14);
        r.updated_ms = st.column_integer(15);
    }
    return !st.failed() || fail(st.code());
}

bool DraftStore::outbox_save(const OutboxRow& r) {  // next_ms is not stored
    if (!begin()) return false;
    // The body changes only when the clerk accepts the server's figures (ui/sync.cpp accept_server_figures).
    Statement st(db_, "INSERT INTO outbox (id, draft_id, kind, title, body, state, status, receipt, reason, error, "
                      "register_check, offer, summary, attempts, created_ms, updated_ms) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
                      "ON CONFLICT(id) DO UPDATE SET body = excluded.body, "
                      "state = excluded.state, status = excluded.status, receipt = excluded.receipt, "
                      "reason = excluded.reason, error = excluded.error, register_check = excluded.register_check, "
                      "offer = excluded.offer, summary = excluded.summary, attempts = excluded.attempts, updated_ms = excluded.updated_ms");
    const std::string waiting = "waiting";  // a send in flight is resumed after a reload
    const std::string* texts[] = {&r.id,     &r.draft_id, &r.kind,   &r.title, &r.body, r.state == "sending" ? &waiting : &r.state,
                                  &r.status, &r.receipt,  &r.reason, &r.error, &r.register_check, &r.offer, &r.summary};
    for (int i = 0; i < 13; i++) st.text(i + 1, *texts[i]);
    st.integer(14, r.attempts);
    st.integer(15, r.created_ms);
    st.integer(16, r.updated_ms);
    return st.run() || fail(st.code());
}

bool DraftStore::outbox_remove(const std::string& id) {
    if (!begin()) return false;
    Statement st(db_, "DELETE FROM outbox WHERE id = ?");
    st.text(1, id);
    return st.run() || fail(st.code());
}

}  // namespace skillaid
