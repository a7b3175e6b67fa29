#include "server/json_text.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <utility>

namespace skillaid::server {

using nlohmann::json;

namespace {

// The length of the well-formed UTF-8 sequence of a non-ASCII byte at `p`
// (RFC 3629: no overlong forms, no surrogates, at most U+10FFFF), or 0.
std::size_t utf8_length(const char* p, const char* end) {
    const auto byte = [&](std::ptrdiff_t i) { return static_cast<unsigned char>(p[i]); };
    const auto in = [](unsigned char b, unsigned lo, unsigned hi) { return b >= lo && b <= hi; };
    const std::ptrdiff_t left = end - p;
    const unsigned char c = byte(0);
    if (in(c, 0xC2, 0xDF))
        return left >= 2 && in(byte(1), 0x80, 0xBF) ? 2 : 0;
    if (c == 0xE0)
        return left >= 3 && in(byte(1), 0xA0, 0xBF) && in(byte(2), 0x80, 0xBF) ? 3 : 0;
    if (in(c, 0xE1, 0xEC) || in(c, 0xEE, 0xEF))
        return left >= 3 && in(byte(1), 0x80, 0xBF) && in(byte(2), 0x80, 0xBF) ? 3 : 0;
    if (c == 0xED)
        return left >= 3 && in(byte(1), 0x80, 0x9F) && in(byte(2), 0x80, 0xBF) ? 3 : 0;
    if (c == 0xF0)
        return left >= 4 && in(byte(1), 0x90, 0xBF) && in(byte(2), 0x80, 0xBF) && in(byte(3), 0x80, 0xBF) ? 4 : 0;
    if (in(c, 0xF1, 0xF3))
        return left >= 4 && in(byte(1), 0x80, 0xBF) && in(byte(2), 0x80, 0xBF) && in(byte(3), 0x80, 0xBF) ? 4 : 0;
    if (c == 0xF4)
        return left >= 4 && in(byte(1), 0x80, 0x8F) && in(byte(2), 0x80, 0xBF) && in(byte(3), 0x80, 0xBF) ? 4 : 0;
    return 0;
}

class Reader {
public:
    Reader(std::string_view text, int max_depth) : p_(text.data()), begin_(text.data()), end_(text.data() + text.size()), max_depth_(max_depth) {}

    json document() {
        if (end_ - p_ >= 3 && std::string_view(p_, 3) == "\xEF\xBB\xBF")  // a UTF-8 byte order mark, skipped as in nlohmann
            p_ += 3;
        skip_space();
        json value = read_value(0);
        skip_space();
        if (p_ != end_)
            fail("text after the value");
        return value;
    }

private:
    [[noreturn]] void fail(const char* what, JsonReadError::Kind kind = JsonReadError::Kind::syntax) const {
        throw JsonReadError(kind, static_cast<std::size_t>(p_ - begin_) + 1, what);
    }

