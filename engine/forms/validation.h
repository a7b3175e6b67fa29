// A form's validation result: each issue names the field (the widget key the
// UI looks up, e.g. "roster.3.id"), where it is in the form's JSON body (a JSON
// Pointer, e.g. "/roster/3/id"; the server answers 422 with it under "/form"),
// the field's Chinese label and what is wrong, in Chinese. Warnings never
// block a submission. Filled by a FormModel's validate() once per edit.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace skillaid {

struct FieldIssue {
    std::string field;    // widget key, e.g. "company_name", "roster.3.id"
    std::string path;     // JSON Pointer into the form body, e.g. "/company_name", "/roster/3/id"
    std::string label;    // where, in Chinese ("企业名称", "第4行 身份证号")
    std::string message;  // what is wrong, in Chinese
    bool warning = false; // warnings never block submission
};

// The body path of a widget key when the key mirrors the body: "roster.3.id" -> "/roster/3/id".
std::string path_of_field(std::string_view field);

struct Validation {
    std::vector<FieldIssue> issues;
    // `path` defaults to path_of_field(field); pass it when the body nests differently.
    void error(std::string field, std::string label, std::string message, std::string path = {});
    void warning(std::string field, std::string label, std::string message, std::string path = {});
    const FieldIssue* find(std::string_view field) const;  // the first issue of a field (errors first)
    int error_count() const { return errors_; }
    int warning_count() const { return static_cast<int>(issues.size()) - errors_; }
    void clear();

private:
    void add(FieldIssue issue);
    std::unordered_map<std::string, size_t> index_;
    int errors_ = 0;
};

}  // namespace skillaid
