// Merging duplicates in the main window, as a coordinator would: "Mark as duplicate…" on the
// problem's details picks the kept problem in a dialog and is one step of Edit ▸ Undo; the merged
// duplicate leaves the list and the map unless "Show merged duplicates" is on, and its details link
// to the problem it was merged into.
#include "core/demo/demo_generator.h"
#include "core/store/store.h"
#include "ui/main_window.h"
#include "ui/map/map_view.h"
#include "ui/models/problem_filter_proxy.h"
#include "ui/models/problem_list_model.h"
#include "ui/panels/problem_detail_panel.h"
#include "ui/panels/problem_list_panel.h"
#include "ui/settings.h"
#include "ui/triage/merge_dialog.h"

#include "tests/support/test_support.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace balgul;
using balgul::test::toStd;

namespace {

constexpr std::size_t kDemoCount = 40;

core::Problem sample(const std::string& title, double lat)
{
    core::Problem p;
    p.title = title;
    p.category = "traffic";
    p.lat = lat;
    p.lon = 127.3851;
    return p;
}

} // namespace

class TestProblemMergeUi : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void markAsDuplicateFromTheDetailsIsOneUndoStep();
    void theDialogOffersNearestLiveProblemsAndSearches();
    void citizensAreNotOffered();

private:
    bool listShows(const std::string& id) const;
    QPushButton* markButton() const
    {
        return m_window->detailPanel()->findChild<QPushButton*>(QStringLiteral("markDuplicateButton"));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Store> m_store;
    std::unique_ptr<ui::Settings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
    core::Problem m_duplicate;
    core::Problem m_kept;
};

void TestProblemMergeUi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    core::StoreOptions options;
    options.userName = "coordinator";
    auto store = core::Store::open(toStd(m_dir->filePath(QStringLiteral("profile/balgul.sqlite"))), options);
    QVERIFY2(store.ok(), store.ok() ? "" : store.error().toString().c_str());
    m_store = std::move(store).value();
    QVERIFY(core::seedDemoStore(*m_store, kDemoCount, 7).ok());
    auto duplicate = m_store->createProblem(sample("Broken kerb at the crossing", 36.35121));
    auto kept = m_store->createProblem(sample("Crossing kerb broken", 36.3512));
    QVERIFY(duplicate && kept);
    m_duplicate = *duplicate;
    m_kept = *kept;
    QVERIFY(m_store->addComment(m_duplicate.id, "It trips wheelchairs"));
    m_settings = std::make_unique<ui::Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_settings->setTileKind(QStringLiteral("none"));
    m_settings->setUserName(QStringLiteral("coordinator"));
    m_window = std::make_unique<ui::MainWindow>(*m_store, *m_settings);
    m_window->setConfirmation([](const QString&, const QString&) { return true; });
    m_window->resize(1300, 850);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY(!m_window->mapView()->isIndexing());
}

void TestProblemMergeUi::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_store.reset();
    m_dir.reset();
}

bool TestProblemMergeUi::listShows(const std::string& id) const
{
    const QAbstractItemModel* proxy = m_window->filterProxy();
    for (int row = 0; row < proxy->rowCount(); ++row)
        if (proxy->index(row, 0).data(ui::ProblemListModel::IdRole).toString() == QString::fromStdString(id))
            return true;
    return false;
}