    void skip_space() {
        while (p_ != end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t'))
            ++p_;
    }

    void expect_word(std::string_view word) {
        if (static_cast<std::size_t>(end_ - p_) < word.size() || std::string_view(p_, word.size()) != word)
            fail("unexpected character");
        p_ += word.size();
    }

    json read_value(int depth) {
        if (p_ == end_)
            fail("unexpected end");
        switch (*p_) {
        case '{': return read_object(depth + 1);
        case '[': return read_array(depth + 1);
        case '"': {
            json s(json::value_t::string);
            read_string(s.get_ref<std::string&>());
            return s;
        }
        case 't': expect_word("true"); return json(true);
        case 'f': expect_word("false"); return json(false);
        case 'n': expect_word("null"); return json(nullptr);
        default: return read_number();
        }
    }

    // At '{' or '[': true for an empty one (`close` follows; read).
    bool opens_empty(char close) {
        ++p_;
        skip_space();
        if (p_ != end_ && *p_ == close) {
            ++p_;
            return true;
        }
        return false;
    }

    // After a member or element: true at `close` (read), false after a ',' (read).
    bool closes(char close) {
        skip_space();
        if (p_ == end_)
            fail("unexpected end");
        if (*p_ == ',') {
            ++p_;
            skip_space();
            return false;
        }
        if (*p_ != close)
            fail(close == '}' ? "expected ',' or '}'" : "expected ',' or ']'");
        ++p_;
        return true;
    }

    json read_object(int depth) {
        if (depth > max_depth_)
            fail("nested too deep", JsonReadError::Kind::too_deep);
        json object(json::value_t::object);
        json::object_t& members = object.get_ref<json::object_t&>();
        if (opens_empty('}'))
            return object;
        std::string key;
        for (;;) {
            if (p_ == end_ || *p_ != '"')
                fail("expected a member name");
            key.clear();
            read_string(key);
            skip_space();
            if (p_ == end_ || *p_ != ':')
                fail("expected ':'");
            ++p_;
            skip_space();
            json value = read_value(depth);
            members.insert_or_assign(std::move(key), std::move(value));  // a later duplicate wins, as in nlohmann
            if (closes('}'))
                return object;
        }
    }

    json read_array(int depth) {
        if (depth > max_depth_)
            fail("nested too deep", JsonReadError::Kind::too_deep);
        json array(json::value_t::array);
        json::array_t& elements = array.get_ref<json::array_t&>();
        if (opens_empty(']'))
            return array;
        for (;;) {
            elements.push_back(read_value(depth));
            if (closes(']'))
                return array;
        }
    }

    static int hex_digit(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    unsigned read_hex4() {
        if (end_ - p_ < 4)
            fail("incomplete \\u escape");
        unsigned v = 0;
        for (int i = 0; i < 4; i++) {
            const int d = hex_digit(p_[i]);
            if (d < 0)
                fail("bad \\u escape");
            v = v * 16 + static_cast<unsigned>(d);
        }
        p_ += 4;
        return v;
    }

    static void append_utf8(std::string& out, unsigned cp) {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }

    // The string at p_ ('"'), unescaped, appended to `out`.
    void read_string(std::string& out) {
        ++p_;  // '"'
        for (;;) {
            // The plain run: printable ASCII, copied at once.
            const char* run = p_;
            while (p_ != end_) {
                const unsigned char c = static_cast<unsigned char>(*p_);
                if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80)
                    break;
                ++p_;
            }
            out.append(run, static_cast<std::size_t>(p_ - run));
            if (p_ == end_)
                fail("unterminated string");
            const unsigned char c = static_cast<unsigned char>(*p_);
            if (c == '"') {
                ++p_;
                return;
            }
            if (c < 0x20)
                fail("control character in a string");
            if (c >= 0x80) {
                const std::size_t n = utf8_length(p_, end_);
                if (n == 0)
                    fail("invalid UTF-8");
                out.append(p_, n);
                p_ += n;
                continue;
            }
            // An escape.
            ++p_;
            if (p_ == end_)
                fail("unterminated string");
            const char e = *p_++;
            switch (e) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                unsigned cp = read_hex4();
                if (cp >= 0xD800 && cp <= 0xDBFF) {  // a high surrogate: its low half must follow
                    if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u')
                        fail("lone surrogate");
                    p_ += 2;
                    const unsigned low = read_hex4();
                    if (low < 0xDC00 || low > 0xDFFF)
                        fail("lone surrogate");
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                    fail("lone surrogate");
                }
                append_utf8(out, cp);
                break;
            }
            default: fail("bad escape");
            }
        }
    }

    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    json read_number() {
        const char* start = p_;
        const auto digits = [&] {
            const char* from = p_;
            while (p_ != end_ && *p_ >= '0' && *p_ <= '9')
                ++p_;
            return p_ != from;
        };
        const bool negative = p_ != end_ && *p_ == '-';
        if (negative)
            ++p_;
        if (p_ == end_)
            fail("unexpected end");
        if (*p_ == '0')
            ++p_;
        else if (!(*p_ >= '1' && *p_ <= '9') || !digits())
            fail("unexpected character");
        bool integer = true;
        if (p_ != end_ && *p_ == '.') {
            ++p_;
            integer = false;
            if (!digits())
                fail("expected a digit after '.'");
        }
        if (p_ != end_ && (*p_ == 'e' || *p_ == 'E')) {
            ++p_;
            integer = false;
            if (p_ != end_ && (*p_ == '+' || *p_ == '-'))
                ++p_;
            if (!digits())
                fail("expected a digit in the exponent");
        }
        if (integer) {
            if (negative) {
                std::int64_t v = 0;
                if (std::from_chars(start, p_, v).ec == std::errc())
                    return json(v);
            } else {
                std::uint64_t v = 0;
                if (std::from_chars(start, p_, v).ec == std::errc())
                    return json(v);
            }
        }
        // A float, or an integer beyond 64 bits (as nlohmann: a double). strtod
        // needs a terminated copy; underflow reads as 0 or a subnormal, as there.
        double d = 0;
        const auto r = std::from_chars(start, p_, d);
        if (r.ec == std::errc::result_out_of_range) {
            const std::string copy(start, p_);
            d = std::strtod(copy.c_str(), nullptr);
        }
        if (!std::isfinite(d))
            fail("number out of range", JsonReadError::Kind::number_out_of_range);
        return json(d);
    }

