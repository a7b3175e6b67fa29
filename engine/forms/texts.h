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
inline constexpr const char* roster_too_many_format = "参训人员超过 %d 人的上限";
// Conditions of issue 14 per person (shown per scheme: roster_conditions()) and 以往培训.
inline constexpr const char* ro_contract_signed = "劳动合同/派遣协议签订日期";
inline constexpr const char* ro_contract_months = "合同期限（月）";
inline constexpr const char* ro_contract_open_ended = "无固定期限";
inline constexpr const char* ro_current_occupation = "现从事职业（工种）";
inline constexpr const char* ro_claim_place = "申领地";
inline constexpr const char* ro_claim_places[] = {"户籍地", "常住地", "培训地", "求职就业地"};
inline constexpr const char* ro_changchun_hukou = "长春地区户籍";
inline constexpr const char* ro_yes_no[] = {"否", "是"};  // index = the bool
inline constexpr const char* ro_target_group = "人员类别";
inline constexpr const char* ro_target_groups[] = {"贫困家庭子女", "贫困劳动力", "两后生", "农村转移就业劳动者",
                                                  "下岗失业人员", "毕业年度及离校2年内未就业高校毕业生",
                                                  "罪犯和刑满释放人员", "未按月领取城镇职工基本养老金的人员",
                                                  "残疾人", "退役军人"};
inline constexpr const char* ro_import_unread_format = "%s“%s”无法识别，该项未填";  // an imported cell; its row is kept
inline constexpr const char* ro_contract_term_missing = "请填写合同期限（月）或选择无固定期限";
inline constexpr const char* ro_months_negative = "不能为负数";
inline constexpr const char* ro_date_future = "日期不能晚于今天";
inline constexpr const char* ro_occupation_unknown_format = "附件1工种目录中没有“%s”（可填名称或序号1–326）";
inline constexpr const char* ro_history_heading = "以往培训";
inline constexpr const char* ro_history_item_format = "以往培训%d";
inline constexpr const char* ro_history_date = "培训日期";
inline constexpr const char* ro_history_scheme = "补贴项目";
inline constexpr const char* ro_history_occupation = "职业（工种）";
inline constexpr const char* ro_history_level = "等级";
inline constexpr const char* ro_history_days = "天数";
inline constexpr const char* ro_history_months = "月数";
inline constexpr const char* ro_history_none = "无";
inline constexpr const char* ro_appendix_heading = "附表：参训人员补贴条件";
inline constexpr const char* ro_appendix_history_heading = "附表：以往培训";
inline constexpr const char* ro_col_contract = "合同签订日期及期限";
inline constexpr const char* ro_open_ended_print = "无固定期限";
inline constexpr const char* ro_months_print_format = "%lld个月";
inline constexpr const char* ro_col_person = "人员";

// ---- Used by several forms (named after the form that first used them) ----
inline constexpr const char* estimate_total_format = "合计：%s";
inline constexpr const char* estimate_eligible = "符合补贴条件";
inline constexpr const char* estimate_not_eligible = "不符合补贴条件";
inline constexpr const char* route_office_format = "报送：%s";
inline constexpr const char* ta_district = "企业所在区县";
inline constexpr const char* ta_ownership = "企业性质";
inline constexpr const char* pa_yes = "☑";
inline constexpr const char* pa_no = "☐";
inline constexpr const char* ta_occupation_pick = "请从附件1目录中选择工种";
inline constexpr const char* cl_occupation_pick =
    "请从附件1目录中选择工种；目录外工种经市人社局批准后参照同类工种标准补贴（二(三)），此时选参照的工种并填写“经批准的目录外工种”";
inline constexpr const char* ta_date_order = "结束日期早于开始日期";
inline constexpr const char* ta_hours_format = "线下 %lld 学时，线上 %lld 学时";
inline constexpr const char* ta_bank = "申报单位银行账户";
inline constexpr const char* ta_commitment_heading = "企业申请承诺";
inline constexpr const char* ta_seal = "单位公章：";
inline constexpr const char* ta_date_line = "年　　月　　日";
inline constexpr const char* co_institution_level = "机构隶属";
inline constexpr const char* co_institution_levels[] = {"省属", "市属", "区县（开发区）认定"};
inline constexpr const char* co_hours = "培训学时";
inline constexpr const char* co_people = "培训人数";
inline constexpr const char* co_bureau_opinion = "人社部门审核意见";
inline constexpr const char* ta_signature = "企业负责人签字：";
inline constexpr const char* ta_bureau_opinion = "人社部门意见";
inline constexpr const char* ta_ownerships[] = {"中省直企业", "国有企业", "其他企业"};
inline constexpr const char* estimate_heading = "补贴测算（长人社联〔2020〕12号）";
inline constexpr const char* route_heading = "受理部门";

