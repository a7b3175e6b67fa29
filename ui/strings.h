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
inline constexpr const char* storage_memory = "浏览器未允许使用本机存储（IndexedDB），刷新页面后内容会丢失。";
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
inline constexpr const char* estimate_heading = "补贴测算（长人社联〔2020〕12号）";
inline constexpr const char* estimate_pending = "填写培训类型、工种、学时和参训人员后显示测算。";
inline constexpr const char* estimate_total_format = "合计：%s";
inline constexpr const char* estimate_eligible = "符合补贴条件";
inline constexpr const char* estimate_not_eligible = "不符合补贴条件：";
inline constexpr const char* estimate_issues = "说明与不予补贴的原因";
inline constexpr const char* route_heading = "受理部门";
inline constexpr const char* route_pending = "选择企业所在区县和企业性质后显示受理部门。";
inline constexpr const char* route_office_format = "报送：%s";
inline constexpr const char* clause_format = "（%s）";
inline constexpr const char* catalog_hint = "工种名称或序号";
inline constexpr const char* catalog_count_format = "共 %d 个工种";
inline constexpr const char* catalog_number = "序号";
inline constexpr const char* catalog_name = "工种";
inline constexpr const char* catalog_category = "类别";
inline constexpr const char* catalog_class = "补贴类别";
inline constexpr const char* catalog_urgent = " 急需紧缺";

// ---- 企业职工培训申请表 (attachment 4; ui/forms/training_application.cpp) ----
inline constexpr const char* ta_company = "企业名称";
inline constexpr const char* ta_address = "地址";
inline constexpr const char* ta_credit_code = "统一社会信用代码";
inline constexpr const char* ta_scheme = "培训类型";
inline constexpr const char* ta_level = "技能等级";
inline constexpr const char* ta_occupation = "培训工种";
inline constexpr const char* ta_occupation_hint = "输入工种名称或目录序号";
inline constexpr const char* ta_occupation_none_format = "目录中没有“%s”，请从列表中选择";
inline constexpr const char* ta_occupation_pick = "请从附件1目录中选择工种";
inline constexpr const char* ta_occupation_selected_format = "目录第 %d 项 · %s类%s";
inline constexpr const char* ta_mode = "培训方式";
inline constexpr const char* ta_institution = "培训机构";
inline constexpr const char* ta_hours_offline = "培训学时（线下）";
inline constexpr const char* ta_hours_online = "培训学时（线上）";
inline constexpr const char* ta_hours = "培训学时";
inline constexpr const char* ta_hours_format = "线下 %lld 学时，线上 %lld 学时";
inline constexpr const char* ta_hours_missing = "请填写培训学时";
inline constexpr const char* ta_online_hours_not_online = "集中培训不应有线上学时；如含线上授课，请选择“集中培训＋网络线上”";
inline constexpr const char* ta_offline_hours_online_only = "网络线上培训不应有线下学时；如含集中授课，请选择“集中培训＋网络线上”";
inline constexpr const char* ta_trainee_count = "培训人数";
inline constexpr const char* ta_trainee_count_format = "%d 人（来自参训人员名单）";
inline constexpr const char* ta_place = "培训地点";
inline constexpr const char* ta_place_hint = "集中培训需填写";
inline constexpr const char* ta_standard = "补贴标准";
inline constexpr const char* ta_standard_pending = "（选择培训类型、工种并填写学时后计算）";
inline constexpr const char* ta_bank_name = "开户银行";
inline constexpr const char* ta_bank_name_hint = "如：工商银行长春xx支行";
inline constexpr const char* ta_bank_account = "银行账号";
inline constexpr const char* ta_bank = "申报单位银行账户";
inline constexpr const char* ta_platform = "网络线上培训平台";
inline constexpr const char* ta_platform_hint = "网络线上培训需填写";
inline constexpr const char* ta_category = "参训人员类别";
inline constexpr const char* ta_date_from = "培训时间（起）";
inline constexpr const char* ta_date_to = "培训时间（止）";
inline constexpr const char* ta_date_order = "结束日期早于开始日期";
inline constexpr const char* ta_district = "企业所在区县";
inline constexpr const char* ta_ownership = "企业性质";
inline constexpr const char* ta_routing_heading = "报送信息（确定受理部门）";
inline constexpr const char* ta_commitment_heading = "企业申请承诺";
inline constexpr const char* ta_commitment_format =
    "%s企业，现申请组织职工开展%s培训，培训委托开展（或由本单位自主开展），培训对象均为与我单位建立劳动关系人员或在我单位工作的劳务派遣人员，"
    "培训结束后申请培训补贴时，仍为我单位职工。线上培训内容与企业主营业务相关，培训中有学习记录，学习过程可查询，可追溯，"
    "我单位将严格做好培训过程监管，确保培训质量。我单位申请培训开班及培训补贴所递交材料真实有效。";
