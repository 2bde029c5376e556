#include "core/store/profile.h"

#include <cstdlib>
#include <filesystem>

namespace balgul::core {

std::string defaultDataDir()
{
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        return (std::filesystem::path(xdg) / "balgul").string();
    if (const char* home = std::getenv("HOME"); home && *home)
        return (std::filesystem::path(home) / ".local/share/balgul").string();
    return (std::filesystem::temp_directory_path() / "balgul").string();
}

std::string profileStorePath(const std::string& dataDir)
{
    const std::filesystem::path dir(dataDir.empty() ? defaultDataDir() : dataDir);
    return (dir / "balgul.sqlite").string();
}

} // namespace balgul::core
