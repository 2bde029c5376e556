#pragma once

// A pilot as the hub protocol carries it (docs/sync-protocol.md "Pilots"), and a zone as GeoJSON:
// the one reading and writing of both, for the client store, the CLI, the app and the hub.

#include "core/pilots/pilot_rules.h"
#include "core/util/result.h"

#include <Poco/JSON/Object.h>

#include <string>
#include <string_view>
#include <vector>

namespace balgul::core::pilots {

/// The longest zone text the protocol carries (a push's strings are at most 64 KiB).
inline constexpr std::size_t kZoneTextMaxBytes = 60'000;
/// The most problems one pilot is made from, and the most goals it has.
inline constexpr std::size_t kPilotMaxProblems = 50;
inline constexpr std::size_t kPilotMaxGoals = 20;

/// The zone as a GeoJSON MultiPolygon geometry (RFC 7946: [longitude, latitude], each ring closed
/// by repeating its first position, counter-clockwise), coordinates to 7 decimals (about 1 cm).
std::string zoneToGeoJson(const std::vector<Ring>& zone);

/// Reads a zone from GeoJSON: a Polygon or MultiPolygon geometry, a Feature holding one, or a
/// FeatureCollection of such features (every polygon of every feature becomes one of the zone;
/// features with other geometries are refused, naming them). A ring may be given closed (its
/// last position the first again) or not. Each polygon is checked by checkRing(); holes are
/// refused (a zone's polygon is its outline). Errors carry `fileName` (when given), the line and
/// the field ("features[2].geometry.coordinates[0]"): `invalid_json`, `invalid_field`.
Result<std::vector<Ring>> parseZone(std::string_view text, const std::string& fileName = {});

/// The goals as the protocol's JSON array text:
/// [{"quantity":"pm25","statistic":"mean_24h","direction":"decrease","target_percent":10}, …]
/// (`category` only for a problem count).
std::string goalsToJson(const std::vector<Goal>& goals);
/// Reads what goalsToJson() wrote; every goal is checked by checkGoal(). Errors name `goals[i].…`.
Result<std::vector<Goal>> parseGoals(std::string_view json);

/// Every field of a pilot as an op carries it: `title`, `description`, `hypothesis`,
/// `problem_ids` (an array of UUIDs), `zone` (zoneToGeoJson() text), `start`, `end`
/// ("YYYY-MM-DD"), `cost_krw` (a whole number) and `goals` (goalsToJson() text).
Poco::JSON::Object::Ptr pilotSyncFields(const PilotFields& pilot);

/// Reads a pilot's fields as pilotSyncFields() writes them (an op's, or the hub's for a pulled
/// pilot), a missing one left as PilotFields has it, and checks the whole with checkPilot(). Errors
/// are `invalid_field` naming the field at fault.
Result<PilotFields> pilotFromSyncFields(const Poco::JSON::Object& fields);

} // namespace balgul::core::pilots