inline constexpr const char* ta_signature = "企业负责人签字：";
inline constexpr const char* ta_seal = "单位公章：";
inline constexpr const char* ta_bureau_opinion = "人社部门意见";
inline constexpr const char* ta_date_line = "年　　月　　日";
inline constexpr const char* ta_schemes[] = {"岗前培训", "转岗转业培训", "岗位技能提升培训", "岗位练兵", "新型学徒制培训"};
inline constexpr const char* ta_modes[] = {"集中培训", "网络线上培训", "集中培训＋网络线上"};
inline constexpr const char* ta_categories[] = {"企业职工", "派遣工"};
inline constexpr const char* ta_ownerships[] = {"中省直企业", "国有企业", "其他企业"};
inline constexpr const char* roster_add = "添加一行";
inline constexpr const char* roster_paste = "粘贴行";
inline constexpr const char* roster_paste_tip = "从 Excel/WPS 复制多行（姓名、身份证号、手机、出勤率、取得证书），点此或在表格外按 Ctrl+V";
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
inline constexpr const char* qe_total_format = "合计 %s";
inline constexpr const char* qe_per_person_format = "（%lld 人）";
inline constexpr const char* qe_col_item = "项目";
inline constexpr const char* qe_col_amount = "金额";
inline constexpr const char* qe_col_clause = "条款";
inline constexpr const char* qe_col_explain = "计算";
inline constexpr const char* qe_not_counted = "（不计入合计）";
inline constexpr const char* qe_no_lines = "没有可补贴的金额。";
inline constexpr const char* qe_issues = "说明与不予补贴的原因";
inline constexpr const char* qe_policy_format = "依据：%s";
inline constexpr const char* ro_paste_tip = "从 Excel/WPS 复制多行（首行可为列名：姓名、身份证号、手机、出勤率、取得证书、证书编号、类别、天数、失业保险），点此或在表格外按 Ctrl+V";
inline constexpr const char* ro_search_hint = "搜索姓名或身份证号";
inline constexpr const char* co_institution = "培训机构名称";
inline constexpr const char* co_credit_code = "统一社会信用代码";
inline constexpr const char* co_institution_level = "机构隶属";
inline constexpr const char* co_institution_levels[] = {"省属", "市属", "区县（开发区）认定"};
inline constexpr const char* co_district = "培训地所在区县";
inline constexpr const char* co_delivery = "培训方式";
inline constexpr const char* co_deliveries[] = {"线下集中培训", "网络线上培训"};
inline constexpr const char* co_platform = "第三方监管平台";
inline constexpr const char* co_platform_hint = "网络线上培训需从人社部门认定的目录中选取";
inline constexpr const char* co_scheme = "培训类型";
inline constexpr const char* co_occupation = "培训工种";
inline constexpr const char* co_level = "技能等级";
inline constexpr const char* co_date_from = "开班日期（首个上课日）";
inline constexpr const char* co_date_to = "结业日期";
inline constexpr const char* co_apply_date = "申请日期";
inline constexpr const char* co_apply_date_hint = "默认今天";
inline constexpr const char* co_deadline = "申请截止";
inline constexpr const char* co_deadline_pending = "（填写开班日期后计算）";
inline constexpr const char* co_deadline_format = "%s 前提交（%s，%s）";
inline constexpr const char* co_hours_offline = "线下学时";
inline constexpr const char* co_hours_online = "线上学时";
inline constexpr const char* co_hours = "培训学时";
inline constexpr const char* co_place = "培训地点";
inline constexpr const char* co_place_hint = "线下集中培训需填写";
inline constexpr const char* co_online_only_hours = "网络线上培训只填线上学时（线上学时不超过总学时50%，见四）；含线下课时请选择线下集中培训";
inline constexpr const char* co_heading = "定点培训机构开班申请";
inline constexpr const char* co_commitment =
    "本机构为长春市职业技能提升定点培训机构，已在实名制系统发布培训信息并为学员注册学籍。本次开班按长人社联〔2020〕12号五(三)2"
    "于开班前5个工作日内提出申请，经审查核准后开班；培训过程按要求打卡签到、全程录制影像资料并上传实名制系统。所报材料真实有效。";
