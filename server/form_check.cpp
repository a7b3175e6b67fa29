#include "server/form_check.h"

#include "engine/errors.h"
#include "server/response.h"
#include "server/schema.h"

#include <algorithm>
#include <exception>

namespace skillaid::server {

using nlohmann::json;

std::vector<std::string> submission_kinds() {
    std::vector<std::string> kinds;
    for (const FormKind& k : form_kinds())
        if (*k.submission_kind && std::find(kinds.begin(), kinds.end(), k.submission_kind) == kinds.end())
            kinds.emplace_back(k.submission_kind);
    return kinds;
}

// A body without "form_kind": the one form kind of `submission_kind`; for
// "application" a 开班申请 (institution_level, delivery: members only it has)
// or else an 企业职工培训申请表.
static const FormKind* inferred_form_kind(const std::string& submission_kind, const json& form) {
    if (submission_kind == "application")
        return find_form_kind(form.contains("institution_level") || form.contains("delivery") ? "class_opening"
                                                                                               : "training_application");
    for (const FormKind& k : form_kinds())
        if (submission_kind == k.submission_kind)
            return &k;
    return nullptr;
}

FormOf read_form_kind(const json& body, const std::string& submission_kind) {
    FormOf out;
    if (!body.contains("form_kind")) {
        out.kind = inferred_form_kind(submission_kind, body["form"]);
    } else {
        std::vector<std::string> ids;
        for (const FormKind& k : form_kinds())
            ids.emplace_back(k.id);
        out.kind = find_form_kind(read_choice(body, "form_kind", "", ids));
        if (submission_kind != out.kind->submission_kind)
            out.refusal = error_body("form_kind_mismatch",
                                     std::string("表单种类 \"") + out.kind->id + "\" (" + out.kind->title +
                                         ") 不能作为 \"" + submission_kind + "\" 提交" +
                                         (*out.kind->submission_kind
                                              ? std::string(", 应为 \"") + out.kind->submission_kind + "\""
                                              : std::string()),
                                     "/form_kind");
    }
    if (body.contains("format_version")) {
        const json& v = body["format_version"];
        if (!v.is_number_integer())
            throw InputError("wrong_type", "此处应为整数", "/format_version");
        const long long version = v.get<long long>();
        if (version < 1 || version > out.kind->format_version)
            throw InputError("invalid_value",
                             "\"format_version\" 应为 1.." + std::to_string(out.kind->format_version) + " 的整数",
                             "/format_version");
        out.format_version = static_cast<int>(version);
    }
    return out;
}

// Where `sent` first differs from `form` (what the form produces): the path's
// tokens, innermost first, in `path`; false when equal (numbers compare by
// value: 1 == 1.0). The path is only built for a difference: the common case,
// equal, allocates nothing.
static bool differs(const json& form, const json& sent, std::vector<std::string>& path) {
    if (form.is_object() && sent.is_object()) {
        for (const auto& [key, value] : form.items()) {
            const auto in_sent = sent.find(key);
            if (in_sent == sent.end() || differs(value, *in_sent, path)) {
                path.push_back(key);
                return true;
            }
        }
        for (const auto& [key, value] : sent.items())
            if (!form.contains(key)) {
                path.push_back(key);
                return true;
            }
        return false;
    }
    if (form.is_array() && sent.is_array()) {
        const std::size_t common = std::min(form.size(), sent.size());
        for (std::size_t i = 0; i < common; i++)
            if (differs(form[i], sent[i], path)) {
                path.push_back(std::to_string(i));
                return true;
            }
        if (form.size() != sent.size()) {
            path.push_back(std::to_string(common));
            return true;
        }
        return false;
    }
    return form != sent;
}

// differs() as a JSON Pointer; nullopt when equal.
static std::optional<std::string> first_difference(const json& form, const json& sent) {
    std::vector<std::string> path;
    if (!differs(form, sent, path))
        return std::nullopt;
    std::string at;
    for (auto token = path.rbegin(); token != path.rend(); ++token)
        at = pointer(at, *token);
    return at;
}

// The value at a JSON Pointer, null when absent.
static json value_at(const json& root, const std::string& path) {
    const json::json_pointer p(path);
    return root.contains(p) ? root.at(p) : json();
}

std::optional<json> check_form(const FormOf& form, const json& body, const std::string& today,
                               const json& server_estimate) {
    std::unique_ptr<FormModel> model = form.kind->create();
    try {
        model->from_json(body["form"], form.format_version);
    } catch (const std::exception& e) {
        return error_body("form_invalid", e.what(), "/form");
    }

    // What the form produces; the estimate the model checks its limits with is
    // the one of that scenario (null when the body sent another).
    const std::optional<json> scenario = model->scenario(today);
    static const json no_scenario;
    const json& sent = body.contains("scenario") ? body["scenario"] : no_scenario;
    const std::optional<std::string> difference =
        scenario ? first_difference(*scenario, sent) : std::optional<std::string>();
    static const json no_estimate;
    Validation v;
    model->validate(v, today, difference ? no_estimate : server_estimate);  // a reference: no copy
    if (v.error_count() > 0) {
        json issues = json::array();
        for (const FieldIssue& issue : v.issues)
            if (!issue.warning)
                issues.push_back({{"path", "/form" + issue.path}, {"message", issue.label + "：" + issue.message}});
        const std::string first = issues[0]["message"];
        json error = error_body("form_invalid",
                                issues.size() == 1 ? first
                                                   : "表单有 " + std::to_string(issues.size()) +
                                                         " 处需要改正, 第一处: " + first,
                                issues[0]["path"]);
        error["error"]["issues"] = std::move(issues);
        return error;
    }

    if (form.kind->estimated && !scenario)  // validated forms of these kinds always have one
        return error_body("scenario_mismatch", "表单内容不足以计算补贴, 无法核对 scenario", "/scenario");
    if (difference) {
        const json expected = value_at(*scenario, *difference);
        json error = error_body("scenario_mismatch",
                                "提交的 scenario 与表单内容不一致 (" + *difference + "): 按表单应为 " +
                                    (expected.is_null() ? std::string("(无此项)") : expected.dump()),
                                "/scenario" + *difference);
        error["form_scenario"] = *scenario;
        return error;
    }

    // The business: what the form's route says, else the kind's.
    std::string business = form.kind->business;
    if (std::optional<RouteRequest> r = model->route_request(); r && !r->business.empty())
        business = r->business;
    if (body["business"] != business)
        return error_body("business_mismatch",
                          "\"business\" 与表单不一致: 按表单应为 \"" + business + "\"", "/business");
    return std::nullopt;
}

}  // namespace skillaid::server
