// The JSON API under /api/v1, a thin shell over the engine:
//   GET  /api/v1/health     {"status":"ok","version","store":"sqlite","schema_version"}
//   POST /api/v1/estimate   scenario -> skillaid::estimate_json
//   POST /api/v1/deadlines  event    -> skillaid::deadlines_for_event
// Bad input answers 400 {"error": {"code", "message", "path"}}; the body-size
// limit (413) is enforced while reading, in http.cpp.
#pragma once
#include "server/response.h"
#include "server/store.h"

namespace skillaid::server {

constexpr const char* kApiPrefix = "/api/";
constexpr int kMaxJsonDepth = 64;        // nesting of objects/arrays in a request body
constexpr int kChinaUtcOffsetHours = 8;  // "today" for the engine is the date in China (no DST)

class Api {
public:
    explicit Api(Store& store) : store_(store) {}
    Reply handle(const Request& req);

private:
    Store& store_;
};

}  // namespace skillaid::server
