// The status bar's progress of a long sync against a real balgul-hub with many problems: counts,
// rate and time left, Cancel that keeps what arrived, and the next sync carrying on from there.

#include "../hub/hub_process.h"
#include "../support/test_support.h"

#include "core/store/store.h"
#include "ui/models/problem_list_model.h"
#include "ui/qt_convert.h"
#include "ui/sync/sync_controller.h"
#include "ui/sync/sync_progress_bar.h"
#include "ui/sync/sync_status_button.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <condition_variable>
#include <memory>
#include <mutex>

using namespace balgul;
using ui::SyncController;

namespace {

constexpr int kWaitMs = 30000;
constexpr int kProblems = 600;
constexpr int kPage = 100;

SyncController::Intervals quietIntervals()
{
    SyncController::Intervals i;
    i.debounceMs = 3'600'000;
    i.periodicMs = 3'600'000;
    i.firstRetryMs = 3'600'000;
    i.maxRetryMs = 3'600'000;
    i.requestTimeoutSeconds = 10;
    return i;
}

std::int64_t storeCount(core::Store& store, const std::string& sql)
{
    auto st = store.database().prepare(sql);
    return st.step() ? st.int64(0) : -1;
}

/// Holds a round's worker at a pull report until the test lets it go, so the test looks at the
/// status bar while the round is exactly there.
class Gate
{
public:
    /// Pauses at the pull report with `done` changes written (-1: at the last, done == total).
    void pauseAt(std::int64_t done)
    {
        std::lock_guard lock(m_mutex);
        m_at = done;
        m_paused = false;
        m_released = false;
    }
    void onReport(const std::string& stage, std::int64_t done, std::int64_t total)
    {
        std::unique_lock lock(m_mutex);
        if (stage != "pull" || m_released || m_paused)
            return;
        if (!(m_at >= 0 ? done == m_at : total > 0 && done == total))
            return;
        m_paused = true;
        m_changed.notify_all();
        m_changed.wait(lock, [this] { return m_released; });
    }
    bool waitPaused()
    {
        return QTest::qWaitFor(
            [this] {
                std::lock_guard lock(m_mutex);
                return m_paused;
            },
            kWaitMs);
    }
    void release()
    {
        std::lock_guard lock(m_mutex);
        m_released = true;
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::int64_t m_at = -2;
    bool m_paused = false;
    bool m_released = false;
};

} // namespace

class TestSyncProgress : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void textSaysCountsRateAndTimeLeft_data();
    void textSaysCountsRateAndTimeLeft();
    void barShowsTheCountsAndCancelKeepsWhatArrived();
    void listFillsInWhileALargePullRuns();

private:
    QString hubUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_hub->port()); }

    QTemporaryDir m_hubDir;
    std::unique_ptr<test::HubProcess> m_hub;
};

void TestSyncProgress::initTestCase()
{
    QVERIFY(m_hubDir.isValid());
    m_hub = std::make_unique<test::HubProcess>(m_hubDir.path());
    QCOMPARE(m_hub->adminCommand(QStringLiteral("bench-fill"),
                                 {QStringLiteral("--problems"), QString::number(kProblems)}),
             0);
    QVERIFY2(m_hub->start(), "balgul-hub did not start");
    QVERIFY(m_hub->addUser(QStringLiteral("minji"), QStringLiteral("citizen")));
}

void TestSyncProgress::cleanupTestCase()
{
    if (m_hub)
        QCOMPARE(m_hub->stop(), 0);
}

