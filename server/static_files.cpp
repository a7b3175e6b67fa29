#include "server/static_files.h"

#include "engine/forms/print.h"

#include <cstdio>

#include <sodium.h>
#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <cctype>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string_view>
#include <system_error>

namespace skillaid::server {

namespace fs = std::filesystem;
namespace beast = boost::beast;

//-----------------------------------------------------------------------------
// MIME types
//-----------------------------------------------------------------------------

struct MimeType {
    const char* extension;  // lower case, with the dot
    const char* type;
    bool compressible;      // worth gzipping on the fly
    bool document = false;  // a browser renders it as a page (and runs its scripts)
};

static const MimeType kMimeTypes[] = {
    {".html", "text/html; charset=utf-8", true, true},
    {".htm", "text/html; charset=utf-8", true, true},
    {".js", "text/javascript; charset=utf-8", true},
    {".mjs", "text/javascript; charset=utf-8", true},
    {".wasm", "application/wasm", true},
    {".css", "text/css; charset=utf-8", true},
    {".json", "application/json; charset=utf-8", true},
    {".webmanifest", "application/manifest+json; charset=utf-8", true},
    {".txt", "text/plain; charset=utf-8", true},
    {".svg", "image/svg+xml", true, true},
    {".ttf", "font/ttf", true},
    {".otf", "font/otf", true},
    {".woff2", "font/woff2", false},
    {".png", "image/png", false},
    {".jpg", "image/jpeg", false},
    {".jpeg", "image/jpeg", false},
    {".ico", "image/x-icon", false},
    {".data", "application/octet-stream", false},
};
static const MimeType kDefaultMimeType = {"", "application/octet-stream", false};

static const MimeType& mime_type_for(const fs::path& file) {
    std::string ext = file.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const MimeType& m : kMimeTypes)
        if (ext == m.extension)
            return m;
    return kDefaultMimeType;
}

//-----------------------------------------------------------------------------
// Request target -> file, refusing anything that could leave the web root
//-----------------------------------------------------------------------------

static bool is_inside(const fs::path& root, const fs::path& p) {
    auto [root_end, p_end] = std::mismatch(root.begin(), root.end(), p.begin(), p.end());
    return root_end == root.end();
}

// The regular file a target names, or nullopt (answered with 404). Segments
// "." and "..", hidden names (".git"), NUL and backslash are refused after
// percent-decoding, and the resolved path (symlinks followed) must still lie
// inside the web root. "/" and directories mean their index.html.
static std::optional<fs::path> resolve_target(const fs::path& root, std::string_view target) {
    const std::string_view raw = target_path(target);
    if (raw.empty() || raw[0] != '/')
        return std::nullopt;
    const std::optional<std::string> decoded = percent_decode(raw);
    if (!decoded || decoded->find('\0') != std::string::npos || decoded->find('\\') != std::string::npos)
        return std::nullopt;

    fs::path relative;
    size_t start = 0;
    while (start <= decoded->size()) {
        size_t end = decoded->find('/', start);
        if (end == std::string::npos)
            end = decoded->size();
        const std::string_view segment = std::string_view(*decoded).substr(start, end - start);
        if (!segment.empty()) {
            if (segment[0] == '.')
                return std::nullopt;
            relative /= fs::path(std::string(segment));
        }
        start = end + 1;
    }

    std::error_code ec;
    fs::path file = root / relative;
    if (fs::is_directory(file, ec))
        file /= "index.html";
    const fs::path real = fs::canonical(file, ec);
    if (ec || !is_inside(root, real) || !fs::is_regular_file(real, ec))
        return std::nullopt;
    return real;
}

//-----------------------------------------------------------------------------
// Compression
//-----------------------------------------------------------------------------

struct AcceptedEncodings {
    bool br = false;
    bool gzip = false;
};

