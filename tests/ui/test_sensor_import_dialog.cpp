// Importing sensor files from the desktop: the preview shows what core detects, an import through the
// dialog reports exactly what core reports, Cancel leaves the store as it was, the column mapping
// dialog builds a mapping and keeps it as a preset, and a file dropped on the main window opens the
// import dialog (with a GPX track dropped alongside as its track).
#include "core/sensor/generic_mapping.h"
#include "core/sensor/sensor_import.h"
#include "core/store/store.h"
#include "ui/main_window.h"
#include "ui/sensor/generic_mapping_dialog.h"
#include "ui/sensor/import_reason_text.h"
#include "ui/sensor/sensor_import_dialog.h"
#include "ui/settings.h"

#include "tests/support/test_support.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDropEvent>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUrl>
#include <QtTest>

#include <fstream>
#include <memory>

using namespace balgul;
using balgul::test::toStd;
using Page = ui::SensorImportDialog::Page;

namespace {

constexpr int kImportTimeoutMs = 20000;

const char* kScHeader =
    "sensor_id;sensor_type;location;lat;lon;timestamp;P1;durP1;ratioP1;P2;durP2;ratioP2\n";

std::string scRow(const char* time, const char* pm10, const char* pm25)
{
    return std::string("1;SDS011;9;37.5;127.0;") + time + ";" + pm10 + ";;;" + pm25 + ";;\n";
}

std::int64_t countRows(core::Store& store, const char* table)
{
    auto statement = store.database().prepare(std::string("SELECT count(*) FROM ") + table);
    statement.step();
    return statement.int64(0);
}

/// Every table an import writes, counted.
QList<qint64> sensorTableCounts(core::Store& store)
{
    QList<qint64> counts;
    for (const char* table :
         {"sensor_devices", "sensor_series", "sensor_blocks", "sensor_imports", "sensor_positions"})
        counts.append(countRows(store, table));
    return counts;
}

QString issueSummary(const core::sensor::ImportReport& report)
{
    QStringList parts;
    for (const auto& issue : report.issues) {
        QStringList lines;
        for (const long line : issue.lines)
            lines.append(QString::number(line));
        parts.append(QStringLiteral("%1/%2/%3:%4@%5")
                         .arg(int(issue.kind))
                         .arg(QString::fromStdString(issue.reason), QString::fromStdString(issue.field))
                         .arg(issue.count)
                         .arg(lines.join(u',')));
    }
    return parts.join(u' ');
}

} // namespace

class TestSensorImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void previewShowsTheDetectedMapping_data();
    void previewShowsTheDetectedMapping();
    void unknownColumnsAskForAMapping();
    void importReportEqualsCore_data();
    void importReportEqualsCore();
    void cancelLeavesTheStoreUnchanged();
    void genericMappingDialogBuildsTheMapping();
    void genericTimeFormats_data();
    void genericTimeFormats();
    void presetsAreSavedLoadedAndDeleted();
    void droppedFilesOpenTheDialog_data();
    void droppedFilesOpenTheDialog();
    void importFromTheWindowSignalsNewSensorData();

private:
    QString write(const QString& name, const std::string& content);
    std::unique_ptr<core::Store> openStore(const QString& name);
    bool runImport(ui::SensorImportDialog& dialog);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Store> m_store;
};

void TestSensorImportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = openStore(QStringLiteral("profile/balgul.sqlite"));
    QVERIFY(m_store);
}

void TestSensorImportDialog::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

QString TestSensorImportDialog::write(const QString& name, const std::string& content)
{
    const QString path = m_dir->filePath(name);
    std::ofstream(toStd(path), std::ios::binary) << content;
    return path;
}

std::unique_ptr<core::Store> TestSensorImportDialog::openStore(const QString& name)
{
    auto store = core::Store::open(toStd(m_dir->filePath(name)));
    if (!store) {
        qWarning("%s", store.error().toString().c_str());
        return nullptr;
    }
    return std::move(store).value();
}

