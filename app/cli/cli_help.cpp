// The help texts of balgul-cli: the general one and one per command (`balgul-cli COMMAND --help`).

#include "app/cli/commands.h"

namespace balgul::cli {

namespace {

struct CommandHelp
{
    std::string_view command;
    const char* text;
};

constexpr CommandHelp kHelp[] = {
    {"demo",
     R"(usage: balgul-cli [--data-dir DIR | --store FILE] demo [--count N] [--seed S] [--sensor-days D]

Adds N realistic demo problems around Daejeon (0 to 10,000,000; default 500), made from seed S
(a whole number; default 1), and D days (0 to 366; default 0) of three residents' fine-dust stations.
)"},
    {"export",
     R"(usage: balgul-cli [--data-dir DIR | --store FILE] export --format geojson|csv [--output FILE]

Writes every problem as GeoJSON or as CSV for spreadsheets, to FILE (written whole or not at all) or
to standard output. The store is only read.
)"},
    {"import", R"(usage: balgul-cli [--data-dir DIR | --store FILE] import [--format geojson] FILE

Imports the problems of a GeoJSON FeatureCollection of points, all or nothing: a bad feature is
named with its line and field and nothing changes.
)"},
    {"triage", R"(usage: balgul-cli [--data-dir DIR | --store FILE] triage [--limit N]

The triage queue: problems that are new or reopened, and open ones (confirmed, in progress) with at
least three supports, oldest first, after a line of counts. Each line says why the problem is there,
when it was filed, its supports, its status, its id and its title. Run `balgul-cli sync` first to
see the hub's latest.
)"},
    {"problem",
     R"(usage: balgul-cli [--data-dir DIR | --store FILE] problem status ID STATUS --note TEXT [--reason R]
       balgul-cli [--data-dir DIR | --store FILE] problem history ID

status: moves the problem ID to STATUS (confirmed, in_progress, resolved or fixed, closed, reopened)
with a note saying what was done or decided. Closing needs --reason: duplicate, out_of_remit,
not_reproducible or referred. A coordinator makes any allowed change (never back to new); the
problem's author may reopen it once it is resolved or closed, the note saying why; nobody else may.
The change is queued for the hub; `balgul-cli sync` sends it, and the hub decides again.
history: the problem's status changes, newest first.
)"},
    {"stats", R"(usage: balgul-cli [--data-dir DIR | --store FILE] stats

Counts the problems, comments, supports, photos and waiting sync ops, by category and status. The
store is only read.
)"},
    {"bench",
     R"(usage: balgul-cli [--store FILE] bench store [--problems N] [--queries Q] [--seed S] [--export DIR]
                                       [--onto M] [--baseline B] [--baseline-onto]
       balgul-cli bench import-geojson [--features N] [--dir D] [--keep] [--no-ogr2ogr]
       balgul-cli bench sync [--ops N] [--clients K] [--seconds S] [--period-ms MS] [--client-ops N]
                             [--db postgresql://...] [--hub-bin PATH]
       balgul-cli bench import [--rows N] [--dir D] [--keep]
       balgul-cli bench first-sync [--problems N] [--seed S] [--db postgresql://...] [--hub-bin PATH]
                                   [--no-ogr2ogr] [--quiet]

Benchmarks of the store (bulk writes, map clustering and search), a GeoJSON import and a new
member's first sync (each beside ogr2ogr loading the same problems into a GeoPackage), the hub and
the sensor import; see tests/bench/README.md.
)"},
    {"login",
     R"(usage: balgul-cli [--data-dir DIR] login --hub URL --user LOGIN [--invite CODE] [--display-name NAME]
                  [--password-stdin] [--insecure]

Signs in to a city hub (with an invite code: makes the account first). The password is read from
standard input with --password-stdin, otherwise asked for.
)"},
    {"sync", R"(usage: balgul-cli [--data-dir DIR] sync [--hub URL] [--batch N] [--insecure]

Pushes the local changes (N ops a request at most) and pulls everyone else's.
)"},
    {"import-sensor",
     R"(usage: balgul-cli [--data-dir DIR] import-sensor FILE [--format auto|sensor-community|purpleair|
           airgradient|atmotube|sensor-community-json|airkorea|generic] [--preview] [--json]
           [--mapping FILE.json | --preset NAME] [--save-preset NAME] [--tz ZONE]
           [--gpx TRACK.gpx [--max-gap SECONDS]] [--lat DEG --lon DEG] [--name NAME]

Imports a sensor file (CSV or JSON, UTF-8 or CP949) in one transaction and reports rows read,
imported, flagged and skipped with their reasons; --preview shows the detected format and the first
rows without importing.

  --format F        the file's format (default: detected from the header)
  --mapping M.json  read any other CSV through a column mapping; --save-preset NAME keeps it
  --preset NAME     use a column mapping saved before
  --tz ZONE         the zone of times written without one ("Asia/Seoul", "+09:00"): Atmotube files and
                    column mappings; formats whose times carry or define their zone refuse it
  --gpx TRACK.gpx   a mobile sensor: readings take their places from the track, within
                    --max-gap SECONDS (0 to 86400; default 120) of a track point
  --lat D --lon D   a stationary device's place when the file gives none
  --name NAME       a name for the device
  --json            the report as JSON
)"},
    {"station", R"(usage: balgul-cli [--data-dir DIR] station share DEVICE [--mode hourly|raw] [--batch N]
       balgul-cli station unshare DEVICE
       balgul-cli station list [--bbox minLon,minLat,maxLon,maxLat]
       balgul-cli station subscribe STATION-ID
       balgul-cli station pull
       balgul-cli station devices

Shares a sensor device's readings on the hub (hourly means or raw), lists the hub's stations, and
follows others' as local devices. `station devices` lists the local ids.
)"},
};

} // namespace

const char* commandHelp(std::string_view command)
{
    for (const CommandHelp& help : kHelp)
        if (help.command == command)
            return help.text;
    return nullptr;
}

} // namespace balgul::cli