// "gzip, deflate, br;q=0.9" -> br and gzip. A coding with q=0 is refused.
// Browsers always name br/gzip explicitly, so "*" is not expanded.
static AcceptedEncodings parse_accept_encoding(std::string_view header) {
    AcceptedEncodings accepted;
    size_t start = 0;
    while (start < header.size()) {
        size_t end = header.find(',', start);
        if (end == std::string_view::npos)
            end = header.size();
        std::string_view item = header.substr(start, end - start);
        start = end + 1;

        std::string_view params;
        if (const size_t semi = item.find(';'); semi != std::string_view::npos) {
            params = item.substr(semi + 1);
            item = item.substr(0, semi);
        }
        auto trim = [](std::string_view s) {
            while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
            while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
            return s;
        };
        item = trim(item);
        params = trim(params);
        // q=0, q=0.0, q=0.000 mean "not acceptable".
        bool refused = false;
        if (params.size() >= 3 && (params[0] == 'q' || params[0] == 'Q') && params[1] == '=')
            refused = params.substr(2).find_first_not_of("0.") == std::string_view::npos;
        if (refused)
            continue;
        if (beast::iequals(item, "br"))
            accepted.br = true;
        else if (beast::iequals(item, "gzip"))
            accepted.gzip = true;
    }
    return accepted;
}

static std::optional<std::string> read_file(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::ostringstream data;
    data << in.rdbuf();
    return std::move(data).str();
}

