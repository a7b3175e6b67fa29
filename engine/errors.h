// The one error type for unusable input. The CLI prints it as
//   {"error": {"code": ..., "message": ..., "path": ...}} with exit status 2,
// the server as a 400/422 body, the UI next to the field that `path` names.
#pragma once
#include <stdexcept>
#include <string>

namespace skillaid {

struct InputError : std::runtime_error {
    std::string code;     // stable English identifier, e.g. "unknown_occupation"
    std::string message;  // Chinese, says what is wrong and with which value
    std::string path;     // JSON Pointer to the offending value, e.g. "/hours/online"

    InputError(std::string code_, std::string message_, std::string path_)
        : std::runtime_error(code_ + " at " + path_ + ": " + message_),
          code(std::move(code_)), message(std::move(message_)), path(std::move(path_)) {}
};

}  // namespace skillaid
