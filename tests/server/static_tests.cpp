// Static files: MIME types, compression, traversal, HEAD, errors, keep-alive.
#include "tests/server/harness.h"

#include <boost/test/unit_test.hpp>

#include <filesystem>

using namespace skillaid::test;
using boost::beast::http::verb;

BOOST_AUTO_TEST_SUITE(static_files)

BOOST_AUTO_TEST_CASE(root_serves_index_html_with_headers) {
    RunningServer server;
    const Response r = http_request(server.port, verb::get, "/");
    BOOST_TEST(r.status == 200u);
    BOOST_TEST(r.header("content-type") == "text/html; charset=utf-8");
    BOOST_TEST(r.body == server.files["index.html"]);
    BOOST_TEST(r.header("x-content-type-options") == "nosniff");
    BOOST_TEST(r.header("cache-control") == "no-cache");
    BOOST_TEST(r.header("content-encoding") == "");
}

BOOST_AUTO_TEST_CASE(mime_types) {
    RunningServer server;
    const std::pair<const char*, const char*> expected[] = {
        {"/app.wasm", "application/wasm"},
        {"/app.js", "text/javascript; charset=utf-8"},
        {"/style.css", "text/css; charset=utf-8"},
        {"/fonts/NotoSansSC.ttf", "font/ttf"},
        {"/logo.png", "image/png"},
        {"/index.html", "text/html; charset=utf-8"},
    };
    for (const auto& [target, type] : expected) {
        const Response r = http_request(server.port, verb::get, target);
        BOOST_TEST_CONTEXT(target) {
            BOOST_TEST(r.status == 200u);
            BOOST_TEST(r.header("content-type") == type);
        }
    }
}

BOOST_AUTO_TEST_CASE(gzip_on_the_fly_when_accepted) {
    RunningServer server;
    for (int round = 0; round < 2; round++) {  // the second answer comes from the cache
        const Response r = http_request(server.port, verb::get, "/app.js", {{"Accept-Encoding", "gzip, deflate"}});
        BOOST_TEST(r.status == 200u);
        BOOST_TEST(r.header("content-encoding") == "gzip");
        BOOST_TEST(r.header("vary") == "Accept-Encoding");
        BOOST_TEST(r.header("content-type") == "text/javascript; charset=utf-8");
        BOOST_TEST(r.body.size() < server.files["app.js"].size());
        BOOST_TEST(gunzip(r.body) == server.files["app.js"]);
    }
}

BOOST_AUTO_TEST_CASE(gzip_follows_a_changed_file) {
    RunningServer server;
    const Headers gzip = {{"Accept-Encoding", "gzip"}};
    BOOST_TEST(gunzip(http_request(server.port, verb::get, "/style.css", gzip).body) == server.files["style.css"]);
    const std::string changed = server.files["style.css"] + "p { color: red; }\n";
    write_file(server.web_root / "style.css", changed);
    std::filesystem::last_write_time(server.web_root / "style.css",
                                     std::filesystem::file_time_type::clock::now() + std::chrono::seconds(2));
    BOOST_TEST(gunzip(http_request(server.port, verb::get, "/style.css", gzip).body) == changed);
}

BOOST_AUTO_TEST_CASE(precompressed_brotli_when_accepted_and_present) {
    RunningServer server;
    const Response r = http_request(server.port, verb::get, "/app.wasm", {{"Accept-Encoding", "gzip, deflate, br"}});
    BOOST_TEST(r.status == 200u);
    BOOST_TEST(r.header("content-encoding") == "br");
    BOOST_TEST(r.header("content-type") == "application/wasm");
    BOOST_TEST(r.header("vary") == "Accept-Encoding");
    BOOST_TEST(r.body == read_file(server.web_root / "app.wasm.br"));
}

// `brotli -o` gives FILE.br its source's modification time cut to whole
// seconds, so the copy looks a fraction of a second older than FILE. It is
// still FILE's compressed form and must be served (the wasm, the JS, the fonts).
static void write_like_brotli(const std::filesystem::path& file, const std::string& compressed) {
    namespace fs = std::filesystem;
    const auto whole_second = std::chrono::floor<std::chrono::seconds>(fs::file_time_type::clock::now());
    fs::last_write_time(file, whole_second + std::chrono::milliseconds(500));
    fs::path br = file;
    br += ".br";
    write_file(br, compressed);
    fs::last_write_time(br, whole_second);
}