// ---- 企业职工培训申请表 (附件4; engine/forms/training_application.cpp) ----
inline constexpr const char* ta_company = "企业名称";
inline constexpr const char* ta_address = "地址";
inline constexpr const char* ta_credit_code = "统一社会信用代码";
inline constexpr const char* ta_scheme = "培训类型";
inline constexpr const char* ta_level = "技能等级";
inline constexpr const char* ta_occupation = "培训工种";
inline constexpr const char* ta_occupation_none_format =
    "目录中没有“%s”，请从列表中选择（目录外的工种可参照同类工种补贴标准向市人社局申请，二(三)）";
inline constexpr const char* cl_approved_trade = "经批准的目录外工种";
inline constexpr const char* cl_approved_trade_hint = "市人社局批准后填写（二(三)）；上栏为参照的目录工种";
inline constexpr const char* cl_approved_trade_needs_occupation = "填写了目录外工种时，请选择参照其补贴标准的目录工种（二(三)）";
inline constexpr const char* cl_approved_trade_print_format = "%s（经市人社局批准，参照“%s”补贴标准，二(三)）";
inline constexpr const char* ta_mode = "培训方式";
inline constexpr const char* ta_institution = "培训机构";
inline constexpr const char* ta_hours_offline = "培训学时（线下）";
inline constexpr const char* ta_hours_online = "培训学时（线上）";
inline constexpr const char* ta_hours = "培训学时";
inline constexpr const char* ta_hours_missing = "请填写培训学时";
inline constexpr const char* ta_online_hours_not_online = "集中培训不应有线上学时；如含线上授课，请选择“集中培训＋网络线上”";
inline constexpr const char* ta_offline_hours_online_only = "网络线上培训不应有线下学时；如含集中授课，请选择“集中培训＋网络线上”";
inline constexpr const char* ta_trainee_count = "培训人数";
inline constexpr const char* ta_place = "培训地点";
inline constexpr const char* ta_standard = "补贴标准";
inline constexpr const char* ta_standard_pending = "（选择培训类型、工种并填写学时后计算）";
inline constexpr const char* ta_bank_name = "开户银行";
inline constexpr const char* ta_bank_account = "银行账号";
inline constexpr const char* ta_platform = "网络线上培训平台";
inline constexpr const char* ta_category = "参训人员类别";
inline constexpr const char* ta_date_from = "培训时间（起）";
inline constexpr const char* ta_date_to = "培训时间（止）";
inline constexpr const char* ta_commitment_format =
    "%s企业，现申请组织职工开展%s，培训委托开展（或由本单位自主开展），培训对象均为与我单位建立劳动关系人员或在我单位工作的劳务派遣人员，"
    "培训结束后申请培训补贴时，仍为我单位职工。线上培训内容与企业主营业务相关，培训中有学习记录，学习过程可查询，可追溯，"
    "我单位将严格做好培训过程监管，确保培训质量。我单位申请培训开班及培训补贴所递交材料真实有效。";
inline constexpr const char* ta_schemes[] = {"岗前培训", "转岗转业培训", "岗位技能提升培训", "岗位练兵", "新型学徒制培训"};
inline constexpr const char* ta_modes[] = {"集中培训", "网络线上培训", "集中培训＋网络线上"};
inline constexpr const char* ta_categories[] = {"企业职工", "派遣工"};
// The 培训类型 in the commitment when none is chosen yet.
inline constexpr const char* ta_scheme_blank = "培训";

// ---- 补贴资金申请 (六, incl. 生活费补贴; engine/forms/claim.cpp) ----
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
inline constexpr const char* cl_signature = "单位负责人签字：";
inline constexpr const char* cl_excluded = "不予补贴";
// %s: the clause of 生活费补贴 (policy rules(living_allowance).clause).
inline constexpr const char* cl_commitment_format = "本单位承诺：申请补贴的人员均已按规定参加培训并考核合格（生活费补贴人员符合%s规定的条件），所报名单、出勤记录、证书编号及金额真实有效，如有虚报冒领，愿承担相应责任。";