static std::optional<std::string> gzip_compress(const std::string& data) {
    z_stream zs{};
    // windowBits 15 + 16: a gzip header and trailer instead of zlib's.
    if (deflateInit2(&zs, kGzipLevel, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return std::nullopt;
    std::string out(deflateBound(&zs, static_cast<uLong>(data.size())), '\0');
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    zs.avail_in = static_cast<uInt>(data.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    out.resize(zs.total_out);
    deflateEnd(&zs);
    if (rc != Z_STREAM_END)
        return std::nullopt;
    return out;
}

std::shared_ptr<const std::string> GzipCache::get(const fs::path& file) {
    std::error_code ec;
    const fs::file_time_type mtime = fs::last_write_time(file, ec);
    const std::uintmax_t size = fs::file_size(file, ec);
    if (ec)
        return nullptr;
    const std::string key = file.string();
    {
        std::lock_guard<std::mutex> lock(mutex_);
        auto it = entries_.find(key);
        if (it != entries_.end() && it->second.mtime == mtime && it->second.size == size)
            return it->second.gz;
    }
    // Compressed outside the lock; two threads may both compress a new file once.
    const std::optional<std::string> data = read_file(file);
    if (!data || data->size() != size)
        return nullptr;  // changed while reading: serve uncompressed this time
    std::optional<std::string> gz = gzip_compress(*data);
    if (!gz)
        return nullptr;
    auto shared = std::make_shared<const std::string>(std::move(*gz));

    std::lock_guard<std::mutex> lock(mutex_);
    if (auto it = entries_.find(key); it != entries_.end()) {
        total_bytes_ -= it->second.gz->size();
        entries_.erase(it);
    }
    if (total_bytes_ + shared->size() > kGzipCacheMaxBytes) {
        entries_.clear();
        total_bytes_ = 0;
    }
    entries_[key] = Entry{mtime, size, shared};
    total_bytes_ += shared->size();
    return shared;
}

//-----------------------------------------------------------------------------
// Responses
//-----------------------------------------------------------------------------

StaticFiles::StaticFiles(fs::path web_root) {
    std::error_code ec;
    root_ = fs::weakly_canonical(web_root, ec);
    if (ec)
        root_ = std::move(web_root);
}

const std::string& app_content_security_policy() {
    static const std::string policy = [] {
        const std::string& style = print_style();
        unsigned char digest[crypto_hash_sha256_BYTES];
        crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(style.data()), style.size());
        char base64[sodium_base64_ENCODED_LEN(crypto_hash_sha256_BYTES, sodium_base64_VARIANT_ORIGINAL)];
        sodium_bin2base64(base64, sizeof base64, digest, sizeof digest, sodium_base64_VARIANT_ORIGINAL);
        return std::string("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'sha256-") +
               base64 +
               "'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self'; "
               "object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    }();
    return policy;
}

// NAME.HASH.EXT, HASH kContentHashDigits hex digits: a name given by the file's
// content (tools/web-manifest.py), so what it names never changes.
bool is_content_hashed_name(std::string_view path) {
    const std::size_t slash = path.rfind('/');
    const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
    const std::size_t ext_dot = name.rfind('.');
    if (ext_dot == std::string_view::npos || ext_dot + 1 == name.size() || ext_dot < kContentHashDigits + 2)
        return false;
    const std::size_t hash_at = ext_dot - kContentHashDigits;
    if (name[hash_at - 1] != '.')
        return false;
    for (std::size_t i = hash_at; i < ext_dot; i++)
        if (!((name[i] >= '0' && name[i] <= '9') || (name[i] >= 'a' && name[i] <= 'f')))
            return false;
    return true;
}

// Headers of every file response. A content-hashed name may be kept for a
// year without asking again; everything else (index.html, sw.js,
// version.json, plain names) is revalidated each time ("no-cache").
// The document headers with the app's policy go with every file but the
// content-hashed twins the page loads (its scripts, wasm, fonts, style sheet:
// they run under the page's policy); a page or SVG gets them whatever its name,
// and so does sw.js (a worker runs under its own script's policy).
template <class Body>
static void set_file_headers(http::response<Body>& h, const Request& req, const MimeType& mime,
                             const char* content_encoding, const std::string& etag) {
    const bool content_hashed = is_content_hashed_name(target_path(req.target()));
    set_base_headers(h, req.keep_alive());
    if (!content_hashed || mime.document)
        set_document_headers(h, app_content_security_policy());
    h.set(http::field::content_type, mime.type);
    h.set(http::field::cache_control, content_hashed ? kImmutableCacheControl : "no-cache");
    h.set(http::field::vary, "Accept-Encoding");
    if (!etag.empty())
        h.set(http::field::etag, etag);
    if (content_encoding)
        h.set(http::field::content_encoding, content_encoding);
}

// A strong validator of one representation: the original file's size and
// modification time, and the content coding (br, gzip and identity bytes differ).
static std::string entity_tag(const fs::path& file, const char* encoding) {
    std::error_code ec;
    const std::uintmax_t size = fs::file_size(file, ec);
    if (ec)
        return {};
    const auto mtime = fs::last_write_time(file, ec).time_since_epoch().count();
    if (ec)
        return {};
    char buf[96];
    std::snprintf(buf, sizeof buf, "\"%jx-%llx%s%s\"", size, static_cast<unsigned long long>(mtime),
                  encoding ? "-" : "", encoding ? encoding : "");
    return buf;
}

// True when If-None-Match lists `etag` (or is "*").
static bool client_has(const Request& req, const std::string& etag) {
    const auto header = req[http::field::if_none_match];
    if (etag.empty() || header.empty())
        return false;
    if (header == "*")
        return true;
    return std::string_view(header.data(), header.size()).find(etag) != std::string_view::npos;
}

static Reply not_modified_reply(const Request& req, const MimeType& mime, const char* encoding,
                                const std::string& etag) {
    http::response<http::empty_body> res{http::status::not_modified, req.version()};
    set_file_headers(res, req, mime, encoding, etag);
    return make_reply(std::move(res));
}

static Reply head_reply(const Request& req, const MimeType& mime, const char* encoding, std::uintmax_t size,
                        const std::string& etag) {
    http::response<http::empty_body> res{http::status::ok, req.version()};
    set_file_headers(res, req, mime, encoding, etag);
    res.content_length(size);
    return make_reply(std::move(res));
}

// The file itself (or a precompressed sibling), streamed by Beast's file_body.
// `original` is the file the representation stands for (its ETag source).
static std::optional<Reply> file_reply(const Request& req, const fs::path& original, const fs::path& file,
                                       const MimeType& mime, const char* encoding) {
    const std::string etag = entity_tag(original, encoding);
    if (client_has(req, etag))
        return not_modified_reply(req, mime, encoding, etag);
    beast::error_code ec;
    http::file_body::value_type body;
    body.open(file.c_str(), beast::file_mode::scan, ec);
    if (ec)
        return std::nullopt;
    if (req.method() == http::verb::head)
        return head_reply(req, mime, encoding, body.size(), etag);
    const std::uint64_t size = body.size();
    http::response<http::file_body> res{std::piecewise_construct, std::make_tuple(std::move(body)),
                                        std::make_tuple(http::status::ok, req.version())};
    set_file_headers(res, req, mime, encoding, etag);
    res.content_length(size);
    return make_reply(std::move(res));
}

// FILE.br / FILE.gz beside FILE, if present and not made before FILE.
// Compressors stamp their output with the input's time cut to whole seconds
// (`brotli -o` does; tools/precompress.sh then copies FILE's exact time with
// `touch -r`), so a sibling from the same second as FILE counts as made from
// it. A sibling a second or more older is stale: FILE was written after it.
static std::optional<fs::path> precompressed_sibling(const fs::path& file, const char* suffix) {
    fs::path sibling = file;
    sibling += suffix;
    std::error_code ec;
    if (!fs::is_regular_file(sibling, ec))
        return std::nullopt;
    const auto sibling_time = fs::last_write_time(sibling, ec);
    if (ec)
        return std::nullopt;
    const auto file_time = fs::last_write_time(file, ec);
    if (ec || sibling_time < std::chrono::floor<std::chrono::seconds>(file_time))
        return std::nullopt;
    return sibling;
}

Reply StaticFiles::handle(const Request& req) {
    if (req.method() != http::verb::get && req.method() != http::verb::head)
        return method_not_allowed_reply(req, "GET, HEAD");
    const std::optional<fs::path> file = resolve_target(root_, req.target());
    if (!file)
        return not_found_reply(req);

    const MimeType& mime = mime_type_for(*file);
    const AcceptedEncodings accepted = parse_accept_encoding(req[http::field::accept_encoding]);

    // 1. Precompressed at build time: brotli first, then gzip.
    if (accepted.br)
        if (auto br = precompressed_sibling(*file, ".br"))
            if (auto reply = file_reply(req, *file, *br, mime, "br"))
                return std::move(*reply);
    if (accepted.gzip)
        if (auto gz = precompressed_sibling(*file, ".gz"))
            if (auto reply = file_reply(req, *file, *gz, mime, "gzip"))
                return std::move(*reply);

    // 2. Gzip on the fly, cached.
    std::error_code ec;
    const std::uintmax_t size = fs::file_size(*file, ec);
    if (!ec && accepted.gzip && mime.compressible && size >= kGzipMinBytes && size <= kGzipMaxFileBytes) {
        const std::string etag = entity_tag(*file, "gzip");
        if (client_has(req, etag))
            return not_modified_reply(req, mime, "gzip", etag);
        if (std::shared_ptr<const std::string> gz = gzip_cache_.get(*file)) {
            if (req.method() == http::verb::head)
                return head_reply(req, mime, "gzip", gz->size(), etag);
            http::response<http::string_body> res{http::status::ok, req.version()};
            set_file_headers(res, req, mime, "gzip", etag);
            res.body() = *gz;  // a copy: simple, and small next to the network cost
            res.prepare_payload();
            return make_reply(std::move(res));
        }
    }

    // 3. As it is.
    if (auto reply = file_reply(req, *file, *file, mime, nullptr))
        return std::move(*reply);
    return not_found_reply(req);
}

}  // namespace skillaid::server
