// The calendar tables (migration 3 of draft_store.cpp): official year files
// fetched from the server and the notices of dates they moved
// (ui/calendar_updates.cpp).
#include "ui/storage/draft_store.h"
#include "ui/storage/statement.h"

namespace skillaid {

using storage::Statement;

bool DraftStore::calendar_years(std::vector<CalendarYearRow>& out) const {
    out.clear();
    if (!begin()) return false;
    Statement st(db_, "SELECT year, text FROM calendar_years ORDER BY year");
    while (st.row()) out.push_back(CalendarYearRow{static_cast<int>(st.column_integer(0)), st.column_text(1)});
    return !st.failed() || fail(st.code());
}

bool DraftStore::calendar_year_save(int year, const std::string& text, const std::string& digest, long long fetched_ms) {
    if (!begin()) return false;
    Statement st(db_, "INSERT INTO calendar_years (year, text, digest, fetched_ms) VALUES (?, ?, ?, ?) "
                      "ON CONFLICT(year) DO UPDATE SET text = excluded.text, digest = excluded.digest, "
                      "fetched_ms = excluded.fetched_ms");
    st.integer(1, year);
    st.text(2, text);
    st.text(3, digest);
    st.integer(4, fetched_ms);
    return st.run() || fail(st.code());
}

bool DraftStore::calendar_year_remove(int year) {
    if (!begin()) return false;
    Statement st(db_, "DELETE FROM calendar_years WHERE year = ?");
    st.integer(1, year);
    return st.run() || fail(st.code());
}

bool DraftStore::calendar_notices(std::vector<CalendarNoticeRow>& out) const {
    out.clear();
    if (!begin()) return false;
    Statement st(db_, "SELECT id, draft_id, text FROM calendar_notices ORDER BY id");
    while (st.row()) out.push_back(CalendarNoticeRow{st.column_integer(0), st.column_text(1), st.column_text(2)});
    return !st.failed() || fail(st.code());
}

long long DraftStore::calendar_notice_add(const std::string& draft_id, const std::string& text, long long created_ms) {
    if (!begin()) return 0;
    Statement st(db_, "INSERT INTO calendar_notices (draft_id, text, created_ms) VALUES (?, ?, ?)");
    st.text(1, draft_id);
    st.text(2, text);
    st.integer(3, created_ms);
    if (!st.run()) {
        fail(st.code());
        return 0;
    }
    return sqlite3_last_insert_rowid(db_);
}

bool DraftStore::calendar_notice_remove(long long id) {
    if (!begin()) return false;
    Statement st(db_, "DELETE FROM calendar_notices WHERE id = ?");
    st.integer(1, id);
    return st.run() || fail(st.code());
}

}  // namespace skillaid
