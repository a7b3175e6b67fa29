#include "server/auth.h"

#include <openssl/sha.h>
#include <sodium.h>

#include <algorithm>
#include <atomic>
#include <stdexcept>

namespace skillaid::server {

constexpr unsigned long long kPwhashOpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr std::size_t kPwhashMemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;  // 64 MiB
constexpr const char* kPasswordAlphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

static std::string g_dummy_hash;  // verified against when the login is unknown

bool init_crypto() {
    if (sodium_init() < 0)
        return false;
    g_dummy_hash = hash_password(new_token());
    return true;
}

std::string hash_password(const std::string& password) {
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, password.data(), password.size(), kPwhashOpsLimit, kPwhashMemLimit) != 0)
        throw std::runtime_error("crypto_pwhash_str: out of memory");
    return out;
}

bool verify_password(const std::string& hash, const std::string& password) {
    return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

void verify_dummy_password(const std::string& password) { verify_password(g_dummy_hash, password); }

static std::string to_hex(const unsigned char* bytes, std::size_t size) {
    std::string hex(size * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), bytes, size);
    hex.pop_back();
    return hex;
}

std::string new_token() {
    unsigned char bytes[kTokenBytes];
    randombytes_buf(bytes, sizeof(bytes));
    return to_hex(bytes, sizeof(bytes));
}

// OpenSSL's SHA-256 uses the CPU's SHA instructions where it has them (libsodium's
// is portable C): ~6 µs instead of ~40 µs for a 10 KB submission body.
std::string sha256_hex(const std::string& data) {
    unsigned char digest[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char*>(data.data()), data.size(), digest);
    return to_hex(digest, sizeof(digest));
}

std::string generate_password() {
    const std::string alphabet = kPasswordAlphabet;
    std::string password;
    for (std::size_t i = 0; i < kGeneratedPasswordLength; i++)
        password += alphabet[randombytes_uniform(static_cast<uint32_t>(alphabet.size()))];
    return password;
}

//-----------------------------------------------------------------------------
// RateLimiter
//-----------------------------------------------------------------------------

long long RateLimiter::retry_after_locked(std::deque<Clock::time_point>& events, Clock::time_point now) {
    while (!events.empty() && events.front() + window_ <= now)
        events.pop_front();
    if (events.size() < limit_)
        return 0;
    const auto wait = std::chrono::ceil<std::chrono::seconds>(events.front() + window_ - now);
    return std::max<long long>(1, wait.count());
}

void RateLimiter::record_locked(const std::string& key, Clock::time_point now) {
    if (events_.size() >= kRateLimiterMaxKeys && !events_.contains(key)) {
        for (auto it = events_.begin(); it != events_.end();) {
            if (it->second.empty() || it->second.back() + window_ <= now)
                it = events_.erase(it);
            else
                ++it;
        }
        if (events_.size() >= kRateLimiterMaxKeys)
            events_.clear();  // still full of live keys: start over rather than grow
    }
    events_[key].push_back(now);
}

long long RateLimiter::retry_after(const std::string& key) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = events_.find(key);
    return it == events_.end() ? 0 : retry_after_locked(it->second, Clock::now());
}

void RateLimiter::record(const std::string& key) {
    std::lock_guard<std::mutex> lock(mutex_);
    record_locked(key, Clock::now());
}

long long RateLimiter::acquire(const std::string& key) {
    std::lock_guard<std::mutex> lock(mutex_);
    const auto now = Clock::now();
    auto it = events_.find(key);
    if (it != events_.end())
        if (long long wait = retry_after_locked(it->second, now))
            return wait;
    record_locked(key, now);
    return 0;
}

void RateLimiter::clear(const std::string& key) {
    std::lock_guard<std::mutex> lock(mutex_);
    events_.erase(key);
}

//-----------------------------------------------------------------------------
// LoginThrottle, PasswordHashSlot
//-----------------------------------------------------------------------------

LoginThrottle::Clock::duration LoginThrottle::delay(int failures) const {
    if (failures <= free_)
        return Clock::duration::zero();
    const int doublings = std::min(failures - free_ - 1, 30);
    return std::min<Clock::duration>(kLoginFirstDelay * (1LL << doublings), max_delay_);
}

long long LoginThrottle::reserve(const std::string& key, Reservation& r) {
    std::lock_guard<std::mutex> lock(mutex_);
    const auto now = Clock::now();
    if (entries_.size() >= kMaxKeys && !entries_.contains(key)) {
        std::erase_if(entries_, [&](const auto& item) { return item.second.last + kLoginFailureMemory <= now; });
        if (entries_.size() >= kMaxKeys)
            entries_.clear();  // still full of live keys: start over rather than grow
    }
    Entry& e = entries_[key];
    if (e.failures > 0 && e.last + kLoginFailureMemory <= now)
        e = Entry{};
    const auto until = e.last + delay(e.failures);
    if (e.failures > 0 && until > now)
        return std::max<long long>(1, std::chrono::ceil<std::chrono::seconds>(until - now).count());
    r = {now, e.last};
    e.failures++;
    e.last = now;
    return 0;
}

void LoginThrottle::failed(const std::string& key, const Reservation& r) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = entries_.find(key);
    if (it != entries_.end() && it->second.last == r.at)
        it->second.last = Clock::now();
}

void LoginThrottle::release(const std::string& key, const Reservation& r) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = entries_.find(key);
    if (it == entries_.end() || it->second.failures == 0)
        return;
    it->second.failures--;
    if (it->second.last == r.at)
        it->second.last = r.previous_last;  // no later attempt: as if this one never was
}

void LoginThrottle::clear(const std::string& key) {
    std::lock_guard<std::mutex> lock(mutex_);
    entries_.erase(key);
}

static std::atomic<int> g_password_hashes{0};

PasswordHashSlot::PasswordHashSlot() {
    taken_ = g_password_hashes.fetch_add(1) < kMaxConcurrentPasswordHashes;
    if (!taken_)
        g_password_hashes.fetch_sub(1);
}

PasswordHashSlot::~PasswordHashSlot() {
    if (taken_)
        g_password_hashes.fetch_sub(1);
}

}  // namespace skillaid::server
