// The unit profile (struct Profile, engine/forms/form.h) as stored in the
// page's settings ("profile", one JSON object) and its checks. Old stored
// profiles ({"org_name": "…"} only) read as a profile with just the name.
// Each kind's prefill()/to_profile() is in engine/forms/profile.cpp. No ImGui.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "engine/forms/form.h"
#include "engine/forms/validation.h"

namespace skillaid {

// Choices stored by id/name (district by office name), like the form bodies.
nlohmann::json profile_to_json(const Profile& p);
Profile profile_from_json(const nlohmann::json& j);  // anything not an object: an empty profile

// USCC (GB 32100 check character), bank account (银行卡号校验位) and phone when
// filled; keys "profile.<field>". An empty profile field is never an error.
void check_profile(const Profile& p, Validation& v);

}  // namespace skillaid
