// Static files from the web root (the wasm build's dist folder): GET and HEAD,
// MIME types, path traversal refused, precompressed .br/.gz siblings, and
// gzip on the fly (zlib) for compressible types, cached in memory.
#pragma once
#include "server/response.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace skillaid::server {

constexpr std::uintmax_t kGzipMinBytes = 512;                  // smaller files are sent as they are
constexpr std::uintmax_t kGzipMaxFileBytes = 64u << 20;        // larger files are not gzipped on the fly
constexpr std::size_t kGzipCacheMaxBytes = 128u << 20;         // the cache is emptied beyond this
constexpr int kGzipLevel = 9;                                  // compressed once, served many times
constexpr std::size_t kContentHashDigits = 10;                  // NAME.HASH.EXT (tools/web-manifest.py HASH_LEN)
constexpr const char* kImmutableCacheControl = "public, max-age=31536000, immutable";  // a year, for hashed names

// True for a content-hashed file name (the last path component NAME.HASH.EXT).
bool is_content_hashed_name(std::string_view path);

// Compressed bytes keyed by file path, valid while mtime and size are unchanged.
class GzipCache {
public:
    std::shared_ptr<const std::string> get(const std::filesystem::path& file);

private:
    struct Entry {
        std::filesystem::file_time_type mtime;
        std::uintmax_t size = 0;
        std::shared_ptr<const std::string> gz;
    };
    std::mutex mutex_;
    std::unordered_map<std::string, Entry> entries_;
    std::size_t total_bytes_ = 0;
};

// The Content-Security-Policy of the app's files (docs/server.md): its own
// files only, wasm but no JS eval, no inline script; style.css and the print
// views' one <style> (engine print_style(), allowed by its sha256: the print
// window is a blob: page and runs under this policy too).
const std::string& app_content_security_policy();

class StaticFiles {
public:
    explicit StaticFiles(std::filesystem::path web_root);
    Reply handle(const Request& req);
    const std::filesystem::path& root() const { return root_; }

private:
    std::filesystem::path root_;  // canonical
    GzipCache gzip_cache_;
};

}  // namespace skillaid::server