// ---- 职业技能竞赛方案 and 参赛选手信息登记表 (附件5; engine/forms/competition_plan.cpp) ----
inline constexpr const char* cp_name = "竞赛名称";
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
inline constexpr const char* cp_project = "竞赛项目（职业）";
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
// today, the deadline, the days before the competition it falls (assets/calendar/deadlines.json), its clause, days late.
inline constexpr const char* cp_late_format = "今天（%s）已晚于竞赛申请截止日 %s（赛前%d天，%s），晚 %d 天：请尽快向人社部门提交申请";
inline constexpr const char* cp_technical = "技术要求";
inline constexpr const char* cp_rewards = "奖励内容";
inline constexpr const char* cp_rewards_intro = "对竞赛取得优异成绩的选手给予表彰奖励：";
inline constexpr const char* cp_requirements = "竞赛要求";
inline constexpr const char* cp_requirements_default =
    "1. 要求参赛选手佩带参赛证，并携带身份证件备查，无二证者不得参赛。\n2. 参赛选手要遵守选手守则，服从现场指挥。";
// %s: the clause of 职业技能竞赛补贴 (policy rules(competition).clause).
inline constexpr const char* cp_enterprise_heading_format = "补贴测算信息（%s）";
inline constexpr const char* cp_enterprise_type = "企业类型";
inline constexpr const char* cp_projects_subsidised = "本年已享受补贴项目数";
inline constexpr const char* cp_participants = "参赛职工人数";
inline constexpr const char* cp_negative = "不能为负数";
inline constexpr const char* cp_rewards_required = "需要列出具体奖励内容（附件5 七）";
// -- 附件5 parts (issue 13; engine/forms/competition_sections.cpp): the
//    命题裁判组's lists, the 竞赛说明 sub-sections; the 守则 itself is assets/forms/competition-plan.json.
inline constexpr const char* cp_staff_titles[] = {"命题人员", "考评人员"};  // kCompetitionStaffListIds
inline constexpr const char* cp_staff_no = "序号";
inline constexpr const char* cp_staff_columns[] = {"姓名", "单位", "职务/职称", "职业资格/等级"};
inline constexpr const char* cp_staff_row_format = "%s%d %s";  // "命题人员1 姓名"
inline constexpr const char* cp_staff_empty_format = "请至少填写一名%s";
inline constexpr const char* cp_explanation_technical = "三、技术要求";
// Headings as numbered in 附件5 竞赛说明 (kCompetitionExplanationIds), and the labels of the fields.
inline constexpr const char* cp_explanation_titles[] = {"一、竞赛内容", "二、竞赛方式", "（一）抽签办法", "（二）比赛须知",
                                                        "（三）成绩评定方法", "（四）安全操作规程", "四、竞赛纪律",
                                                        "五、竞赛违纪处理规定", "六、申诉与仲裁"};
inline constexpr const char* cp_explanation_labels[] = {"竞赛内容", "竞赛方式", "抽签办法", "比赛须知", "成绩评定方法",
                                                        "安全操作规程", "竞赛纪律", "竞赛违纪处理规定", "申诉与仲裁"};
inline constexpr const char* reg_heading = "长春市职业技能竞赛参赛选手信息登记表";
inline constexpr const char* reg_name = "姓名";
inline constexpr const char* reg_sex = "性别";
inline constexpr const char* reg_sexes[] = {"男", "女"};
inline constexpr const char* reg_political = "政治面貌";
inline constexpr const char* reg_politicals[] = {"中共党员", "中共预备党员", "共青团员", "民主党派", "群众"};
inline constexpr const char* reg_education = "文化程度";
inline constexpr const char* reg_ethnicity = "民族";
inline constexpr const char* reg_birth = "出生日期";
inline constexpr const char* reg_qualification = "现有职业资格和等级";
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
inline constexpr const char* reg_photo = "选手相片";
inline constexpr const char* reg_photo_note = "近期免冠照片，JPG 格式，不超过 1M";
inline constexpr const char* reg_photo_missing = "请上传选手相片";
inline constexpr const char* reg_photo_not_jpeg = "照片须为 JPG 格式（附件5 备注），所选文件不是 JPG";
inline constexpr const char* reg_photo_too_big_format = "照片 %.2f MB，超过 1M 的限制（附件5 备注），请压缩后再选";
inline constexpr const char* reg_birth_mismatch_format = "与身份证号不符：身份证号的出生日期为 %s";
inline constexpr const char* reg_sex_mismatch_format = "与身份证号不符：身份证号为%s性";
inline constexpr const char* reg_row_format = "选手%d %s";
inline constexpr const char* reg_filler = "填报单位（公章）：";

