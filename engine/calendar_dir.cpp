#include "engine/calendar_dir.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "engine/calendar.h"

namespace skillaid {

namespace fs = std::filesystem;

static bool is_year_file_name(const std::string& name) {
    return name.size() == 9 && name.substr(4) == ".json" &&
           std::all_of(name.begin(), name.begin() + 4, [](char c) { return c >= '0' && c <= '9'; });
}

std::vector<std::string> read_calendar_dir(const std::string& dir) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) throw std::runtime_error("日历目录“" + dir + "”不存在或不是目录");
    std::vector<fs::path> paths;
    for (const fs::directory_entry& entry : fs::directory_iterator(dir, ec))
        if (entry.is_regular_file() && is_year_file_name(entry.path().filename().string())) paths.push_back(entry.path());
    if (ec) throw std::runtime_error("无法读取日历目录“" + dir + "”：" + ec.message());
    std::sort(paths.begin(), paths.end());
    std::vector<std::string> texts;
    for (const fs::path& path : paths) {
        std::ifstream in(path, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        if (!in) throw std::runtime_error("无法读取日历文件“" + path.string() + "”");
        int year = 0;
        try {
            year = validate_year_file(text.str());
        } catch (const std::runtime_error& e) {
            throw std::runtime_error(path.string() + "：" + e.what());
        }
        if (std::to_string(year) + ".json" != path.filename().string())
            throw std::runtime_error(path.string() + "：文件名与其中的 \"year\": " + std::to_string(year) + " 不符");
        texts.push_back(text.str());
    }
    return texts;
}

std::vector<int> install_calendar_dir(const std::string& dir) {
    return WorkCalendar::install_year_files(read_calendar_dir(dir));
}

}  // namespace skillaid
