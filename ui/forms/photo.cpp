#include "ui/forms/photo.h"

#include <GLES3/gl3.h>

#include <algorithm>
#include <string>
#include <utility>

#include "ui/forms/form_parts.h"
#include "ui/strings.h"

namespace skillaid::photo {

constexpr uint8_t kJpegMagic[] = {0xFF, 0xD8, 0xFF};
constexpr double kBytesPerMb = 1024.0 * 1024.0;
constexpr char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

std::string check_jpeg(std::span<const uint8_t> bytes) {
    if (bytes.size() > kMaxBytes) return parts::printf_text(text::reg_photo_too_big_format, static_cast<double>(bytes.size()) / kBytesPerMb);
    if (bytes.size() < sizeof kJpegMagic || !std::equal(std::begin(kJpegMagic), std::end(kJpegMagic), bytes.begin()))
        return text::reg_photo_not_jpeg;
    return "";
}

std::string base64_encode(std::span<const uint8_t> in) {
    std::string out;
    out.reserve((in.size() + 2) / 3 * 4);
    for (size_t i = 0; i < in.size(); i += 3) {
        uint32_t n = static_cast<uint32_t>(in[i]) << 16;
        if (i + 1 < in.size()) n |= static_cast<uint32_t>(in[i + 1]) << 8;
        if (i + 2 < in.size()) n |= in[i + 2];
        out += kBase64[(n >> 18) & 63];
        out += kBase64[(n >> 12) & 63];
        out += i + 1 < in.size() ? kBase64[(n >> 6) & 63] : '=';
        out += i + 2 < in.size() ? kBase64[n & 63] : '=';
    }
    return out;
}

bool base64_decode(std::string_view text, std::vector<uint8_t>& out) {
    out.clear();
    out.reserve(text.size() / 4 * 3);
    uint32_t acc = 0;
    int bits = 0;
    for (char c : text) {
        if (c == '=') break;
        const char* at = std::char_traits<char>::find(kBase64, 64, c);
        if (!at) return false;
        acc = (acc << 6) | static_cast<uint32_t>(at - kBase64);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<uint8_t>((acc >> bits) & 0xFF));
        }
    }
    return true;
}

void pick(const std::string& purpose) { web::photo_pick(purpose); }

void decode(const std::string& purpose, const std::vector<uint8_t>& jpeg) { web::photo_decode(purpose, jpeg); }

bool take(const std::string& purpose, Arrival& out) { return web::take_photo(purpose, out); }

Texture& Texture::operator=(Texture&& o) noexcept {
    if (this != &o) {
        reset();
        std::swap(id_, o.id_);
        std::swap(width_, o.width_);
        std::swap(height_, o.height_);
    }
    return *this;
}

void Texture::upload(const uint8_t* rgba, int width, int height) {
    reset();
    GLuint id = 0;
    glGenTextures(1, &id);
    glBindTexture(GL_TEXTURE_2D, id);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, rgba);
    glBindTexture(GL_TEXTURE_2D, 0);
    id_ = id;
    width_ = width;
    height_ = height;
}

void Texture::reset() {
    if (id_) {
        GLuint id = id_;
        glDeleteTextures(1, &id);
    }
    id_ = 0;
    width_ = height_ = 0;
}

}  // namespace skillaid::photo
