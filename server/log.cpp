#include "server/log.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <mutex>

namespace skillaid::server {

static std::mutex g_log_mutex;

std::string utc_now_iso8601() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm_utc{};
    gmtime_r(&now, &tm_utc);
    char buf[32];
    std::strftime(buf, sizeof(buf), "%Y-%m-%dT%H:%M:%SZ", &tm_utc);
    return buf;
}

// `text` cut to kMaxLoggedStringBytes (not inside a UTF-8 sequence), with its length.
static std::string cut_for_log(const std::string& text) {
    if (text.size() <= kMaxLoggedStringBytes)
        return text;
    std::size_t end = kMaxLoggedStringBytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        end--;
    return text.substr(0, end) + "…[" + std::to_string(text.size()) + " bytes]";
}

void log_event(const std::string& event, nlohmann::json fields) {
    // Ordered: "time" and "event" first, then the fields, for people reading the log.
    nlohmann::ordered_json line = {{"time", utc_now_iso8601()}, {"event", event}};
    if (fields.is_object())
        for (const auto& [key, value] : fields.items())
            line[key] = value.is_string() ? nlohmann::json(cut_for_log(value.get<std::string>())) : value;
    // Replace invalid UTF-8 (e.g. from a request target) instead of throwing.
    const std::string text = line.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    std::lock_guard<std::mutex> lock(g_log_mutex);
    std::fprintf(stderr, "%s\n", text.c_str());
    std::fflush(stderr);
}

}  // namespace skillaid::server
