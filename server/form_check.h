// A submission's "form" checked with the app's own model (engine/forms): which
// form kind it is, the model's validation (the same Chinese messages the app
// shows, at JSON Pointer paths under "/form"), and whether "scenario" and
// "business" are what the form produces. docs/server.md "Form checks".
#pragma once
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "engine/forms/form.h"

namespace skillaid::server {

// The submission kinds ("kind") of form_kinds(), each once, in registry order.
std::vector<std::string> submission_kinds();

struct FormOf {
    const FormKind* kind = nullptr;
    int format_version = 1;
    std::optional<nlohmann::json> refusal;  // a 422 answer's body (form_kind_mismatch)
};

// The form kind and version of a submission of `submission_kind`: its
// "form_kind" and "format_version", or, for bodies without them (outbox items
// queued by releases before them), inferred from "kind" and the form's members
// with format_version 1. Throws InputError (400) on a wrong type or unknown value.
FormOf read_form_kind(const nlohmann::json& body, const std::string& submission_kind);

// The form read into its model and validated with `server_estimate` (the
// engine's answer for body["scenario"], null for a kind without an estimate);
// then body["scenario"] and body["business"] compared with what the form
// produces. The 422 answer's body (form_invalid, scenario_mismatch,
// business_mismatch), or nullopt when the form is accepted.
std::optional<nlohmann::json> check_form(const FormOf& form, const nlohmann::json& body, const std::string& today,
                                         const nlohmann::json& server_estimate);

}  // namespace skillaid::server