bool TestSensorImportDialog::runImport(ui::SensorImportDialog& dialog)
{
    dialog.show();
    QSignalSpy finished(&dialog, &ui::SensorImportDialog::importFinished);
    auto* button = dialog.findChild<QPushButton*>(QStringLiteral("importButton"));
    if (!button || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    if (!finished.wait(kImportTimeoutMs) && finished.isEmpty())
        return false;
    return finished.first().first().toBool();
}

void TestSensorImportDialog::previewShowsTheDetectedMapping_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("column");     // a file column the mapping table must name ...
    QTest::addColumn<QString>("quantity");   // ... as this quantity
    QTest::addColumn<QString>("conversion"); // ... with this conversion ("" for none)
    QTest::addColumn<int>("rows");

    std::string sc = kScHeader;
    for (int minute = 0; minute < 12; ++minute)
        sc += scRow(
            QStringLiteral("2024-05-01T00:%1:00").arg(minute, 2, 10, QLatin1Char('0')).toLatin1().constData(),
            "10.5", "4.25");
    QTest::addRow("sensor.community sds011")
        << "2024-05-01_sds011_sensor_1.csv" << QString::fromStdString(sc)
        << ui::sensorFormatText(core::sensor::SensorFormat::SensorCommunity) << "P2"
        << ui::quantityText(core::sensor::Quantity::Pm2_5) << "" << 10;
    QTest::addRow("purpleair, °F and two channels")
        << "sensor-149970-1-2.csv"
        << "time_stamp,pm2.5_atm_a,pm2.5_atm_b,temperature,humidity,pressure\n"
           "1663711800,10.1,10.3,68,40,1013.2\n1663711920,11.0,11.4,69,41,1013.1\n"
        << ui::sensorFormatText(core::sensor::SensorFormat::PurpleAir) << "temperature"
        << ui::quantityText(core::sensor::Quantity::Temperature) << "°F→°C" << 2;
}

void TestSensorImportDialog::previewShowsTheDetectedMapping()
{
    QFETCH(QString, name);
    QFETCH(QString, content);
    QFETCH(QString, format);
    QFETCH(QString, column);
    QFETCH(QString, quantity);
    QFETCH(QString, conversion);
    QFETCH(int, rows);
    const QString path = write(name, content.toStdString());

    ui::SensorImportDialog dialog(*m_store);
    dialog.setFile(path);
    QVERIFY2(dialog.preview().has_value(), qPrintable(dialog.errorText()));
    QVERIFY(dialog.errorText().isEmpty());

    // What the dialog shows is what core detects.
    auto core = core::sensor::previewSensorFile(toStd(path), core::sensor::ImportOptions{}, 10);
    QVERIFY(core.ok());
    QCOMPARE(dialog.preview()->mapping.columns.size(), core->mapping.columns.size());
    auto* detected = dialog.findChild<QLabel*>(QStringLiteral("detectedLabel"));
    QVERIFY(detected->text().contains(format));
    QVERIFY(detected->text().contains(ui::textEncodingText(core->encoding)));

    auto* mapping = dialog.findChild<QTableWidget*>(QStringLiteral("mappingTable"));
    QCOMPARE(mapping->rowCount(), int(core->mapping.columns.size()));
    bool found = false;
    for (int row = 0; row < mapping->rowCount(); ++row) {
        if (mapping->item(row, 1)->text().split(QStringLiteral(" + ")).contains(column)) {
            found = true;
            QCOMPARE(mapping->item(row, 0)->text(), quantity);
            if (!conversion.isEmpty())
                QCOMPARE(mapping->item(row, 3)->text(), conversion);
        }
    }
    QVERIFY2(found, qPrintable(column));

    auto* preview = dialog.findChild<QTableWidget*>(QStringLiteral("previewTable"));
    QCOMPARE(preview->rowCount(), rows);
    // The first row's time, read by core, shown in this computer's zone.
    QVERIFY(core->parsed.front().has_value());
    const QString time = QDateTime::fromSecsSinceEpoch(core->parsed.front()->time, QTimeZone::utc())
                             .toLocalTime()
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QCOMPARE(preview->item(0, 1)->text(), time);
    QCOMPARE(dialog.findChild<QTableWidget*>(QStringLiteral("rawTable"))->rowCount(), rows);
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
}

