// Credentials and limits: Argon2id password hashes (libsodium
// crypto_pwhash_str), random session tokens stored as SHA-256 hashes, generated
// passwords, and a sliding-window rate limiter.
#pragma once
#include <chrono>
#include <cstddef>
#include <deque>
#include <mutex>
#include <string>
#include <unordered_map>

namespace skillaid::server {

constexpr std::size_t kTokenBytes = 32;              // session token: 32 random bytes, 64 hex digits
constexpr std::size_t kGeneratedPasswordLength = 20; // admin create-user without --password-stdin
constexpr std::size_t kMinPasswordLength = 12;
constexpr std::size_t kMaxPasswordLength = 256;

// Calls sodium_init(); false if libsodium cannot start (no entropy source).
bool init_crypto();

// Argon2id with libsodium's "interactive" limits; the string holds salt and parameters.
std::string hash_password(const std::string& password);
bool verify_password(const std::string& hash, const std::string& password);
// Spends the same time as a real verification (unknown login: no timing hint).
void verify_dummy_password(const std::string& password);

std::string new_token();                            // 64 lower-case hex digits
std::string sha256_hex(const std::string& data);    // how tokens and bodies are stored
std::string generate_password();                    // letters and digits without look-alikes

// At most `limit` events per key within `window` (sliding). Thread-safe.
// Memory is bounded: beyond kRateLimiterMaxKeys keys, stale ones are dropped.
class RateLimiter {
public:
    using Clock = std::chrono::steady_clock;
    static constexpr std::size_t kRateLimiterMaxKeys = 100000;

    RateLimiter(std::size_t limit, std::chrono::seconds window) : limit_(limit), window_(window) {}

    // Seconds until `key` may act again; 0 when it may now (nothing recorded).
    long long retry_after(const std::string& key);
    void record(const std::string& key);
    // retry_after(), and record() when it is 0; one step under the lock.
    long long acquire(const std::string& key);
    void clear(const std::string& key);
    std::size_t limit() const { return limit_; }

private:
    long long retry_after_locked(std::deque<Clock::time_point>& events, Clock::time_point now);
    void record_locked(const std::string& key, Clock::time_point now);

    std::size_t limit_;
    std::chrono::seconds window_;
    std::mutex mutex_;
    std::unordered_map<std::string, std::deque<Clock::time_point>> events_;
};

}  // namespace skillaid::server