void TestSyncProgress::textSaysCountsRateAndTimeLeft_data()
{
    QTest::addColumn<QString>("stage");
    QTest::addColumn<qint64>("done");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<double>("seconds");
    QTest::addColumn<QString>("text");
    QTest::addRow("a third in")
        << QStringLiteral("pull") << qint64{300'000} << qint64{1'000'000} << 12.0
        << QStringLiteral("Receiving from the hub: 300,000 of 1,000,000 · 25,000 a second · about 28 s left");
    QTest::addRow("minutes left")
        << QStringLiteral("pull") << qint64{100'000} << qint64{1'000'000} << 10.0
        << QStringLiteral("Receiving from the hub: 100,000 of 1,000,000 · 10,000 a second · about 2 "
                          "min left");
    QTest::addRow("first page not written")
        << QStringLiteral("pull") << qint64{0} << qint64{1'000'000} << 0.0
        << QStringLiteral("Receiving from the hub: 0 of 1,000,000 · estimating the time left…");
    QTest::addRow("a hub that does not count")
        << QStringLiteral("pull") << qint64{5'000} << qint64{-1} << 2.0
        << QStringLiteral("Receiving from the hub: 5,000 · 2,500 a second");
    QTest::addRow("the last page") << QStringLiteral("pull") << qint64{1'000'000} << qint64{1'000'000} << 40.0
                                   << QStringLiteral(
                                          "Receiving from the hub: 1,000,000 of 1,000,000 · 25,000 a second");
    QTest::addRow("sending") << QStringLiteral("push") << qint64{600} << qint64{1'200} << 3.0
                             << QStringLiteral(
                                    "Sending your changes: 600 of 1,200 · 200 a second · about 3 s left");
}

void TestSyncProgress::textSaysCountsRateAndTimeLeft()
{
    QFETCH(QString, stage);
    QFETCH(qint64, done);
    QFETCH(qint64, total);
    QFETCH(double, seconds);
    QFETCH(QString, text);
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    SyncController::Progress p;
    p.stage = stage;
    p.done = done;
    p.total = total;
    p.seconds = seconds;
    p.large = true;
    const QString shown = ui::syncProgressText(p);
    QLocale::setDefault(before);
    QCOMPARE(shown, text);
}

void TestSyncProgress::barShowsTheCountsAndCancelKeepsWhatArrived()
{
    QTemporaryDir dir;
    auto opened = core::Store::open(ui::toStd(dir.path() + QStringLiteral("/balgul.sqlite")));
    QVERIFY(opened);
    core::Store& store = **opened;
    SyncController controller(store);
    controller.setIntervals(quietIntervals());
    controller.setPullPageSize(kPage);
    Gate gate;
    controller.setProgressHook([&gate](const std::string& stage, std::int64_t done, std::int64_t total) {
        gate.onReport(stage, done, total);
    });
    QWidget window;
    auto* bar = new ui::SyncProgressBar(controller, &window);
    auto* button = new ui::SyncStatusButton(controller, &window);
    window.show();
    auto* label = bar->findChild<QLabel*>(QStringLiteral("syncProgressLabel"));
    auto* value = bar->findChild<QProgressBar*>(QStringLiteral("syncProgressValue"));
    auto* cancel = bar->findChild<QToolButton*>(QStringLiteral("syncProgressCancel"));
    QVERIFY(label && value && cancel);
    QVERIFY(!bar->isVisibleTo(&window));

    // Signing in syncs at once: held when half the hub's problems are written.
    gate.pauseAt(3 * kPage);
    QSignalSpy finished(&controller, &SyncController::syncFinished);
    QSignalSpy signedIn(&controller, &SyncController::signInFinished);
    controller.signIn(hubUrl(), QStringLiteral("minji"), QStringLiteral("correct horse"));
    QVERIFY(gate.waitPaused());
    QVERIFY(signedIn.count() == 1 && signedIn.first().at(0).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisibleTo(&window), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(label->text().startsWith(QStringLiteral("Receiving from the hub: 300 of 600")),
                             kWaitMs);
    QCOMPARE(value->value() * 2, value->maximum());
    QCOMPARE(value->toolTip(), label->text()); // the counts where a narrow window cuts the label
    QCOMPARE(controller.progress().done, qint64{300});
    QCOMPARE(controller.progress().total, qint64{600});

    // Cancel: the round stops after the page it wrote; automatic rounds wait.
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(controller.isStopped());
    gate.release();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(!bar->isVisibleTo(&window));
    QCOMPARE(controller.statusText(), QStringLiteral("Sync stopped — click to carry on"));
    QCOMPARE(button->text(), controller.statusText());
    QCOMPARE(storeCount(store, "SELECT count(*) FROM problems"), std::int64_t{300});
    controller.setAutomatic(true);
    QVERIFY(!controller.isSyncing());

    // A click on the status carries on from there: only what is left, held at its last page.
    gate.pauseAt(-1);
    std::vector<SyncController::Progress> seen;
    connect(&controller, &SyncController::progressChanged, this,
            [&] { seen.push_back(controller.progress()); });
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!controller.isStopped());
    QVERIFY(gate.waitPaused());
    QTRY_VERIFY_WITH_TIMEOUT(label->text().startsWith(QStringLiteral("Receiving from the hub: 300 of 300")),
                             kWaitMs);
    QCOMPARE(value->value(), value->maximum());
    gate.release();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kWaitMs);
    QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(finished.at(1).at(1).toString()));
    QVERIFY(!bar->isVisibleTo(&window));
    QCOMPARE(storeCount(store, "SELECT count(*) FROM problems"), std::int64_t{kProblems});
    QCOMPARE(storeCount(store, "SELECT count(DISTINCT id) FROM problems"), std::int64_t{kProblems});
    // What the bar was shown only grew.
    qint64 last = 0;
    for (const auto& p : seen) {
        if (p.stage != QLatin1String("pull"))
            continue;
        QVERIFY(p.done >= last);
        QVERIFY(p.done <= p.total);
        last = p.done;
    }
    QCOMPARE(last, qint64{300});
}

void TestSyncProgress::listFillsInWhileALargePullRuns()
{
    QTemporaryDir dir;
    auto opened = core::Store::open(ui::toStd(dir.path() + QStringLiteral("/balgul.sqlite")));
    QVERIFY(opened);
    core::Store& store = **opened;
    ui::ProblemListModel model(store);
    QCOMPARE(model.rowCount(), 0);
    SyncController controller(store);
    controller.setIntervals(quietIntervals());
    controller.setPullPageSize(kPage);
    controller.setPullGroupChanges(2 * kPage); // committed after pages 2, 4 and 6
    Gate gate;
    controller.setProgressHook([&gate](const std::string& stage, std::int64_t done, std::int64_t total) {
        gate.onReport(stage, done, total);
    });
    QSignalSpy finished(&controller, &SyncController::syncFinished);

    // Held after the fifth page: the first two groups are in the file, the fifth page is not.
    gate.pauseAt(5 * kPage);
    controller.signIn(hubUrl(), QStringLiteral("minji"), QStringLiteral("correct horse"));
    QVERIFY(gate.waitPaused());
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0, kWaitMs);
    QVERIFY(controller.isSyncing());
    QVERIFY2(model.rowCount() == 2 * kPage || model.rowCount() == 4 * kPage,
             qPrintable(QString::number(model.rowCount())));
    QCOMPARE(finished.count(), 0);

    gate.release();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QCOMPARE(model.rowCount(), kProblems);
}

QTEST_MAIN(TestSyncProgress)
#include "test_sync_progress.moc"