inline constexpr const char* co_signature = "机构负责人签字：";
inline constexpr const char* co_bureau_opinion = "人社部门审核意见";
inline constexpr const char* co_people = "培训人数";
inline constexpr const char* cl_type = "申请类别";
inline constexpr const char* cl_types[] = {"职业培训补贴", "生活费补贴"};
inline constexpr const char* cl_organisation = "申请单位类型";
inline constexpr const char* cl_organisations[] = {"企业", "培训机构"};
inline constexpr const char* cl_name = "申请单位名称";
inline constexpr const char* cl_credit_code = "统一社会信用代码";
inline constexpr const char* cl_ownership = "企业性质";
inline constexpr const char* cl_ownerships[] = {"中省直企业", "国有企业", "其他企业"};
inline constexpr const char* cl_district = "所在区县 / 培训地";
inline constexpr const char* cl_scheme = "补贴项目";
inline constexpr const char* cl_occupation = "培训工种";
inline constexpr const char* cl_level = "技能等级";
inline constexpr const char* cl_hours_offline = "线下学时";
inline constexpr const char* cl_hours_online = "线上学时";
inline constexpr const char* cl_date_from = "培训开始日期";
inline constexpr const char* cl_date_to = "培训结束日期";
inline constexpr const char* cl_bank_name = "开户银行";
inline constexpr const char* cl_bank_account = "银行账号";
inline constexpr const char* cl_total = "申请金额合计";
inline constexpr const char* cl_total_pending = "（填写后由测算得出）";
inline constexpr const char* cl_heading_training = "职业培训补贴资金申请";
inline constexpr const char* cl_heading_living = "生活费补贴资金申请";
inline constexpr const char* cl_send_to = "报送部门";
inline constexpr const char* cl_contacts = "联系人";
inline constexpr const char* cl_commitment = "本单位承诺：申请补贴的人员均已按规定参加培训并考核合格（生活费补贴人员符合三(二)4规定的条件），所报名单、出勤记录、证书编号及金额真实有效，如有虚报冒领，愿承担相应责任。";
inline constexpr const char* cl_signature = "单位负责人签字：";
inline constexpr const char* cl_excluded = "不予补贴";

// ---- 职业技能竞赛方案 + 参赛选手信息登记表 (attachment 5; ui/forms/competition_plan.cpp) ----
inline constexpr const char* cp_name = "竞赛名称";
inline constexpr const char* cp_name_hint = "如：2026年长春市××公司焊工职业技能竞赛";
inline constexpr const char* cp_company = "组织竞赛企业";
inline constexpr const char* cp_s1 = "一、竞赛目的";
inline constexpr const char* cp_s2 = "二、组织机构";
inline constexpr const char* cp_s3 = "三、竞赛标准";
inline constexpr const char* cp_s4 = "四、参赛资格";
inline constexpr const char* cp_s5 = "五、竞赛时间和地点";
inline constexpr const char* cp_s6 = "六、竞赛说明";
inline constexpr const char* cp_s7 = "七、竞赛奖励";
inline constexpr const char* cp_s8 = "八、竞赛要求";
inline constexpr const char* cp_purpose = "竞赛目的";
inline constexpr const char* cp_office_intro =
    "为保证本次竞赛活动顺利进行，成立竞赛工作办公室，全面负责竞赛的组织实施工作。办公室下设赛务组、命题裁判组、保障组、监督仲裁组，工作人员由办公室负责抽调。";
inline constexpr const char* cp_office_intro_format =
    "为保证本次竞赛活动顺利进行，成立竞赛工作办公室，全面负责竞赛的组织实施工作。办公室设在%s，下设赛务组、命题裁判组、保障组、监督仲裁组。";
