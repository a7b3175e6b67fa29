#include "ui/forms/photo.h"

#include <GLES3/gl3.h>

#include <utility>

namespace skillaid::photo {

int new_slot_id() {
    static int last = 0;  // unique for the session: a late arrival never reaches another draft's box
    return ++last;
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
