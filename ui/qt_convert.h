#pragma once

#include "core/util/time.h"

#include <QDateTime>
#include <QString>

#include <string>
#include <string_view>

namespace balgul::ui {

/// UTF-8 bytes from core into a QString.
inline QString toQ(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

/// A QString as UTF-8 bytes for core.
inline std::string toStd(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    return std::string(utf8.constData(), static_cast<std::size_t>(utf8.size()));
}

/// A core instant (UTC, milliseconds) as a QDateTime in local time.
inline QDateTime toQDateTime(core::Timestamp t)
{
    return QDateTime::fromMSecsSinceEpoch(core::toUnixMs(t)).toLocalTime();
}

} // namespace balgul::ui
