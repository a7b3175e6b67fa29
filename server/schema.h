// Strict reading of request bodies: every member known, every type checked.
// Each check throws skillaid::InputError (answered 400) with a JSON Pointer:
//   unknown_field  a member the endpoint does not take   path: the member
//   missing_field  a required member is absent           path: where it belongs
//   wrong_type     e.g. a number where a string belongs  path: the value
//   too_long       a string over its limit               path: the value
//   invalid_value  an empty string, an unknown enum value path: the value
#pragma once
#include <cstddef>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace skillaid::server {

// parent + "/" + key, with "~" and "/" escaped (RFC 6901).
std::string pointer(const std::string& parent, const std::string& key);
std::string pointer(const std::string& parent, std::size_t index);

void require_object(const nlohmann::json& value, const std::string& path);
// `value` is an object whose members are all in required + optional and hold every required one.
void check_members(const nlohmann::json& value, const std::string& path, std::initializer_list<const char*> required,
                   std::initializer_list<const char*> optional = {});
// A non-empty string of at most max_bytes (UTF-8) at value[name].
std::string read_string(const nlohmann::json& object, const char* name, const std::string& path,
                        std::size_t max_bytes);
// One of `choices`, at value[name].
std::string read_choice(const nlohmann::json& object, const char* name, const std::string& path,
                        std::initializer_list<const char*> choices);
std::string read_choice(const nlohmann::json& object, const char* name, const std::string& path,
                        const std::vector<std::string>& choices);

}  // namespace skillaid::server
