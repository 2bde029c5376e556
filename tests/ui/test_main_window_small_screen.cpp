// The main window at first start on small and high-DPI screens: a 1024×700 laptop and a 1600×1000
// screen at QT_SCALE_FACTOR=2 (800×500 logical pixels). The window fits the screen, the map keeps
// a useful share of it, the sensor chart's buttons are on screen, and a sensor with a very long
// name makes nothing wider (it elides).
//
// Each screen needs its own QApplication (the scale factor is read at start), so main() runs this
// executable again once per screen, with the offscreen platform configured to that screen.
#include "core/demo/demo_generator.h"
#include "core/sensor/observation_store.h"
#include "core/store/database.h"
#include "core/store/store.h"
#include "ui/main_window.h"
#include "ui/map/map_view.h"
#include "ui/panels/problem_list_panel.h"
#include "ui/sensor/sensor_panel.h"
#include "ui/sensor/sensor_series_model.h"
#include "ui/settings.h"

#include "tests/support/test_support.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QScreen>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>
#include <memory>

using namespace balgul;
using balgul::test::toStd;

namespace {

struct ScreenCase
{
    const char* name;
    int width;
    int height;
    const char* scale;
};

constexpr ScreenCase kScreens[] = {
    {"1024x700", 1024, 700, "1"},
    {"1600x1000 at scale 2", 1600, 1000, "2"},
    {"1366x768", 1366, 768, "1"},
};

const char* const kLongName = "Balcony of the community centre on Daedeok-daero, the long side facing "
                              "the industrial complex and the bus depot (third floor, north window)";

/// Every part of `widget` (in window coordinates) lies inside the window.
bool insideWindow(const QWidget* widget)
{
    const QWidget* window = widget->window();
    const QRect rect(widget->mapTo(window, QPoint(0, 0)), widget->size());
    return window->rect().contains(rect);
}

} // namespace

class TestMainWindowSmallScreen : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void firstStartFitsTheScreen();
    void longSensorNameElides();

private:
    std::int64_t addSeries(const std::string& name);
    void openWindow();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Store> m_store;
    std::unique_ptr<ui::Settings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
    std::int64_t m_shortSeries = 0;
    std::int64_t m_longSeries = 0;
};

void TestMainWindowSmallScreen::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto store = core::Store::open(toStd(m_dir->filePath(QStringLiteral("profile/balgul.sqlite"))));
    QVERIFY2(store.ok(), store.ok() ? "" : store.error().toString().c_str());
    m_store = std::move(store).value();
    QVERIFY(core::seedDemoStore(*m_store, 200, 5).ok());
    m_shortSeries = addSeries("Balcony");
    m_longSeries = addSeries(kLongName);
    // First start: no saved window geometry, state or map view.
    m_settings = std::make_unique<ui::Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_settings->setTileKind(QStringLiteral("none"));
    m_settings->setUserName(QStringLiteral("Mina"));
}

void TestMainWindowSmallScreen::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_store.reset();
    m_dir.reset();
}

std::int64_t TestMainWindowSmallScreen::addSeries(const std::string& name)
{
    core::sensor::Device device;
    device.source = "sensor.community";
    device.externalId = std::to_string(22885 + name.size());
    device.sensorType = "SDS011";
    device.name = name;
    core::sensor::ObservationStore observations(m_store->database());
    core::Transaction tx(m_store->database());
    const std::int64_t deviceId = observations.ensureDevice(device);
    const std::int64_t seriesId = observations.ensureSeries(deviceId, core::sensor::Quantity::Pm2_5);
    std::vector<core::sensor::Reading> readings;
    for (int i = 0; i < 48 * 6; ++i)
        readings.push_back({1714521600 + i * 600, 10.0 + i % 30, core::sensor::FlagNone});
    observations.addReadings(seriesId, std::move(readings));
    tx.commit();
    return seriesId;
}

