// Contestant photos (附件5 登记表: "JPG 格式，大小不超过 1M"). The page
// (web/photo.js) reads a picked file, decodes a thumbnail of at most
// kThumbMaxPx with createImageBitmap and hands the file's bytes and the
// thumbnail's RGBA pixels over; the check of the file (JPEG magic bytes and
// size) is made here. The thumbnail is uploaded once as a GL texture and drawn
// with ImGui::Image; the JPEG itself is kept (base64 in the draft body).
#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "imgui.h"
#include "ui/web_platform.h"

namespace skillaid::photo {

inline constexpr size_t kMaxBytes = 1024 * 1024;  // 附件5 备注: 大小不超过 1M
inline constexpr int kThumbMaxPx = web::kPhotoThumbMaxPx;  // longest thumbnail side (web/photo.js kThumbMax)

// "" when `bytes` is an acceptable photo, else the Chinese reason.
std::string check_jpeg(std::span<const uint8_t> bytes);

std::string base64_encode(std::span<const uint8_t> bytes);
bool base64_decode(std::string_view text, std::vector<uint8_t>& out);  // false on a bad character

// What the page handed over for `purpose` (web_platform.h).
using Arrival = web::PhotoArrival;

void pick(const std::string& purpose);                                      // opens the file picker
void decode(const std::string& purpose, const std::vector<uint8_t>& jpeg);  // thumbnail of a stored photo
bool take(const std::string& purpose, Arrival& out);                        // the oldest arrival for purpose

// One GL texture; move-only, deleted with its owner.
class Texture {
public:
    Texture() = default;
    Texture(const Texture&) = delete;
    Texture& operator=(const Texture&) = delete;
    Texture(Texture&& o) noexcept { *this = std::move(o); }
    Texture& operator=(Texture&& o) noexcept;
    ~Texture() { reset(); }
    void upload(const uint8_t* rgba, int width, int height);
    void reset();
    bool empty() const { return id_ == 0; }
    int width() const { return width_; }
    int height() const { return height_; }
    ImTextureID id() const { return static_cast<ImTextureID>(id_); }

private:
    unsigned id_ = 0;
    int width_ = 0, height_ = 0;
};

}  // namespace skillaid::photo