BOOST_AUTO_TEST_CASE(brotli_copy_stamped_to_the_second_is_served) {
    RunningServer server;
    for (const char* name : {"app.wasm", "app.js", "fonts/NotoSansSC.ttf"}) {
        write_like_brotli(server.web_root / name, std::string("BROTLI-") + name);
        BOOST_TEST_CONTEXT(name) {
            const Response br = http_request(server.port, verb::get, std::string("/") + name,
                                             {{"Accept-Encoding", "gzip, deflate, br"}});
            BOOST_TEST(br.status == 200u);
            BOOST_TEST(br.header("content-encoding") == "br");
            BOOST_TEST(br.header("vary") == "Accept-Encoding");
            BOOST_TEST(br.body == std::string("BROTLI-") + name);
            const Response gz = http_request(server.port, verb::get, std::string("/") + name, {{"Accept-Encoding", "gzip"}});
            BOOST_TEST(gz.header("content-encoding") == "gzip");
            BOOST_TEST(gz.header("vary") == "Accept-Encoding");
            BOOST_TEST(gunzip(gz.body) == server.files[name]);
        }
    }
}

// tools/web-manifest.py's twins (NAME.HASH.EXT) never change: kept a year; the rest is revalidated.
BOOST_AUTO_TEST_CASE(content_hashed_names_are_cached_for_a_year_the_rest_revalidated) {
    RunningServer server;
    const std::string hashed[] = {"app.0123456789.js", "app.abcdef0123.wasm", "fonts/NotoSansSC.9f8e7d6c5b.ttf"};
    for (const std::string& name : hashed)
        write_file(server.web_root / name, "content of " + name);
    for (const std::string& name : hashed) {
        BOOST_TEST_CONTEXT(name) {
            const Response r = http_request(server.port, verb::get, "/" + name);
            BOOST_TEST(r.status == 200u);
            BOOST_TEST(r.header("cache-control") == "public, max-age=31536000, immutable");
            const Response br = http_request(server.port, verb::get, "/" + name, {{"Accept-Encoding", "br, gzip"}});
            BOOST_TEST(br.header("cache-control") == "public, max-age=31536000, immutable");
        }
    }
    // Entry points and plain names; a hash of another length or with other letters is not a twin.
    write_file(server.web_root / "app.0123456789abcdef.js", "x");
    write_file(server.web_root / "app.012345678g.js", "x");
    for (const char* target : {"/", "/index.html", "/sw.js", "/app.js", "/app.0123456789abcdef.js", "/app.012345678g.js"})
        BOOST_TEST_CONTEXT(target) {
            BOOST_TEST(http_request(server.port, verb::get, target).header("cache-control") == "no-cache");
        }
}

BOOST_AUTO_TEST_CASE(brotli_copy_of_an_older_file_is_not_served) {
    namespace fs = std::filesystem;
    RunningServer server;
    const fs::path js = server.web_root / "app.js";
    write_file(server.web_root / "app.js.br", "BROTLI-OF-AN-OLD-APP-JS");
    fs::last_write_time(server.web_root / "app.js.br", fs::last_write_time(js) - std::chrono::seconds(5));
    const Response r = http_request(server.port, verb::get, "/app.js", {{"Accept-Encoding", "br"}});
    BOOST_TEST(r.status == 200u);
    BOOST_TEST(r.header("content-encoding") == "");
    BOOST_TEST(r.body == server.files["app.js"]);
}

BOOST_AUTO_TEST_CASE(gzip_instead_of_brotli_when_br_not_accepted) {
    RunningServer server;
    const Response r = http_request(server.port, verb::get, "/app.wasm", {{"Accept-Encoding", "gzip"}});
    BOOST_TEST(r.header("content-encoding") == "gzip");
    BOOST_TEST(r.header("content-type") == "application/wasm");
    BOOST_TEST(gunzip(r.body) == server.files["app.wasm"]);
}

