// Credentials and limits: Argon2id password hashes (libsodium
// crypto_pwhash_str), random session tokens stored as SHA-256 hashes, generated
// passwords, a sliding-window rate limiter, the login throttle (growing
// delays) and the cap on simultaneous Argon2 checks.
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
constexpr int kMaxConcurrentPasswordHashes = 2;            // Argon2 checks at once (64 MiB each); beyond: 503
constexpr auto kLoginFirstDelay = std::chrono::seconds(1);  // LoginThrottle: after the first counted failure, doubling
constexpr auto kLoginFailureMemory = std::chrono::hours(1); // a key's failures are forgotten this long after its last

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

// Growing delays after failed logins (OWASP: throttle, never lock the account
// for everyone): a key's first `free_failures` failures cost nothing; after
// each further one the key waits kLoginFirstDelay, doubling, at most
// `max_delay` (from the answer to the failure). An attempt is counted as failed
// *before* the password check (reserve), so simultaneous attempts cannot race
// past the limit; a success
// or an unchecked attempt gives it back (release), or forgets the key (clear).
// Thread-safe; beyond kMaxKeys keys, stale ones are dropped.
class LoginThrottle {
public:
    using Clock = std::chrono::steady_clock;
    static constexpr std::size_t kMaxKeys = 100000;
    struct Reservation {
        Clock::time_point at;
        Clock::time_point previous_last;
    };

    LoginThrottle(int free_failures, std::chrono::seconds max_delay) : free_(free_failures), max_delay_(max_delay) {}

    // 0 with the attempt counted (`r` filled), or the seconds to wait (nothing counted).
    long long reserve(const std::string& key, Reservation& r);
    void failed(const std::string& key, const Reservation& r);   // checked and wrong: the delay runs from now
    void release(const std::string& key, const Reservation& r);
    void clear(const std::string& key);

private:
    struct Entry {
        int failures = 0;
        Clock::time_point last;  // of the last counted failure
    };
    Clock::duration delay(int failures) const;

    int free_;
    std::chrono::seconds max_delay_;
    std::mutex mutex_;
    std::unordered_map<std::string, Entry> entries_;
};

// At most kMaxConcurrentPasswordHashes live at once; taken() says whether this one got a slot.
class PasswordHashSlot {
public:
    PasswordHashSlot();
    ~PasswordHashSlot();
    PasswordHashSlot(const PasswordHashSlot&) = delete;
    PasswordHashSlot& operator=(const PasswordHashSlot&) = delete;
    bool taken() const { return taken_; }

private:
    bool taken_ = false;
};

}  // namespace skillaid::server
