// Sensor evidence in the desktop: the card's figures, Copy and Verify, attach/remove through the undo
// stack (with the detail panel following), the attach dialog, and stations with their legend on the
// map of the main window.

#include "core/sensor/evidence.h"
#include "core/sensor/observation_store.h"
#include "core/store/store.h"
#include "ui/main_window.h"
#include "ui/map/grade_legend.h"
#include "ui/map/map_view.h"
#include "ui/map/station_layer.h"
#include "ui/panels/evidence_card.h"
#include "ui/panels/problem_detail_panel.h"
#include "ui/qt_convert.h"
#include "ui/sensor/attach_evidence_dialog.h"
#include "ui/sensor/grade_colors.h"
#include "ui/sensor/sensor_panel.h"
#include "ui/settings.h"
#include "ui/undo/evidence_commands.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace balgul;
using core::sensor::KoreanGrade;
using core::sensor::Reading;

namespace {

constexpr std::int64_t kDay = 1714521600; // 2024-05-01T00:00:00Z
constexpr std::int64_t kHour = 3600;

/// Hours 0–11 at 20 µg/m³, hours 12–17 at 50 (three readings an hour): mean 30, six hours at 나쁨.
std::vector<Reading> eighteenHours()
{
    std::vector<Reading> out;
    for (int h = 0; h < 18; ++h) {
        const double mean = h < 12 ? 20 : 50;
        for (int i = 0; i < 3; ++i)
            out.push_back({kDay + h * kHour + i * 1200, mean - 2 + 2 * i, core::sensor::FlagNone});
    }
    return out;
}

QString labelText(const QWidget* parent, const char* name)
{
    const auto* label = parent->findChild<QLabel*>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
}

} // namespace

