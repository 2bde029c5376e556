#pragma once

// Dates as people read them in lists, panels and tooltips: the locale's short form, but with the
// whole year (the Korean short form has two digits: 26. 12. 4.) and kept on one line.

#include <QLocale>
#include <QString>

class QDate;
class QDateTime;

namespace balgul::ui {

/// A day, e.g. "2026. 12. 4." or "12/4/2026".
QString dayText(const QDate& date, const QLocale& locale = QLocale());
/// A day and a time of day, e.g. "2026. 12. 4. 오후 3:12" or "12/4/2026 3:12 PM".
QString dayTimeText(const QDateTime& time, const QLocale& locale = QLocale());

} // namespace balgul::ui
