#include "engine/forms/validation.h"

namespace skillaid {

std::string path_of_field(std::string_view field) {
    std::string path = "/";
    for (char c : field) {
        if (c == '~') path += "~0";
        else if (c == '/') path += "~1";
        else path += c == '.' ? '/' : c;
    }
    return path;
}

void Validation::add(FieldIssue issue) {
    if (issue.path.empty()) issue.path = path_of_field(issue.field);
    auto it = index_.find(issue.field);
    if (it == index_.end()) index_.emplace(issue.field, issues.size());
    else if (!issue.warning && issues[it->second].warning) it->second = issues.size();  // errors shadow warnings
    if (!issue.warning) errors_++;
    issues.push_back(std::move(issue));
}

void Validation::error(std::string field, std::string label, std::string message, std::string path) {
    add({std::move(field), std::move(path), std::move(label), std::move(message), false});
}

void Validation::warning(std::string field, std::string label, std::string message, std::string path) {
    add({std::move(field), std::move(path), std::move(label), std::move(message), true});
}

const FieldIssue* Validation::find(std::string_view field) const {
    auto it = index_.find(std::string(field));
    return it == index_.end() ? nullptr : &issues[it->second];
}

void Validation::clear() {
    issues.clear();
    index_.clear();
    errors_ = 0;
}

}  // namespace skillaid
