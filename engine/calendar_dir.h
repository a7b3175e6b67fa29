// Official year files from a folder (the CLI's and the server's
// --calendar-dir): every YYYY.json in it, nothing else. The browser build
// does not use it; its years come from the server (docs/calendar.md).
#pragma once
#include <string>
#include <vector>

namespace skillaid {

// Reads and validates every YYYY.json of `dir` (sorted by year); the year in
// the file must match its name. Throws std::runtime_error naming the file
// (Chinese) when the folder or a file cannot be read or is not a valid year file.
std::vector<std::string> read_calendar_dir(const std::string& dir);

// read_calendar_dir + WorkCalendar::install_year_files; returns the years.
std::vector<int> install_calendar_dir(const std::string& dir);

}  // namespace skillaid