void TestSensorImportDialog::unknownColumnsAskForAMapping()
{
    const QString path = write(QStringLiteral("mine.csv"), "when,dust\n2024-05-01 09:00,12\n");
    ui::SensorImportDialog dialog(*m_store);
    dialog.setFile(path);
    QVERIFY(!dialog.preview());
    QVERIFY(!dialog.errorText().isEmpty());
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("importButton"))->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("columnMappingButton"))->isHidden());

    core::sensor::GenericMapping mapping;
    mapping.timeColumn = "when";
    mapping.timeFormat = "%Y-%m-%d %H:%M";
    mapping.values = {{"dust", core::sensor::Quantity::Pm2_5, "µg/m³"}};
    dialog.setGenericMapping(mapping);
    QVERIFY2(dialog.preview().has_value(), qPrintable(dialog.errorText()));
    QVERIFY(dialog.options().format == core::sensor::SensorFormat::Generic);
    QVERIFY(dialog.options().generic == mapping);
    QVERIFY(runImport(dialog));
    QCOMPARE(dialog.report()->imported, 1);
}

void TestSensorImportDialog::importReportEqualsCore_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("content"); // empty: a real file from ../shared/data
    QTest::addColumn<QString>("gpx");
    QTest::addColumn<bool>("fixedLocation");

    std::string clean = kScHeader;
    clean += scRow("2024-05-01T00:00:00", "10.5", "4.25") + scRow("2024-05-01T00:01:00", "11", "5");
    QTest::addRow("clean") << "clean_sds011_sensor_7.csv" << QString::fromStdString(clean) << "" << false;

    std::string broken = kScHeader;
    broken += scRow("2024-05-01T00:00:00", "10.5", "4.25");
    broken += scRow("2024-05-01T00:00:00", "10.5", "4.25");                // identical duplicate
    broken += scRow("2024-05-01T00:01:00", "", "");                        // every value empty
    broken += scRow("2024-05-01T00:02:00", "abc", "5");                    // a value that is not a number
    broken += scRow("not a time", "1", "2");                               // a time that is not one
    broken += "1;SDS011;9;37.5;127.0;2024-05-01T00:03:00;1;;;2;;;extra\n"; // a field too many
    broken += scRow("2024-05-01T00:04:00", "3", "2000");                   // impossible PM2.5
    broken += "1;SDS011;9;37.5;127.0;2024-05-01T00:05:00;1";               // cut off
    QTest::addRow("malformations") << "broken_sds011_sensor_8.csv" << QString::fromStdString(broken) << ""
                                   << false;

    std::string moving = kScHeader;
    moving += scRow("2024-05-01T00:00:00", "10", "4") + scRow("2024-05-01T00:01:00", "11", "5") +
              scRow("2024-05-01T00:30:00", "12", "6");
    const char* track = "<?xml version=\"1.0\"?>\n<gpx version=\"1.1\" creator=\"test\" "
                        "xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><trkseg>\n"
                        "<trkpt lat=\"37.50\" lon=\"127.00\"><time>2024-05-01T00:00:00Z</time></trkpt>\n"
                        "<trkpt lat=\"37.51\" lon=\"127.01\"><time>2024-05-01T00:02:00Z</time></trkpt>\n"
                        "</trkseg></trk></gpx>\n";
    QTest::addRow("mobile with a gpx track")
        << "walk_sds011_sensor_9.csv" << QString::fromStdString(moving) << track << false;
    QTest::addRow("fixed location") << "balcony_sds011_sensor_10.csv" << QString::fromStdString(clean) << ""
                                    << true;
    QTest::addRow("real sds011 22885") << "sensor_community/2019-03-09_sds011_sensor_22885.csv"
                                       << ""
                                       << "" << false;
}