inline constexpr const char* cp_office_location = "办公室设在";
inline constexpr const char* cp_office_director = "主任";
inline constexpr const char* cp_office_members = "成员";
inline constexpr const char* cp_office_groups_line = "竞赛工作办公室下设4个工作组，工作人员由办公室负责抽调。";
inline constexpr const char* cp_group_titles[] = {"（一）赛务组", "（二）命题裁判组", "（三）保障组", "（四）监督仲裁组"};
inline constexpr const char* cp_group_default_duties[] = {
    "负责报名组织工作。", "负责确定命题专家组，竞赛试题及考评标准。",
    "负责协调竞赛场地水电、卫生、应急（安全、消防、医护）、保卫等相关保障工作。",
    "负责对竞赛各环节进行监督检查，按照利益相关方回避原则，对各参赛代表队的申诉进行仲裁，处理违反公平公正原则的行为，将违规处理及仲裁结果记录在案，并报组委会备案。"};
inline constexpr const char* cp_leader = "组长";
inline constexpr const char* cp_members = "成员";
inline constexpr const char* cp_duties = "工作分工";
inline constexpr const char* cp_duties_hint = "每行一项分工";
inline constexpr const char* cp_project = "竞赛项目（职业）";
inline constexpr const char* cp_project_hint = "如：焊工";
inline constexpr const char* cp_standard = "《国家职业标准》等级";
inline constexpr const char* cp_standard_levels[] = {"五级/初级工", "四级/中级工", "三级/高级工", "二级/技师", "一级/高级技师",
                                                     "无国家职业标准，按行业标准"};
inline constexpr const char* cp_standard_line_format = "《国家职业标准》%s";
inline constexpr const char* cp_standard_industry = "没有国家职业标准，按行业标准";
inline constexpr const char* cp_eligibility = "参赛资格";
inline constexpr const char* cp_date = "竞赛时间";
inline constexpr const char* cp_place = "竞赛地点";
inline constexpr const char* cp_date_note = "如有变动，另行通知。";
inline constexpr const char* cp_blank = "××";  // unfilled blanks in the print view, as on the sample
inline constexpr const char* cp_standard_blank = "××级";
inline constexpr const char* cp_date_blank = "××年××月××日";
inline constexpr const char* cp_deadline_format = "%s：%s（%s，%s）";
inline constexpr const char* cp_deadline_pending = "填写竞赛时间后显示申请和材料提交截止日期。";
inline constexpr const char* cp_late_format = "今天（%s）已晚于竞赛申请截止日 %s（赛前15天，%s），晚 %d 天：请尽快向人社部门提交申请";
inline constexpr const char* cp_days_left_format = "距竞赛申请截止还有 %d 天";
inline constexpr const char* cp_technical = "技术要求";
inline constexpr const char* cp_technical_hint = "竞赛内容、竞赛方式、抽签办法、比赛须知、成绩评定方法、安全操作规程、竞赛纪律、申诉与仲裁";
inline constexpr const char* cp_rewards = "奖励内容";
inline constexpr const char* cp_rewards_hint = "需要列出具体奖励内容，如：第1名奖励5000元并颁发证书";
inline constexpr const char* cp_rewards_intro = "对竞赛取得优异成绩的选手给予表彰奖励：";
inline constexpr const char* cp_requirements = "竞赛要求";
inline constexpr const char* cp_requirements_default =
    "1. 要求参赛选手佩带参赛证，并携带身份证件备查，无二证者不得参赛。\n2. 参赛选手要遵守选手守则，服从现场指挥。";
