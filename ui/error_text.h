#pragma once

#include "core/util/result.h"

#include <QString>

namespace balgul::ui {

/// A translated sentence a citizen understands for a core error, chosen by Error::code and naming
/// the file, line and field when they are set. Unknown codes fall back to the English message.
QString describeError(const core::Error& error);

/// The translated name of a problem/comment field as core names it ("title", "lat", ...).
QString fieldName(const QString& field);

} // namespace balgul::ui