class TestEvidenceCard : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Store> m_store;
    core::Problem m_problem;
    core::Problem m_other;
    std::int64_t m_series = 0;
    std::int64_t m_device = 0;

    core::sensor::Evidence attach(std::int64_t from = kDay, std::int64_t to = kDay + 24 * kHour)
    {
        auto attached = core::sensor::EvidenceStore(m_store->database())
                            .attach(m_problem.id, m_series, from, to, "학교 앞");
        if (!attached)
            qFatal("attach failed: %s", attached.error().toString().c_str());
        return attached.value();
    }

    /// Changes one stored reading by a thousandth, as a tampered file would.
    void changeOneReading()
    {
        std::vector<Reading> block;
        {
            auto st = m_store->database().prepare("SELECT data FROM sensor_blocks WHERE series_id = ?");
            st.bind(1, m_series);
            QVERIFY(st.step());
            QVERIFY(core::sensor::decodeBlock(std::string(st.textView(0)), block));
        }
        block[4].value += 0.001;
        m_store->database()
            .prepare("UPDATE sensor_blocks SET data = ? WHERE series_id = ?")
            .bindBlob(1, core::sensor::encodeBlock(block).value())
            .bind(2, m_series)
            .run();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto store = core::Store::open(ui::toStd(m_dir->filePath(QStringLiteral("profile/balgul.sqlite"))));
        QVERIFY(store.ok());
        m_store = std::move(store).value();
        core::Problem draft;
        draft.title = "둔산동 미세먼지";
        draft.category = "air";
        draft.lat = 36.3504;
        draft.lon = 127.3845;
        m_problem = m_store->createProblem(draft).value();
        draft.title = "공사장 소음";
        m_other = m_store->createProblem(draft).value();

        core::sensor::ObservationStore observations(m_store->database());
        core::sensor::Device device;
        device.source = "sensor.community";
        device.externalId = "22885";
        device.sensorType = "SDS011";
        device.lat = 36.3510;
        device.lon = 127.3850;
        core::Transaction tx(m_store->database());
        m_device = observations.ensureDevice(device);
        m_series = observations.ensureSeries(m_device, core::sensor::Quantity::Pm2_5);
        observations.addReadings(m_series, eighteenHours());
        tx.commit();
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void cardShowsTheNumbers()
    {
        const core::sensor::Evidence evidence = attach();
        ui::EvidenceCard card(m_store.get(), evidence);
        QCOMPARE(labelText(&card, "evidenceTitle"), QStringLiteral("학교 앞"));
        QVERIFY(labelText(&card, "evidenceSeries").contains(QStringLiteral("22885")));
        QVERIFY(labelText(&card, "evidenceMean").contains(QStringLiteral("30.0")));
        QVERIFY(labelText(&card, "evidenceMax").contains(QStringLiteral("50.0")));
        QVERIFY2(labelText(&card, "evidenceCoverage").contains(QStringLiteral("18 of 24 h")),
                 qPrintable(labelText(&card, "evidenceCoverage")));
        QVERIFY(labelText(&card, "evidenceHoursOverBad").startsWith(QStringLiteral("6 h")));
        const auto* grade = card.findChild<QLabel*>(QStringLiteral("evidenceGrade"));
        QCOMPARE(grade->text(), ui::gradeName(KoreanGrade::Moderate));
        QVERIFY(grade->styleSheet().contains(ui::gradeColor(KoreanGrade::Moderate).name()));
        const QString fingerprint = ui::toQ(evidence.fingerprint);
        QVERIFY(labelText(&card, "evidenceFingerprint").contains(fingerprint.left(12) + QStringLiteral("…")));
        QVERIFY(labelText(&card, "evidenceFingerprint").endsWith(fingerprint.right(6)));
        QCOMPARE(card.findChild<ui::EvidenceSparkline*>()->pointCount(), 18);

        card.findChild<QPushButton*>(QStringLiteral("copyFingerprintButton"))->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), fingerprint);
    }

    void verifyButtonSaysWhetherReadingsChanged()
    {
        ui::EvidenceCard card(m_store.get(), attach());
        auto* verify = card.findChild<QPushButton*>(QStringLiteral("verifyButton"));
        QCOMPARE(card.verifyResult(), QString());
        verify->click();
        QCOMPARE(card.verifyResult(), QStringLiteral("✓ unchanged"));
        changeOneReading();
        verify->click();
        QCOMPARE(card.verifyResult(), QStringLiteral("✗ readings changed since attached"));
        m_store->database().prepare("DELETE FROM sensor_series WHERE id = ?").bind(1, m_series).run();
        verify->click();
        QVERIFY(card.verifyResult().startsWith(QStringLiteral("✗ the sensor series is no longer stored")));
    }

    void attachUndoRedoThroughTheStack()
    {
        QUndoStack stack;
        ui::ProblemDetailPanel panel(*m_store);
        panel.evidenceList()->setUndoStack(&stack);
        panel.showProblem(m_problem.rowid);
        ui::EvidenceCardList* list = panel.evidenceList();
        QCOMPARE(list->cards().size(), 0);
        QVERIFY(list->isHidden());

        std::vector<core::Error> errors;
        auto onError = [&errors](const core::Error& e) { errors.push_back(e); };
        auto* command = new ui::AttachEvidenceCommand(*m_store, m_problem.id, m_series, kDay,
                                                      kDay + 24 * kHour, "아침", onError);
        stack.push(command);
        QVERIFY(errors.empty());
        QCOMPARE(list->cards().size(), 1);
        QVERIFY(!list->isHidden());
        const core::sensor::Evidence attached = list->cards().front()->evidence();
        QCOMPARE(attached.label, std::string("아침"));
        QCOMPARE(stack.undoText(), QStringLiteral("Attach sensor evidence “아침”"));

        stack.undo();
        QCOMPARE(list->cards().size(), 0);
        QVERIFY(list->isHidden());
        QCOMPARE(core::sensor::EvidenceStore(m_store->database()).list(m_problem.id)->size(), std::size_t{0});

        stack.redo();
        QCOMPARE(list->cards().size(), 1);
        QCOMPARE(list->cards().front()->evidence().id, attached.id);
        QCOMPARE(list->cards().front()->evidence().fingerprint, attached.fingerprint);

        // The card's remove button is one more undoable step.
        auto* remove = list->cards().front()->findChild<QPushButton*>(QStringLiteral("removeEvidenceButton"));
        QVERIFY(remove->isVisibleTo(list->cards().front()));
        remove->click();
        QCOMPARE(stack.count(), 2);
        QCOMPARE(list->cards().size(), 0);
        stack.undo();
        QCOMPARE(list->cards().size(), 1);
        QCOMPARE(list->cards().front()->evidence().id, attached.id);

        // The other problem shows none of it.
        panel.showProblem(m_other.rowid);
        QCOMPARE(list->cards().size(), 0);
    }

    void failedAttachLeavesNoStep()
    {
        QUndoStack stack;
        std::vector<core::Error> errors;
        stack.push(new ui::AttachEvidenceCommand(*m_store, m_problem.id, m_series, kDay + 30 * kHour,
                                                 kDay + 40 * kHour, {},
                                                 [&errors](const core::Error& e) { errors.push_back(e); }));
        QCOMPARE(stack.count(), 0);
        QCOMPARE(errors.size(), std::size_t{1});
        QCOMPARE(errors.front().code, std::string("no_readings"));
    }

    void dialogPicksTheProblemAndShowsTheFigures()
    {
        ui::AttachEvidenceDialog dialog(*m_store, m_series, kDay, kDay + 24 * kHour, m_other.rowid);
        QCOMPARE(dialog.problemId(), m_other.id);
        QCOMPARE(dialog.listedProblems(), 2);
        QVERIFY(dialog.canAttach());
        const auto* preview = dialog.findChild<ui::EvidenceCard*>();
        QVERIFY(preview);
        QVERIFY(labelText(preview, "evidenceCoverage").contains(QStringLiteral("18 of 24 h")));
        QVERIFY(!preview->findChild<QPushButton*>(QStringLiteral("verifyButton"))->isVisibleTo(preview));

        dialog.setSearchText(QStringLiteral("미세먼지"));
        QCOMPARE(dialog.listedProblems(), 1);
        QVERIFY(dialog.chooseProblem(m_problem.id));
        QVERIFY(!dialog.chooseProblem(m_other.id));
        dialog.setLabel(QStringLiteral("  주말  "));
        QCOMPARE(dialog.label(), QStringLiteral("주말"));
        QCOMPARE(dialog.problemId(), m_problem.id);

        ui::AttachEvidenceDialog empty(*m_store, m_series, kDay + 30 * kHour, kDay + 40 * kHour,
                                       m_problem.rowid);
        QVERIFY(!empty.previewError().isEmpty());
        QVERIFY(!empty.canAttach());
    }

    void mainWindowAttachesAndShowsStations()
    {
        ui::Settings settings(m_dir->filePath(QStringLiteral("settings.ini")));
        settings.setTileKind(QStringLiteral("none"));
        ui::MainWindow window(*m_store, settings);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // A station with readings of the last day: on the map, in the legend's colours.
        {
            const std::int64_t now = core::toUnixMs(core::now()) / 1000;
            std::vector<Reading> recent;
            for (int h = 0; h < 24; ++h)
                recent.push_back({now - h * kHour - 60, 80, core::sensor::FlagNone});
            core::Transaction tx(m_store->database());
            core::sensor::ObservationStore(m_store->database()).addReadings(m_series, recent);
            tx.commit();
        }
        ui::StationLayer* stations = window.stationLayer();
        QCOMPARE(stations->stations().size(), std::size_t{1}); // read when the window opened
        window.reloadStations();
        QCOMPARE(ui::gradeName(stations->stations().front().grade), ui::gradeName(KoreanGrade::VeryBad));
        QCOMPARE(ui::StationLayer::valueText(stations->stations().front()), QStringLiteral("80"));
        QVERIFY(window.gradeLegend()->isVisible());
        QCOMPARE(window.gradeLegend()->rowTexts().size(), 6);
        QCOMPARE(window.gradeLegend()->rowTexts().at(2), ui::gradeName(KoreanGrade::Bad));

        ui::MapView* map = window.mapView();
        map->setZoom(17);
        map->setCenter(QGeoCoordinate(36.3510, 127.3850));
        QSignalSpy activated(stations, &ui::StationLayer::stationActivated);
        QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier,
                          map->pixelFor(QGeoCoordinate(36.3510, 127.3850)).toPoint() + QPoint(3, 2));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.front().front().toLongLong(), m_device);
        QCOMPARE(stations->selectedStation(), m_device);
        QCOMPARE(window.sensorPanel()->currentSeries(), m_series);
        QVERIFY(
            ui::StationLayer::toolTipText(stations->stations().front()).contains(QStringLiteral("22885")));

        auto* toggle = window.findChild<QAction*>(QStringLiteral("actionSensorStations"));
        QVERIFY(toggle && toggle->isChecked());
        toggle->trigger();
        QVERIFY(!stations->isVisible());
        QVERIFY(!window.gradeLegend()->isVisible());
        toggle->trigger();
        QVERIFY(stations->isVisible());

        // Attach from the window: the dialog, then the card in the details, one undo step.
        window.selectProblem(m_problem.rowid);
        window.attachEvidence(m_series, kDay, kDay + 24 * kHour);
        ui::AttachEvidenceDialog* dialog = window.attachEvidenceDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->problemId(), m_problem.id);
        dialog->setLabel(QStringLiteral("아침 출근길"));
        dialog->accept();
        QTRY_VERIFY(!window.attachEvidenceDialog());
        ui::EvidenceCardList* list = window.detailPanel()->evidenceList();
        QCOMPARE(list->cards().size(), 1);
        QCOMPARE(list->cards().front()->evidence().label, std::string("아침 출근길"));
        QCOMPARE(window.undoStack()->count(), 1);
        window.undoStack()->undo();
        QCOMPARE(list->cards().size(), 0);
        window.undoStack()->redo();
        QCOMPARE(list->cards().size(), 1);
    }
};

QTEST_MAIN(TestEvidenceCard)
#include "test_evidence_card.moc"