// ---- 开班申请 (五(三)2; engine/forms/class_opening.cpp) ----
inline constexpr const char* co_institution = "培训机构名称";
inline constexpr const char* co_credit_code = "统一社会信用代码";
inline constexpr const char* co_district = "培训地所在区县";
inline constexpr const char* co_delivery = "培训方式";
inline constexpr const char* co_deliveries[] = {"线下集中培训", "网络线上培训"};
inline constexpr const char* co_platform = "第三方监管平台";
inline constexpr const char* co_scheme = "培训类型";
inline constexpr const char* co_occupation = "培训工种";
inline constexpr const char* co_level = "技能等级";
inline constexpr const char* co_date_from = "开班日期（首个上课日）";
inline constexpr const char* co_date_to = "结业日期";
inline constexpr const char* co_apply_date = "申请日期";
inline constexpr const char* co_deadline = "申请截止";
inline constexpr const char* co_deadline_pending = "（填写开班日期后计算）";
inline constexpr const char* co_deadline_format = "%s 前提交（%s，%s）";
inline constexpr const char* co_hours_offline = "线下学时";
inline constexpr const char* co_hours_online = "线上学时";
inline constexpr const char* co_place = "培训地点";
inline constexpr const char* co_heading = "定点培训机构开班申请";
inline constexpr const char* co_commitment =
    "本机构为长春市职业技能提升定点培训机构，已在实名制系统发布培训信息并为学员注册学籍。本次开班按长人社联〔2020〕12号五(三)2"
    "于开班前5个工作日内提出申请，经审查核准后开班；培训过程按要求打卡签到、全程录制影像资料并上传实名制系统。所报材料真实有效。";
inline constexpr const char* co_signature = "机构负责人签字：";
inline constexpr const char* co_commitment_heading = "机构申请承诺";
// %s: online.max_share_bp as a percentage, %s: its clause.
inline constexpr const char* co_online_only_hours_format = "网络线上培训只填线上学时（线上学时不超过总学时%s，见%s）；含线下课时请选择线下集中培训";
// A date counted on a provisional calendar year is tagged so (the deadlines screen too).
inline constexpr const char* cal_provisional_tag = "暂定";

// ---- 网络线上培训第三方监管平台申请表 (附件3 + 附件2; engine/forms/platform_application.cpp) ----
inline constexpr const char* pa_company = "企业名称";
inline constexpr const char* pa_address = "地址";
inline constexpr const char* pa_credit_code = "统一社会信用代码";
inline constexpr const char* pa_platform_name = "平台名称";
inline constexpr const char* pa_url = "平台网址及二维码";
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
inline constexpr const char* pa_concurrent = "同时在线学习人数";
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
// %lld: platform.min_concurrent_learners, %s: its clause.
inline constexpr const char* pa_section_network_format = "二、平台及网络资源环境要求：同时在线学习人数不低于 %lld 人（%s）";
// %lld: the figure given, %lld and %s: platform.min_concurrent_learners and its clause, %lld: the shortfall.
inline constexpr const char* pa_concurrent_low_format = "同时在线学习人数 %lld 低于 %lld 人（%s），差 %lld 人";

// ---- Submission status (engine/forms/status.cpp; the server and the outbox) ----
inline constexpr const char* status_received = "已接收";
inline constexpr const char* status_accepted = "已受理";
inline constexpr const char* status_returned = "已退回";
inline constexpr const char* status_publicized = "公示中";
inline constexpr const char* status_paid = "已拨付";
inline constexpr const char* status_unknown = "未知";
// The reviewer's actions (the review request's "action").
inline constexpr const char* action_accept = "受理";
inline constexpr const char* action_return = "退回";
inline constexpr const char* action_publicize = "开始公示";
inline constexpr const char* action_pay = "记录拨付";
// A claim not paid by its payment_by, or paid after it (engine/forms/review_dates.cpp).
inline constexpr const char* overdue_unpaid = "逾期未拨付";
inline constexpr const char* overdue_paid_late = "逾期拨付";
// Only claims go through the public notice and payment (二(一)); other kinds end at 已受理.
inline constexpr const char* review_claims_only = "只有补贴申领（补贴资金申请）需要公示和拨付，此类申请受理后即办结";

