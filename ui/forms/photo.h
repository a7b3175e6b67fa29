// Contestant photos on the page (附件5 登记表). The page (web/photo.js) reads a
// picked file, decodes a thumbnail of at most kThumbMaxPx with
// createImageBitmap and hands the file's bytes and the thumbnail's RGBA pixels
// over; the file is checked by the model (engine/forms/competition_plan.h
// photo::check_jpeg). The thumbnail is uploaded once as a GL texture and drawn
// with ImGui::Image; the JPEG itself is kept by the model.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "engine/forms/competition_plan.h"
#include "imgui.h"
#include "ui/web_platform.h"

namespace skillaid::photo {

inline constexpr int kThumbMaxPx = web::kPhotoThumbMaxPx;  // longest thumbnail side (web/photo.js kThumbMax)

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

// The view's state of one photo box between frames (not saved): the picker's
// route for arrivals, the thumbnail, why the last picked file was refused.
struct Slot {
    int id = 0;  // session-unique (new_slot_id): routes the file picked for this box
    Texture thumb;
    bool decode_requested = false;  // a stored photo's thumbnail was asked for
    std::string notice;
    std::string purpose() const { return "reg_photo." + std::to_string(id); }
};
int new_slot_id();

}  // namespace skillaid::photo
