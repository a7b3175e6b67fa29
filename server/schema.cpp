#include "server/schema.h"

#include "engine/errors.h"

#include <algorithm>

namespace skillaid::server {

using nlohmann::json;

std::string pointer(const std::string& parent, const std::string& key) {
    std::string escaped;
    for (char c : key) {
        if (c == '~')
            escaped += "~0";
        else if (c == '/')
            escaped += "~1";
        else
            escaped += c;
    }
    return parent + "/" + escaped;
}

std::string pointer(const std::string& parent, std::size_t index) { return parent + "/" + std::to_string(index); }

static const char* type_name(const json& value) {
    switch (value.type()) {
    case json::value_t::object: return "对象";
    case json::value_t::array: return "数组";
    case json::value_t::string: return "字符串";
    case json::value_t::boolean: return "布尔值";
    case json::value_t::null: return "null";
    default: return "数字";
    }
}

void require_object(const json& value, const std::string& path) {
    if (!value.is_object())
        throw InputError("wrong_type", std::string("此处应为 JSON 对象, 收到的是") + type_name(value), path);
}

void check_members(const json& value, const std::string& path, std::initializer_list<const char*> required,
                   std::initializer_list<const char*> optional) {
    require_object(value, path);
    for (const auto& [key, member] : value.items()) {
        const auto same = [&](const char* name) { return key == name; };
        if (std::none_of(required.begin(), required.end(), same) && std::none_of(optional.begin(), optional.end(), same))
            throw InputError("unknown_field", "不认识的字段 \"" + key + "\"", pointer(path, key));
    }
    for (const char* name : required)
        if (!value.contains(name))
            throw InputError("missing_field", std::string("缺少必填字段 \"") + name + "\"", pointer(path, name));
}

std::string read_string(const json& object, const char* name, const std::string& path, std::size_t max_bytes) {
    const json& value = object.at(name);
    const std::string where = pointer(path, name);
    if (!value.is_string())
        throw InputError("wrong_type", std::string("\"") + name + "\" 应为字符串, 收到的是" + type_name(value), where);
    const std::string& text = value.get_ref<const std::string&>();
    if (text.empty())
        throw InputError("invalid_value", std::string("\"") + name + "\" 不能为空", where);
    if (text.size() > max_bytes)
        throw InputError("too_long", std::string("\"") + name + "\" 超过 " + std::to_string(max_bytes) + " 字节的上限",
                         where);
    return text;
}

std::string read_choice(const json& object, const char* name, const std::string& path,
                        std::initializer_list<const char*> choices) {
    return read_choice(object, name, path, std::vector<std::string>(choices.begin(), choices.end()));
}

std::string read_choice(const json& object, const char* name, const std::string& path,
                        const std::vector<std::string>& choices) {
    const std::string text = read_string(object, name, path, 64);
    std::string list;
    for (const std::string& choice : choices) {
        if (text == choice)
            return text;
        list += list.empty() ? choice : ", " + choice;
    }
    throw InputError("invalid_value", std::string("\"") + name + "\" 应为以下之一: " + list, pointer(path, name));
}

}  // namespace skillaid::server
