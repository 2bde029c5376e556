#pragma once

#include <string>

namespace balgul::core {

/// The platform data folder for Balgul ($XDG_DATA_HOME/balgul, else ~/.local/share/balgul).
std::string defaultDataDir();
/// The store file of a profile folder (`<dir>/balgul.sqlite`); an empty dir means the default.
std::string profileStorePath(const std::string& dataDir);

} // namespace balgul::core
