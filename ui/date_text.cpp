#include "ui/date_text.h"

#include <QDate>
#include <QDateTime>

namespace balgul::ui {

namespace {

/// The locale's short format with a four-digit year.
QString withWholeYear(QString format)
{
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

/// Spaces that do not break: a date never wraps across two lines.
QString unbroken(QString text)
{
    return text.replace(QLatin1Char(' '), QChar(0x00A0));
}

} // namespace

QString dayText(const QDate& date, const QLocale& locale)
{
    return unbroken(locale.toString(date, withWholeYear(locale.dateFormat(QLocale::ShortFormat))));
}

QString dayTimeText(const QDateTime& time, const QLocale& locale)
{
    return unbroken(locale.toString(time, withWholeYear(locale.dateTimeFormat(QLocale::ShortFormat))));
}

} // namespace balgul::ui