void TestSensorImportDialog::importReportEqualsCore()
{
    QFETCH(QString, name);
    QFETCH(QString, content);
    QFETCH(QString, gpx);
    QFETCH(bool, fixedLocation);
    QString path;
    if (content.isEmpty()) {
        BALGUL_REQUIRE_SHARED_DATA(data);
        path = data + u'/' + name;
    } else {
        path = write(name, content.toStdString());
    }

    ui::SensorImportDialog dialog(*m_store);
    if (!gpx.isEmpty())
        dialog.setGpxFile(write(QStringLiteral("track.gpx"), gpx.toStdString()));
    dialog.findChild<QGroupBox*>(QStringLiteral("fixedLocationBox"))->setChecked(fixedLocation);
    dialog.findChild<QLineEdit*>(QStringLiteral("deviceName"))->setText(QStringLiteral("Balcony"));
    dialog.setFile(path);
    QVERIFY2(dialog.preview().has_value(), qPrintable(dialog.errorText()));
    const core::sensor::ImportOptions options = dialog.options();
    QCOMPARE(options.gpxPath.empty(), gpx.isEmpty());
    QCOMPARE(options.lat.has_value(), fixedLocation);
    QCOMPARE(options.deviceName, std::string("Balcony"));

    QVERIFY2(runImport(dialog), qPrintable(dialog.errorText()));
    QVERIFY(dialog.page() == Page::Report);
    QVERIFY(dialog.report().has_value());
    const core::sensor::ImportReport& shown = *dialog.report();

    // The same file with the same options through core alone, into a second store.
    auto other = openStore(QStringLiteral("other.sqlite"));
    QVERIFY(other);
    auto expected = core::sensor::importSensorFile(*other, toStd(path), options);
    QVERIFY2(expected.ok(), expected.ok() ? "" : expected.error().toString().c_str());
    QCOMPARE(shown.rowsRead, expected->rowsRead);
    QCOMPARE(shown.imported, expected->imported);
    QCOMPARE(shown.flagged, expected->flagged);
    QCOMPARE(shown.skipped, expected->skipped);
    QCOMPARE(shown.readings, expected->readings);
    QCOMPARE(shown.positions, expected->positions);
    QCOMPARE(issueSummary(shown), issueSummary(*expected));
    QCOMPARE(sensorTableCounts(*m_store), sensorTableCounts(*other));
    QVERIFY(countRows(*m_store, "sensor_blocks") > 0);
    if (!gpx.isEmpty())
        QVERIFY(shown.positions > 0);

    // The report page says the same, in words.
    const QLocale locale;
    const QString summary = dialog.findChild<QLabel*>(QStringLiteral("reportSummary"))->text();
    for (const std::int64_t n : {shown.rowsRead, shown.imported, shown.flagged, shown.skipped})
        QVERIFY2(summary.contains(locale.toString(qlonglong(n))), qPrintable(summary));
    auto* issues = dialog.findChild<QTableWidget*>(QStringLiteral("issueTable"));
    QCOMPARE(issues->rowCount(), int(shown.issues.size()));
    for (int row = 0; row < issues->rowCount(); ++row) {
        const auto& issue = shown.issues[std::size_t(row)];
        QCOMPARE(issues->item(row, 0)->text(), ui::importIssueKindText(issue.kind));
        QCOMPARE(issues->item(row, 1)->text(), ui::importReasonText(QString::fromStdString(issue.reason)));
        QCOMPARE(issues->item(row, 3)->text(), locale.toString(qlonglong(issue.count)));
        QVERIFY(issues->item(row, 4)->text().startsWith(QString::number(issue.lines.front())));
    }
    if (name.startsWith(QLatin1String("broken"))) {
        QVERIFY(shown.skipped >= 4);
        QVERIFY(shown.issue("bad_time"));
    }

    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("copyReportButton")), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), dialog.reportText());
    QVERIFY(dialog.reportText().contains(QString::number(shown.readings)));
}

void TestSensorImportDialog::cancelLeavesTheStoreUnchanged()
{
    std::string content = kScHeader;
    for (int i = 0; i < 20000; ++i)
        content += scRow(QDateTime::fromSecsSinceEpoch(1714521600 + i * 60, QTimeZone::utc())
                             // no zone: Sensor.Community times are UTC without one
                             .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
                             .toLatin1()
                             .constData(),
                         "10", "5");
    const QString path = write(QStringLiteral("2024-05-01_sds011_sensor_11.csv"), content);
    const QList<qint64> before = sensorTableCounts(*m_store);

    ui::SensorImportDialog dialog(*m_store);
    dialog.setFile(path);
    dialog.show();
    QVERIFY(dialog.preview().has_value());
    // The worker waits until the user has pressed Cancel: no race with a fast machine.
    QSemaphore pressed;
    dialog.setBeforeImportHook([&pressed] { pressed.acquire(); });
    QSignalSpy finished(&dialog, &ui::SensorImportDialog::importFinished);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("importButton")), Qt::LeftButton);
    QVERIFY(dialog.page() == Page::Importing);
    auto* cancel = dialog.findChild<QPushButton*>(QStringLiteral("cancelImportButton"));
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!cancel->isEnabled());
    pressed.release();
    QVERIFY(finished.wait(kImportTimeoutMs));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(dialog.page() == Page::Preview);
    QVERIFY(!dialog.report());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("Nothing was stored")),
             qPrintable(dialog.errorText()));
    QCOMPARE(sensorTableCounts(*m_store), before);

    // Nothing is stuck: the same import runs to the end afterwards.
    dialog.setBeforeImportHook({});
    QVERIFY(runImport(dialog));
    QVERIFY2(dialog.report()->imported == 20000, qPrintable(dialog.reportText()));
    QCOMPARE(countRows(*m_store, "sensor_imports"), before[3] + 1);
}

