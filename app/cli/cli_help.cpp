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
     R"(usage: balgul-cli [--data-dir DIR | --store FILE] demo [--count N] [--seed S] [--sensor-days D] [--share]

Adds N realistic demo problems around Daejeon (0 to 10,000,000; default 500), made from seed S
(a whole number; default 1), and D days (0 to 366; default 0) of three residents' fine-dust stations.
Demo problems stay in this profile; with --share they are this profile's resident's new reports,
queued for the hub like any others (`balgul-cli sync` sends them).
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
       balgul-cli [--data-dir DIR | --store FILE] problem merge DUP KEEP --note TEXT
       balgul-cli [--data-dir DIR | --store FILE] problem unmerge MERGE_ID

status: moves the problem ID to STATUS (confirmed, in_progress, resolved or fixed, closed, reopened)
with a note saying what was done or decided. Closing needs --reason: duplicate, out_of_remit,
not_reproducible or referred. A coordinator makes any allowed change (never back to new); the
problem's author may reopen it once it is resolved or closed, the note saying why; nobody else may.
The change is queued for the hub; `balgul-cli sync` sends it, and the hub decides again.
history: the problem's status changes, newest first.
merge: marks the problem DUP as a duplicate of KEEP (coordinators only): DUP is closed as a
duplicate with the note, its comments and supports move to KEEP (a resident who supported both
counts once), and DUP leaves the map and the list. It prints the merge's id. One change is queued
for the hub, which may still refuse it (another coordinator merged DUP first): the next sync then
puts DUP back as the hub has it.
unmerge: undoes a merge: DUP gets back its status, comments and supports. A merge never sent is
simply forgotten; otherwise the undo is queued for the hub.
)"},
    {"pilot",
     R"(usage: balgul-cli [--data-dir DIR | --store FILE] pilot create --title T --problems ID[,ID…]
                    --zone FILE.geojson --start YYYY-MM-DD --end YYYY-MM-DD --goal GOAL [--goal GOAL…]
                    [--cost KRW] [--description TEXT] [--hypothesis TEXT]
       balgul-cli … pilot list
       balgul-cli … pilot show ID [--format json]
       balgul-cli … pilot edit ID [the options of create]
       balgul-cli … pilot zone-import ID FILE.geojson
       balgul-cli … pilot phase ID PHASE [--note TEXT]
       balgul-cli … pilot evaluate ID [--format json] [--before FROM:TO]
       balgul-cli … pilot join ID | leave ID
       balgul-cli … pilot feedback ID --text TEXT [--rating 1-5]

A pilot tries a solution to one or more problems in one zone of the city for at most six months
(the end at most six calendar months after the start), with measurable goals. Coordinators make
and change pilots; everyone reads them.
create: the zone is a GeoJSON Polygon or MultiPolygon, a Feature or a FeatureCollection of them
(every polygon becomes part of the zone; an outline may not cross itself). A goal is
QUANTITY:STATISTIC:DIRECTION:PERCENT[:CATEGORY]: pm25, pm10, noise or temperature with mean_24h or
daily_mean, or problem_count with count_per_week and a category; decrease or increase; a target
change in percent. Example: --goal pm25:mean_24h:decrease:10
phase: proposed -> voting, selected or rejected; voting -> selected, rejected or proposed;
selected -> running or rejected; running -> evaluated.
evaluate: per goal with a sensor quantity, the zone's stations before the pilot (an equal span
before its start, or --before FROM:TO) and during it, against the stations outside the zone: a
difference in differences of daily means with a 95 % interval, or "not enough data" and why.
join, leave: residents test a pilot that is not yet evaluated or rejected; a tester writes dated
feedback, with a rating from 1 to 5 if they like.
Every change is queued for the hub; `balgul-cli sync` sends it, and the hub decides again.
)"},
    {"stats", R"(usage: balgul-cli [--data-dir DIR | --store FILE] stats

Counts the problems, comments, supports, photos and waiting sync ops, by category and status. The
store is only read.
)"},
    {"bench",
     R"(usage: balgul-cli [--store FILE] bench store [--problems N] [--queries Q] [--seed S] [--export DIR]
                                       [--onto M] [--baseline B] [--baseline-onto]
       balgul-cli bench import-geojson [--features N] [--dir D [--reuse]] [--keep] [--no-ogr2ogr]
       balgul-cli bench sync [--ops N] [--clients K] [--seconds S] [--period-ms MS] [--client-ops N]
                             [--db postgresql://...] [--hub-bin PATH]
       balgul-cli bench import [--rows N] [--dir D] [--keep]
       balgul-cli bench first-sync [--problems N] [--seed S] [--db postgresql://...] [--hub-bin PATH]
                                   [--no-ogr2ogr] [--quiet]
       balgul-cli bench tally [--file FILE.pb]
       balgul-cli bench ballots [--residents N] [--threads T] [--db postgresql://...] [--hub-bin PATH]

Benchmarks of the store (bulk writes, map clustering and search), a GeoJSON import and a new
member's first sync (each beside ogr2ogr loading the same problems into a GeoPackage), the hub and
the sensor import, the voting rules (on the largest Pabulib file of ../shared/data/pabulib
or FILE.pb, and on 100,000 synthetic approval ballots) and a hub taking N residents' ballots at
once; see tests/bench/README.md.
)"},
    {"round",
     R"(usage: balgul-cli [--data-dir DIR | --store FILE] round list [--format json]
       balgul-cli … round show ROUND
       balgul-cli … round create --title T --pilots ID[,ID…] --budget KRW (--days N | --closes TIME)
                    [--type choose-1|approval|cumulative|budget-approval]
                    [--rule greedy|greedy-no-skip|greedy-threshold|equal-shares] [--min-score N]
                    [--min M] [--max K] [--points P] [--points-per-project p] [--opens TIME|now]
                    [--invite INVITE-ID | --accounts ACCOUNT-ID[,…]]   (who may vote; default: everyone)
       balgul-cli … round close ROUND
       balgul-cli … round vote ROUND (--choose C[,C…] | --points C=N[,C=N…])
       balgul-cli … round results ROUND [--format json] [--hub URL]
       balgul-cli … round verify ROUND [--hub URL]
       balgul-cli … round import-pabulib FILE.pb
       balgul-cli … round export-pabulib ROUND [--output FILE.pb]

Voting rounds on pilots (docs/voting.md). ROUND is a round's id or a unique beginning of it; a
candidate C is its number in `round show` (1, 2…) or its pilot id.

create: a coordinator opens a round on pilots in the voting phase; the hub fixes their costs and
decides opening and closing by its clock. close: closes an open round now. Both take effect on the
hub at the next sync.
vote: casts your ballot, or replaces it (the latest counts), checked against the round's rules; it
is kept here with its receipt and a secret that never leaves this computer, and counts once the hub
accepts it at the next sync. A refused ballot says why in `round show`.
results: a closed round's published results: per project its score, cost, whether it was selected
and why, and what every other rule would have selected.
verify: reads the hub's public answer for the round (no sign-in needed) and recomputes its Merkle
root and its tally from the published ballots; with your profile, also finds your ballot's receipt
in the list with the choices you cast. Exit code 1 when anything does not hold. This does not show
that every listed ballot came from a distinct resident, and it is not coercion-resistant.
import-pabulib: a Pabulib election as a closed round kept in this profile only, to study it.
export-pabulib: a closed round's anonymous ballots as a .pb file, to publish the vote as open data.
)"},
    {"tally",
     R"(usage: balgul-cli tally FILE.pb [--rule greedy|greedy-no-skip|greedy-threshold|equal-shares]
                        [--format json|text]

Counts a participatory budgeting election in Pabulib's .pb format (pabulib.org) under the rule its
META names, or under --rule, and prints one JSON object (rule, vote_type, budget, voters, selected,
cost, and per project its score, cost, whether it was selected and why) or, with --format text, a
table in the rule's order.

  greedy            by score, skipping what no longer fits
  greedy-no-skip    by score, stopping at the first project that does not fit
  greedy-threshold  greedy among projects with at least META's min_project_score_threshold
  equal-shares      Method of Equal Shares, cost utilities, "add 1" completion (Pabulib's
                    equalshares/add1)

Equal scores go to the lower cost, then the earlier project. A file that cannot be read is named
with its line and field, and the exit code is 1.
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
    {"station", R"(usage: balgul-cli [--data-dir DIR] station share DEVICE [--mode hourly|raw]
                 [--precision exact|100m|500m|1km] [--batch N]
       balgul-cli station unshare DEVICE
       balgul-cli station list [--bbox minLon,minLat,maxLon,maxLat]
       balgul-cli station subscribe STATION-ID
       balgul-cli station pull
       balgul-cli station devices

Shares a sensor device's readings on the hub (hourly means or raw), lists the hub's stations, and
follows others' as local devices. `station devices` lists the local ids.

  --precision P   how precisely the station's place is published: the centre of its cell in a fixed
                  grid of 100 m, 500 m or 1 km, or exact. Default: the precision chosen last time,
                  else 500m. Sharing again at another precision moves the station to the new cell;
                  going coarser makes the hub erase the finer place.
)"},
    {"mydata",
     R"(usage: balgul-cli [--data-dir DIR] mydata create [--passphrase-stdin] [--memory-mib M --passes T --lanes P]
       balgul-cli mydata unlock-test | passwd | strengthen [--memory-mib M --passes T] [--passphrase-stdin]
       balgul-cli mydata import FILE --format greenbutton|gpx|health|csv [--preset NAME] [--json]
       balgul-cli mydata list
       balgul-cli mydata consent give --purpose TEXT --purpose-category TERM --categories a,b
                  [--recipient hub|lab|pilot [--pilot ID] [--recipient-name NAME]] [--aggregate daily]
                  [--grid 1km] [--retention-days N] [--expires DATE] [--withdrawal TEXT]
       balgul-cli mydata consent list
       balgul-cli mydata preview CONSENT [--json] [--home LAT,LON]
       balgul-cli mydata share CONSENT [--batch N] [--home LAT,LON]
       balgul-cli mydata withdraw CONSENT
       balgul-cli mydata receipt CONSENT [--kantara]
The same under the names of their things: balgul-cli vault init | unlock-check | passwd | strengthen,
balgul-cli consent give … | list | withdraw CONSENT | receipt CONSENT [--kantara],
balgul-cli share preview CONSENT … | send CONSENT ….

A resident's own records (household electricity and gas, GPX tracks, steps, heart rate, walking
distance) in an encrypted vault, and what of them may leave this computer (docs/mydata.md).
Commands that read or write records ask for the vault's passphrase on standard input (one line;
--passphrase-stdin reads it from a pipe without asking). A passphrase is never an argument.

create: makes the vault; its Argon2id costs are calibrated to about half a second here unless given.
A forgotten passphrase cannot be recovered. unlock-test: checks the passphrase and that every record
authenticates. passwd: the current passphrase, then the new one. strengthen: wraps the key under
higher costs (calibrated, or as given).
import: reads a Green Button feed, a GPX file, an Apple Health export.xml or a CSV (with a preset,
or the one its columns fit) into the vault and prints the report: what was read, kept and skipped,
each reason with its lines. list: the categories held, their blocks, readings and periods.
consent give: agrees to share CATEGORIES with the hub, its living lab or a pilot, for a purpose
(a DPV term: ResearchAndDevelopment, NonCommercialResearch, AcademicResearch, PublicBenefit,
ImprovePublicServices, ServiceProvision), summed or averaged per hour, day or month (--aggregate;
daily by default), places as cells of --grid (250m, 500m, 1km), kept --retention-days by the
recipient (365 by default) and ending at --expires (a year by default). The hub registers it; its
Kantara consent receipt is kept. CONSENT below is a consent's id or a unique beginning of it.
preview: exactly the rows `share` would send, and their count per category; --json prints them.
share: sends them in batches; a batch whose answer is lost is sent again under its id and counted once.
withdraw: the hub erases every row of the consent and signs a receipt of the erasure, which is
verified against the hub's key (pinned in the profile the first time) and kept.
receipt: the erasure receipt, verified again; --kantara: the consent receipt.
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
