// balgul-hub: the city hub daemon and its user administration.

#include "app/hub/hub_commands.h"

#include <iostream>
#include <string>
#include <vector>

namespace {

const char* kUsage = R"(usage: balgul-hub COMMAND [options]

Commands:
  serve                         run the hub until SIGTERM or SIGINT
  user add LOGIN --role citizen|coordinator|admin [--password-stdin] [--display-name NAME]
  user passwd LOGIN [--password-stdin]
                                also signs the account out everywhere
  user role LOGIN ROLE
  user disable LOGIN            the account cannot sign in; its sessions end
  user enable LOGIN
  user list
  invite create [--role citizen|coordinator] [--uses N] [--days D] [--note TEXT]
                                print a new invite code (shown once)
  invite list
  invite revoke ID
  epoch rotate                  take a new epoch: clients pull everything again and send what the
                                hub lost (after restoring a backup; see operating-the-hub.md)
  epoch show                    the current epoch, the last seq and the epochs before
  blobs gc                      remove blobs no entity references (older than blob_grace_hours)
                                and unfinished uploads now

Options:
  --config FILE     read settings from FILE (key = value lines)
  --bind ADDRESS    listen address (default 127.0.0.1)
  --port N          listen port (default 8470; 0 picks a free one)
  --data-dir DIR    where hub.sqlite and blobs/ live
  --db URL          keep the hub's data in PostgreSQL (postgresql://USER@HOST:PORT/DATABASE)
                    instead of DIR/hub.sqlite; blobs stay in DIR/blobs
  --ngsi-ld URL     forward shared station observations to this NGSI-LD broker
  --mydata-k N      release a MyData aggregate only where at least N residents contribute
                    (default 5; at least 3)
  --help            this text
)";

} // namespace

int main(int argc, char** argv)
{
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args.front() == "--help" || args.front() == "-h") {
        std::cout << kUsage;
        return args.empty() ? 2 : 0;
    }
    balgul::hub::app::Options options(std::vector<std::string>(args.begin() + 1, args.end()));
    auto config = options.config();
    if (!config) {
        std::cerr << "balgul-hub: " << config.error().toString() << '\n';
        return 2;
    }
    if (args.front() == "serve")
        return balgul::hub::app::runServe(*config);
    if (args.front() == "epoch")
        return balgul::hub::app::runEpoch(*config, options);
    if (args.front() == "user")
        return balgul::hub::app::runUser(*config, options);
    if (args.front() == "invite")
        return balgul::hub::app::runInvite(*config, options);
    if (args.front() == "blobs")
        return balgul::hub::app::runBlobs(*config, options);
    if (args.front() == "bench-fill")
        return balgul::hub::app::runBenchFill(*config, options);
    std::cerr << "balgul-hub: unknown command " << args.front() << "\n\n" << kUsage;
    return 2;
}