void TestSensorImportDialog::genericMappingDialogBuildsTheMapping()
{
    const QString path =
        write(QStringLiteral("feinstaub.csv"), "Zeit;Feinstaub PM2.5;Temp (°F);Lat;Lon;Notiz\n"
                                               "01.05.2024 09:30:00;12,5;68;37,5;127,0;a\n"
                                               "01.05.2024 09:31:00;13,5;69;37,6;127,1;b\n");
    ui::GenericMappingDialog dialog(*m_store, path);
    QCOMPARE(dialog.header().size(), std::size_t(6));
    auto* timeFormat = dialog.findChild<QComboBox*>(QStringLiteral("timeFormatCombo"));
    auto* decimal = dialog.findChild<QComboBox*>(QStringLiteral("decimalCombo"));
    auto* zone = dialog.findChild<QComboBox*>(QStringLiteral("timeZoneCombo"));

    // Guessed from the names: the time column, PM2.5, temperature in °F, the position columns.
    core::sensor::GenericMapping guessed = dialog.mapping();
    QCOMPARE(guessed.timeColumn, std::string("Zeit"));
    QCOMPARE(guessed.latColumn, std::string("Lat"));
    QCOMPARE(guessed.lonColumn, std::string("Lon"));
    QCOMPARE(guessed.values.size(), std::size_t(2));
    QVERIFY(guessed.values[0].quantity == core::sensor::Quantity::Pm2_5);
    QVERIFY(guessed.values[1].quantity == core::sensor::Quantity::Temperature);
    QCOMPARE(guessed.values[1].unit, std::string("°F"));
    // ISO 8601 does not read "01.05.2024 09:30:00": no row is read yet.
    QCOMPARE(dialog.previewRowCount(), 0);

    timeFormat->setEditText(QStringLiteral("%d.%m.%Y %H:%M:%S"));
    decimal->setCurrentIndex(decimal->findData(int(',')));
    zone->setEditText(QStringLiteral("Asia/Seoul"));
    QVERIFY2(dialog.problemText().isEmpty(), qPrintable(dialog.problemText()));
    QCOMPARE(dialog.previewRowCount(), 2);
    auto* preview = dialog.findChild<QTableWidget*>(QStringLiteral("mappingPreviewTable"));
    // 09:30 in Seoul is 00:30 UTC.
    const QString expected = QDateTime(QDate(2024, 5, 1), QTime(0, 30), QTimeZone::utc())
                                 .toLocalTime()
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QCOMPARE(preview->item(0, 1)->text(), expected);

    core::sensor::GenericMapping mapping = dialog.mapping();
    QCOMPARE(mapping.timeFormat, std::string("%d.%m.%Y %H:%M:%S"));
    QCOMPARE(mapping.timeZone, std::string("Asia/Seoul"));
    QCOMPARE(mapping.decimal, ',');
    QVERIFY(mapping.validate(dialog.header()).ok());

    // No value column: the mapping cannot be used, and OK does not close the dialog.
    dialog.setValueColumn(QStringLiteral("Feinstaub PM2.5"), false, core::sensor::Quantity::Pm2_5, {});
    dialog.setValueColumn(QStringLiteral("Temp (°F)"), false, core::sensor::Quantity::Temperature, {});
    QVERIFY(!dialog.problemText().isEmpty());
    dialog.show();
    dialog.accept();
    QVERIFY(dialog.isVisible());
    // A unit that does not fit the quantity is named.
    dialog.setValueColumn(QStringLiteral("Temp (°F)"), true, core::sensor::Quantity::Humidity,
                          QStringLiteral("°F"));
    QVERIFY2(dialog.problemText().contains(QStringLiteral("Temp (°F)")), qPrintable(dialog.problemText()));
    dialog.setValueColumn(QStringLiteral("Temp (°F)"), true, core::sensor::Quantity::Temperature,
                          QStringLiteral("°F"));
    dialog.setValueColumn(QStringLiteral("Feinstaub PM2.5"), true, core::sensor::Quantity::Pm2_5, {});
    QVERIFY(dialog.problemText().isEmpty());
    QVERIFY(dialog.mapping() == mapping);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.accept();
    QCOMPARE(accepted.count(), 1);

    // The import dialog takes the mapping and imports both rows with their temperatures in °C.
    ui::SensorImportDialog import(*m_store);
    import.setFile(path);
    import.setGenericMapping(dialog.mapping());
    QVERIFY2(import.preview().has_value(), qPrintable(import.errorText()));
    QVERIFY(runImport(import));
    QCOMPARE(import.report()->imported, 2);
    QVERIFY2(import.report()->readings == 4, qPrintable(import.reportText()));
    QCOMPARE(import.report()->positions, 2); // from the file's own latitude and longitude columns
}

