#pragma once

// What each fuzz target does with one input: feed it to a parser and check what came out. Shared by
// the libFuzzer targets (fuzz_driver.cpp) and the unit tests that replay the kept reproducers
// (tests/core/test_fuzz_regressions.cpp, tests/hub/test_fuzz_regressions.cpp).
//
// A check that fails prints what it expected and aborts, as a crash of the parser would.

#include <string_view>

namespace balgul::fuzz {

/// JsonDocument: a parsed document re-encoded parses to the same text; tight limits refuse or agree.
void checkJson(std::string_view data);
/// readGeoJsonProblems: every problem is valid, and written back as GeoJSON it reads the same.
void checkGeoJson(std::string_view data);
/// previewSensorBytes over a CSV, detected and through a generic mapping built from its header: rows,
/// lines and values make sense; clean values survive the block encoding.
void checkSensorCsv(std::string_view data);
/// previewSensorBytes over a JSON file (Sensor.Community dump or AirKorea answer), as for CSV.
void checkSensorJson(std::string_view data);
/// readGpxTrackBytes: points sorted, in range; positions between them stay between them.
void checkGpx(std::string_view data);
/// readGreenButtonBytes: errors name the file; readings kept and skipped add up to those read; blocks
/// hold finite, sorted readings of one category and unit within one UTC day; local offsets are the
/// feed's standard or daylight ones.
void checkGreenButton(std::string_view data);
/// readAppleHealthBytes, as for Green Button.
void checkAppleHealth(std::string_view data);
/// The sync protocol decoders: what decodes re-encodes to text that decodes to the same.
void checkSyncProtocol(std::string_view data);
/// The station protocol decoders, as for the sync protocol.
void checkStationProtocol(std::string_view data);
/// parseZone and parseGoals (a pilot's zone as GeoJSON, its goals): every ring read keeps the zone's
/// rules, errors name a field, and what is read written back reads the same.
void checkPilotZone(std::string_view data);
/// readPabulib: errors name the file and a line; a file read tallies under every rule within its
/// budget, selecting only voted projects, and written back reads the same.
void checkPabulib(std::string_view data);
/// The voting texts (docs/voting.md): a ballot's choices (first byte even) read back only from their
/// one canonical text; a round's published answer (odd) read, checked and published again reads
/// back with the same root.
void checkVotingJson(std::string_view data);
/// A MyData consent (core/mydata/consent.h): what decodes is valid and encodes to text that
/// decodes to the same; a refusal names its member.
void checkConsentJson(std::string_view data);
/// A batch of shared MyData rows (core/mydata/share_codec.h): the same round trip.
void checkShareJson(std::string_view data);
/// The Open311 request filters (a raw query string): 400 naming the parameter, or sane filters.
void checkOpen311(std::string_view data);

} // namespace balgul::fuzz

/// Aborts with `what` (a std::string or text) when `condition` is false.
#define BALGUL_FUZZ_CHECK(condition, what)                                                                   \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            ::balgul::fuzz::detail::failed(#condition, (what), __FILE__, __LINE__);                          \
    } while (false)

#include <string>

namespace balgul::fuzz::detail {
[[noreturn]] void failed(const char* condition, const std::string& what, const char* file, int line);
} // namespace balgul::fuzz::detail
