// The reviewer workbench's parts (ui/screens/review*.cpp), shared by its
// tabs: 队列 (review_queue.cpp), 详情 (review_detail.cpp), 汇总 and 公示名单
// (review_reports.cpp); the shell, the confirmation and the helpers are review.cpp.
#pragma once
#include <string>

#include "ui/app.h"

namespace skillaid::review_ui {

void draw_queue(AppState& app);
void draw_detail(AppState& app);
void draw_summary(AppState& app);
void draw_publicity(AppState& app);

// The submission kind's Chinese name ("claim" -> 补贴资金申请).
std::string kind_label(const std::string& kind);
// "已受理", "公示中 · 逾期未拨付": the label of the server's status and the overdue label.
std::string status_text(const ReviewItem& item);
// Opens an item on 详情 (its detail is fetched when older than its summary).
void open_item(AppState& app, const std::string& id);
// Asks for the confirmation of `action` on the open item ("batch": the queue's 开始公示).
void ask_confirm(AppState& app, const char* action);
// A date typed as YYYY-MM-DD the calendar covers: "" when fine, else why not.
std::string date_problem(const std::string& date);
// A labelled one-line input with its hook and accessible name.
bool input_line(const char* hook, const char* label, std::string& value, float width_em);
// A CSV download with BOM (Excel/WPS), a file name with the office and today's date.
void download_csv(AppState& app, const char* what, const std::string& csv);

}  // namespace skillaid::review_ui