void TestSensorImportDialog::genericTimeFormats_data()
{
    QTest::addColumn<QString>("time");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<qlonglong>("utc");
    QTest::addRow("iso 8601 with Z") << "2024-05-01T00:30:00Z"
                                     << "iso8601"
                                     << "UTC" << 1714523400LL;
    QTest::addRow("unix seconds") << "1714523400"
                                  << "unix seconds"
                                  << "UTC" << 1714523400LL;
    QTest::addRow("unix milliseconds") << "1714523400000"
                                       << "unix milliseconds"
                                       << "UTC" << 1714523400LL;
    QTest::addRow("pattern, +09:00") << "2024/05/01 09:30"
                                     << "%Y/%m/%d %H:%M"
                                     << "+09:00" << 1714523400LL;
    QTest::addRow("pattern, New York in summer") << "05/01/2024 20:30:00"
                                                 << "%m/%d/%Y %H:%M:%S"
                                                 << "America/New_York" << 1714609800LL;
}

void TestSensorImportDialog::genericTimeFormats()
{
    QFETCH(QString, time);
    QFETCH(QString, format);
    QFETCH(QString, zone);
    QFETCH(qlonglong, utc);
    const QString path = write(QStringLiteral("times.csv"), "t,noise\n" + toStd(time) + ",55\n");
    ui::GenericMappingDialog dialog(*m_store, path);
    auto* formatCombo = dialog.findChild<QComboBox*>(QStringLiteral("timeFormatCombo"));
    const int known = formatCombo->findData(format);
    if (known >= 0)
        formatCombo->setCurrentIndex(known);
    else
        formatCombo->setEditText(format);
    dialog.findChild<QComboBox*>(QStringLiteral("timeZoneCombo"))->setEditText(zone);
    QVERIFY2(dialog.problemText().isEmpty(), qPrintable(dialog.problemText()));
    QCOMPARE(dialog.mapping().timeFormat, toStd(format));
    QCOMPARE(dialog.mapping().values.size(), std::size_t(1));
    QVERIFY(dialog.mapping().values[0].quantity == core::sensor::Quantity::NoiseLAeq);
    QCOMPARE(dialog.previewRowCount(), 1);
    const QString expected = QDateTime::fromSecsSinceEpoch(utc, QTimeZone::utc())
                                 .toLocalTime()
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QCOMPARE(dialog.findChild<QTableWidget*>(QStringLiteral("mappingPreviewTable"))->item(0, 1)->text(),
             expected);
}

