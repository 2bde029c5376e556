// Edit ▸ Undo everywhere the README says so, done as a person would in the main window: a GeoJSON
// import is one step (and its problems are shown, with one click when the list's filters hide
// them), "me too" in the detail panel is a step, and the author's own comments can be written,
// changed and deleted, each a step; other people's comments offer neither.
#include "core/demo/demo_generator.h"
#include "core/store/store.h"
#include "ui/main_window.h"
#include "ui/map/map_view.h"
#include "ui/models/problem_filter_proxy.h"
#include "ui/models/problem_list_model.h"
#include "ui/panels/problem_detail_panel.h"
#include "ui/panels/problem_list_panel.h"
#include "ui/settings.h"

#include "tests/support/test_support.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace balgul;
using balgul::test::toStd;

namespace {

constexpr std::size_t kDemoCount = 120;

const char* const kImport = R"({"type":"FeatureCollection","features":[
{"type":"Feature","geometry":{"type":"Point","coordinates":[127.3851,36.3512]},
 "properties":{"title":"Idling trucks at the depot","category":"traffic"}},
{"type":"Feature","geometry":{"type":"Point","coordinates":[127.3862,36.3521]},
 "properties":{"title":"Night-time road works","category":"noise"}},
{"type":"Feature","geometry":{"type":"Point","coordinates":[127.3873,36.3533]},
 "properties":{"title":"Dust from the building site","category":"air"}}]})";

} // namespace

class TestMainWindowUndo : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void geoJsonImportIsOneUndoStep();
    void importedProblemsHiddenByFiltersAreOneClickAway();
    void meTooInTheDetailPanelIsUndoable();
    void ownCommentsAreEditableDeletableAndUndoable();

private:
    bool importFile(const QByteArray& geojson);
    QPushButton* button(const char* name) const;
    QList<QWidget*> commentEntries() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Store> m_store;
    std::unique_ptr<ui::Settings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestMainWindowUndo::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    core::StoreOptions options;
    options.userName = "김민지";
    auto store = core::Store::open(toStd(m_dir->filePath(QStringLiteral("profile/balgul.sqlite"))), options);
    QVERIFY2(store.ok(), store.ok() ? "" : store.error().toString().c_str());
    m_store = std::move(store).value();
    QVERIFY(core::seedDemoStore(*m_store, kDemoCount, 11).ok());
    m_settings = std::make_unique<ui::Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_settings->setTileKind(QStringLiteral("none"));
    m_settings->setUserName(QStringLiteral("김민지")); // the name chosen at first start
    m_window = std::make_unique<ui::MainWindow>(*m_store, *m_settings);
    m_window->setConfirmation([](const QString&, const QString&) { return true; });
    m_window->resize(1300, 850);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(!m_window->mapView()->isIndexing());
}

void TestMainWindowUndo::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_store.reset();
    m_dir.reset();
}

