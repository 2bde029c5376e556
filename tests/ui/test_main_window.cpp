// The main window on a demo store: a problem added through the UI (add mode, a click on the
// map, the editor filled in by object name, Save) shows up in the list and on the map, and
// undo / redo take it away and bring it back. Also: delete with confirmation, the shared
// selection, edits through the editor and an import on the thread pool.
#include "core/demo/demo_generator.h"
#include "core/store/store.h"
#include "ui/editor/photo_picker.h"
#include "ui/editor/problem_editor.h"
#include "ui/main_window.h"
#include "ui/map/map_view.h"
#include "ui/models/problem_filter_proxy.h"
#include "ui/models/problem_list_model.h"
#include "ui/panels/problem_detail_panel.h"
#include "ui/panels/problem_list_panel.h"
#include "ui/settings.h"

#include "tests/support/test_support.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <algorithm>
#include <memory>

using namespace balgul;
using balgul::test::toStd;

namespace {

constexpr std::size_t kDemoCount = 300;

bool mapHasPoint(const ui::MapView& map, std::int64_t rowid)
{
    // The cluster index holds what the map draws: ask it for every member of the whole world.
    const auto items = map.clusterIndex().query({0, 0}, {1, 1}, 0);
    for (const auto& item : items) {
        const auto members = map.clusterIndex().members(item, 1'000'000);
        if (std::find(members.begin(), members.end(), rowid) != members.end())
            return true;
    }
    return false;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void startsWithTheDemoProblems();
    void addProblemThroughTheUiThenUndoRedo();
    void addWithPhotoIsOneUndoStep();
    void editThroughTheEditorIsOneUndoStep();
    void deleteAsksAndCanBeUndone_data();
    void deleteAsksAndCanBeUndone();
    void selectionIsShared();
    void importRunsOffTheGuiThreadAndReloads_data();
    void importRunsOffTheGuiThreadAndReloads();

private:
    ui::ProblemEditor* waitForEditor();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Store> m_store;
    std::unique_ptr<ui::Settings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto store = core::Store::open(toStd(m_dir->filePath(QStringLiteral("profile/balgul.sqlite"))));
    QVERIFY2(store.ok(), store.ok() ? "" : store.error().toString().c_str());
    m_store = std::move(store).value();
    QVERIFY(core::seedDemoStore(*m_store, kDemoCount, 7).ok());
    m_settings = std::make_unique<ui::Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_settings->setTileKind(QStringLiteral("none")); // no network in tests
    m_window = std::make_unique<ui::MainWindow>(*m_store, *m_settings);
    m_window->setConfirmation([](const QString&, const QString&) { return true; });
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(!m_window->mapView()->isIndexing());
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_store.reset();
    m_dir.reset();
}

ui::ProblemEditor* TestMainWindow::waitForEditor()
{
    // The window opens the editor with open(): no nested event loop blocks the test.
    for (int i = 0; i < 200 && !m_window->activeEditor(); ++i)
        QTest::qWait(10);
    return m_window->activeEditor();
}

void TestMainWindow::startsWithTheDemoProblems()
{
    QCOMPARE(m_window->problemModel()->rowCount(), int(kDemoCount));
    QCOMPARE(m_window->mapView()->clusterIndex().size(), kDemoCount);
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("profile")));
    for (const char* name : {"actionAddMode", "actionUserGuide", "actionImportGeoJson", "actionExportGeoJson",
                             "actionExportCsv", "actionUndo", "actionRedo", "actionEditProblem",
                             "actionDeleteProblem", "actionFind", "actionZoomIn", "actionZoomOut",
                             "actionShowAll", "actionMyPosition", "actionPreferences", "actionAbout"})
        QVERIFY2(m_window->findChild<QAction*>(QLatin1String(name)), name);
}

