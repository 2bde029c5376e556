// Words and dates in the user's language: Korean dates with the whole year on one line, the CSV
// export's category names in the language of the window, and the sensor preview's time format in
// words (not the importer's "unix seconds or iso8601").

#include "core/io/csv_export.h"
#include "core/store/store.h"
#include "ui/application.h"
#include "ui/date_text.h"
#include "ui/main_window.h"
#include "ui/qt_convert.h"
#include "ui/sensor/sensor_import_dialog.h"
#include "ui/settings.h"

#include "tests/support/test_support.h"

#include <QDate>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <sstream>

using namespace balgul;

class TestLocaleText : public QObject
{
    Q_OBJECT

private slots:
    void datesHaveTheWholeYearOnOneLine_data();
    void datesHaveTheWholeYearOnOneLine();
    void csvCategoryNamesFollowTheLanguage();
    void sensorPreviewSaysTheTimeFormatInWords();
    void cleanup();
};

void TestLocaleText::cleanup()
{
    QLocale::setDefault(QLocale::c());
    for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void TestLocaleText::datesHaveTheWholeYearOnOneLine_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addRow("Korean") << QLocale(QLocale::Korean, QLocale::SouthKorea);
    QTest::addRow("English") << QLocale(QLocale::English, QLocale::UnitedStates);
    QTest::addRow("German") << QLocale(QLocale::German, QLocale::Germany);
}

void TestLocaleText::datesHaveTheWholeYearOnOneLine()
{
    QFETCH(QLocale, locale);
    const QDate day(2026, 12, 4);
    const QString date = ui::dayText(day, locale);
    QVERIFY2(date.contains(QStringLiteral("2026")), qPrintable(date));
    QVERIFY2(!date.contains(QLatin1Char(' ')), qPrintable(date)); // only spaces that do not break
    const QString time = ui::dayTimeText(QDateTime(day, QTime(15, 12)), locale);
    QVERIFY2(time.contains(QStringLiteral("2026")), qPrintable(time));
    QVERIFY2(!time.contains(QLatin1Char(' ')), qPrintable(time));
    QVERIFY2(time.contains(QStringLiteral("12")), qPrintable(time));
}

void TestLocaleText::csvCategoryNamesFollowTheLanguage()
{
    QTemporaryDir dir;
    auto store = core::Store::open(test::toStd(dir.filePath(QStringLiteral("profile/balgul.sqlite"))));
    QVERIFY(store);
    core::Problem draft;
    draft.title = "버스정류장 미세먼지";
    draft.category = "air";
    draft.lat = 36.35;
    draft.lon = 127.38;
    QVERIFY((*store)->createProblem(draft));

    // The window in Korean writes Korean category names.
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    QVERIFY(ui::installTranslations(*qApp, QStringLiteral("ko")));
    ui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setTileKind(QStringLiteral("none"));
    settings.setAskedForName(true);
    ui::MainWindow window(**store, settings);
    QSignalSpy finished(&window, &ui::MainWindow::jobFinished);
    const QString path = dir.filePath(QStringLiteral("problems.csv"));
    window.exportCsvFile(path);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY(finished.first().first().toBool());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    const QStringList lines = csv.split(QStringLiteral("\r\n"));
    QVERIFY(lines.size() >= 2);
    QVERIFY2(lines[1].contains(QStringLiteral(",air,")), qPrintable(lines[1]));
    QVERIFY2(!lines[1].contains(QStringLiteral("Air quality")) &&
                 !lines[1].contains(QStringLiteral("Fine dust")),
             qPrintable(lines[1]));
    bool hangulCategory = false;
    const QString categoryName = lines[1].section(QLatin1Char(','), 4, 4);
    for (const QChar c : categoryName)
        hangulCategory = hangulCategory || (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3);
    QVERIFY2(hangulCategory, qPrintable(categoryName));

    // balgul-cli and other callers keep English by default.
    std::ostringstream english;
    QVERIFY(core::exportCsv(**store, english).ok());
    QVERIFY(QString::fromStdString(english.str())
                .section(QStringLiteral("\r\n"), 1, 1)
                .section(QLatin1Char(','), 4, 4) != categoryName);
}

void TestLocaleText::sensorPreviewSaysTheTimeFormatInWords()
{
    QTemporaryDir dir;
    auto store = core::Store::open(test::toStd(dir.filePath(QStringLiteral("profile/balgul.sqlite"))));
    QVERIFY(store);
    const QString path = dir.filePath(QStringLiteral("sensor-149970-1-2.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("time_stamp,pm2.5_atm_a,pm2.5_atm_b,temperature,humidity,pressure\n"
               "1663711800,10.1,10.3,68,40,1013.2\n1663711920,11.0,11.4,69,41,1013.1\n");
    file.close();

    QVERIFY(ui::installTranslations(*qApp, QStringLiteral("ko")));
    ui::SensorImportDialog dialog(**store);
    dialog.setFile(path);
    QVERIFY2(dialog.preview().has_value(), qPrintable(dialog.errorText()));
    const QString time = dialog.findChild<QLabel*>(QStringLiteral("timeLabel"))->text();
    QVERIFY2(!time.contains(QStringLiteral("unix seconds or iso8601")), qPrintable(time));
    QVERIFY2(time.contains(QStringLiteral("1970")), qPrintable(time));

    // The fixed location a stationary sensor starts at is the lab's city, Daejeon.
    QCOMPARE(dialog.findChild<QDoubleSpinBox*>(QStringLiteral("latitudeSpin"))->value(), 36.3504);
    QCOMPARE(dialog.findChild<QDoubleSpinBox*>(QStringLiteral("longitudeSpin"))->value(), 127.3845);
}

QTEST_MAIN(TestLocaleText)
#include "test_locale_text.moc"