// ---- O: office documents (engine/forms/office_documents.cpp): 公示名单, 汇总, 受理清单 ----
inline constexpr const char* od_publicity_title = "职业技能提升补贴公示名单";
// start, end, the working days and the clause of assets/calendar/deadlines.json "publicity_ends".
inline constexpr const char* od_publicity_period_format = "公示期：%s 至 %s（%d个工作日，%s）";
inline constexpr const char* od_publicity_office_format = "公示单位：%s";
inline constexpr const char* od_publicity_total_format = "合计：%d人，补贴金额合计%s元";
inline constexpr const char* od_publicity_objection_format = "公示期内如有异议，请向%s反映。";
inline constexpr const char* od_office_department_format = "%s人社部门";  // a district: "朝阳区人社部门"
inline constexpr const char* od_publicity_columns[] = {"序号", "姓名", "身份证号", "职业（工种）", "等级", "补贴金额（元）", "单位"};
inline constexpr const char* od_total = "合计";
inline constexpr const char* od_people_format = "%d人";
inline constexpr const char* od_summary_title_format = "职业技能提升补贴汇总（%d年）";
inline constexpr const char* od_summary_scope_all = "全市";
inline constexpr const char* od_summary_generated_format = "范围：%s　生成时间：%s　金额单位：元";
inline constexpr const char* od_summary_office_total_format = "%s合计";
inline constexpr const char* od_summary_empty = "本年度没有补贴资金申请";
// Before and after the status columns (one per submission status, its label).
inline constexpr const char* od_summary_columns_head[] = {"部门", "业务", "件数"};
// Amounts in yuan (the scope line says so): short headers keep the 13 columns on one landscape page.
inline constexpr const char* od_summary_columns_tail[] = {"申领金额", "受理金额", "拨付金额", "逾期件数", "逾期金额"};
inline constexpr const char* od_queue_columns[] = {"受理编号", "单位", "类型", "业务", "状态", "金额（元）", "提交时间",
                                                   "公示开始", "公示结束", "拨付截止", "逾期"};
// The submission kinds of the server (engine/forms/registry.cpp submission_kind).
inline constexpr const char* od_kind_application = "培训及开班申请";

// ---- R: the unit profile and forms started from another (engine/forms/profile.cpp, derive.cpp) ----
inline constexpr const char* pf_org_name = "单位名称";
inline constexpr const char* pf_credit_code = "统一社会信用代码";
inline constexpr const char* pf_district = "所属区县（开发区）";
inline constexpr const char* pf_ownership = "单位性质（企业）";
inline constexpr const char* pf_institution_level = "认定级别（培训机构）";
inline constexpr const char* pf_address = "地址";
inline constexpr const char* pf_contact = "联系人";
inline constexpr const char* pf_phone = "联系电话";
inline constexpr const char* pf_bank_name = "开户银行";
inline constexpr const char* pf_bank_account = "银行账号";
inline constexpr const char* pf_phone_bad = "电话应为手机号或区号-号码（如 0431-89871357）";
inline constexpr const char* derive_origin_format = "据企业职工培训申请%s";  // + " 2026-03-16起" when dated
inline constexpr const char* derive_origin_date_format = " %s起";


// ---- P: print views (engine/forms/print.cpp and each kind's print_html) ----
// The page number in the bottom margin of each printed page (CSS content: "第 N 页，共 M 页").
inline constexpr const char* print_page_number_css = "\"第 \" counter(page) \" 页，共 \" counter(pages) \" 页\"";
inline constexpr const char* print_date_line = "日期：　　　　年　　月　　日";
inline constexpr const char* print_applicant_seal = "申请单位（盖章）：";
inline constexpr const char* print_legal_signature = "法定代表人或单位负责人签字：";
inline constexpr const char* print_reviewer = "经办人：";
inline constexpr const char* print_training_time = "培训时间";
inline constexpr const char* print_date_range_format = "%s 至 %s";
inline constexpr const char* print_blank_date = "　　　　年　　月　　日";  // a date not filled in yet: written by hand
inline constexpr const char* print_office_contact_format = "受理部门联系人：%s";  // only ever labelled so
inline constexpr const char* cl_contact = "联系人";
inline constexpr const char* cl_phone = "联系电话";
inline constexpr const char* cl_contact_phone = "申请单位联系人及电话";

}  // namespace skillaid::text
