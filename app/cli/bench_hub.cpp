#include "app/cli/bench_hub.h"

#include "core/sync/hub_client.h"
#include "core/sync/protocol.h"

#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <vector>

#include <unistd.h>

namespace balgul::cli {

namespace fs = std::filesystem;

std::string findHubBinary(const std::string& given)
{
    if (!given.empty())
        return given;
    std::error_code ec;
    const fs::path self = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        for (const fs::path& candidate :
             {self.parent_path() / "balgul-hub", self.parent_path() / ".." / "hub" / "balgul-hub"})
            if (fs::exists(candidate, ec))
                return candidate.lexically_normal().string();
    }
    return "balgul-hub";
}

BenchHub::BenchHub(std::string binary, std::string dataDir, std::string database)
    : m_binary(std::move(binary)), m_dataDir(std::move(dataDir)), m_database(std::move(database))
{}

std::string BenchHub::writeConfig(std::size_t threads) const
{
    const std::string config = m_dataDir + "/hub.conf";
    std::ofstream out(config);
    out << "password_iterations = 1000\nopen_registration = true\naccess_log = \n"
        << "login_attempts_per_address = 100000\nmax_queued = 4096\nmax_connections_per_address = "
           "0\nmax_threads = "
        << threads << "\n";
    return config;
}

bool BenchHub::start(std::size_t threads)
{
    std::vector<std::string> args{"serve",  "--config", writeConfig(threads), "--data-dir", m_dataDir,
                                  "--port", "0"};
    if (!m_database.empty()) {
        args.push_back("--db");
        args.push_back(m_database);
    }
    Poco::Pipe outPipe;
    try {
        m_handle.emplace(Poco::Process::launch(m_binary, args, nullptr, &outPipe, nullptr));
    } catch (const Poco::Exception& e) {
        std::fprintf(stderr, "balgul-cli: cannot start %s: %s\n", m_binary.c_str(), e.displayText().c_str());
        return false;
    }
    Poco::PipeInputStream in(outPipe);
    std::string line;
    std::getline(in, line);
    const std::string prefix = "listening on 127.0.0.1:";
    if (line.rfind(prefix, 0) != 0) {
        std::fprintf(stderr, "balgul-cli: the hub did not start (%s)\n", line.c_str());
        stop();
        return false;
    }
    m_port = std::stoi(line.substr(prefix.size()));
    return true;
}

int BenchHub::stop()
{
    if (!m_handle)
        return 0;
    Poco::Process::requestTermination(m_handle->id());
    const int code = m_handle->wait();
    m_handle.reset();
    return code;
}

std::optional<double> BenchHub::cpuSeconds() const
{
    if (!m_handle)
        return std::nullopt;
    std::ifstream in("/proc/" + std::to_string(m_handle->id()) + "/stat");
    std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    // After the command's name in parentheses: state (3rd field) ... utime (14th), stime (15th).
    const auto close = stat.rfind(')');
    if (close == std::string::npos)
        return std::nullopt;
    std::istringstream fields(stat.substr(close + 1));
    std::string skipped;
    for (int field = 3; field < 14; ++field)
        fields >> skipped;
    unsigned long long user = 0, system = 0;
    if (!(fields >> user >> system))
        return std::nullopt;
    return static_cast<double>(user + system) / static_cast<double>(sysconf(_SC_CLK_TCK));
}

bool BenchHub::fill(std::size_t problems, std::uint64_t seed)
{
    std::vector<std::string> args{"bench-fill",   "--problems",         std::to_string(problems),
                                  "--seed",       std::to_string(seed), "--config",
                                  writeConfig(8), "--data-dir",         m_dataDir};
    if (!m_database.empty()) {
        args.push_back("--db");
        args.push_back(m_database);
    }
    try {
        Poco::ProcessHandle handle = Poco::Process::launch(m_binary, args);
        return handle.wait() == 0;
    } catch (const Poco::Exception& e) {
        std::fprintf(stderr, "balgul-cli: cannot run %s: %s\n", m_binary.c_str(), e.displayText().c_str());
        return false;
    }
}

bool BenchHub::addUser(const std::string& login, const std::string& role)
{
    std::vector<std::string> args{
        "user",     "add",          login,        "--role", role, "--password-stdin",
        "--config", writeConfig(8), "--data-dir", m_dataDir};
    if (!m_database.empty()) {
        args.push_back("--db");
        args.push_back(m_database);
    }
    try {
        Poco::Pipe inPipe;
        Poco::ProcessHandle handle = Poco::Process::launch(m_binary, args, &inPipe, nullptr, nullptr);
        Poco::PipeOutputStream in(inPipe);
        in << "bench password 1\n";
        in.close();
        return handle.wait() == 0;
    } catch (const Poco::Exception& e) {
        std::fprintf(stderr, "balgul-cli: cannot run %s: %s\n", m_binary.c_str(), e.displayText().c_str());
        return false;
    }
}

std::string loginBenchUser(const std::string& url, const std::string& login)
{
    core::sync::HubClient client(core::sync::HubEndpoint{url, "", false, 60});
    auto answer = client.send("POST", "/v1/auth/login",
                              R"({"login":")" + login + R"(","password":"bench password 1"})");
    if (!answer || answer->status != 200)
        return {};
    auto body = core::sync::parseObject(answer->body);
    return body && (*body)->has("token") ? (*body)->getValue<std::string>("token") : std::string();
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(p / 100.0 * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

std::string makeBenchUser(const std::string& url, const std::string& login)
{
    core::sync::HubClient client(core::sync::HubEndpoint{url, "", false, 60});
    const std::string credentials = R"({"login":")" + login + R"(","password":"bench password 1"})";
    auto made = client.send("POST", "/v1/auth/register", credentials);
    if (!made || made->status != 201)
        return {};
    auto answer = client.send("POST", "/v1/auth/login", credentials);
    if (!answer || answer->status != 200)
        return {};
    auto body = core::sync::parseObject(answer->body);
    return body && (*body)->has("token") ? (*body)->getValue<std::string>("token") : std::string();
}

} // namespace balgul::cli
