#pragma once

#include "core/sensor/csv_reader.h"
#include "core/sensor/observation.h"
#include "core/sensor/sensor_format.h"
#include "core/sensor/sensor_import.h"

#include <QString>

namespace balgul::ui {

/// Translated words for what a sensor import reports: reason codes, issue kinds, formats,
/// encodings, separators and quantities. Unknown codes come back readable ("some_code" →
/// "some code"), never empty.

/// Why rows were skipped or flagged, in words ("sentinel" → "a device's “no data” code").
QString importReasonText(const QString& reason);
/// "Skipped" or "Flagged".
QString importIssueKindText(core::sensor::ImportIssue::Kind kind);
/// "Sensor.Community CSV", "PurpleAir CSV", …; "Detect automatically" for Auto.
QString sensorFormatText(core::sensor::SensorFormat format);
/// "UTF-8", "UTF-8 with BOM", "CP949 (Korean Windows)".
QString textEncodingText(core::sensor::TextEncoding encoding);
/// "semicolon (;)", "comma (,)", "tab".
QString separatorText(char separator);
/// "PM2.5", "Temperature", …
QString quantityText(core::sensor::Quantity quantity);
/// Why a sensor file or GPX track cannot be read, in words, with the file and line where known;
/// errors that are not about sensor files as describeError() says them.
QString importErrorText(const core::Error& error);

} // namespace balgul::ui