    const char* p_;
    const char* begin_;
    const char* end_;
    int max_depth_;
};

}  // namespace

json read_json(std::string_view text, int max_depth) {
    return Reader(text, max_depth).document();
}

namespace {

// Whether `s` is well-formed UTF-8.
bool is_utf8(std::string_view s) {
    const char* p = s.data();
    const char* end = p + s.size();
    while (p != end) {
        if (static_cast<unsigned char>(*p) < 0x80) {
            ++p;
            continue;
        }
        const std::size_t n = utf8_length(p, end);
        if (n == 0)
            return false;
        p += n;
    }
    return true;
}

void write_string(std::string& out, const std::string& s) {
    if (!is_utf8(s)) {
        out += json(s).dump();  // throws type_error 316, as j.dump() would
        return;
    }
    out += '"';
    const char* p = s.data();
    const char* end = p + s.size();
    while (p != end) {
        const char* run = p;
        while (p != end && static_cast<unsigned char>(*p) >= 0x20 && *p != '"' && *p != '\\')
            ++p;
        out.append(run, static_cast<std::size_t>(p - run));
        if (p == end)
            break;
        const unsigned char c = static_cast<unsigned char>(*p++);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default: {  // other control characters, as nlohmann: \u00xx in lower case
            static const char* const hex = "0123456789abcdef";
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xF];
        }
        }
    }
    out += '"';
}

template <class Integer>
void append_number(std::string& out, Integer value) {
    std::array<char, 24> buffer;
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    out.append(buffer.data(), static_cast<std::size_t>(result.ptr - buffer.data()));
}

void write_value(std::string& out, const json& j) {
    switch (j.type()) {
    case json::value_t::object: {
        out += '{';
        bool first = true;
        for (const auto& [key, value] : j.get_ref<const json::object_t&>()) {
            if (!first)
                out += ',';
            first = false;
            write_string(out, key);
            out += ':';
            write_value(out, value);
        }
        out += '}';
        return;
    }
    case json::value_t::array: {
        out += '[';
        bool first = true;
        for (const json& element : j.get_ref<const json::array_t&>()) {
            if (!first)
                out += ',';
            first = false;
            write_value(out, element);
        }
        out += ']';
        return;
    }
    case json::value_t::string: write_string(out, j.get_ref<const std::string&>()); return;
    case json::value_t::number_integer: append_number(out, j.get<std::int64_t>()); return;
    case json::value_t::number_unsigned: append_number(out, j.get<std::uint64_t>()); return;
    case json::value_t::boolean: out += j.get<bool>() ? "true" : "false"; return;
    case json::value_t::null: out += "null"; return;
    case json::value_t::number_float: {  // as nlohmann's serializer: shortest round-trip form, null if not finite
        const double x = j.get<double>();
        if (!std::isfinite(x)) {
            out += "null";
            return;
        }
        std::array<char, 64> buffer;
        const char* end = nlohmann::detail::to_chars(buffer.data(), buffer.data() + buffer.size(), x);
        out.append(buffer.data(), static_cast<std::size_t>(end - buffer.data()));
        return;
    }
    default: out += j.dump(); return;  // binary, discarded: what dump() does
    }
}

}  // namespace

std::string write_json(const json& j) {
    std::string out;
    out.reserve(4096);
    write_value(out, j);
    return out;
}

}  // namespace skillaid::server