inline constexpr const char* cp_enterprise_heading = "补贴测算信息（三(一)5）";
inline constexpr const char* cp_enterprise_type = "企业类型";
inline constexpr const char* cp_enterprise_types[] = {"国有企业", "规模以上企业", "其他企业"};
inline constexpr const char* cp_projects_subsidised = "本年已享受补贴项目数";
inline constexpr const char* cp_this_project_subsidised = "本项目本年已享受过竞赛补贴";
inline constexpr const char* cp_participants = "参赛职工人数";
inline constexpr const char* cp_negative = "不能为负数";
inline constexpr const char* cp_rewards_required = "需要列出具体奖励内容（附件5 七）";
inline constexpr const char* reg_heading = "长春市职业技能竞赛参赛选手信息登记表";
inline constexpr const char* reg_add = "添加选手";
inline constexpr const char* reg_title_format = "选手 %d：%s";
inline constexpr const char* reg_delete = "删除此选手";
inline constexpr const char* reg_count_format = "已登记 %d 名选手";
inline constexpr const char* reg_name = "姓名";
inline constexpr const char* reg_sex = "性别";
inline constexpr const char* reg_sexes[] = {"男", "女"};
inline constexpr const char* reg_political = "政治面貌";
inline constexpr const char* reg_politicals[] = {"中共党员", "中共预备党员", "共青团员", "民主党派", "群众"};
inline constexpr const char* reg_education = "文化程度";
inline constexpr const char* reg_education_hint = "如：大学本科";
inline constexpr const char* reg_ethnicity = "民族";
inline constexpr const char* reg_ethnicity_hint = "如：汉族";
inline constexpr const char* reg_birth = "出生日期";
inline constexpr const char* reg_qualification = "现有职业资格和等级";
inline constexpr const char* reg_qualification_hint = "如：焊工 中级工";
inline constexpr const char* reg_level = "现有等级（晋级用）";
inline constexpr const char* reg_workplace = "工作单位";
inline constexpr const char* reg_competition = "竞赛名称";
inline constexpr const char* reg_project = "报名项目";
inline constexpr const char* reg_identity = "选手身份";
inline constexpr const char* reg_identities[] = {"民营企业职工", "国企职工", "规上企业职工"};
inline constexpr const char* reg_address = "通讯地址";
inline constexpr const char* reg_id = "身份证号";
inline constexpr const char* reg_social_security = "个人社保编号";
inline constexpr const char* reg_mobile = "手机";
inline constexpr const char* reg_email = "电子邮箱";
inline constexpr const char* reg_email_bad = "电子邮箱格式不正确（应如 name@example.com）";
inline constexpr const char* reg_rank = "竞赛名次（赛后）";
inline constexpr const char* reg_rank_hint = "0 表示尚无名次";
inline constexpr const char* reg_photo = "选手相片";
inline constexpr const char* reg_photo_pick = "选择照片…";
inline constexpr const char* reg_photo_replace = "更换照片…";
inline constexpr const char* reg_photo_note = "近期免冠照片，JPG 格式，不超过 1M";
inline constexpr const char* reg_photo_missing = "请上传选手相片";
inline constexpr const char* reg_photo_not_jpeg = "照片须为 JPG 格式（附件5 备注），所选文件不是 JPG";
inline constexpr const char* reg_photo_too_big_format = "照片 %.2f MB，超过 1M 的限制（附件5 备注），请压缩后再选";
inline constexpr const char* reg_photo_undecodable = "照片无法读取，请换一张 JPG 照片";
inline constexpr const char* reg_photo_size_format = "%d × %d 像素缩略图，原文件 %d KB";
inline constexpr const char* reg_birth_mismatch_format = "与身份证号不符：身份证号的出生日期为 %s";
inline constexpr const char* reg_sex_mismatch_format = "与身份证号不符：身份证号为%s性";
inline constexpr const char* reg_row_format = "选手%d %s";
inline constexpr const char* reg_filler = "填报单位（公章）：";

// ---- 网络线上培训第三方监管平台申请表 (attachments 2 and 3; ui/forms/platform_application.cpp) ----
inline constexpr const char* pa_company = "企业名称";
inline constexpr const char* pa_address = "地址";
inline constexpr const char* pa_credit_code = "统一社会信用代码";
inline constexpr const char* pa_platform_name = "平台名称";
inline constexpr const char* pa_url = "平台网址及二维码";
inline constexpr const char* pa_url_hint = "https://";
inline constexpr const char* pa_url_bad = "网址应以 http:// 或 https:// 开头，后接域名";
inline constexpr const char* pa_qr_note = "二维码：打印后粘贴或由平台网址生成";
inline constexpr const char* pa_summary = "平台简述";
inline constexpr const char* pa_conformity = "平台符合标准情况";
inline constexpr const char* pa_conformity_value = "见“附件”（第三方监管平台资质汇总表）";
inline constexpr const char* pa_contact = "联系人";
inline constexpr const char* pa_phone = "联系电话";
inline constexpr const char* pa_phone_bad = "电话应为手机号或区号-号码（如 0431-89871357）";
inline constexpr const char* pa_contact_phone = "联系人及电话";
inline constexpr const char* pa_commitment_heading = "企业申请承诺";
inline constexpr const char* pa_commitments[] = {
    "1、我单位承诺通过线上培训及质量监管平台进行线上培训监管的结果真实有效，不存在弄虚作假。",
    "2、我单位承诺通过平台发布的课程内容，严格遵守国家相关法律法规要求，无违反国家宪法基本原则内容。"};