void TestMainWindowSmallScreen::openWindow()
{
    m_window = std::make_unique<ui::MainWindow>(*m_store, *m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(!m_window->mapView()->isIndexing());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

void TestMainWindowSmallScreen::firstStartFitsTheScreen()
{
    openWindow();
    const QRect available = m_window->screen()->availableGeometry();
    qInfo("screen %dx%d logical, window %dx%d, minimum %dx%d", available.width(), available.height(),
          m_window->frameGeometry().width(), m_window->frameGeometry().height(),
          m_window->minimumSizeHint().width(), m_window->minimumSizeHint().height());
    QVERIFY2(available.contains(m_window->frameGeometry()),
             qPrintable(QStringLiteral("window %1x%2 at %3,%4 on a %5x%6 screen")
                            .arg(m_window->frameGeometry().width())
                            .arg(m_window->frameGeometry().height())
                            .arg(m_window->frameGeometry().x())
                            .arg(m_window->frameGeometry().y())
                            .arg(available.width())
                            .arg(available.height())));
    QVERIFY(m_window->minimumSizeHint().width() <= available.width());
    QVERIFY(m_window->minimumSizeHint().height() <= available.height());

    // The map gets a real share of the window, not a strip.
    const ui::MapView* map = m_window->mapView();
    qInfo("map %dx%d", map->width(), map->height());
    QVERIFY2(map->isVisible() && map->width() >= m_window->width() * 35 / 100,
             qPrintable(QStringLiteral("map %1 px wide of %2").arg(map->width()).arg(m_window->width())));
    QVERIFY2(map->height() >= m_window->height() * 35 / 100,
             qPrintable(QStringLiteral("map %1 px high of %2").arg(map->height()).arg(m_window->height())));

    // The problem list and the sensors are there, and every button of the chart is on screen.
    QVERIFY(m_window->listPanel()->isVisible());
    ui::SensorPanel* sensors = m_window->sensorPanel();
    auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("sensorDock"));
    QVERIFY(dock);
    if (!sensors->isVisible()) {
        // A small screen may keep the sensors in a tab; one click shows them.
        dock->show();
        dock->raise();
        QTRY_VERIFY(sensors->isVisible());
    }
    for (const char* name : {"sensorSelectTool", "sensorResetZoom", "sensorAttachButton",
                             "sensorClearSelection", "sensorModeBox", "sensorWhoBox"}) {
        auto* control = sensors->findChild<QWidget*>(QLatin1String(name));
        QVERIFY2(control && control->isVisible(), name);
        QVERIFY2(insideWindow(control), name);
        // Not squeezed below what its layout promises it.
        const int minimum =
            control->minimumWidth() > 0 ? control->minimumWidth() : control->minimumSizeHint().width();
        QVERIFY2(control->width() >= minimum - 1, name);
    }
}

void TestMainWindowSmallScreen::longSensorNameElides()
{
    openWindow();
    ui::SensorPanel* sensors = m_window->sensorPanel();
    QVERIFY(sensors->showSeries(m_shortSeries));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const int minimum = m_window->minimumSizeHint().width();
    const QSize size = m_window->size();

    QVERIFY(sensors->showSeries(m_longSeries));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCOMPARE(m_window->minimumSizeHint().width(), minimum);
    QCOMPARE(m_window->size(), size);
    auto* title = sensors->findChild<QLabel*>(QStringLiteral("sensorTitle"));
    QVERIFY(title);
    QVERIFY(insideWindow(title));
    // The full name is a hover away.
    QVERIFY2(title->toolTip().contains(QString::fromUtf8(kLongName)), qPrintable(title->toolTip()));
}

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("BALGUL_TEST_SCREEN")) {
        // The parent: run the tests once per screen and pass on what they say.
        QCoreApplication app(argc, argv);
        QTemporaryDir configs;
        int failures = 0;
        for (const ScreenCase& screen : kScreens) {
            const QString config = configs.filePath(QStringLiteral("%1.json").arg(screen.width));
            QFile file(config);
            if (!file.open(QIODevice::WriteOnly))
                return 1;
            file.write(
                QStringLiteral(R"({"screens": [{"name": "screen", "x": 0, "y": 0, "width": %1, "height": %2,
                                          "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})")
                    .arg(screen.width)
                    .arg(screen.height)
                    .toUtf8());
            file.close();
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("BALGUL_TEST_SCREEN"), QString::fromLatin1(screen.name));
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen:configfile=") + config);
            env.insert(QStringLiteral("QT_SCALE_FACTOR"), QString::fromLatin1(screen.scale));
            child.setProcessEnvironment(env);
            child.setProcessChannelMode(QProcess::ForwardedChannels);
            std::printf("=== screen %s (QT_SCALE_FACTOR=%s)\n", screen.name, screen.scale);
            std::fflush(stdout);
            child.start(QCoreApplication::applicationFilePath(), app.arguments().mid(1));
            if (!child.waitForFinished(240000) || child.exitStatus() != QProcess::NormalExit ||
                child.exitCode() != 0)
                ++failures;
        }
        return failures;
    }
    QApplication app(argc, argv);
    TestMainWindowSmallScreen test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "test_main_window_small_screen.moc"
