// Every user-facing string of the UI, in one place. Chinese for the user,
// English names for the code. The font subset is built from this file too
// (assets/fonts/charset.py), so a new string here is always drawable.
#pragma once

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

}  // namespace skillaid::text