void TestSensorImportDialog::presetsAreSavedLoadedAndDeleted()
{
    const QString path = write(QStringLiteral("station.csv"), "time;pm10;pm25\n2024-05-01T00:00:00Z;30;12\n");
    core::sensor::GenericMapping saved;
    {
        ui::GenericMappingDialog dialog(*m_store, path);
        QVERIFY(dialog.presetNames().isEmpty());
        QVERIFY(!dialog.savePreset(QStringLiteral("  "))); // a name is needed
        dialog.findChild<QLineEdit*>(QStringLiteral("deviceIdEdit"))->setText(QStringLiteral("roof"));
        dialog.findChild<QLineEdit*>(QStringLiteral("presetName"))->setText(QStringLiteral("Roof station"));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("savePresetButton")), Qt::LeftButton);
        QCOMPARE(dialog.presetNames(), QStringList{QStringLiteral("Roof station")});
        saved = dialog.mapping();
        QCOMPARE(saved.values.size(), std::size_t(2));
    }
    // In the store, as core reads it.
    core::sensor::PresetStore presets(m_store->database());
    auto found = presets.find("Roof station");
    QVERIFY(found.ok() && found->has_value());
    QVERIFY(**found == saved);

    // A new dialog loads it from the list, and deletes it.
    ui::GenericMappingDialog dialog(*m_store, path);
    auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("presetCombo"));
    QCOMPARE(combo->count(), 2);
    dialog.setValueColumn(QStringLiteral("pm10"), false, core::sensor::Quantity::Pm10, {});
    QVERIFY(!(dialog.mapping() == saved));
    QVERIFY(dialog.loadPreset(QStringLiteral("Roof station")));
    QVERIFY(dialog.mapping() == saved);
    QCOMPARE(combo->currentText(), QStringLiteral("Roof station"));
    QVERIFY(!dialog.loadPreset(QStringLiteral("nothing of that name")));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("deletePresetButton")), Qt::LeftButton);
    QVERIFY(dialog.presetNames().isEmpty());
    auto gone = presets.find("Roof station");
    QVERIFY(gone.ok() && !gone->has_value());
}

void TestSensorImportDialog::droppedFilesOpenTheDialog_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("opened");
    QTest::addColumn<QString>("track");
    QTest::addRow("a csv") << QStringList{QStringLiteral("a.csv")} << true << "a.csv"
                           << "";
    QTest::addRow("a json") << QStringList{QStringLiteral("b.json")} << true << "b.json"
                            << "";
    QTest::addRow("a csv with its gpx track")
        << QStringList{QStringLiteral("walk.gpx"), QStringLiteral("walk.csv")} << true << "walk.csv"
        << "walk.gpx";
    QTest::addRow("a gpx alone") << QStringList{QStringLiteral("walk.gpx")} << false << ""
                                 << "";
    QTest::addRow("a picture") << QStringList{QStringLiteral("photo.png")} << false << ""
                               << "";
}

void TestSensorImportDialog::droppedFilesOpenTheDialog()
{
    QFETCH(QStringList, files);
    QFETCH(bool, accepted);
    QFETCH(QString, opened);
    QFETCH(QString, track);
    ui::Settings settings(m_dir->filePath(QStringLiteral("settings.ini")));
    settings.setTileKind(QStringLiteral("none"));
    ui::MainWindow window(*m_store, settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.acceptDrops());

    QList<QUrl> urls;
    for (const QString& file : files)
        urls.append(QUrl::fromLocalFile(write(file, "sensor_id;timestamp\n")));
    QMimeData mime;
    mime.setUrls(urls);
    const QPoint at(window.width() / 2, window.height() / 2);
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QCOMPARE(enter.isAccepted(), accepted);
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);

    ui::SensorImportDialog* dialog = window.sensorImportDialog();
    QCOMPARE(dialog != nullptr, accepted);
    if (!dialog)
        return;
    QVERIFY(dialog->isVisible()); // opened, not exec()'d: the test goes on
    QCOMPARE(dialog->file(), m_dir->filePath(opened));
    QCOMPARE(dialog->options().gpxPath, track.isEmpty() ? std::string() : toStd(m_dir->filePath(track)));
}

void TestSensorImportDialog::importFromTheWindowSignalsNewSensorData()
{
    std::string content = kScHeader;
    content += scRow("2024-05-01T00:00:00", "10.5", "4.25");
    const QString path = write(QStringLiteral("2024-05-01_sds011_sensor_12.csv"), content);
    ui::Settings settings(m_dir->filePath(QStringLiteral("settings.ini")));
    settings.setTileKind(QStringLiteral("none"));
    ui::MainWindow window(*m_store, settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto* action = window.findChild<QAction*>(QStringLiteral("actionImportSensorFile"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));

    QSignalSpy changed(&window, &ui::MainWindow::sensorDataChanged);
    window.importSensorFile(path);
    ui::SensorImportDialog* dialog = window.sensorImportDialog();
    QVERIFY(dialog);
    QVERIFY(runImport(*dialog));
    QCOMPARE(changed.count(), 1);
    QVERIFY(window.messageText().contains(QStringLiteral("2024-05-01_sds011_sensor_12.csv")));
    QCOMPARE(countRows(*m_store, "sensor_imports"), 1);
}

QTEST_MAIN(TestSensorImportDialog)
#include "test_sensor_import_dialog.moc"
