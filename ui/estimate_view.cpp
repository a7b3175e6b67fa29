#include "ui/estimate_view.h"

#include <algorithm>
#include <string>

#include "engine/forms/text.h"
#include "engine/money.h"
#include "imgui.h"
#include "ui/strings.h"
#include "ui/style.h"
#include "ui/test_hooks.h"

namespace skillaid::ui {
namespace {

using nlohmann::json;

constexpr float kTotalScale = 1.4f;
constexpr int kIssueRowsVisible = 10;  // more issues scroll in a box of this many (two-line) rows
constexpr int kExcludedListed = 20;    // excluded people named by number, then 等

// j[key], or an empty array when `j` has no such member (never a copy).
const json& member(const json& j, const char* key) {
    static const json empty = json::array();
    auto it = j.find(key);
    return it != j.end() ? *it : empty;
}

// The hook `<prefix>.<name>[.<n>]`; in builds without test hooks nothing is built.
#ifdef SKILLAID_TEST_HOOKS
void hook(const char* prefix, const char* name, const char* text, int n = -1) {
    std::string key = std::string(prefix) + "." + name;
    if (n >= 0) key += "." + std::to_string(n);
    test_hook_item(key.c_str(), text);
}
#else
inline void hook(const char*, const char*, const char*, int = -1) {}
#endif

void draw_lines(const json& items, const char* prefix) {
    if (items.empty()) {
        ImGui::TextDisabled("%s", text::estimate_no_lines);
        return;
    }
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##estimate_lines", 4, flags)) return;
    float em = ImGui::GetFontSize();
    ImGui::TableSetupColumn(text::estimate_col_item, ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn(text::estimate_col_amount, ImGuiTableColumnFlags_WidthFixed, em * 6);
    ImGui::TableSetupColumn(text::estimate_col_clause, ImGuiTableColumnFlags_WidthFixed, em * 6);
    ImGui::TableSetupColumn(text::estimate_col_explain, ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableHeadersRow();
    int n = 0;
    for (const json& line : items) {
        std::string label = line.value("label", "");
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", label.c_str());
        hook(prefix, "item", label.c_str(), n);
        ImGui::TableNextColumn();
        std::string amount = yuan_text(line.value("amount_fen", 0LL));
        if (!line.value("counted_in_total", true)) amount += text::estimate_not_counted;
        ImGui::TextWrapped("%s", amount.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(line.value("clause", "").c_str());
        ImGui::TextDisabled("%s", line.value("fund", "").c_str());
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", line.value("explain", "").c_str());
#ifdef SKILLAID_TEST_HOOKS
        std::string all = label + "|" + std::to_string(line.value("amount_fen", 0LL)) + "|" + line.value("clause", "") +
                          "|" + line.value("explain", "");
        hook(prefix, "line", all.c_str(), n);
#endif
        n++;
    }
    ImGui::EndTable();
}

void draw_issue(const json& issue, const char* prefix, int n) {
    bool excluded = issue.value("effect", "") == "excluded";
    std::string line = "· " + issue.value("message", "") + "（" + issue.value("clause", "") + "）";
    ImGui::PushStyleColor(ImGuiCol_Text, tone_color(excluded ? Tone::error : Tone::note));
    ImGui::TextWrapped("%s", line.c_str());
    ImGui::PopStyleColor();
    hook(prefix, "issue", line.c_str(), n);
}

void draw_issues(const json& issues, const char* prefix) {
    if (issues.empty()) return;
    ImGui::TextUnformatted(text::estimate_issues);
    int count = static_cast<int>(issues.size());
    if (count <= kIssueRowsVisible) {
        for (int i = 0; i < count; i++) draw_issue(issues[static_cast<size_t>(i)], prefix, i);
    } else {  // a roster of thousands: only the visible rows cost anything
        float row = ImGui::GetTextLineHeightWithSpacing() * 2.0f;
        if (ImGui::BeginChild("##estimate_issues", ImVec2(0, row * kIssueRowsVisible), ImGuiChildFlags_None)) {
            ImGuiListClipper clipper;
            clipper.Begin(count);
            while (clipper.Step())
                for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; i++)
                    draw_issue(issues[static_cast<size_t>(i)], prefix, i);
        }
        ImGui::EndChild();
    }
#ifdef SKILLAID_TEST_HOOKS
    hook(prefix, "issues", issues[0].value("message", "").c_str());
#endif
}

}  // namespace

// The people an issue excludes: "第 2、5 名（共 2 人）"; entries standing for
// several identical people (the count form) add to the number only.
EstimateSummary summarize_estimate(const json& e) {
    EstimateSummary out;
    int listed = 0;
    std::string numbers;
    for (const json& t : member(e, "trainees")) {
        const json& issues = member(t, "issues");
        if (std::none_of(issues.begin(), issues.end(), [](const json& i) { return i.value("effect", "") == "excluded"; }))
            continue;
        long long count = t.value("count", 1LL);
        out.excluded_people += count;
        if (count != 1) continue;
        if (listed < kExcludedListed) numbers += (numbers.empty() ? "" : "、") + std::to_string(t.value("index", 0LL) + 1);
        else if (listed == kExcludedListed) numbers += text::estimate_more;
        listed++;
    }
    if (out.excluded_people > 0)
        out.excluded_line = numbers.empty() ? format_text(text::estimate_excluded_count_format, out.excluded_people)
                                            : format_text(text::estimate_excluded_format, numbers.c_str(), out.excluded_people);
    return out;
}

void draw_estimate(const json& e, const EstimateSummary& summary, const char* prefix) {
    if (e.contains("error")) {
        std::string message = e["error"].value("message", "");
        ImGui::PushStyleColor(ImGuiCol_Text, tone_color(Tone::error));
        ImGui::TextWrapped("%s", message.c_str());
        ImGui::PopStyleColor();
        hook(prefix, "error", message.c_str());
        hook(prefix, "total_fen", "");
        return;
    }
    hook(prefix, "error", "");
    long long total = e.value("total_fen", 0LL);
    ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * kTotalScale);
    ImGui::Text(text::estimate_total_format, yuan_text(total).c_str());
    ImGui::PopFont();
#ifdef SKILLAID_TEST_HOOKS
    hook(prefix, "total_fen", std::to_string(total).c_str());
#endif
    ImGui::SameLine();
    bool eligible = e.value("eligible", false);
    ImGui::AlignTextToFramePadding();
    // Not eligible: always with its reason (the first excluding issue, else the first issue, else no line paid).
    std::string verdict = eligible ? text::estimate_eligible : text::estimate_not_eligible;
    if (!eligible) {
        const json& issues = member(e, "issues");
        auto it = std::find_if(issues.begin(), issues.end(), [](const json& i) { return i.value("effect", "") == "excluded"; });
        std::string reason = it != issues.end() ? it->value("message", "")
                             : !issues.empty()  ? issues[0].value("message", "")
                             : !summary.excluded_line.empty() ? summary.excluded_line
                                                              : std::string(text::estimate_no_lines);
        verdict += "：" + (reason.empty() ? std::string(text::estimate_no_lines) : reason);
    }
    ImGui::PushStyleColor(ImGuiCol_Text, tone_color(eligible ? Tone::ok : Tone::error));
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(verdict.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    hook(prefix, "eligible", eligible ? "true" : "false");
    hook(prefix, "verdict", verdict.c_str());
    ImGui::TextDisabled("%s（%s）", e.value("scheme_name", "").c_str(), e.value("clause", "").c_str());

    draw_lines(member(e, "items"), prefix);
    draw_issues(member(e, "issues"), prefix);
    if (!summary.excluded_line.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, tone_color(Tone::error));
        ImGui::TextWrapped("%s", summary.excluded_line.c_str());
        ImGui::PopStyleColor();
    }
#ifdef SKILLAID_TEST_HOOKS
    hook(prefix, "excluded", std::to_string(summary.excluded_people).c_str());
#endif
    if (e.contains("policy") && e["policy"].is_object())
        ImGui::TextDisabled(text::estimate_policy_format, e["policy"].value("id", "").c_str());
}

}  // namespace skillaid::ui
