#pragma once

// A real balgul-hub child process for the hub benchmarks (`bench sync`, `bench first-sync`).

#include <Poco/Process.h>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace balgul::cli {

/// balgul-hub: `given`, else next to this program (installed), else in the build tree.
std::string findHubBinary(const std::string& given);

/// A balgul-hub on 127.0.0.1, port 0, with its data in `dataDir` (or PostgreSQL at `database`),
/// fast password hashing and open registration.
class BenchHub
{
public:
    BenchHub(std::string binary, std::string dataDir, std::string database);
    ~BenchHub() { stop(); }
    BenchHub(const BenchHub&) = delete;
    BenchHub& operator=(const BenchHub&) = delete;

    bool start(std::size_t threads);
    /// SIGTERM and wait; the hub's exit code.
    int stop();
    /// `balgul-hub bench-fill --problems N` on the stopped hub's store; false when it failed.
    bool fill(std::size_t problems, std::uint64_t seed);

    /// The CPU time the hub process has used so far (user and system, from /proc), in seconds;
    /// nullopt where that cannot be read.
    std::optional<double> cpuSeconds() const;

    std::string url() const { return "http://127.0.0.1:" + std::to_string(m_port); }
    int port() const { return m_port; }
    /// `balgul-hub user add LOGIN --role ROLE` on the running hub's store (password as
    /// makeBenchUser()'s); false when it failed.
    bool addUser(const std::string& login, const std::string& role);

private:
    /// Writes the config file; its path.
    std::string writeConfig(std::size_t threads) const;

    std::string m_binary;
    std::string m_dataDir;
    std::string m_database;
    std::optional<Poco::ProcessHandle> m_handle;
    int m_port = 0;
};

/// The p-th percentile (0..100) of `values`, nearest rank; 0 when empty.
double percentile(std::vector<double> values, double p);

/// Registers and logs in a user; the token ("" on failure).
std::string makeBenchUser(const std::string& url, const std::string& login);
/// Logs in a user made with BenchHub::addUser(); the token ("" on failure).
std::string loginBenchUser(const std::string& url, const std::string& login);

} // namespace balgul::cli
