#pragma once

#include "core/domain/problem.h"

#include <QColor>
#include <QIcon>
#include <QString>
#include <QStringList>

#include <string_view>

namespace balgul::ui {

/// The translated name of a category code; unknown codes are shown as they are.
QString categoryName(std::string_view code);
/// The marker colour of a category (grey for unknown codes).
QColor categoryColor(std::string_view code);
/// A small coloured dot in the category colour, for lists and menus.
QIcon categoryIcon(std::string_view code);
/// The translated word for a problem status.
QString statusName(core::ProblemStatus status);
/// Category codes in display order.
QStringList categoryCodes();
/// Every status in workflow order.
QList<core::ProblemStatus> allStatuses();

} // namespace balgul::ui
