#include "engine/forms/print.h"

#include "engine/forms/text.h"
#include "engine/forms/texts.h"
#include "engine/money.h"

namespace skillaid {

// A4 at 96 dpi is 794×1123 px; the margins leave ~680 px of text width in portrait.
const std::string& print_style() {
    static const std::string style =
           "@page{size:A4 portrait;margin:16mm 15mm 18mm;@bottom-center{content:" + std::string(text::print_page_number_css) +
           ";font-size:9pt;font-family:'SimSun','Noto Serif CJK SC',serif}}"
           "@page wide{size:A4 landscape;margin:14mm 15mm 16mm}"
           ".wide{page:wide}"
           "body{font-family:'SimSun','Songti SC','Noto Serif CJK SC',serif;color:#000;line-height:1.6;font-size:11pt}"
           "h1{text-align:center;font-size:18pt;letter-spacing:2px;margin:0 0 12px}"
           "h2{font-size:13pt;margin:16px 0 6px;break-after:avoid}h3{font-size:12pt;margin:10px 0 4px;break-after:avoid}"
           "p{margin:3px 0}"
           "table{border-collapse:collapse;width:100%;margin:6px 0}"
           "th,td{border:1px solid #000;padding:5px 7px;text-align:left;vertical-align:middle;overflow-wrap:anywhere}"
           "th{font-weight:normal}"
           "thead{display:table-header-group}tfoot{display:table-footer-group}"
           "tr,.sign,.review{break-inside:avoid;page-break-inside:avoid}"
           "table.form th{width:8.6em;text-align:center}table.grid{table-layout:fixed}col.label{width:8.6em}"
           "table.list thead th{text-align:center;white-space:nowrap;background:#f2f2f2}"
           ".num,.id,.nowrap{white-space:nowrap}.num{text-align:right}td.c{text-align:center}tr.total td{font-weight:bold}"
           ".sign{display:flex;flex-wrap:wrap;justify-content:space-between;gap:8px 24px;margin-top:28px}"
           ".sign span{min-width:14em}.date{text-align:right;margin-top:14px}"
           ".review{min-height:7em}"
           ".photo{width:120px;text-align:center}.photo img{max-width:110px;max-height:150px}"
           ".box{height:110px}.page{break-after:page}.page:last-child{break-after:auto}"
           "@media screen{body{max-width:180mm;margin:16px auto;padding:0 12px}.wide{max-width:none}}"
           "table th.auto{width:auto}p.center{text-align:center}"
           "@media print{body{margin:0}table.list thead th{background:none}}";
    return style;
}

std::string print_head(const std::string& title) {
    return "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + html_escape(title) +
           "</title><style>" + print_style() + "</style></head><body>";
}

std::string form_table_open(const char* id) {
    return std::string("<table class=\"form grid\" id=\"") + id +
           "\"><colgroup><col class=\"label\"><col><col class=\"label\"><col></colgroup>";
}

std::string html_row2(const std::string& label_a, const std::string& value_a, const std::string& label_b,
                      const std::string& value_b) {
    return "<tr><th>" + html_escape(label_a) + "</th><td>" + html_escape(value_a) + "</td><th>" + html_escape(label_b) +
           "</th><td>" + html_escape(value_b) + "</td></tr>";
}

std::string html_row1(const std::string& label, const std::string& value) {
    return "<tr><th>" + html_escape(label) + "</th><td colspan=\"3\">" + html_escape(value) + "</td></tr>";
}

std::string html_th(const std::string& text) { return "<th>" + html_escape(text) + "</th>"; }

std::string html_td(const std::string& text, const char* cls) {
    return (cls ? "<td class=\"" + std::string(cls) + "\">" : std::string("<td>")) + html_escape(text) + "</td>";
}

std::string sign_block_html(const std::string& signature, const std::string& seal) {
    return "<div class=\"sign\"><span>" + html_escape(signature) + "</span><span>" + html_escape(seal) +
           "</span></div><p class=\"date\">" + html_escape(text::print_date_line) + "</p>";
}

std::string review_row_html(const std::string& heading, int colspan) {
    return "<tr class=\"review-row\"><th>" + html_escape(heading) + "</th><td colspan=\"" + std::to_string(colspan) +
           "\" id=\"bureau-opinion\"><div class=\"review\"></div>" + sign_block_html(text::print_reviewer, text::ta_seal) +
           "</td></tr>";
}

std::string estimate_rows_html(const nlohmann::json& e) {
    auto esc = [](const std::string& s) { return html_escape(s); };
    const bool eligible = e.value("eligible", false);
    std::string verdict = eligible ? text::estimate_eligible : text::estimate_not_eligible;
    if (!eligible) {  // with its reason, as on screen: the first excluding issue, else the first issue
        const nlohmann::json issues = e.value("issues", nlohmann::json::array());
        const nlohmann::json* reason = issues.empty() ? nullptr : &issues[0];
        for (const nlohmann::json& i : issues)
            if (i.value("effect", "") == "excluded") { reason = &i; break; }
        if (reason) verdict += "：" + reason->value("message", "");
    }
    std::string h = "<tr><th class=\"nowrap\">" + esc(format_text(text::estimate_total_format, yuan_text(e.value("total_fen", 0LL)).c_str())) +
                    "</th><td colspan=\"3\">" + esc(e.value("scheme_name", "")) + "（" + esc(e.value("clause", "")) + "）" +
                    esc(verdict) + "</td></tr>";
    for (const nlohmann::json& line : e.value("items", nlohmann::json::array()))
        h += "<tr><th>" + esc(line.value("label", "")) + "</th><td class=\"num\">" + esc(yuan_text(line.value("amount_fen", 0LL))) +
             "</td><td class=\"nowrap\">" + esc(line.value("clause", "")) + "</td><td>" + esc(line.value("explain", "")) + "</td></tr>";
    for (const nlohmann::json& issue : e.value("issues", nlohmann::json::array()))
        h += "<tr><th class=\"nowrap\">" + esc(issue.value("clause", "")) + "</th><td colspan=\"3\">" + esc(issue.value("message", "")) +
             "</td></tr>";
    return h;
}

}  // namespace skillaid