inline constexpr const char* pa_checklist_heading = "第三方监管平台资质汇总表（附件2）";
inline constexpr const char* pa_section_qualification = "一、资质条件";
inline constexpr const char* pa_qualifications[] = {"独立法人的、国内注册企业（国内注册的独立法人企业）",
                                                    "《互联网信息服务增值电信业务经营许可证》", "软件企业认定证书",
                                                    "软件产品认定证书", "具备良好社会信用"};
inline constexpr const char* pa_section_network = "二、平台及网络资源环境要求：同时在线学习人数不低于 1000 人";
inline constexpr const char* pa_concurrent = "同时在线学习人数";
inline constexpr const char* pa_concurrent_low_format = "同时在线学习人数 %lld 低于 %lld 人（附件2 二），差 %lld 人";
inline constexpr const char* pa_section_technical = "三、在线平台技术要求";
inline constexpr const char* pa_integration =
    "与长春市职业技能培训管理系统平台系统对接，在线学习、在线测试、在线考核、结业等线上培训行为全过程数据实时交互与留存（视频、图片、PDF 材料等形式）";
inline constexpr const char* pa_section_supervision = "四、监管要求（满足请打勾“√”）";
inline constexpr const char* pa_supervision[] = {
    "可对学员在线学习全过程实现数据输出证明",
    "确保学员实名制认证。包含：身份证信息、手机号、培训工种、培训等级、人员类别、相关证明材料",
    "监管功能可实现：开课提醒、课程签到（包含多种机制）",
    "在线学习随机抽检，可对学员进行随堂测验，设置测试门槛，通过进行下一步，未通过返回重新学习机制",
    "随机题库对学员学习情况进行针对性的练习",
    "在线限时考试、在线阅卷、考试时可 1 次以上生物识别验证身份、过程记录、试卷留存、考试过程留存。考试题库是试卷题目的 5 倍以上。",
    "线上课程监督", "综合统计分析"};
inline constexpr const char* pa_must = "（必达指标）";
inline constexpr const char* pa_sign_in_options[] = {"系统签到", "人脸识别签到", "录屏", "截屏", "指纹签到"};
inline constexpr const char* pa_spot_check_options[] = {"自动随机抽检", "人工随机抽检"};
inline constexpr const char* pa_course_options[] = {"人脸验证比对", "摄像头随机抓拍", "课程相关问题回答"};
inline constexpr const char* pa_statistics_options[] = {"用户数据分析", "学习数据分析", "课程数据分析", "监管数据分析",
                                                        "考试数据分析"};
inline constexpr const char* pa_must_unmet = "必达指标未满足：平台不具备此项不能申请";
inline constexpr const char* pa_required_unmet_format = "未满足（%s）";
inline constexpr const char* pa_listed_only = "附件2列出的资质，通知正文未作硬性要求：请准备证明材料";
inline constexpr const char* pa_no_option = "未选择任何方式";
inline constexpr const char* pa_biometrics_few = "四(一)3 要求具备多种生物识别技术：人脸识别签到、指纹签到、人脸验证比对中至少选两项";
inline constexpr const char* pa_item_format = "%s第%d项";
inline constexpr const char* pa_yes = "☑";
inline constexpr const char* pa_no = "☐";

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
inline constexpr const char* sync_submit_login_first = "请先在“登录与发件箱”登录";
inline constexpr const char* sync_queued = "已加入发件箱：联网后自动发送，收到回执号即表示已接收。";
inline constexpr const char* sync_submitted_format = "已提交：%s";
inline constexpr const char* sync_paths_format = "（位置：%s）";

// ---- Calendar updates and provisional years (issue 11; ui/calendar_updates.cpp,
// ui/draft_deadlines.cpp, ui/screens/deadlines.cpp, home.cpp, draft_editor.cpp, the forms) ----
inline constexpr const char* cal_provisional_tag = "暂定";
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

}  // namespace skillaid::text
