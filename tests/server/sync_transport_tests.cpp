// Transport of the sync client (issue 5): gzip request bodies (inflated with a
// limit: 413; other codings: 415; broken gzip: 400) and CORS for the origin
// named by --allow-origin (none without it). Runs on both stores (sync_harness.h).
#include "tests/server/sync_harness.h"

#include <boost/test/unit_test.hpp>
#include <zlib.h>

using namespace skillaid::test;
using boost::beast::http::verb;
using nlohmann::json;

namespace {

std::string gzip(const std::string& in) {
    z_stream zs{};
    BOOST_REQUIRE(deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) == Z_OK);
    std::string out(deflateBound(&zs, static_cast<uLong>(in.size())) + 32, '\0');
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    zs.avail_in = static_cast<uInt>(in.size());
    zs.next_out = reinterpret_cast<Bytef*>(out.data());
    zs.avail_out = static_cast<uInt>(out.size());
    BOOST_REQUIRE(deflate(&zs, Z_FINISH) == Z_STREAM_END);
    out.resize(zs.total_out);
    deflateEnd(&zs);
    return out;
}

Headers with(Headers h, const std::string& name, const std::string& value) {
    h.emplace_back(name, value);
    return h;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(sync_transport)

BOOST_AUTO_TEST_CASE(a_gzip_submission_is_stored_like_a_plain_one) {
    SyncEnv env;
    env.add_staff(kUsccA, "甲公司", "alice");
    const std::string token = login(env.port, "alice");
    const json body = submission_body(env.port, kUsccA, "朝阳区", 30);
    const std::string key = new_uuid();
    const Headers h = with(with(bearer(token), "Idempotency-Key", key), "Content-Encoding", "gzip");

    const Response first = http_request(env.port, verb::post, "/api/v1/submissions", h, gzip(body.dump()));
    BOOST_TEST(first.status == 201u);
    BOOST_TEST(first.json()["total_fen"] == 3600000);
    // The same body without compression is the same submission (a replay).
    const Response plain = submit(env.port, token, key, body);
    BOOST_TEST(plain.status == 200u);
    BOOST_TEST(plain.json()["receipt"] == first.json()["receipt"]);
    BOOST_TEST(plain.json()["replayed"] == true);
    // Upper case coding name, and the estimate endpoint too.
    const Response est = http_request(env.port, verb::post, "/api/v1/estimate", {{"Content-Encoding", "GZIP"}},
                                      gzip(body["scenario"].dump()));
    BOOST_TEST(est.status == 200u);
    BOOST_TEST(est.json()["total_fen"] == 3600000);
}

BOOST_AUTO_TEST_CASE(an_oversized_inflated_body_is_413_and_other_codings_415) {
    SyncEnv env;
    env.add_staff(kUsccA, "甲公司", "alice");
    const std::string token = login(env.port, "alice");
    const Headers h = with(with(bearer(token), "Idempotency-Key", new_uuid()), "Content-Encoding", "gzip");

    // 5 MiB of spaces inside a JSON string: a few KiB compressed, over the 4 MiB limit inflated.
    const std::string bomb = "{\"form\":\"" + std::string(5u << 20, ' ') + "\"}";
    const std::string packed = gzip(bomb);
    BOOST_TEST(packed.size() < (64u << 10));
    const Response big = http_request(env.port, verb::post, "/api/v1/submissions", h, packed);
    BOOST_TEST(big.status == 413u);
    BOOST_TEST(big.json()["error"]["code"] == "body_too_large");

    const Response broken = http_request(env.port, verb::post, "/api/v1/submissions", h, "not gzip at all");
    BOOST_TEST(broken.status == 400u);
    BOOST_TEST(broken.json()["error"]["code"] == "invalid_gzip");
    const Response truncated =
        http_request(env.port, verb::post, "/api/v1/submissions", h, packed.substr(0, packed.size() / 2));
    BOOST_TEST(truncated.status == 400u);

    const Response br = http_request(env.port, verb::post, "/api/v1/submissions",
                                     with(with(bearer(token), "Idempotency-Key", new_uuid()), "Content-Encoding", "br"),
                                     "{}");
    BOOST_TEST(br.status == 415u);
    BOOST_TEST(br.json()["error"]["code"] == "unsupported_encoding");
    // Nothing was stored.
    const Response list = http_request(env.port, verb::get, "/api/v1/submissions", bearer(token));
    BOOST_TEST(list.json()["items"].empty());
}

BOOST_AUTO_TEST_CASE(cors_only_for_the_allowed_origin) {
    SyncEnv env;
    const std::string origin = "https://app.example.cn";
    const Headers from_allowed = {{"Origin", origin}};

    // Without --allow-origin: no CORS headers, no preflight.
    const Response plain = http_request(env.port, verb::get, "/api/v1/health", from_allowed);
    BOOST_TEST(plain.status == 200u);
    BOOST_TEST(plain.header("access-control-allow-origin") == "");
    const Response no_preflight = http_request(env.port, verb::options, "/api/v1/submissions", from_allowed);
    BOOST_TEST(no_preflight.status == 405u);

    unsigned short port = 0;
    auto server = env.start_server({"--allow-origin", origin}, &port);
    const Response preflight = http_request(
        port, verb::options, "/api/v1/submissions",
        {{"Origin", origin}, {"Access-Control-Request-Method", "POST"},
         {"Access-Control-Request-Headers", "authorization, content-encoding, idempotency-key"}});
    BOOST_TEST(preflight.status == 204u);
    BOOST_TEST(preflight.header("access-control-allow-origin") == origin);
    BOOST_TEST(preflight.header("access-control-allow-methods").find("POST") != std::string::npos);
    const std::string allowed = preflight.header("access-control-allow-headers");
    for (const char* h : {"Authorization", "Content-Encoding", "Idempotency-Key"})
        BOOST_TEST(allowed.find(h) != std::string::npos, h);

    const Response health = http_request(port, verb::get, "/api/v1/health", from_allowed);
    BOOST_TEST(health.header("access-control-allow-origin") == origin);
    const Response refused = http_request(port, verb::post, "/api/v1/login", from_allowed, "{}");
    BOOST_TEST(refused.status == 400u);
    BOOST_TEST(refused.header("access-control-allow-origin") == origin, "errors carry it too");

    // Another origin, or none: nothing.
    const Response other = http_request(port, verb::get, "/api/v1/health", {{"Origin", "https://evil.example"}});
    BOOST_TEST(other.header("access-control-allow-origin") == "");
    BOOST_TEST(http_request(port, verb::options, "/api/v1/health", {{"Origin", "https://evil.example"}}).status == 405u);
    BOOST_TEST(http_request(port, verb::get, "/api/v1/health").header("access-control-allow-origin") == "");
    // Static files never get it.
    BOOST_TEST(http_request(port, verb::get, "/", from_allowed).header("access-control-allow-origin") == "");
}

BOOST_AUTO_TEST_CASE(allow_origin_must_be_an_origin) {
    TempDir dir;
    ServerProcess bad({"--port", "0", "--data-dir", (dir.path() / "d").string(), "--allow-origin", "https://x.cn/path"},
                      dir.path());
    BOOST_TEST(bad.wait_exit() == 2);
}

BOOST_AUTO_TEST_SUITE_END()