bool TestMainWindowUndo::importFile(const QByteArray& geojson)
{
    const QString path = m_dir->filePath(QStringLiteral("walk.geojson"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(geojson);
    file.close();
    QSignalSpy finished(m_window.get(), &ui::MainWindow::jobFinished);
    m_window->importGeoJsonFile(path);
    return finished.wait(10000) && finished.front().front().toBool();
}

QPushButton* TestMainWindowUndo::button(const char* name) const
{
    return m_window->detailPanel()->findChild<QPushButton*>(QLatin1String(name));
}

QList<QWidget*> TestMainWindowUndo::commentEntries() const
{
    QList<QWidget*> entries;
    for (QWidget* entry : m_window->detailPanel()->findChildren<QWidget*>(QStringLiteral("comment")))
        if (entry->isVisibleTo(m_window->detailPanel()))
            entries.append(entry);
    return entries;
}

void TestMainWindowUndo::geoJsonImportIsOneUndoStep()
{
    QUndoStack* undo = m_window->undoStack();
    const int steps = undo->count();
    QVERIFY(importFile(kImport));
    QCOMPARE(m_store->countProblems({}).value(), std::int64_t(kDemoCount + 3));
    QCOMPARE(undo->count(), steps + 1);
    QVERIFY2(undo->undoText().contains(QStringLiteral("walk.geojson")), qPrintable(undo->undoText()));
    core::ProblemQuery query;
    query.text = "Night-time road works";
    const auto imported = m_store->problems(query).value();
    QCOMPARE(imported.size(), std::size_t(1));

    // Edit ▸ Undo: the three are gone from the store, the list and the map; one step.
    m_window->findChild<QAction*>(QStringLiteral("actionUndo"))->trigger();
    QCOMPARE(m_store->countProblems({}).value(), std::int64_t(kDemoCount));
    QCOMPARE(m_window->problemModel()->rowCount(), int(kDemoCount));
    QTRY_COMPARE(m_window->mapView()->clusterIndex().size(), kDemoCount);
    QVERIFY(!m_store->problem(imported.front().id));

    // Redo: the same three problems (same ids) are back.
    m_window->findChild<QAction*>(QStringLiteral("actionRedo"))->trigger();
    QCOMPARE(m_store->countProblems({}).value(), std::int64_t(kDemoCount + 3));
    QCOMPARE(m_window->problemModel()->rowCount(), int(kDemoCount + 3));
    QTRY_COMPARE(m_window->mapView()->clusterIndex().size(), kDemoCount + 3);
    QVERIFY(m_store->problem(imported.front().id));
    // The hub hears of each: a delete per problem on undo, an upsert per problem on redo.
    int deletes = 0;
    for (const core::OutboxEntry& op : m_store->outbox())
        if (op.entity == "problem" && op.entityId == imported.front().id && op.kind == "delete")
            ++deletes;
    QCOMPARE(deletes, 1);
}

void TestMainWindowUndo::importedProblemsHiddenByFiltersAreOneClickAway()
{
    // The list shows only "energy" problems whose text has "LED"; the map looks elsewhere.
    auto* categories = m_window->listPanel()->findChild<QToolButton*>(QStringLiteral("categoryFilter"));
    QVERIFY(categories && categories->menu());
    for (QAction* action : categories->menu()->actions())
        if (action->data().toString() == QStringLiteral("energy"))
            action->trigger();
    QCOMPARE(m_window->filterProxy()->categories(), QStringList{QStringLiteral("energy")});
    m_window->listPanel()->searchField()->setText(QStringLiteral("LED"));
    QTRY_COMPARE(m_window->filterProxy()->searchText(), QStringLiteral("LED"));
    m_window->mapView()->setZoom(15);
    m_window->mapView()->setCenter(QGeoCoordinate(37.5665, 126.9780)); // Seoul, far from the import

    QVERIFY(importFile(kImport));
    // The map went to them.
    const QGeoRectangle shown = m_window->mapView()->visibleRegion();
    QVERIFY(shown.contains(QGeoCoordinate(36.3512, 127.3851)));
    QVERIFY(shown.contains(QGeoCoordinate(36.3533, 127.3873)));
    // The list's filters hide all three: the message says so and offers to show them.
    const QString message = m_window->messageText();
    QVERIFY2(message.contains(QStringLiteral("Imported 3 problem")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("hide 3")), qPrintable(message));
    auto* show = m_window->findChild<QPushButton*>(QStringLiteral("messageAction"));
    QVERIFY(show && show->isVisible());
    QCOMPARE(show->text(), QStringLiteral("Show them"));
    QTest::mouseClick(show, Qt::LeftButton);

    QVERIFY(!m_window->filterProxy()->isFiltering());
    QCOMPARE(m_window->listPanel()->searchField()->text(), QString());
    QCOMPARE(categories->text(), QStringLiteral("All categories"));
    QCOMPARE(m_window->filterProxy()->rowCount(), int(kDemoCount + 3));
    QVERIFY(m_window->messageText().isEmpty());

    // Filters that hide nothing imported: no button.
    m_window->undoStack()->undo();
    QVERIFY(importFile(kImport));
    QVERIFY(!m_window->messageText().contains(QStringLiteral("hide")));
    QVERIFY(!show->isVisible());
}

void TestMainWindowUndo::meTooInTheDetailPanelIsUndoable()
{
    const std::int64_t rowid = m_window->problemModel()->rowidAt(4);
    m_window->selectProblem(rowid);
    const auto problem = m_store->problemByRowid(rowid);
    QVERIFY(problem);
    const bool before = m_store->isSupported(problem->id);
    QPushButton* meToo = button("supportButton");
    QVERIFY(meToo && meToo->isVisible());
    const int steps = m_window->undoStack()->count();

    QTest::mouseClick(meToo, Qt::LeftButton);
    QCOMPARE(m_store->isSupported(problem->id), !before);
    QCOMPARE(m_window->undoStack()->count(), steps + 1);
    QCOMPARE(meToo->isChecked(), !before);

    m_window->findChild<QAction*>(QStringLiteral("actionUndo"))->trigger();
    QCOMPARE(m_store->isSupported(problem->id), before);
    QCOMPARE(meToo->isChecked(), before);
    QCOMPARE(meToo->text(), QStringLiteral("Me too · %1").arg(problem->supportCount));

    m_window->findChild<QAction*>(QStringLiteral("actionRedo"))->trigger();
    QCOMPARE(m_store->isSupported(problem->id), !before);
    QCOMPARE(meToo->isChecked(), !before);
}

void TestMainWindowUndo::ownCommentsAreEditableDeletableAndUndoable()
{
    const std::int64_t rowid = m_window->problemModel()->rowidAt(2);
    const auto problem = m_store->problemByRowid(rowid);
    QVERIFY(problem);
    for (const core::Comment& c : m_store->comments(problem->id))
        QVERIFY(m_store->removeComment(c.id).ok());
    // Someone else's comment, written in their own profile on the same file.
    {
        core::StoreOptions options;
        options.create = false;
        options.userName = "박준";
        auto other = core::Store::open(m_store->path(), options);
        QVERIFY(other.ok());
        QVERIFY((*other)->addComment(problem->id, "The smell is worst in the morning.").ok());
    }
    m_window->selectProblem(rowid);
    QTRY_COMPARE(commentEntries().size(), 1);
    QVERIFY(!commentEntries().front()->findChild<QAbstractButton*>(QStringLiteral("editCommentButton")));
    QVERIFY(!commentEntries().front()->findChild<QAbstractButton*>(QStringLiteral("deleteCommentButton")));

    // Write one.
    auto* edit = m_window->detailPanel()->findChild<QPlainTextEdit*>(QStringLiteral("commentEdit"));
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("Still there on Friday."));
    const int steps = m_window->undoStack()->count();
    QTest::mouseClick(button("addCommentButton"), Qt::LeftButton);
    QCOMPARE(m_window->undoStack()->count(), steps + 1);
    QTRY_COMPARE(commentEntries().size(), 2);
    auto mine = m_store->comments(problem->id).back();
    QCOMPARE(mine.text, std::string("Still there on Friday."));
    QVERIFY(edit->toPlainText().isEmpty());

    // Change it: Edit puts its text in the box, Save comment keeps the change.
    const auto ownButton = [this](const char* name) -> QAbstractButton* {
        const QList<QWidget*> entries = commentEntries();
        if (entries.isEmpty())
            return nullptr;
        auto* found = entries.back()->findChild<QAbstractButton*>(QLatin1String(name));
        return found && found->isVisible() ? found : nullptr;
    };
    QTRY_VERIFY(ownButton("editCommentButton"));
    QAbstractButton* change = ownButton("editCommentButton");
    QTest::mouseClick(change, Qt::LeftButton);
    QCOMPARE(edit->toPlainText(), QStringLiteral("Still there on Friday."));
    QCOMPARE(button("addCommentButton")->text(), QStringLiteral("Save comment"));
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("Still there on Saturday."));
    QTest::mouseClick(button("addCommentButton"), Qt::LeftButton);
    QCOMPARE(m_window->undoStack()->count(), steps + 2);
    QCOMPARE(m_store->comments(problem->id).back().text, std::string("Still there on Saturday."));
    QCOMPARE(m_store->comments(problem->id).back().id, mine.id);
    QCOMPARE(button("addCommentButton")->text(), QStringLiteral("Add comment"));
    QCOMPARE(m_store->outbox().back().fieldsJson, std::string(R"({"text":"Still there on Saturday."})"));
    const auto lastShown = [this] {
        const QList<QWidget*> entries = commentEntries();
        return entries.isEmpty() ? QString()
                                 : entries.back()->findChild<QLabel*>(QStringLiteral("commentText"))->text();
    };
    QTRY_COMPARE(lastShown(), QStringLiteral("Still there on Saturday."));

    m_window->undoStack()->undo();
    QCOMPARE(m_store->comments(problem->id).back().text, std::string("Still there on Friday."));
    m_window->undoStack()->redo();
    QCOMPARE(m_store->comments(problem->id).back().text, std::string("Still there on Saturday."));

    // Delete it; undo brings the same comment back.
    QTRY_VERIFY(ownButton("deleteCommentButton"));
    QAbstractButton* remove = ownButton("deleteCommentButton");
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(m_store->comments(problem->id).size(), std::size_t(1));
    QTRY_COMPARE(commentEntries().size(), 1);
    QCOMPARE(m_window->undoStack()->count(), steps + 3);
    m_window->findChild<QAction*>(QStringLiteral("actionUndo"))->trigger();
    QCOMPARE(m_store->comments(problem->id).size(), std::size_t(2));
    QCOMPARE(m_store->comments(problem->id).back().id, mine.id);
    QCOMPARE(m_store->comments(problem->id).back().text, std::string("Still there on Saturday."));
    QTRY_COMPARE(commentEntries().size(), 2);

    // And writing it can be undone too.
    m_window->undoStack()->undo(); // the edit
    m_window->undoStack()->undo(); // the comment itself
    QCOMPARE(m_store->comments(problem->id).size(), std::size_t(1));
    m_window->undoStack()->redo();
    QCOMPARE(m_store->comments(problem->id).back().id, mine.id);
}

QTEST_MAIN(TestMainWindowUndo)
#include "test_main_window_undo.moc"
