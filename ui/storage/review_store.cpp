// The reviewer workbench's tables (migration 5 of draft_store.cpp): the
// office's submissions as last synced and the actions queued for the server
// (ui/review_sync.cpp keeps them in memory and writes each change here).
#include "ui/storage/draft_store.h"
#include "ui/storage/statement.h"

namespace skillaid {

using storage::Statement;

bool DraftStore::review_items(std::vector<ReviewItemRow>& out) const {
    out.clear();
    if (!begin()) return false;
    Statement st(db_, "SELECT id, summary, detail, change, detail_change, updated_ms FROM review_items");
    while (st.row()) {
        ReviewItemRow& r = out.emplace_back();
        r.id = st.column_text(0);
        r.summary = st.column_text(1);
        r.detail = st.column_text(2);
        r.change = st.column_integer(3);
        r.detail_change = st.column_integer(4);
        r.updated_ms = st.column_integer(5);
    }
    return !st.failed() || fail(st.code());
}

bool DraftStore::review_item_save(const ReviewItemRow& r) {
    if (!begin()) return false;
    Statement st(db_, "INSERT INTO review_items (id, summary, detail, change, detail_change, updated_ms) VALUES (?,?,?,?,?,?) "
                      "ON CONFLICT(id) DO UPDATE SET summary = excluded.summary, detail = excluded.detail, "
                      "change = excluded.change, detail_change = excluded.detail_change, updated_ms = excluded.updated_ms");
    st.text(1, r.id);
    st.text(2, r.summary);
    st.text(3, r.detail);
    st.integer(4, r.change);
    st.integer(5, r.detail_change);
    st.integer(6, r.updated_ms);
    return st.run() || fail(st.code());
}

bool DraftStore::review_item_remove(const std::string& id) {
    if (!begin()) return false;
    Statement st(db_, "DELETE FROM review_items WHERE id = ?");
    st.text(1, id);
    return st.run() || fail(st.code());
}

bool DraftStore::review_actions(std::vector<ReviewActionRow>& out) const {
    out.clear();
    if (!begin()) return false;
    Statement st(db_, "SELECT key, submission_id, body, state, error, created_ms, updated_ms FROM review_actions "
                      "ORDER BY created_ms, rowid");
    while (st.row()) {
        ReviewActionRow& r = out.emplace_back();
        r.key = st.column_text(0);
        r.submission_id = st.column_text(1);
        r.body = st.column_text(2);
        r.state = st.column_text(3);
        r.error = st.column_text(4);
        r.created_ms = st.column_integer(5);
        r.updated_ms = st.column_integer(6);
    }
    return !st.failed() || fail(st.code());
}

bool DraftStore::review_action_save(const ReviewActionRow& r) {
    if (!begin()) return false;
    Statement st(db_, "INSERT INTO review_actions (key, submission_id, body, state, error, created_ms, updated_ms) "
                      "VALUES (?,?,?,?,?,?,?) ON CONFLICT(key) DO UPDATE SET state = excluded.state, "
                      "error = excluded.error, updated_ms = excluded.updated_ms");
    st.text(1, r.key);
    st.text(2, r.submission_id);
    st.text(3, r.body);
    st.text(4, r.state == "sending" ? std::string("waiting") : r.state);  // a send in flight is resumed after a reload
    st.text(5, r.error);
    st.integer(6, r.created_ms);
    st.integer(7, r.updated_ms);
    return st.run() || fail(st.code());
}

bool DraftStore::review_clear() {
    if (!begin()) return false;
    return exec("BEGIN; DELETE FROM review_items; DELETE FROM review_actions; COMMIT;") ||
           (sqlite3_exec(db_, "ROLLBACK;", nullptr, nullptr, nullptr), false);
}

}  // namespace skillaid
