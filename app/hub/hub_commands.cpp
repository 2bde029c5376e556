#include "app/hub/hub_commands.h"

#include "hub/auth/auth.h"
#include "hub/auth/password.h"
#include "hub/auth/user_admin.h"
#include "hub/blobs/blob_collector.h"
#include "hub/http/hub_server.h"
#include "hub/sync/bench_fill.h"
#include "hub/sync/history_mark.h"
#include "hub/sync/postgres_hub_storage.h"

#include "core/util/ids.h"

#include <Poco/Exception.h>

#include <chrono>
#include <csignal>
#include <filesystem>
#include <iostream>
#include <pthread.h>
#include <termios.h>
#include <unistd.h>

namespace balgul::hub::app {

namespace {

const std::vector<std::string> kValueOptions = {
    "config",       "bind",    "port",     "data-dir", "db",     "role",
    "display-name", "ngsi-ld", "problems", "seed",     "author", "mydata-k",
};

bool takesValue(const std::string& word)
{
    for (const auto& name : kValueOptions)
        if (word == "--" + name)
            return true;
    return false;
}

std::string readLine(std::istream& in)
{
    std::string line;
    std::getline(in, line);
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
        line.pop_back();
    return line;
}

/// From stdin when asked (or when stdin is not a terminal), else prompted twice without echo.
std::string readPassword(bool fromStdin)
{
    if (fromStdin || !::isatty(STDIN_FILENO))
        return readLine(std::cin);
    termios saved{};
    ::tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    std::cerr << "Password: " << std::flush;
    const std::string first = readLine(std::cin);
    std::cerr << "\nAgain: " << std::flush;
    const std::string second = readLine(std::cin);
    std::cerr << '\n';
    ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    if (first != second) {
        std::cerr << "balgul-hub: the passwords differ\n";
        return {};
    }
    return first;
}

int fail(const core::Error& e)
{
    std::cerr << "balgul-hub: " << e.toString() << '\n';
    return 1;
}

} // namespace

std::string Options::option(const std::string& name, const std::string& fallback) const
{
    const std::string dashed = "--" + name;
    for (std::size_t i = 0; i < m_words.size(); ++i) {
        if (m_words[i] == dashed && i + 1 < m_words.size())
            return m_words[i + 1];
        if (m_words[i].rfind(dashed + "=", 0) == 0)
            return m_words[i].substr(dashed.size() + 1);
    }
    return fallback;
}

bool Options::has(const std::string& name) const
{
    const std::string dashed = "--" + name;
    for (const auto& w : m_words)
        if (w == dashed || w.rfind(dashed + "=", 0) == 0)
            return true;
    return false;
}

bool Options::flag(const std::string& name) const
{
    for (const auto& w : m_words)
        if (w == "--" + name)
            return true;
    return false;
}

std::vector<std::string> Options::positional() const
{
    std::vector<std::string> out;
    for (std::size_t i = 0; i < m_words.size(); ++i) {
        if (m_words[i].rfind("--", 0) == 0) {
            if (takesValue(m_words[i]))
                ++i;
            continue;
        }
        out.push_back(m_words[i]);
    }
    return out;
}

core::Result<HubConfig> Options::config() const
{
    HubConfig config;
    if (has("config")) {
        auto loaded = loadHubConfig(option("config"));
        if (!loaded)
            return loaded.error();
        config = *loaded;
    }
    if (has("bind"))
        config.bind = option("bind");
    if (has("data-dir"))
        config.dataDir = option("data-dir");
    if (has("db")) {
        if (auto s = checkDatabaseUrl(option("db")); !s)
            return core::Error::make("invalid_field", "--db takes a postgresql://USER@HOST:PORT/DATABASE URL",
                                     "db");
        config.database = option("db");
    }
    if (has("ngsi-ld")) {
        if (auto s = checkNgsiLdUrl(option("ngsi-ld")); !s)
            return core::Error::make("invalid_field", "--ngsi-ld takes an http(s)://HOST:PORT URL",
                                     "ngsi-ld");
        config.ngsiLdUrl = option("ngsi-ld");
    }
    if (has("mydata-k")) {
        auto k = parseMydataK(option("mydata-k"));
        if (!k)
            return core::Error::make("invalid_field", "--mydata-k " + k.error().message, "mydata-k");
        config.mydataK = *k;
    }
    if (has("port")) {
        const std::string text = option("port");
        try {
            std::size_t used = 0;
            const int port = std::stoi(text, &used);
            if (used != text.size() || port < 0 || port > 65535)
                throw std::out_of_range("port");
            config.port = port;
        } catch (const std::exception&) {
            return core::Error::make("invalid_field", "--port takes a number from 0 to 65535", "port");
        }
    }
    return config;
}

int runServe(const HubConfig& config)
{
    // Every thread inherits this mask, so the signals reach only the sigwait below.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    if (config.passwordIterations < kDefaultPasswordIterations)
        std::cerr << "balgul-hub: warning: password_iterations is below " << kDefaultPasswordIterations
                  << "; use that only for tests\n";
    std::unique_ptr<HubServer> server;
    try {
        server = std::make_unique<HubServer>(config);
        server->start();
    } catch (const Poco::Exception& e) {
        std::cerr << "balgul-hub: cannot listen on " << config.bind << ":" << config.port << ": "
                  << e.displayText() << '\n';
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "balgul-hub: " << e.what() << '\n';
        return 1;
    }
    std::cout << "listening on " << config.bind << ":" << server->port() << std::endl;

    int received = 0;
    sigwait(&signals, &received);
    std::cerr << "balgul-hub: " << (received == SIGINT ? "SIGINT" : "SIGTERM")
              << ": finishing requests in flight\n";
    server->shutdown();
    std::cerr << "balgul-hub: stopped\n";
    return 0;
}

namespace {

std::unique_ptr<HubStorage> openForAdministration(const HubConfig& config)
{
    try {
        std::error_code ec;
        std::filesystem::create_directories(config.dataDir, ec);
        auto storage = openHubStorage(config);
        if (const std::string note = storage->openNote(); !note.empty())
            std::cerr << "balgul-hub: " << note << '\n';
        return storage;
    } catch (const StorageError& e) {
        std::cerr << "balgul-hub: " << e.what() << '\n';
        return nullptr;
    }
}

} // namespace

int runInvite(const HubConfig& config, const Options& options)
{
    const auto words = options.positional();
    if (words.empty()) {
        std::cerr << "balgul-hub: invite create|list|revoke\n";
        return 2;
    }
    const std::string& action = words[0];
    if (action != "create" && action != "list" && action != "revoke") {
        std::cerr << "balgul-hub: unknown invite action " << action << '\n';
        return 2;
    }
    auto storage = openForAdministration(config);
    if (!storage)
        return 1;
    if (action == "create") {
        const auto role = roleFromString(options.option("role", "citizen"));
        if (!role || *role == Role::Admin) {
            std::cerr << "balgul-hub: --role takes citizen or coordinator\n";
            return 2;
        }
        int uses = 0;
        int days = 0;
        try {
            uses = std::stoi(options.option("uses", "1"));
            days = std::stoi(options.option("days", "14"));
        } catch (const std::exception&) {
            std::cerr << "balgul-hub: --uses and --days take whole numbers\n";
            return 2;
        }
        auto made = makeInvite(*role, uses, std::chrono::hours(24) * days, options.option("note"));
        if (!made)
            return fail(made.error());
        storage->addInvite(made->invite);
        std::cout << made->code << '\n';
        std::cerr << "balgul-hub: invite " << made->invite.id << " for a " << toString(*role) << ", " << uses
                  << (uses == 1 ? " use" : " uses") << ", until " << core::toIso8601(made->invite.expires)
                  << '\n';
        return 0;
    }
    if (action == "list") {
        const auto now = core::now();
        for (const auto& i : storage->invites()) {
            const char* state = i.usesLeft <= 0    ? "used up or revoked"
                                : i.expires <= now ? "expired"
                                                   : "live";
            std::cout << i.id << '\t' << toString(i.role) << '\t' << i.usesLeft << '\t'
                      << core::toIso8601(i.expires) << '\t' << state << '\t' << i.note << '\n';
        }
        return 0;
    }
    if (words.size() < 2) {
        std::cerr << "balgul-hub: invite revoke ID\n";
        return 2;
    }
    if (!storage->revokeInvite(words[1])) {
        std::cerr << "balgul-hub: no invite " << words[1] << '\n';
        return 1;
    }
    return 0;
}

int runEpoch(const HubConfig& config, const Options& options)
{
    const auto words = options.positional();
    if (words.size() != 1 || (words[0] != "rotate" && words[0] != "show")) {
        std::cerr << "balgul-hub: epoch rotate|show\n";
        return 2;
    }
    auto storage = openForAdministration(config);
    if (!storage)
        return 1;
    try {
        if (words[0] == "rotate") {
            // Clients that see the new epoch pull everything again and send what the hub may have
            // lost since the seq it begins at (sync-protocol.md "Epochs and cursors").
            const auto history = storage->takeNewEpoch({});
            HistoryMark(config.historyMarkPath()).advance(history.epoch, history.lastSeq);
            std::cout << history.epoch << '\n';
            std::cerr << "balgul-hub: new epoch " << history.epoch << " from seq " << history.lastSeq << '\n';
            return 0;
        }
        const auto history = storage->history();
        std::cout << "epoch\t" << history.epoch << "\nlast_seq\t" << history.lastSeq << '\n';
        for (const auto& e : history.epochs)
            std::cout << "began\t" << e.epoch << '\t' << e.seq << '\n';
        return 0;
    } catch (const StorageError& e) {
        std::cerr << "balgul-hub: " << e.what() << '\n';
        return 1;
    }
}

int runUser(const HubConfig& config, const Options& options)
{
    const auto words = options.positional();
    if (words.empty()) {
        std::cerr << "balgul-hub: user add|passwd|role|disable|enable|list\n";
        return 2;
    }
    auto storage = openForAdministration(config);
    if (!storage)
        return 1;
    const std::string& action = words[0];
    if (action == "list") {
        for (const auto& u : storage->users())
            std::cout << u.login << '\t' << toString(u.role) << '\t' << u.displayName << '\t' << u.id
                      << (u.inviteId.empty() ? "" : "\tinvite " + u.inviteId)
                      << (storage->isUserDisabled(u.id) ? "\tdisabled" : "") << '\n';
        return 0;
    }
    if (words.size() < 2) {
        std::cerr << "balgul-hub: user " << action << " needs a LOGIN\n";
        return 2;
    }
    const std::string& login = words[1];
    if (action == "add") {
        const auto role = roleFromString(options.option("role", "citizen"));
        if (!role) {
            std::cerr << "balgul-hub: --role takes citizen, coordinator or admin\n";
            return 2;
        }
        const std::string password = readPassword(options.flag("password-stdin"));
        auto user = addUser(*storage, login, *role, password, options.option("display-name"),
                            config.passwordIterations);
        if (!user)
            return fail(user.error());
        // A sentence an operator can read back; the id stays last on the line for scripts.
        std::cout << "added the " << toString(user->role) << " account \"" << user->login << "\""
                  << (user->displayName.empty() ? std::string() : " (" + user->displayName + ")") << ", id "
                  << user->id << '\n';
        return 0;
    }
    if (action == "passwd") {
        const std::string password = readPassword(options.flag("password-stdin"));
        auto ended = setPassword(*storage, login, password, config.passwordIterations);
        if (!ended)
            return fail(ended.error());
        std::cerr << "balgul-hub: the password of " << login << " is changed; " << *ended
                  << (*ended == 1 ? " session" : " sessions") << " signed out\n";
        return 0;
    }
    if (action == "role") {
        const auto role = words.size() > 2 ? roleFromString(words[2]) : std::nullopt;
        if (!role) {
            std::cerr << "balgul-hub: user role LOGIN citizen|coordinator|admin\n";
            return 2;
        }
        if (auto s = setRole(*storage, login, *role); !s)
            return fail(s.error());
        return 0;
    }
    if (action == "disable" || action == "enable") {
        const bool disable = action == "disable";
        if (auto s = setDisabled(*storage, login, disable); !s)
            return fail(s.error());
        std::cerr << "balgul-hub: " << login
                  << (disable ? " is disabled and signed out everywhere\n" : " may sign in again\n");
        return 0;
    }
    std::cerr << "balgul-hub: unknown user action " << action << '\n';
    return 2;
}

int runBlobs(const HubConfig& config, const Options& options)
{
    const auto words = options.positional();
    if (words.size() != 1 || words[0] != "gc") {
        std::cerr << "balgul-hub: blobs gc\n";
        return 2;
    }
    auto storage = openForAdministration(config);
    if (!storage)
        return 1;
    try {
        const BlobStore blobs(config.blobDir());
        const auto done = collectBlobs(*storage, blobs, std::chrono::hours(config.blobGraceHours));
        std::cout << done.summary() << '\n';
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "balgul-hub: " << e.what() << '\n';
        return 1;
    }
}

int runBenchFill(const HubConfig& config, const Options& options)
{
    std::size_t count = 0;
    std::uint64_t seed = 1;
    try {
        count = static_cast<std::size_t>(std::stoull(options.option("problems", "0")));
        seed = std::stoull(options.option("seed", "1"));
    } catch (const std::exception&) {
        count = 0;
    }
    if (count == 0 || count > 100'000'000) {
        std::cerr << "balgul-hub: bench-fill --problems N (1 to 100,000,000) [--seed S] [--author LOGIN]\n";
        return 2;
    }
    auto storage = openForAdministration(config);
    if (!storage)
        return 1;
    try {
        const std::string login = options.option("author", "bench-author");
        auto author = storage->userByLogin(login);
        if (!author) {
            // An author no one signs in as: its password is random and never shown.
            auto made = addUser(*storage, login, Role::Citizen, core::newUuid() + core::newUuid(), {},
                                config.passwordIterations);
            if (!made)
                return fail(made.error());
            author = *made;
        }
        const auto start = std::chrono::steady_clock::now();
        fillDemoProblems(*storage, *author, count, seed);
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        const auto head = storage->head();
        HistoryMark(config.historyMarkPath()).advance(head.epoch, head.lastSeq);
        std::cout << count << " problems in " << seconds << " s; last seq " << head.lastSeq << '\n';
        return 0;
    } catch (const StorageError& e) {
        std::cerr << "balgul-hub: " << e.what() << '\n';
        return 1;
    }
}

} // namespace balgul::hub::app
