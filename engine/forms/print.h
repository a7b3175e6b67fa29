// The print views' common parts (every FormModel::print_html): the page head
// with the A4 print CSS, the form rows, the signature/seal block, the review
// box and the estimate rows. docs/forms.md "Print views".
//
// Layout rules the CSS gives every view: @page A4 portrait with margins and
// "第 N 页，共 M 页" in the bottom margin box; a section (e.g. a wide roster)
// wrapped in <section class="wide"> prints on A4 landscape pages; <thead>
// repeats on each page; rows never split; no fixed heights, cells wrap.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

namespace skillaid {

// "<!doctype html>…<body>": the document head with the print CSS. Close with "</body></html>".
std::string print_head(const std::string& title);
// The print views' one style sheet, the text of print_head's <style>. The
// server allows exactly this text in its Content-Security-Policy (by hash),
// so the print window, which inherits the app's policy, shows it: no style=
// attributes in print HTML (use classes here).
const std::string& print_style();

// "<table class=\"form grid\" id=…>" with its <colgroup>: a 4-column form table
// whose two label columns are 8.6em and whose value columns share the rest
// equally (table-layout:fixed), so a value never wraps one character per line
// because another cell is long. Close with "</table>".
std::string form_table_open(const char* id);

// A row of a 4-column form <table class="form">: two label/value pairs, or one
// label with its value across three columns. Labels and values are escaped.
std::string html_row2(const std::string& label_a, const std::string& value_a, const std::string& label_b,
                      const std::string& value_b);
std::string html_row1(const std::string& label, const std::string& value);

// A header cell and a body cell of a list table (class "list"), the text escaped;
// `cls` e.g. "num" (right-aligned, never wraps), "id", "nowrap", "c" (centred).
std::string html_th(const std::string& text);
std::string html_td(const std::string& text, const char* cls = nullptr);

// The signature block under a commitment: "<signature>　　<seal>" and the date line
// (e.g. 企业负责人签字： / 单位公章：), with room to sign. Labels are escaped.
std::string sign_block_html(const std::string& signature, const std::string& seal);

// A review row of a form table: the heading (人社部门意见) and an empty box with
// room to write, the seal and the date line. `colspan`: the columns the box spans.
std::string review_row_html(const std::string& heading, int colspan);

// The rows of an engine estimate (estimate_json) for a 4-column <table class="estimate">:
// the total with the scheme, its clause and whether it is eligible, then one row per
// item (label, amount, clause, arithmetic), one per issue (clause, message).
std::string estimate_rows_html(const nlohmann::json& estimate);

}  // namespace skillaid
