#include "core/sync/credentials.h"

#include <filesystem>
#include <fstream>

#include <sys/stat.h>

namespace balgul::core::sync {

namespace fs = std::filesystem;

std::string tokenPathFor(const std::string& storePath)
{
    const fs::path parent = fs::path(storePath).parent_path();
    return (parent.empty() ? fs::path("hub-token") : parent / "hub-token").string();
}

Status writeToken(const std::string& path, const std::string& token)
{
    std::error_code ec;
    if (const fs::path parent = fs::path(path).parent_path(); !parent.empty())
        fs::create_directories(parent, ec);
    const std::string temporary = path + ".part";
    {
        // Created 0600 before any byte is written.
        const mode_t old = ::umask(077);
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        ::umask(old);
        out << token << '\n';
        out.flush();
        if (!out)
            return Error::make("write_failed", "cannot write the token file").at(temporary);
    }
    fs::permissions(temporary, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace, ec);
    fs::rename(temporary, path, ec);
    if (ec)
        return Error::make("write_failed", "cannot write the token file: " + ec.message()).at(path);
    return {};
}

std::string readToken(const std::string& path)
{
    std::ifstream in(path);
    std::string token;
    std::getline(in, token);
    if (!token.empty() && token.back() == '\r')
        token.pop_back();
    return token;
}

Status removeToken(const std::string& path)
{
    std::error_code ec;
    fs::remove(path, ec);
    if (ec)
        return Error::make("write_failed", "cannot remove the token file: " + ec.message()).at(path);
    return {};
}

} // namespace balgul::core::sync
