#pragma once

namespace balgul::ui {

/// The living lab's city, Daejeon: where the map first looks, the place a stationary sensor is
/// put before the user says where it stands, and the example in coordinate fields.
inline constexpr double kHomeLatitude = 36.3504;
inline constexpr double kHomeLongitude = 127.3845;

} // namespace balgul::ui
