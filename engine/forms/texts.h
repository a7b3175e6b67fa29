// Every user-facing string of the form models (engine/forms/): field labels,
// validation messages, print views, in Chinese. The browser (ui/strings.h
// includes this file) and the server (422 answers) show the same words. Each
// form kind has its own section; a text that quotes a policy number is a
// format filled from the parameter (engine/policy.h), never the number itself.
// The UI font's first-paint subset is built from this file too.
#pragma once

namespace skillaid::text {

// ---- Shared by every form ----
inline constexpr const char* required_message = "必填";
inline constexpr const char* form_training_application = "企业职工培训申请表";
inline constexpr const char* form_class_opening = "开班申请";
inline constexpr const char* form_claim = "补贴资金申请";
inline constexpr const char* form_competition_plan = "职业技能竞赛方案";
inline constexpr const char* form_platform_application = "网络线上培训第三方监管平台申请表";

// ---- The people list of a form (engine/forms/roster.cpp) ----
inline constexpr const char* roster_heading = "参训人员名单";
inline constexpr const char* roster_empty = "请至少填写一名参训人员";
inline constexpr const char* roster_col_no = "序号";
inline constexpr const char* roster_col_name = "姓名";
inline constexpr const char* roster_col_id = "身份证号";
inline constexpr const char* roster_col_mobile = "手机";
inline constexpr const char* roster_col_attendance = "出勤率%";
inline constexpr const char* roster_col_certified = "取得证书";
inline constexpr const char* roster_col_issue = "问题";
inline constexpr const char* roster_row_format = "第%d行 %s";
inline constexpr const char* roster_duplicate_format = "与第%d行身份证号重复";
inline constexpr const char* roster_attendance_range = "出勤率应在 0 到 100 之间";
inline constexpr const char* roster_yes = "是";
inline constexpr const char* roster_no = "否";
inline constexpr const char* roster_import_format = "导入 %d 行，跳过 %d 行";
inline constexpr const char* roster_paste_format = "粘贴 %d 行，跳过 %d 行";
inline constexpr const char* roster_skip_format = "第%d行：%s";
inline constexpr const char* roster_skip_empty = "姓名和身份证号都为空";
inline constexpr const char* roster_skip_attendance = "出勤率“%s”不是数字";
inline constexpr const char* roster_bad_body = "草稿内容不完整或格式错误";
inline constexpr const char* ro_col_certificate = "证书编号";
inline constexpr const char* ro_col_group = "人员类别";
inline constexpr const char* ro_col_days = "天数";
inline constexpr const char* ro_col_insurance = "领失业金";
inline constexpr const char* ro_col_amount = "补贴金额";
inline constexpr const char* ro_certificate_missing = "已取得证书，请填写证书编号";
inline constexpr const char* ro_days_missing = "请填写培训天数";
inline constexpr const char* roster_skip_days = "天数“%s”不是整数";

// ---- Submission status (engine/forms/status.cpp; the server and the outbox) ----
inline constexpr const char* status_received = "已接收";
inline constexpr const char* status_accepted = "已受理";
inline constexpr const char* status_returned = "已退回";
inline constexpr const char* status_paid = "已拨付";
inline constexpr const char* status_unknown = "未知";

}  // namespace skillaid::text