void TestMainWindow::addProblemThroughTheUiThenUndoRedo()
{
    ui::MapView* map = m_window->mapView();
    const auto outbox0 = m_store->outboxSize();

    // Add mode, then a click on the map where the problem is.
    auto* addMode = m_window->findChild<QAction*>(QStringLiteral("actionAddMode"));
    QVERIFY(addMode);
    addMode->trigger();
    QVERIFY(map->addMode());
    const QGeoCoordinate where(36.3611, 127.3501);
    map->setZoom(15);
    map->setCenter(where);
    QTest::mouseClick(map, Qt::LeftButton, Qt::NoModifier, map->pixelFor(where).toPoint());

    ui::ProblemEditor* editor = waitForEditor();
    QVERIFY(editor);
    QVERIFY(editor->isNewProblem());
    auto* lat = editor->findChild<QLineEdit*>(QStringLiteral("latEdit"));
    auto* lon = editor->findChild<QLineEdit*>(QStringLiteral("lonEdit"));
    QVERIFY(lat && lon);
    QVERIFY2(qAbs(lat->text().toDouble() - where.latitude()) < 1e-3, qPrintable(lat->text()));
    QVERIFY2(qAbs(lon->text().toDouble() - where.longitude()) < 1e-3, qPrintable(lon->text()));

    editor->findChild<QLineEdit*>(QStringLiteral("titleEdit"))
        ->setText(QStringLiteral("버스정류장 의자 파손"));
    auto* category = editor->findChild<QComboBox*>(QStringLiteral("categoryCombo"));
    category->setCurrentIndex(category->findData(QStringLiteral("safety")));
    auto* save = editor->findChild<QPushButton*>(QStringLiteral("saveButton"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(m_window->activeEditor() == nullptr);

    // In the store, the list, the map and the selection.
    QCOMPARE(m_store->countProblems({}).value(), std::int64_t(kDemoCount + 1));
    QCOMPARE(m_store->outboxSize(), outbox0 + 1);
    const std::int64_t rowid = m_window->selectedProblem();
    QVERIFY(rowid != 0);
    const auto created = m_store->problemByRowid(rowid);
    QVERIFY(created);
    QCOMPARE(created->title, std::string("버스정류장 의자 파손"));
    QVERIFY(m_window->problemModel()->rowForRowid(rowid) >= 0);
    QCOMPARE(m_window->filterProxy()->rowCount(), int(kDemoCount + 1));
    QCOMPARE(m_window->listPanel()->currentProblem(), rowid);
    QCOMPARE(m_window->detailPanel()->problemRowid(), rowid);
    QTRY_VERIFY(mapHasPoint(*map, rowid));
    QCOMPARE(m_window->undoStack()->count(), 1);

    // Undo: gone from list and map.
    m_window->findChild<QAction*>(QStringLiteral("actionUndo"))->trigger();
    QCOMPARE(m_window->problemModel()->rowForRowid(rowid), -1);
    QCOMPARE(m_window->filterProxy()->rowCount(), int(kDemoCount));
    QTRY_VERIFY(!mapHasPoint(*map, rowid));
    QCOMPARE(m_window->selectedProblem(), 0);
    QCOMPARE(m_store->outboxSize(), outbox0 + 2);

    // Redo: back.
    m_window->findChild<QAction*>(QStringLiteral("actionRedo"))->trigger();
    const auto back = m_store->problem(created->id);
    QVERIFY(back);
    QVERIFY(m_window->problemModel()->rowForRowid(back->rowid) >= 0);
    QCOMPARE(m_window->filterProxy()->rowCount(), int(kDemoCount + 1));
    QTRY_VERIFY(mapHasPoint(*map, back->rowid));
    QCOMPARE(m_store->outboxSize(), outbox0 + 3);
}

void TestMainWindow::addWithPhotoIsOneUndoStep()
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(Qt::yellow);
    const QString photo = m_dir->filePath(QStringLiteral("crossing.png"));
    QVERIFY(image.save(photo));

    m_window->newProblemAt(QGeoCoordinate(36.35, 127.38));
    ui::ProblemEditor* editor = waitForEditor();
    QVERIFY(editor);
    editor->findChild<QLineEdit*>(QStringLiteral("titleEdit"))
        ->setText(QStringLiteral("Faded zebra crossing"));
    auto* category = editor->findChild<QComboBox*>(QStringLiteral("categoryCombo"));
    category->setCurrentIndex(category->findData(QStringLiteral("traffic")));
    editor->photoPicker()->addFiles({photo});
    QTRY_COMPARE(editor->photoPicker()->photoCount(), 1);
    QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_VERIFY(m_window->activeEditor() == nullptr);

    const auto created = m_store->problemByRowid(m_window->selectedProblem());
    QVERIFY(created);
    QCOMPARE(created->title, std::string("Faded zebra crossing"));
    QCOMPARE(m_store->attachments(created->id).size(), std::size_t(1));
    QCOMPARE(m_window->undoStack()->count(), 1); // the problem and its photo: one step

    m_window->undoStack()->undo();
    QVERIFY(!m_store->problem(created->id));
    QCOMPARE(m_window->problemModel()->rowCount(), int(kDemoCount));
    m_window->undoStack()->redo();
    QVERIFY(m_store->problem(created->id));
    QCOMPARE(m_store->attachments(created->id).size(), std::size_t(1));
    QVERIFY2(!m_window->messageText().contains(QStringLiteral("could not")),
             qPrintable(m_window->messageText()));
}

void TestMainWindow::editThroughTheEditorIsOneUndoStep()
{
    const std::int64_t rowid = m_window->problemModel()->rowidAt(0);
    const auto before = m_store->problemByRowid(rowid);
    QVERIFY(before);
    m_window->editProblem(rowid);
    ui::ProblemEditor* editor = waitForEditor();
    QVERIFY(editor);
    QVERIFY(!editor->isNewProblem());
    editor->findChild<QLineEdit*>(QStringLiteral("titleEdit"))
        ->setText(QStringLiteral("Renamed in the editor"));
    editor->findChild<QLineEdit*>(QStringLiteral("addressEdit"))
        ->setText(QStringLiteral("Next to the library"));
    QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_VERIFY(m_window->activeEditor() == nullptr);

    QCOMPARE(m_store->problemByRowid(rowid)->title, std::string("Renamed in the editor"));
    QCOMPARE(m_store->problemByRowid(rowid)->address, std::string("Next to the library"));
    QCOMPARE(m_window->undoStack()->count(), 1);
    const std::string fields = m_store->outbox().back().fieldsJson;
    QVERIFY2(fields.find("\"description\"") == std::string::npos, fields.c_str()); // only what changed
    m_window->undoStack()->undo();
    QCOMPARE(m_store->problemByRowid(rowid)->title, before->title);
    QCOMPARE(m_store->problemByRowid(rowid)->address, before->address);
}

void TestMainWindow::deleteAsksAndCanBeUndone_data()
{
    QTest::addColumn<bool>("answer");
    QTest::addRow("confirmed") << true;
    QTest::addRow("declined") << false;
}

void TestMainWindow::deleteAsksAndCanBeUndone()
{
    QFETCH(bool, answer);
    int asked = 0;
    m_window->setConfirmation([&](const QString&, const QString& question) {
        ++asked;
        return question.isEmpty() ? false : answer;
    });
    const std::int64_t rowid = m_window->problemModel()->rowidAt(3);
    m_window->selectProblem(rowid);
    auto* remove = m_window->findChild<QAction*>(QStringLiteral("actionDeleteProblem"));
    QVERIFY(remove->isEnabled());
    remove->trigger();
    QCOMPARE(asked, 1);
    if (!answer) {
        QVERIFY(m_store->problemByRowid(rowid));
        QCOMPARE(m_window->undoStack()->count(), 0);
        return;
    }
    QVERIFY(!m_store->problemByRowid(rowid));
    QCOMPARE(m_window->problemModel()->rowForRowid(rowid), -1);
    QCOMPARE(m_window->selectedProblem(), 0);
    QVERIFY(!remove->isEnabled());
    QTRY_VERIFY(!mapHasPoint(*m_window->mapView(), rowid));
    m_window->undoStack()->undo();
    const auto restored = m_store->problemByRowid(rowid);
    QVERIFY(restored);
    QVERIFY(m_window->problemModel()->rowForRowid(restored->rowid) >= 0);
}

void TestMainWindow::selectionIsShared()
{
    const std::int64_t rowid = m_window->problemModel()->rowidAt(5);
    // A click on the map's marker is problemClicked: the list and the details follow.
    emit m_window->mapView()->problemClicked(rowid);
    QCOMPARE(m_window->selectedProblem(), rowid);
    QCOMPARE(m_window->listPanel()->currentProblem(), rowid);
    QCOMPARE(m_window->detailPanel()->problemRowid(), rowid);
    QCOMPARE(m_window->mapView()->selectedProblem(), rowid);
    // Picking in the list: the map and the details follow.
    const std::int64_t other = m_window->problemModel()->rowidAt(6);
    emit m_window->listPanel()->currentProblemChanged(other);
    QCOMPARE(m_window->mapView()->selectedProblem(), other);
    QCOMPARE(m_window->detailPanel()->problemRowid(), other);
    QVERIFY(m_window->findChild<QAction*>(QStringLiteral("actionEditProblem"))->isEnabled());
}

void TestMainWindow::importRunsOffTheGuiThreadAndReloads_data()
{
    QTest::addColumn<QByteArray>("geojson");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("added");
    QTest::addRow("two points") << QByteArray(R"({"type":"FeatureCollection","features":[
{"type":"Feature","geometry":{"type":"Point","coordinates":[127.38,36.35]},
 "properties":{"title":"Imported one","category":"air"}},
{"type":"Feature","geometry":{"type":"Point","coordinates":[127.39,36.36]},
 "properties":{"title":"Imported two","category":"traffic"}}]})")
                                << true << 2;
    QTest::addRow("bad feature: nothing imported") << QByteArray(R"({"type":"FeatureCollection","features":[
{"type":"Feature","geometry":{"type":"Point","coordinates":[127.38,36.35]},
 "properties":{"title":"Fine","category":"air"}},
{"type":"Feature","geometry":{"type":"Point","coordinates":[127.38,95.0]},
 "properties":{"title":"Off the globe","category":"air"}}]})")
                                                   << false << 0;
}

void TestMainWindow::importRunsOffTheGuiThreadAndReloads()
{
    QFETCH(QByteArray, geojson);
    QFETCH(bool, ok);
    QFETCH(int, added);
    const QString path = m_dir->filePath(QStringLiteral("import.geojson"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(geojson);
    file.close();

    QSignalSpy finished(m_window.get(), &ui::MainWindow::jobFinished);
    m_window->importGeoJsonFile(path);
    QVERIFY(m_window->isBusy());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.front().front().toBool(), ok);
    QVERIFY(!m_window->isBusy());
    QCOMPARE(m_window->problemModel()->rowCount(), int(kDemoCount) + added);
    QTRY_COMPARE(m_window->mapView()->clusterIndex().size(), kDemoCount + std::size_t(added));
    if (!ok)
        QVERIFY2(m_window->messageText().contains(QStringLiteral("import.geojson")),
                 qPrintable(m_window->messageText()));
}

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
