#include "engine/forms/print.h"

#include "engine/forms/text.h"
#include "engine/forms/texts.h"
#include "engine/money.h"

namespace skillaid {

std::string print_head(const std::string& title) {
    return "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + html_escape(title) +
           "</title><style>"
           "body{font-family:'SimSun','Songti SC','Noto Serif CJK SC',serif;margin:24px;color:#000;line-height:1.7}"
           "h1{text-align:center;font-size:22px;letter-spacing:2px}h2{font-size:17px;margin:20px 0 6px}"
           "h3{font-size:15px;margin:12px 0 4px}p{margin:4px 0}"
           "table{border-collapse:collapse;width:100%;margin:8px 0}th,td{border:1px solid #000;padding:6px 8px;"
           "font-size:14px;text-align:left;vertical-align:top}th{font-weight:normal;background:#f4f4f4;width:16%}"
           ".box{height:110px}.sign{display:flex;justify-content:space-between;margin-top:40px}"
           ".photo{width:120px;text-align:center}.photo img{max-width:110px;max-height:150px}"
           ".page{page-break-after:always}@media print{body{margin:0}th{background:none}}"
           "</style></head><body>";
}

std::string html_row2(const std::string& label_a, const std::string& value_a, const std::string& label_b,
                      const std::string& value_b) {
    return "<tr><th>" + html_escape(label_a) + "</th><td>" + html_escape(value_a) + "</td><th>" + html_escape(label_b) +
           "</th><td>" + html_escape(value_b) + "</td></tr>";
}

std::string html_row1(const std::string& label, const std::string& value) {
    return "<tr><th>" + html_escape(label) + "</th><td colspan=\"3\">" + html_escape(value) + "</td></tr>";
}

std::string estimate_rows_html(const nlohmann::json& e) {
    auto esc = [](const std::string& s) { return html_escape(s); };
    std::string h = "<tr><th>" + esc(format_text(text::estimate_total_format, yuan_text(e.value("total_fen", 0LL)).c_str())) +
                    "</th><td colspan=\"3\">" + esc(e.value("scheme_name", "")) + "（" + esc(e.value("clause", "")) + "）" +
                    esc(e.value("eligible", false) ? text::estimate_eligible : text::estimate_not_eligible) + "</td></tr>";
    for (const nlohmann::json& line : e.value("items", nlohmann::json::array()))
        h += "<tr><th>" + esc(line.value("label", "")) + "</th><td>" + esc(yuan_text(line.value("amount_fen", 0LL))) +
             "</td><td>" + esc(line.value("clause", "")) + "</td><td>" + esc(line.value("explain", "")) + "</td></tr>";
    for (const nlohmann::json& issue : e.value("issues", nlohmann::json::array()))
        h += "<tr><th>" + esc(issue.value("clause", "")) + "</th><td colspan=\"3\">" + esc(issue.value("message", "")) +
             "</td></tr>";
    return h;
}

}  // namespace skillaid
