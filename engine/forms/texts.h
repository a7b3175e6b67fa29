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

// ---- Submission status (engine/forms/status.cpp; the server and the outbox) ----
inline constexpr const char* status_received = "已接收";
inline constexpr const char* status_accepted = "已受理";
inline constexpr const char* status_returned = "已退回";
inline constexpr const char* status_paid = "已拨付";
inline constexpr const char* status_unknown = "未知";

}  // namespace skillaid::text