void TestProblemMergeUi::markAsDuplicateFromTheDetailsIsOneUndoStep()
{
    const std::size_t total = kDemoCount + 2;
    QTRY_COMPARE(m_window->mapView()->clusterIndex().size(), total);
    m_window->selectProblem(m_duplicate.rowid);
    QVERIFY(markButton());
    QVERIFY(markButton()->isVisible());
    auto* label = m_window->detailPanel()->findChild<QLabel*>(QStringLiteral("duplicateOfLabel"));
    QVERIFY(label);
    QVERIFY(!label->isVisible());

    QUndoStack* undo = m_window->undoStack();
    const int steps = undo->count();
    bool dialogSeen = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<ui::MergeDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialogSeen = true;
        QVERIFY(dialog->choose(m_kept.id));
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("mergeNote"))
            ->setPlainText(QStringLiteral("Same kerb"));
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        QVERIFY(buttons);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QTest::mouseClick(markButton(), Qt::LeftButton);
    QVERIFY(dialogSeen);

    // Merged, as one step of the undo stack.
    QCOMPARE(undo->count(), steps + 1);
    QCOMPARE(undo->undoText(), QStringLiteral("Mark as duplicate"));
    const auto duplicate = m_store->problem(m_duplicate.id);
    QCOMPARE(duplicate->duplicateOf, m_kept.id);
    QCOMPARE(int(duplicate->status), int(core::ProblemStatus::Closed));
    QCOMPARE(m_store->comments(m_kept.id).size(), std::size_t(1));
    const auto merge = m_store->mergeOf(m_duplicate.id);
    QVERIFY(merge);
    QCOMPARE(merge->note, std::string("Same kerb"));

    // The details say what it is a duplicate of and link there; no second merge is offered.
    QTRY_VERIFY(label->isVisible());
    QVERIFY2(label->text().contains(QStringLiteral("Crossing kerb broken")), qPrintable(label->text()));
    QVERIFY(!markButton()->isVisible());

    // The list and the map leave it out, unless asked.
    QTRY_VERIFY(!listShows(m_duplicate.id));
    QVERIFY(listShows(m_kept.id));
    QTRY_COMPARE(m_window->mapView()->clusterIndex().size(), total - 1);
    auto* showMerged = m_window->listPanel()->findChild<QCheckBox*>(QStringLiteral("showMerged"));
    QVERIFY(showMerged);
    QVERIFY(!showMerged->isChecked());
    showMerged->setChecked(true);
    QTRY_VERIFY(listShows(m_duplicate.id));
    QTRY_COMPARE(m_window->mapView()->clusterIndex().size(), total);
    showMerged->setChecked(false);
    QTRY_VERIFY(!listShows(m_duplicate.id));
    QTRY_COMPARE(m_window->mapView()->clusterIndex().size(), total - 1);

    // The link selects the kept problem.
    emit label->linkActivated(QStringLiteral("problem:") + QString::fromStdString(m_kept.id));
    QCOMPARE(m_window->detailPanel()->problemRowid(), m_kept.rowid);

    // Edit ▸ Undo: the duplicate is back as it was, in the list and on the map; nothing for the hub.
    m_window->findChild<QAction*>(QStringLiteral("actionUndo"))->trigger();
    const auto restored = m_store->problem(m_duplicate.id);
    QVERIFY(restored->duplicateOf.empty());
    QCOMPARE(int(restored->status), int(core::ProblemStatus::New));
    QCOMPARE(m_store->comments(m_duplicate.id).size(), std::size_t(1));
    QCOMPARE(m_store->comments(m_kept.id).size(), std::size_t(0));
    for (const core::OutboxEntry& op : m_store->outbox())
        QVERIFY(op.entity != "problem_merge");
    QTRY_VERIFY(listShows(m_duplicate.id));
    QTRY_COMPARE(m_window->mapView()->clusterIndex().size(), total);

    // Redo merges again.
    m_window->findChild<QAction*>(QStringLiteral("actionRedo"))->trigger();
    QCOMPARE(m_store->problem(m_duplicate.id)->duplicateOf, m_kept.id);
    QTRY_VERIFY(!listShows(m_duplicate.id));
}

void TestProblemMergeUi::theDialogOffersNearestLiveProblemsAndSearches()
{
    ui::MergeDialog dialog(*m_store, m_duplicate.id);
    QVERIFY(dialog.candidateCount() > 0);
    auto* list = dialog.findChild<QWidget*>(QStringLiteral("mergeCandidates"));
    QVERIFY(list);
    // Nearest first: the kept problem is a metre away.
    QVERIFY(dialog.choose(m_kept.id));
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    QCOMPARE(dialog.keptId(), m_kept.id);
    // The duplicate itself is never offered.
    QVERIFY(!dialog.choose(m_duplicate.id));
    auto* search = dialog.findChild<QLineEdit*>(QStringLiteral("mergeSearch"));
    search->setText(QStringLiteral("Crossing kerb"));
    QTRY_COMPARE(dialog.candidateCount(), 1);
    QCOMPARE(dialog.keptId(), m_kept.id);
    search->setText(QStringLiteral("no such title anywhere"));
    QTRY_COMPARE(dialog.candidateCount(), 0);
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
}

void TestProblemMergeUi::citizensAreNotOffered()
{
    QVERIFY(m_store->setSyncValue("hub_url", "http://127.0.0.1:1"));
    QVERIFY(m_store->setSyncValue("hub_user_id", "acct-1"));
    QVERIFY(m_store->setSyncValue("hub_role", "citizen"));
    m_window->detailPanel()->refreshRights();
    m_window->selectProblem(m_duplicate.rowid);
    QVERIFY(markButton());
    QVERIFY(!markButton()->isVisible());
}

QTEST_MAIN(TestProblemMergeUi)
#include "test_problem_merge_ui.moc"
