#pragma once

#include "core/sensor/sensor_import.h"

#include <QStringList>

class QTableWidget;

namespace balgul::ui {

/// Fills `table` with a preview's rows as the import would read them: the line, the time (in this
/// computer's zone), one column per mapped quantity (a ⚠ with the reason as tooltip where a value
/// would be flagged or dropped), the position when rows carry one, and the row's problem.
void fillParsedPreview(QTableWidget* table, const core::sensor::ImportPreview& preview);
/// Fills `table` with a preview's header and raw fields.
void fillRawPreview(QTableWidget* table, const core::sensor::ImportPreview& preview);
/// Empties a preview table.
void clearPreviewTable(QTableWidget* table);
/// Time zones offered for local times: UTC, this computer's zone, common IANA names.
QStringList commonTimeZoneNames();

} // namespace balgul::ui
