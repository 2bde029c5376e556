#include "ui/sensor/import_preview_table.h"

#include "ui/qt_convert.h"
#include "ui/sensor/import_reason_text.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTableWidget>
#include <QTimeZone>

namespace balgul::ui {

namespace {

class PreviewText
{
    Q_DECLARE_TR_FUNCTIONS(PreviewText)
};

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

/// The row's first problem: the reason in words where a value names one, else core's detail.
QString rowProblem(const core::sensor::ImportPreview& preview, std::size_t row)
{
    const QString detail = row < preview.problems.size() ? toQ(preview.problems[row]) : QString();
    if (row >= preview.parsed.size() || !preview.parsed[row])
        return detail;
    bool anyValue = false;
    for (const core::sensor::RowValue& value : preview.parsed[row]->values) {
        if (!value.problem.empty())
            return importReasonText(toQ(value.problem));
        anyValue = anyValue || value.value.has_value();
    }
    if (!anyValue)
        return importReasonText(QStringLiteral("empty_row"));
    return detail;
}

} // namespace

void fillParsedPreview(QTableWidget* table, const core::sensor::ImportPreview& preview)
{
    const auto& columns = preview.mapping.columns;
    bool hasPosition = false;
    for (const auto& parsed : preview.parsed)
        hasPosition = hasPosition || (parsed && parsed->lat && parsed->lon);
    QStringList labels{PreviewText::tr("Line"), PreviewText::tr("Time (this computer)")};
    for (const core::sensor::ColumnMapping& column : columns)
        labels.append(QStringLiteral("%1 (%2)").arg(quantityText(column.quantity),
                                                    toQ(core::sensor::unitOf(column.quantity))));
    if (hasPosition)
        labels.append(PreviewText::tr("Position"));
    labels.append(PreviewText::tr("Problem"));
    table->clear();
    table->setColumnCount(static_cast<int>(labels.size()));
    table->setHorizontalHeaderLabels(labels);
    table->setRowCount(static_cast<int>(preview.rows.size()));
    const QLocale locale;
    for (std::size_t row = 0; row < preview.rows.size(); ++row) {
        const int r = static_cast<int>(row);
        const long line = row < preview.lines.size() ? preview.lines[row] : 0;
        table->setItem(r, 0, cell(line > 0 ? QString::number(line) : QString()));
        const std::optional<core::sensor::ParsedRow> none;
        const auto& parsed = row < preview.parsed.size() ? preview.parsed[row] : none;
        int col = 2;
        if (parsed) {
            const QDateTime time =
                QDateTime::fromSecsSinceEpoch(parsed->time, QTimeZone::utc()).toLocalTime();
            table->setItem(r, 1, cell(time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
            for (const core::sensor::ColumnMapping& column : columns) {
                QString text = QStringLiteral("—");
                QString tip;
                for (const core::sensor::RowValue& value : parsed->values) {
                    if (value.quantity != column.quantity)
                        continue;
                    if (value.value)
                        text = locale.toString(*value.value, 'f', 2);
                    if (!value.problem.empty()) {
                        text += QStringLiteral(" ⚠");
                        tip = importReasonText(toQ(value.problem));
                    }
                }
                QTableWidgetItem* item = cell(text);
                item->setToolTip(tip);
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                table->setItem(r, col++, item);
            }
            if (hasPosition) {
                const QString position =
                    parsed->lat && parsed->lon
                        ? QStringLiteral("%1, %2").arg(locale.toString(*parsed->lat, 'f', 5),
                                                       locale.toString(*parsed->lon, 'f', 5))
                        : QString();
                table->setItem(r, col++, cell(position));
            }
        } else {
            table->setItem(r, 1, cell(PreviewText::tr("skipped")));
            col += static_cast<int>(columns.size()) + (hasPosition ? 1 : 0);
        }
        table->setItem(r, col, cell(rowProblem(preview, row)));
    }
    table->resizeColumnsToContents();
}

void fillRawPreview(QTableWidget* table, const core::sensor::ImportPreview& preview)
{
    QStringList header;
    for (const std::string& name : preview.header)
        header.append(toQ(name));
    table->clear();
    table->setColumnCount(static_cast<int>(header.size()));
    table->setHorizontalHeaderLabels(header);
    table->setRowCount(static_cast<int>(preview.rows.size()));
    for (std::size_t row = 0; row < preview.rows.size(); ++row)
        for (std::size_t col = 0; col < preview.rows[row].size() && col < preview.header.size(); ++col)
            table->setItem(static_cast<int>(row), static_cast<int>(col), cell(toQ(preview.rows[row][col])));
    table->resizeColumnsToContents();
}

void clearPreviewTable(QTableWidget* table)
{
    table->clear();
    table->setRowCount(0);
    table->setColumnCount(0);
}

QStringList commonTimeZoneNames()
{
    QStringList zones{QStringLiteral("UTC")};
    const QString system = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (!system.isEmpty() && system != QLatin1String("UTC"))
        zones.append(system);
    for (const char* name : {"Asia/Seoul", "Asia/Tokyo", "Asia/Shanghai", "Europe/London", "Europe/Berlin",
                             "America/New_York", "America/Chicago", "America/Los_Angeles"}) {
        const QString zone = QString::fromLatin1(name);
        if (!zones.contains(zone))
            zones.append(zone);
    }
    return zones;
}

} // namespace balgul::ui
