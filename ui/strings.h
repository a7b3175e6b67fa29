// Every user-facing string of the screens, in one place. Chinese for the user,
// English names for the code. The texts of the forms (labels, messages, print
// views), which the server uses too, are in engine/forms/texts.h, included here:
// both are namespace skillaid::text. The font subset is built from these files
// (assets/fonts/charset.py), so a new string here is always drawable.
#pragma once

#include "engine/forms/texts.h"

namespace skillaid::text {

inline constexpr const char* app_name = "技能补贴助手";
inline constexpr const char* app_name_latin = "SkillAid";
inline constexpr const char* app_tagline = "长春市职业技能提升行动专账资金 · 长人社联〔2020〕12号";
inline constexpr const char* welcome_window = "欢迎";
inline constexpr const char* org_name_label = "单位名称";
inline constexpr const char* org_name_hint = "请输入企业或培训机构全称";
inline constexpr const char* start_button = "开始";
inline constexpr const char* greeting_format = "已记录单位：%s";
inline constexpr const char* greeting_empty = "请先填写单位名称。";
inline constexpr const char* offline_note = "所有内容保存在本机浏览器中，断网也不会丢失。";
inline constexpr const char* font_loading = "正在加载完整字库…";
inline constexpr const char* version_label = "版本";
inline constexpr const char* storage_label = "本地存储";

// ---- Shell, navigation, home, drafts (issue 4 core) ----
inline constexpr const char* nav_home = "首页";
inline constexpr const char* nav_quick_estimate = "快速测算";
inline constexpr const char* nav_catalog = "工种目录";
inline constexpr const char* nav_deadlines = "时限计算";
inline constexpr const char* nav_draft = "草稿编辑";
inline constexpr const char* coming_soon = "此页面正在建设中。";
inline constexpr const char* online = "在线";
inline constexpr const char* offline = "离线（内容照常保存在本机）";
inline constexpr const char* outbox_format = "待发送：%d 份";
inline constexpr const char* profile_heading = "单位信息（用于预填新表格）";
inline constexpr const char* new_draft_heading = "新建";
inline constexpr const char* drafts_heading = "本机草稿";
inline constexpr const char* drafts_empty = "还没有草稿。点击上方按钮新建一份。";
inline constexpr const char* draft_counts_format = "%s：草稿 %d 份，待提交 %d 份";
inline constexpr const char* status_draft = "草稿";
inline constexpr const char* status_ready = "待提交";
inline constexpr const char* open_button = "打开";
inline constexpr const char* delete_button = "删除";
inline constexpr const char* cancel_button = "取消";
inline constexpr const char* confirm_delete_title = "确认删除";
inline constexpr const char* confirm_delete_format = "删除“%s”？此操作不能撤销。";
inline constexpr const char* untitled = "（未命名）";
inline constexpr const char* col_kind = "表格";
inline constexpr const char* col_title = "名称";
inline constexpr const char* col_status = "状态";
inline constexpr const char* col_updated = "修改时间";
inline constexpr const char* import_draft_button = "导入草稿文件…";
inline constexpr const char* export_json_button = "导出草稿文件";
inline constexpr const char* print_button = "打印预览";
inline constexpr const char* no_draft_open = "没有打开的草稿。请在首页新建或打开一份。";
inline constexpr const char* saved = "已自动保存";
inline constexpr const char* unsaved = "正在保存…";
inline constexpr const char* storage_failed = "本机存储不可用，草稿无法保存：";
inline constexpr const char* storage_memory = "浏览器未允许使用本机存储，刷新页面后内容会丢失。";
// The store's failures (ui/storage/): what failed, then why.
inline constexpr const char* storage_outbox_failed = "发件箱无法保存：";
inline constexpr const char* storage_read_failed = "本机存储读取失败：";
inline constexpr const char* storage_calendar_failed = "节假日安排无法保存：";
inline constexpr const char* storage_open_failed = "无法打开数据库：";
inline constexpr const char* storage_not_open = "数据库未打开";
inline constexpr const char* storage_migration_format = "数据库升级到第 %d 版失败：%s";
inline constexpr const char* storage_newer_format = "数据库是新版本（第 %d 版）建的，本应用只能读到第 %d 版，请更新应用";
inline constexpr const char* storage_code_format = "%s（SQLite %d）";
inline constexpr const char* storage_error_full = "存储空间已满";
inline constexpr const char* storage_error_io = "读写失败";
inline constexpr const char* storage_error_corrupt = "数据库文件不可用";
inline constexpr const char* storage_error_readonly = "数据库不可写入";
inline constexpr const char* storage_error_busy = "数据库正在使用";
inline constexpr const char* storage_error_constraint = "数据与已有记录不符";
inline constexpr const char* storage_error_memory = "内存不足";
inline constexpr const char* storage_error_other = "数据库操作失败";
inline constexpr const char* import_not_json = "导入失败：文件不是有效的 JSON。";
inline constexpr const char* import_not_draft = "导入失败：这不是技能补贴助手导出的草稿文件。";
inline constexpr const char* import_unknown_kind = "导入失败：未知的表格类型“%s”。";
inline constexpr const char* import_unknown_version = "导入失败：草稿文件版本 %d 不受支持（本程序支持 1 至 %d），请升级技能补贴助手。";
inline constexpr const char* import_bad_body = "导入失败：";
inline constexpr const char* import_done_format = "已导入草稿“%s”。";
inline constexpr const char* open_failed = "无法打开草稿：";
inline constexpr const char* select_hint = "请选择";
inline constexpr const char* date_hint = "2026-03-16";
inline constexpr const char* summary_title_format = "提交前需要修正：%d 处错误，%d 处提醒";
inline constexpr const char* summary_ok = "没有需要修正的内容。";
inline constexpr const char* error_prefix = "错误 · ";
inline constexpr const char* warning_prefix = "提醒 · ";
inline constexpr const char* estimate_pending = "填写培训类型、工种、学时和参训人员后显示测算。";
inline constexpr const char* estimate_issues = "说明与不予补贴的原因";
// The estimate view (ui/estimate_view.cpp), in the editor and 快速测算.
inline constexpr const char* estimate_col_item = "项目";
inline constexpr const char* estimate_col_amount = "金额";
inline constexpr const char* estimate_col_clause = "条款";
inline constexpr const char* estimate_col_explain = "计算";
inline constexpr const char* estimate_not_counted = "（不计入合计）";
inline constexpr const char* estimate_no_lines = "没有可补贴的金额。";
inline constexpr const char* estimate_excluded_format = "不予补贴的人员：第 %s 名（共 %lld 人）";
inline constexpr const char* estimate_excluded_count_format = "不予补贴的人员：共 %lld 人";
inline constexpr const char* estimate_more = "等";
inline constexpr const char* estimate_policy_format = "依据：%s";
inline constexpr const char* route_pending = "选择企业所在区县和企业性质后显示受理部门。";
inline constexpr const char* clause_format = "（%s）";
inline constexpr const char* catalog_hint = "工种名称或序号";
inline constexpr const char* catalog_count_format = "共 %d 个工种";
inline constexpr const char* catalog_number = "序号";
inline constexpr const char* catalog_name = "工种";
inline constexpr const char* catalog_category = "类别";
inline constexpr const char* catalog_class = "补贴类别";
inline constexpr const char* catalog_urgent = " 急需紧缺";

// ---- 企业职工培训申请表 (attachment 4; ui/forms/training_application.cpp) ----
inline constexpr const char* ta_occupation_hint = "输入工种名称或目录序号";
inline constexpr const char* ta_occupation_selected_format = "目录第 %d 项 · %s类%s";
inline constexpr const char* ta_trainee_count_format = "%d 人（来自参训人员名单）";
inline constexpr const char* ta_place_hint = "集中培训需填写";
inline constexpr const char* ta_bank_name_hint = "如：工商银行长春xx支行";
inline constexpr const char* ta_platform_hint = "网络线上培训需填写";
inline constexpr const char* ta_routing_heading = "报送信息（确定受理部门）";
inline constexpr const char* roster_add = "添加一行";
inline constexpr const char* roster_paste = "粘贴行";
inline constexpr const char* roster_import = "导入CSV…";
inline constexpr const char* roster_export = "导出CSV";
inline constexpr const char* roster_search_hint = "搜索姓名、身份证号或手机";
inline constexpr const char* roster_count_format = "共 %d 人，显示 %d 人";

// ---- 快速测算, 时限计算, 开班申请, 补贴资金申请 (issue 4 part 2; ui/screens/quick_estimate.cpp,
// ui/screens/deadlines.cpp, ui/forms/class_opening.cpp, ui/forms/claim.cpp, ui/roster.cpp) ----
inline constexpr const char* dl_event = "事项";
inline constexpr const char* dl_events[] = {"开班", "考核", "竞赛", "公示"};
inline constexpr const char* dl_date = "日期";
inline constexpr const char* dl_date_labels[] = {"首个上课日", "考核日", "竞赛日", "公示首日"};
inline constexpr const char* dl_prompt = "选择事项并输入日期（或在日历上点选），显示申请截止等时限及条款。";
inline constexpr const char* dl_results = "时限";
inline constexpr const char* dl_note_prefix = "注意：";
inline constexpr const char* dl_prev_month = "< 上月";
inline constexpr const char* dl_next_month = "下月 >";
inline constexpr const char* dl_this_month = "本月";
inline constexpr const char* dl_month_format = "%d年%d月";
inline constexpr const char* dl_weekdays[] = {"一", "二", "三", "四", "五", "六", "日"};
inline constexpr const char* dl_tag_holiday = "休";
inline constexpr const char* dl_tag_makeup = "班";
inline constexpr const char* dl_tag_event = "事项日";
inline constexpr const char* dl_tag_deadline = "截止";
inline constexpr const char* dl_legend = "图例：红底 法定节假日（休）· 灰底 周末 · 橙底 调休上班（班）· 蓝框 事项日 · 绿底 截止日。"
                                         "方向键选日，回车设为事项日，PageUp/PageDown 翻月。";
inline constexpr const char* dl_month_outside = "此月份不在工作日历内（日历只覆盖 %d—%d 年），无法标出节假日。";
inline constexpr const char* dl_jump = "查看";
inline constexpr const char* qe_scheme = "补贴项目";
inline constexpr const char* qe_date = "测算日期";
inline constexpr const char* qe_occupation = "工种";
inline constexpr const char* qe_level = "技能等级";
inline constexpr const char* qe_hours_offline = "线下学时";
inline constexpr const char* qe_hours_online = "线上学时";
inline constexpr const char* qe_attendance = "出勤率（%）";
inline constexpr const char* qe_count = "人数";
inline constexpr const char* qe_participants = "参赛职工人数";
inline constexpr const char* qe_enterprise = "企业类型";
inline constexpr const char* qe_group = "人员类别";
inline constexpr const char* qe_days = "天数";
inline constexpr const char* qe_months = "整月数";
inline constexpr const char* qe_unemployment_insurance = "领取失业保险金";
inline constexpr const char* qe_result = "测算结果";
// %s: the roster's columns ("姓名、身份证号、…").
inline constexpr const char* ro_paste_tip_format = "从 Excel/WPS 复制多行（%s；首行可为列名），点此或在表格外按 Ctrl+V";
inline constexpr const char* ro_search_hint = "搜索姓名或身份证号";
inline constexpr const char* co_platform_hint = "网络线上培训需从人社部门认定的目录中选取";
inline constexpr const char* co_apply_date_hint = "默认今天";
inline constexpr const char* co_place_hint = "线下集中培训需填写";
inline constexpr const char* cl_type = "申请类别";
inline constexpr const char* cl_types[] = {"职业培训补贴", "生活费补贴"};
inline constexpr const char* cl_hours_offline = "线下学时";
inline constexpr const char* cl_hours_online = "线上学时";

// ---- 职业技能竞赛方案 + 参赛选手信息登记表, the view only (ui/forms/competition_plan.cpp; the model's texts: engine/forms/texts.h) ----
inline constexpr const char* cp_name_hint = "如：2026年长春市××公司焊工职业技能竞赛";
inline constexpr const char* cp_office_intro =
    "为保证本次竞赛活动顺利进行，成立竞赛工作办公室，全面负责竞赛的组织实施工作。办公室下设赛务组、命题裁判组、保障组、监督仲裁组，工作人员由办公室负责抽调。";
inline constexpr const char* cp_duties_hint = "每行一项分工";
inline constexpr const char* cp_project_hint = "如：焊工";
inline constexpr const char* cp_deadline_pending = "填写竞赛时间后显示申请和材料提交截止日期。";
inline constexpr const char* cp_technical_hint = "竞赛总的技术要求；各项在下方分别填写";
inline constexpr const char* cp_rewards_hint = "需要列出具体奖励内容，如：第1名奖励5000元并颁发证书";
inline constexpr const char* cp_this_project_subsidised = "本项目本年已享受过竞赛补贴";
inline constexpr const char* reg_add = "添加选手";
inline constexpr const char* reg_title_format = "选手 %d：%s";
inline constexpr const char* reg_delete = "删除此选手";
inline constexpr const char* reg_count_format = "已登记 %d 名选手";
inline constexpr const char* reg_education_hint = "如：大学本科";
inline constexpr const char* reg_ethnicity_hint = "如：汉族";
inline constexpr const char* reg_qualification_hint = "如：焊工 中级工";
inline constexpr const char* reg_level = "现有等级（晋级用）";
inline constexpr const char* reg_rank_hint = "0 表示尚无名次";
inline constexpr const char* reg_photo_pick = "选择照片…";
inline constexpr const char* reg_photo_replace = "更换照片…";
inline constexpr const char* reg_photo_undecodable = "照片无法读取，请换一张 JPG 照片";
inline constexpr const char* reg_photo_size_format = "%d × %d 像素缩略图，原文件 %d KB";
// -- 附件5 parts (issue 13): 命题人员 / 考评人员 lists, 竞赛说明 sub-sections, 参赛选手守则 --
inline constexpr const char* cp_staff_add_format = "添加%s";  // text::cp_staff_titles
inline constexpr const char* cp_explanation_intro = "以下各项打印在“六、竞赛说明”下；抽签办法、比赛须知、成绩评定方法、安全操作规程可不填。";
inline constexpr const char* cp_explanation_hints[] = {  // kCompetitionExplanationIds; nullptr = none
    "如：知识考试和操作考核两部分", "如：个人赛，现场操作考核", nullptr, nullptr, nullptr, nullptr,
    "如：遵守参赛选手守则，服从裁判和现场工作人员指挥", "如：违反竞赛纪律者，视情节取消竞赛成绩",
    "如：对评判结果不服的，可在成绩公布后2小时内向监督仲裁组书面申诉"};
inline constexpr const char* cp_rules_intro = "附件5 原文，不需填写，打印时列在“八、竞赛要求”之后：";

// ---- 网络线上培训第三方监管平台申请表 (the view only; the model's texts are in engine/forms/texts.h) ----
inline constexpr const char* pa_url_hint = "https://";

// ---- Sync: login, outbox, submissions (issue 5, ui/sync.cpp, ui/screens/sync.cpp) ----
inline constexpr const char* nav_sync = "登录与发件箱";
inline constexpr const char* sync_login_heading = "登录";
inline constexpr const char* sync_server_label = "服务器地址";
inline constexpr const char* sync_server_hint = "留空：本网站";
inline constexpr const char* sync_login_label = "账号";
inline constexpr const char* sync_password_label = "密码";
inline constexpr const char* sync_login_button = "登录";
inline constexpr const char* sync_logout_button = "退出";
inline constexpr const char* sync_logging_in = "正在登录…";
inline constexpr const char* sync_logged_in_format = "已登录：%s（%s）";
inline constexpr const char* sync_expires_format = "登录有效期至 %s";
inline constexpr const char* sync_not_logged_in = "未登录：提交的材料会留在发件箱，登录后发送。";
inline constexpr const char* sync_login_missing = "请填写账号和密码。";
inline constexpr const char* sync_expired = "登录已过期，请重新登录。";
inline constexpr const char* sync_unreachable = "无法连接服务器，请检查网络或服务器地址。";
inline constexpr const char* sync_no_organisation = "此账号不属于任何单位（审核人员），不能提交。";
inline constexpr const char* sync_outbox_heading = "发件箱";
inline constexpr const char* sync_outbox_empty = "发件箱是空的。在草稿编辑中点击“提交”后会出现在这里。";
inline constexpr const char* sync_now_button = "立即同步";
inline constexpr const char* sync_last_format = "上次同步：%s";
inline constexpr const char* sync_remove_button = "移除";
inline constexpr const char* sync_col_title = "材料";
inline constexpr const char* sync_col_state = "状态";
inline constexpr const char* sync_col_receipt = "回执号";
inline constexpr const char* sync_col_note = "说明";
inline constexpr const char* sync_state_waiting = "等待发送";
inline constexpr const char* sync_state_sending = "发送中";
// The server's statuses (已接收, 已受理, 已退回, 已拨付) are labelled by engine/forms/status.h.
inline constexpr const char* sync_state_refused = "未被接收";
inline constexpr const char* sync_retry_format = "第 %d 次发送失败（%s），%d 秒后自动重试";
inline constexpr const char* sync_wait_login = "登录后发送";
inline constexpr const char* sync_submit_button = "提交";
inline constexpr const char* sync_submit_fix_first = "请先修正“提交前需要修正”中的问题";
inline constexpr const char* sync_submit_unsupported = "此类材料暂不能在线提交，请打印后报送";
inline constexpr const char* sync_submit_no_estimate = "测算结果完整后才能提交";
inline constexpr const char* sync_submit_no_route = "此表未载明所在区和单位性质，无法确定受理部门，暂请打印后报送";
inline constexpr const char* sync_submit_login_first = "请先在“登录与发件箱”登录";
inline constexpr const char* sync_queued = "已加入发件箱：联网后自动发送，收到回执号即表示已接收。";
inline constexpr const char* sync_submitted_format = "已提交：%s";
inline constexpr const char* sync_paths_format = "（位置：%s）";

// ---- Calendar updates and provisional years (issue 11; ui/calendar_updates.cpp,
// ui/draft_deadlines.cpp, ui/screens/deadlines.cpp, home.cpp, draft_editor.cpp, the forms) ----
inline constexpr const char* dl_tag_holiday_provisional = "休（暂定）";
inline constexpr const char* dl_month_provisional_days = "本月暂定放假：%s";
inline constexpr const char* dl_month_provisional_none = "本月没有法定节假日（暂定）。";
inline constexpr const char* dl_legend_provisional = "“暂定”：按《全国年节及纪念日放假办法》推算，国务院公布正式安排后自动更新。";
inline constexpr const char* cal_makeup_word = "补假";
inline constexpr const char* cal_years_format = "工作日历：%d—%d 年为国务院正式安排，其余年份（至 %d 年）按放假办法暂定。";
inline constexpr const char* cal_update_official_format = "%s 年节假日安排已更新为国务院正式公布的版本";
inline constexpr const char* cal_update_revised_format = "%s 年节假日安排已按新的正式文件更新";
inline constexpr const char* cal_year_line_format = "%s（%s）。";
inline constexpr const char* cal_moved_format = "%s：草稿「%s」的%s由 %s 改为 %s";
inline constexpr const char* cal_notices_heading = "日历更新";
inline constexpr const char* cal_dismiss = "知道了";
inline constexpr const char* cal_stored_dropped_format = "本机保存的 %d 年日历文件无效，已删除：%s";
inline constexpr const char* cal_fetched_invalid_format = "服务器提供的 %d 年日历文件无效，未使用：%s";

// ---- Phones and touch (issue 12; ui/app.cpp narrow shell, ui/layout.cpp) ----
inline constexpr const char* nav_menu = "菜单";

// ---- 显示设置: text size and contrast (issue 12; ui/screens/display.cpp, ui/style.cpp) ----
inline constexpr const char* nav_display = "显示设置";
inline constexpr const char* display_heading = "显示设置";
inline constexpr const char* display_text_size = "字号";
inline constexpr const char* display_size_names[] = {"标准", "大", "特大"};
inline constexpr const char* display_high_contrast = "高对比度（白底黑字，加粗边框）";
inline constexpr const char* display_saved = "已保存，下次打开时仍按此显示。";
inline constexpr const char* display_sample = "示例：企业职工培训申请表 — 培训人数 30 人，补贴金额 ¥12,000.00";

// ---- Accessibility mirror (H1, ui/a11y.h): names a screen reader says for unlabelled widgets ----
inline constexpr const char* a11y_cell_format = "第%d行 %s";        // a roster cell: row, column title
inline constexpr const char* a11y_row_delete_format = "删除第%d行";  // the roster row's × button
inline constexpr const char* a11y_open_format = "打开：%s";          // 首页's drafts: the row's buttons
inline constexpr const char* a11y_delete_format = "删除：%s";

// ---- Phone overflow, tones and dialog names (issue 12, H5; ui/app.cpp notice, ui/screens/home.cpp) ----
inline constexpr const char* notice_close_name = "关闭提示";                  // the notice's × button
inline constexpr const char* a11y_confirm_delete_format = "确认删除：%s";     // the delete dialog's buttons
inline constexpr const char* a11y_cancel_delete = "取消删除";

// ---- Status and the outbox (issue 13 part 3; ui/sync.cpp, ui/screens/sync.cpp, home.cpp, draft_editor.cpp) ----
inline constexpr const char* server_reachable = "在线";
inline constexpr const char* server_unknown = "已联网（尚未连接服务器）";
inline constexpr const char* server_down = "无法连接服务器";
inline constexpr const char* server_down_since_format = "无法连接服务器（上次连接成功：%s）";
inline constexpr const char* sync_col_kind = "表格";
inline constexpr const char* sync_col_date = "提交时间";
inline constexpr const char* sync_version_format = "第%d版，替代 %s";
inline constexpr const char* sync_returned_banner = "已被退回，退回原因：";
inline constexpr const char* sync_returned_hint = "请按原因修改后点击“重新提交”（作为新版本提交，并关联原回执号）。";
inline constexpr const char* sync_resubmit_button = "重新提交";
inline constexpr const char* sync_open_row_format = "打开草稿：%s";
inline constexpr const char* sync_draft_deleted = "这份材料的草稿已在本机删除，无法打开（发件箱中的记录仍保留）。";
// The real-name register (issue 14): the server's check of the roster's trainees, the 422 offer.
inline constexpr const char* register_heading = "实名核查";
inline constexpr const char* register_no_ids = "名册中还没有有效的身份证号：填写后将向服务器核查每人本年度已享受的补贴次数。";
inline constexpr const char* register_pending = "实名核查待联网：登录并联网后自动核查本名册人员已享受的补贴次数（发送前也会先核查）。";
inline constexpr const char* register_checking = "正在向服务器核查名册人员的补贴记录…";
inline constexpr const char* register_clear_format = "已核查 %d 人：均未达到每人补贴限制（二(二)）。";
inline constexpr const char* register_reached_format = "已核查 %d 人，其中 %d 人达到限制，提交后服务器将不予计算或扣减：";
inline constexpr const char* register_row_format = "第%d行 %s：%s（%s）";
inline constexpr const char* register_failed_format = "实名核查未完成：%s";
inline constexpr const char* register_stale = "即将向服务器核查名册人员的补贴记录…";
inline constexpr const char* register_note = "仅显示服务器登记的次数和所达限制，不显示其他单位或培训内容。";
inline constexpr const char* offer_heading = "服务器核定的金额与本机测算不同：";
inline constexpr const char* offer_total_format = "本机测算 %s，服务器核定 %s（已计入实名登记的以往补贴）。";
inline constexpr const char* offer_accept_button = "接受服务器核定金额并重新发送";
inline constexpr const char* offer_accepted = "已接受服务器核定金额，重新加入发件箱。";
inline constexpr const char* sync_outbox_checked_format = "实名核查：%d 人达到限制";
inline constexpr const char* draft_reason_format = "退回原因：%s";
inline constexpr const char* draft_counts_sent_format = "，已提交 %d 份";

// ---- What a clerk notices (issue 13 part 4; ui/screens/catalog.cpp filters, ui/widgets.cpp date field) ----
inline constexpr const char* catalog_filter_class = "补贴类别";
inline constexpr const char* catalog_filter_all = "全部";
inline constexpr const char* catalog_class_options[] = {"全部", "A类", "B类", "C类"};
inline constexpr const char* catalog_filter_urgent = "只看急需紧缺";
inline constexpr const char* catalog_filter_category = "职业大类";
inline constexpr const char* catalog_hint_category = "工种名称、序号或类别";
inline constexpr const char* date_empty_hint = "年-月-日";
inline constexpr const char* date_range_to = "至";
inline constexpr const char* ta_date_range = "培训时间";

// ---- Reuse (issue 13 part 5; ui/forms/form_parts.cpp, ui/forms/training_application.cpp, ui/app.cpp) ----
inline constexpr const char* profile_save_from_form = "保存为单位信息";
inline constexpr const char* nav_profile = "单位信息";
inline constexpr const char* profile_save = "保存单位信息";
inline constexpr const char* profile_note = "新建表格时自动填入；在表格中点“保存为单位信息”也会更新这里。";
inline constexpr const char* profile_saved = "单位信息已保存，新建表格时自动填入";
inline constexpr const char* derive_claim = "据此开始补贴申请";
inline constexpr const char* derive_class_opening = "据此开始开班申请";
inline constexpr const char* derive_started_format = "已新建：%s";

// ---- Issue 14: each person's conditions and 以往培训 in the roster (the view only, ui/roster.cpp) ----
inline constexpr const char* ro_conditions_heading_format = "第%d行 %s：补贴条件与以往培训";
inline constexpr const char* ro_conditions_edit = "条件";
inline constexpr const char* ro_conditions_pick = "在名单中点“条件”填写该人员的补贴条件与以往培训";
inline constexpr const char* ro_conditions_close = "收起";
inline constexpr const char* ro_history_add = "添加以往培训";
inline constexpr const char* ro_history_delete = "删除";
inline constexpr const char* ro_conditions_hint_occupation = "名称或序号1–326";
inline constexpr const char* a11y_row_conditions_format = "第%d行 补贴条件与以往培训";

// ---- Issue 15: the reviewer workbench (ui/screens/review*.cpp, ui/review_sync.cpp) and every step
// for the submitter (ui/submission_view.cpp, ui/screens/sync.cpp). Status, action and overdue labels
// are the shared table's (engine/forms/texts.h); the documents' texts are engine/forms/office_documents.cpp's.
inline constexpr const char* nav_review = "审核工作台";
inline constexpr const char* storage_review_failed = "审核数据无法保存：";
inline constexpr const char* review_login_first = "请在“登录与发件箱”以人社部门审核人员账号登录。";
inline constexpr const char* review_sync_format = "本机缓存 %d 份，待发送操作 %d 项。";
inline constexpr const char* review_tab_queue = "待办队列";
inline constexpr const char* review_tab_detail = "详情";
inline constexpr const char* review_tab_summary = "汇总";
inline constexpr const char* review_tab_publicity = "公示名单";
inline constexpr const char* review_filter_status = "状态";
inline constexpr const char* review_filter_kind = "类型";
inline constexpr const char* review_filter_business = "业务";
inline constexpr const char* review_filter_organisation = "单位";
inline constexpr const char* review_filter_received = "提交日期";
inline constexpr const char* review_filter_from = "提交日期起";
inline constexpr const char* review_filter_to = "提交日期止";
inline constexpr const char* review_filter_overdue = "仅逾期";
inline constexpr const char* review_count_format = "显示 %d 份（共 %d 份）";
inline constexpr const char* review_export_csv = "导出CSV";
inline constexpr const char* review_print = "打印";
inline constexpr const char* review_batch_format = "对所选开始公示（%d）";
inline constexpr const char* review_batch_none = "请先勾选已受理的补贴申领";
inline constexpr const char* review_select_format = "选择 %s";
inline constexpr const char* review_open_format = "打开 %s（%s）";
inline constexpr const char* review_queue_empty = "本部门没有待审核的材料。";
inline constexpr const char* review_queue_not_synced = "尚未同步：联网并登录后自动下载本部门的材料。";
inline constexpr const char* review_queue_file = "审核队列";
inline constexpr const char* review_summary_file = "补贴汇总";
inline constexpr const char* review_publicity_file = "公示名单";
inline constexpr const char* review_col_receipt = "受理编号";
inline constexpr const char* review_col_organisation = "单位";
inline constexpr const char* review_col_kind = "类型/业务";
inline constexpr const char* review_col_amount = "金额";
inline constexpr const char* review_col_status = "状态";
inline constexpr const char* review_col_due = "截止/到期";
inline constexpr const char* review_pending_prefix = "待发送：";
inline constexpr const char* review_refused_short = "操作未被接受，见详情";
inline constexpr const char* review_refused_prefix = "操作未被接受：";
inline constexpr const char* review_back = "< 返回队列";
inline constexpr const char* review_none_open = "请在待办队列中点击一份材料。";
inline constexpr const char* review_organisation_label = "单位";
inline constexpr const char* review_uscc_label = "统一社会信用代码";
inline constexpr const char* review_route_label = "受理部门";
inline constexpr const char* review_status_label = "状态";
inline constexpr const char* review_reason_label = "退回原因";
inline constexpr const char* review_reason_hint = "请写明需要更正的内容，申请单位会看到";
inline constexpr const char* review_reason_required = "请填写退回原因";
inline constexpr const char* review_voucher_label = "拨付凭证号";
inline constexpr const char* review_voucher_required = "请填写拨付凭证号";
inline constexpr const char* review_publicity_start_label = "公示开始日期";
inline constexpr const char* review_publicity_ends_label = "公示结束日期";
inline constexpr const char* review_payment_by_label = "拨付截止日期";
inline constexpr const char* review_paid_on_label = "拨付日期";
inline constexpr const char* review_preview_format = "公示期 %s 至 %s，应于 %s 前拨付（二(一)）";
inline constexpr const char* review_no_actions = "当前状态下没有可执行的操作。";
inline constexpr const char* review_print_form = "打印申报表";
inline constexpr const char* review_print_unavailable = "无法生成申报表打印视图：";
inline constexpr const char* review_detail_loading = "正在下载详情（名册、测算、核查结果）…";
inline constexpr const char* review_detail_offline = "离线：此材料的详情尚未下载，联网后自动下载。";
inline constexpr const char* review_figures_heading = "金额核对（申请单位测算 / 服务器核定）";
inline constexpr const char* review_col_client = "单位测算";
inline constexpr const char* review_col_server = "服务器核定";
inline constexpr const char* review_total = "合计";
inline constexpr const char* review_roster_heading = "参训人员";
inline constexpr const char* review_col_server_amount = "核定金额";
inline constexpr const char* review_col_issues = "说明";
// The action's label, receipt, organisation, the status label now and after.
inline constexpr const char* review_confirm_format = "%s %s（%s）：状态将由“%s”变为“%s”。";
inline constexpr const char* review_confirm_batch_format = "对所选 %d 份补贴申领开始公示：状态将变为“公示中”。";
inline constexpr const char* review_confirm_note = "确认后操作进入待发送队列，联网后发送，每项只发送一次；申请单位同步后可看到。";
inline constexpr const char* review_confirm_button = "确认";
inline constexpr const char* review_queued = "已排队，联网后发送";
inline constexpr const char* review_year_format = "%d 年";
inline constexpr const char* review_year_prev = "上一年";
inline constexpr const char* review_year_next = "下一年";
inline constexpr const char* review_refresh = "刷新";
inline constexpr const char* review_report_loading = "正在获取汇总…";
inline constexpr const char* review_report_none = "此年度的汇总尚未获取：联网后点“刷新”。";
inline constexpr const char* review_generated_format = "数据生成时间：%s（离线时显示上次获取的结果）";
inline constexpr const char* review_col_office = "部门";
inline constexpr const char* review_col_business = "业务";
inline constexpr const char* review_col_count = "件数";
inline constexpr const char* review_col_claimed = "申领金额";
inline constexpr const char* review_col_accepted = "受理金额";
inline constexpr const char* review_col_paid = "拨付金额";
inline constexpr const char* review_col_overdue_count = "逾期件数";
inline constexpr const char* review_col_overdue_amount = "逾期金额";
inline constexpr const char* review_chart_heading = "各部门申领与拨付";
inline constexpr const char* review_chart_line_format = "%s：申领 %s，拨付 %s";
inline constexpr const char* review_publicity_none = "本机缓存中没有已开始公示的补贴申领。";
inline constexpr const char* review_publicity_heading_format = "公示期：%s 至 %s（5个工作日，二(一)）";
inline constexpr const char* review_publicity_missing_format = "其中 %d 份申领的详情尚未下载，联网后补全。";
inline constexpr const char* history_heading = "办理记录";
inline constexpr const char* history_empty = "暂无办理记录（同步后显示）。";
inline constexpr const char* history_reason_format = "原因：%s";
inline constexpr const char* history_publicity_format = "公示期 %s 至 %s";
inline constexpr const char* history_publicity_start_format = "公示开始 %s";
inline constexpr const char* history_paid_format = "拨付日期 %s";
inline constexpr const char* history_date_format = "日期 %s";
inline constexpr const char* history_voucher_format = "凭证号 %s";
inline constexpr const char* history_by_format = "办理：%s";
inline constexpr const char* history_count_format = "办理记录（%d）";

}  // namespace skillaid::text
