// A large GeoJSON import in the main window: a progress dialog with the features read, Cancel that
// leaves the store exactly as it was, and the problems of an import that ran to the end shown.
#include "core/demo/demo_generator.h"
#include "core/io/geojson.h"
#include "core/store/store.h"
#include "ui/import_progress_dialog.h"
#include "ui/main_window.h"
#include "ui/map/map_view.h"
#include "ui/models/problem_list_model.h"
#include "ui/settings.h"

#include "tests/support/test_support.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <fstream>
#include <memory>

using namespace balgul;
using balgul::test::toStd;

namespace {

constexpr std::size_t kDemoCount = 50;
constexpr std::size_t kFeatures = 3000;

} // namespace

class TestImportProgress : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void progressCountsFeaturesAndCancelChangesNothing();
    void importToTheEndIsShownAndUndoable();
    void progressReadsTheImportsReports();

private:
    QString writeLayer();
    std::int64_t outbox() const { return m_store->outboxSize(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Store> m_store;
    std::unique_ptr<ui::Settings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestImportProgress::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto store = core::Store::open(toStd(m_dir->filePath(QStringLiteral("profile/balgul.sqlite"))));
    QVERIFY2(store.ok(), store.ok() ? "" : store.error().toString().c_str());
    m_store = std::move(store).value();
    QVERIFY(core::seedDemoStore(*m_store, kDemoCount, 3).ok());
    m_settings = std::make_unique<ui::Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_settings->setTileKind(QStringLiteral("none"));
    m_settings->setUserName(QStringLiteral("김민지"));
    m_window = std::make_unique<ui::MainWindow>(*m_store, *m_settings);
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(!m_window->mapView()->isIndexing());
}

void TestImportProgress::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_store.reset();
    m_dir.reset();
}

QString TestImportProgress::writeLayer()
{
    std::string text = "{\"type\": \"FeatureCollection\", \"features\": [\n";
    const auto problems = core::generateDemoProblems(kFeatures, 77);
    for (std::size_t i = 0; i < problems.size(); ++i) {
        if (i)
            text += ",\n";
        core::appendGeoJsonFeature(text, problems[i]);
    }
    text += "\n]}\n";
    const QString path = m_dir->filePath(QStringLiteral("city-layer.geojson"));
    std::ofstream(toStd(path), std::ios::binary) << text;
    return path;
}

void TestImportProgress::progressCountsFeaturesAndCancelChangesNothing()
{
    const QString path = writeLayer();
    const std::int64_t problems = m_store->stats().problems;
    const std::int64_t ops = outbox();
    // The worker waits until the dialog is up and Cancel was clicked.
    QSemaphore clicked;
    m_window->setBeforeImportHook([&clicked] { clicked.acquire(); });
    QSignalSpy finished(m_window.get(), &ui::MainWindow::jobFinished);
    m_window->importGeoJsonFile(path);
    QVERIFY(m_window->isBusy());
    ui::ImportProgressDialog* dialog = m_window->importProgressDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->isModal() || dialog->windowModality() == Qt::WindowModal);
    QVERIFY2(dialog->countText().contains(QStringLiteral("0")), qPrintable(dialog->countText()));
    auto* cancel = dialog->findChild<QPushButton*>(QStringLiteral("cancelImportButton"));
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!cancel->isEnabled());
    clicked.release();

    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.front().front().toBool(), false);
    QVERIFY(!m_window->isBusy());
    QTRY_VERIFY(!m_window->importProgressDialog());
    QVERIFY2(m_window->messageText().contains(QStringLiteral("city-layer.geojson")),
             qPrintable(m_window->messageText()));
    QCOMPARE(m_store->stats().problems, problems);
    QCOMPARE(outbox(), ops);
    QCOMPARE(m_window->problemModel()->rowCount(), int(kDemoCount));
    QCOMPARE(m_window->undoStack()->count(), 0);
}

void TestImportProgress::importToTheEndIsShownAndUndoable()
{
    const QString path = writeLayer();
    QSignalSpy finished(m_window.get(), &ui::MainWindow::jobFinished);
    m_window->importGeoJsonFile(path);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.front().front().toBool(), true);
    QTRY_VERIFY(!m_window->importProgressDialog());
    QCOMPARE(m_window->problemModel()->rowCount(), int(kDemoCount + kFeatures));
    QVERIFY2(m_window->messageText().contains(QLocale().toString(int(kFeatures))) ||
                 m_window->messageText().contains(QString::number(kFeatures)),
             qPrintable(m_window->messageText()));
    core::ProblemQuery query;
    query.text = core::generateDemoProblems(kFeatures, 77)[1234].title;
    QVERIFY(*m_store->countProblems(query) >= 1);
    m_window->undoStack()->undo();
    QCOMPARE(m_store->stats().problems, std::int64_t(kDemoCount));
}

void TestImportProgress::progressReadsTheImportsReports()
{
    auto progress = std::make_shared<ui::GeoJsonImportProgress>();
    ui::ImportProgressDialog dialog(QStringLiteral("layer.geojson"), progress);
    auto* bar = dialog.findChild<QProgressBar*>(QStringLiteral("importBar"));
    QVERIFY(bar);
    progress->report("features", 12345, -1);
    progress->report("read", 50, 200);
    QTRY_VERIFY2(dialog.countText().contains(QStringLiteral("25%")), qPrintable(dialog.countText()));
    QTRY_COMPARE(bar->value(), 250);
    progress->report("index", 10, 40);
    QTRY_VERIFY2(dialog.countText().contains(QLocale().toString(12345)), qPrintable(dialog.countText()));
    QTRY_COMPARE(bar->value(), 250); // a quarter of the rows indexed
    dialog.reject();                 // Esc cancels
    QVERIFY(progress->cancelled());
}

QTEST_MAIN(TestImportProgress)
#include "test_import_progress.moc"
