#include "core/io/io_support.h"

#include <charconv>
#include <filesystem>
#include <fstream>

namespace balgul::core {

std::string formatFixed(double value, int decimals)
{
    char buf[64];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed, decimals);
    if (ec != std::errc())
        return "0";
    return std::string(buf, end);
}

std::string formatNumber(double value)
{
    char buf[64];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
    if (ec != std::errc())
        return "?";
    return std::string(buf, end);
}

Status checkInputFile(const std::string& path)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (!fs::exists(status))
        return Error::make("file_not_found", "no such file").at(path);
    if (fs::is_directory(status))
        return Error::make("is_folder", "this is a folder, not a file").at(path);
    if (!fs::is_regular_file(status))
        return Error::make("not_regular_file",
                           "this is not a regular file (a device, a pipe or a socket); name a data file")
            .at(path);
    if (!std::ifstream(path, std::ios::binary))
        return Error::make("read_failed", "the file cannot be opened for reading (check its permissions)")
            .at(path);
    return {};
}

} // namespace balgul::core