BOOST_AUTO_TEST_CASE(no_encoding_when_not_accepted) {
    RunningServer server;
    const Headers cases[] = {{}, {{"Accept-Encoding", "identity"}}, {{"Accept-Encoding", "gzip;q=0, br;q=0.0"}}};
    for (const Headers& headers : cases) {
        for (const char* target : {"/app.js", "/app.wasm"}) {
            const Response r = http_request(server.port, verb::get, target, headers);
            BOOST_TEST_CONTEXT(target << " " << (headers.empty() ? "(no Accept-Encoding)" : headers[0].second)) {
                BOOST_TEST(r.status == 200u);
                BOOST_TEST(r.header("content-encoding") == "");
                BOOST_TEST(r.body == server.files[target + 1]);
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(etag_revalidation_answers_304_per_representation) {
    RunningServer server;
    const Headers br = {{"Accept-Encoding", "br"}};
    const Response first = http_request(server.port, verb::get, "/app.wasm", br);
    const Response plain = http_request(server.port, verb::get, "/app.wasm");
    BOOST_TEST(first.status == 200u);
    BOOST_TEST(!first.header("etag").empty());
    BOOST_TEST(first.header("etag") != plain.header("etag"), "br and identity bytes have different tags");

    Headers again = br;
    again.push_back({"If-None-Match", first.header("etag")});
    const Response second = http_request(server.port, verb::get, "/app.wasm", again);
    BOOST_TEST(second.status == 304u);
    BOOST_TEST(second.body.empty());
    BOOST_TEST(second.header("etag") == first.header("etag"));

    // A tag of another representation does not match: full answer.
    const Response other = http_request(server.port, verb::get, "/app.wasm",
                                        {{"Accept-Encoding", "br"}, {"If-None-Match", plain.header("etag")}});
    BOOST_TEST(other.status == 200u);

    // A changed file gets a new tag, so an old tag no longer matches.
    write_file(server.web_root / "app.wasm", server.files["app.wasm"] + std::string("\x01", 1));
    std::filesystem::last_write_time(server.web_root / "app.wasm",
                                     std::filesystem::file_time_type::clock::now() + std::chrono::seconds(2));
    const Response changed = http_request(server.port, verb::get, "/app.wasm",
                                          {{"If-None-Match", plain.header("etag")}});
    BOOST_TEST(changed.status == 200u);
    BOOST_TEST(changed.header("etag") != plain.header("etag"));
}

BOOST_AUTO_TEST_CASE(head_has_length_and_no_body) {
    RunningServer server;
    Client client(server.port);
    const Response plain = client.request(verb::head, "/app.js");
    BOOST_TEST(plain.status == 200u);
    BOOST_TEST(plain.header("content-length") == std::to_string(server.files["app.js"].size()));
    BOOST_TEST(plain.body.empty());
    const Response gz = client.request(verb::head, "/app.js", {{"Accept-Encoding", "gzip"}});
    BOOST_TEST(gz.header("content-encoding") == "gzip");
    BOOST_TEST(std::stoul(gz.header("content-length")) < server.files["app.js"].size());
    BOOST_TEST(gz.body.empty());
    // The connection is still usable: HEAD sent no body to confuse it.
    BOOST_TEST(client.request(verb::get, "/").body == server.files["index.html"]);
}

BOOST_AUTO_TEST_CASE(path_traversal_refused) {
    RunningServer server;
    std::filesystem::create_symlink(server.dir.path() / "secret.txt", server.web_root / "link.txt");
    const char* targets[] = {
        "/../secret.txt",          "/%2e%2e/secret.txt",     "/%2E%2E%2Fsecret.txt", "/..%2fsecret.txt",
        "/fonts/../../secret.txt", "/fonts/%2e%2e/%2e%2e/secret.txt", "/../etc/passwd",   "/%2e%2e/%2e%2e/etc/passwd",
        "/..\\secret.txt",        "/link.txt",              "/.%2e/secret.txt",     "/index.html%00.png",
        "/%zz",
    };
    for (const char* target : targets) {
        const Response r = http_request(server.port, verb::get, target);
        BOOST_TEST_CONTEXT(target) {
            BOOST_TEST(r.status == 404u);
            BOOST_TEST(r.body.find(RunningServer::kSecret) == std::string::npos);
            BOOST_TEST(r.body.find("root:") == std::string::npos);
            BOOST_TEST(r.json()["error"]["code"] == "not_found");
        }
    }
}

BOOST_AUTO_TEST_CASE(missing_file_is_404_json) {
    RunningServer server;
    const Response r = http_request(server.port, verb::get, "/missing.js?v=1");
    BOOST_TEST(r.status == 404u);
    BOOST_TEST(r.header("content-type") == "application/json; charset=utf-8");
    const auto body = r.json();
    BOOST_TEST(body["error"]["code"] == "not_found");
    BOOST_TEST(body["error"]["message"].get<std::string>().find("/missing.js") != std::string::npos);
    BOOST_TEST(body["error"].contains("path"));
}

BOOST_AUTO_TEST_CASE(other_methods_are_405) {
    RunningServer server;
    for (verb method : {verb::post, verb::put, verb::delete_}) {
        const Response r = http_request(server.port, method, "/index.html", {}, "x");
        BOOST_TEST(r.status == 405u);
        BOOST_TEST(r.header("allow") == "GET, HEAD");
        BOOST_TEST(r.json()["error"]["code"] == "method_not_allowed");
    }
}

BOOST_AUTO_TEST_CASE(keep_alive_serves_several_requests_on_one_connection) {
    RunningServer server;
    Client client(server.port);
    for (const char* target : {"/", "/app.js", "/missing", "/api/v1/health", "/sw.js"}) {
        const Response r = client.request(verb::get, target);
        BOOST_TEST_CONTEXT(target) {
            BOOST_TEST((r.status == 200u || r.status == 404u));
            BOOST_TEST(r.header("connection") != "close");
        }
    }
    BOOST_TEST(client.request(verb::get, "/sw.js").header("cache-control") == "no-cache");
}

// Browser security headers (docs/server.md): the page, plain-named files,
// the service worker, API answers and errors carry them all; a content-hashed
// script, wasm or font the page loads carries those that act on a
// subresource (nosniff, no referrer), not the document headers it would run
// under the page's instead; a page or SVG carries them whatever its name.
BOOST_AUTO_TEST_CASE(security_headers_on_every_response) {
    RunningServer server;
    write_file(server.web_root / "print.0123456789.html", "<!doctype html><p>x</p>");
    write_file(server.web_root / "logo.0123456789.svg", "<svg xmlns='http://www.w3.org/2000/svg'/>");
    write_file(server.web_root / "app.0123456789.js", "x");
    write_file(server.web_root / "app.0123456789.wasm", "x");
    for (const char* target : {"/", "/index.html", "/app.js", "/sw.js", "/api/v1/health", "/missing.js",
                               "/print.0123456789.html", "/logo.0123456789.svg"}) {
        const Response r = http_request(server.port, verb::get, target);
        BOOST_TEST_CONTEXT(target) {
            const std::string csp = r.header("content-security-policy");
            BOOST_TEST(csp.find("frame-ancestors 'none'") != std::string::npos, csp);
            BOOST_TEST(csp.find("unsafe-inline") == std::string::npos, csp);
            BOOST_TEST(csp.find("'unsafe-eval'") == std::string::npos, csp);
            BOOST_TEST(r.header("x-frame-options") == "DENY");
            BOOST_TEST(r.header("referrer-policy") == "no-referrer");
            BOOST_TEST(r.header("x-content-type-options") == "nosniff");
            const std::string permissions = r.header("permissions-policy");
            for (const char* feature : {"camera=()", "microphone=()", "geolocation=()"})
                BOOST_TEST(permissions.find(feature) != std::string::npos, permissions);
        }
    }
    for (const char* target : {"/app.0123456789.js", "/app.0123456789.wasm"}) {
        const Response r = http_request(server.port, verb::get, target);
        BOOST_TEST_CONTEXT(target) {
            BOOST_TEST(r.status == 200u);
            BOOST_TEST(r.header("x-content-type-options") == "nosniff");
            BOOST_TEST(r.header("referrer-policy") == "no-referrer");
            BOOST_TEST(r.header("content-security-policy").empty());
            BOOST_TEST(r.header("x-frame-options").empty());
            BOOST_TEST(r.header("permissions-policy").empty());
        }
    }
    // The app's own files get the policy the page runs under.
    for (const char* target : {"/", "/app.js"}) {
        const std::string csp = http_request(server.port, verb::get, target).header("content-security-policy");
        BOOST_TEST_CONTEXT(target) {
            for (const char* directive : {"default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'",
                                          "connect-src 'self'", "base-uri 'none'", "form-action 'self'",
                                          "object-src 'none'"})
                BOOST_TEST(csp.find(directive) != std::string::npos, directive << " in " << csp);
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
