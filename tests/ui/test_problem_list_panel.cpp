// ProblemListPanel over a real store: selection both ways, search field, count, activation.

#include "core/domain/category.h"
#include "core/store/store.h"
#include "ui/models/problem_filter_proxy.h"
#include "ui/models/problem_list_model.h"
#include "ui/panels/problem_list_panel.h"
#include "ui/qt_convert.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace balgul;
using ui::ProblemFilterProxy;
using ui::ProblemListModel;

namespace {

constexpr int kPlainProblems = 200;

/// 200 problems titled "문제 000" … "문제 199", categories and statuses cycling, plus one about fine dust.
std::vector<core::Problem> makeProblems()
{
    const auto categories = core::defaultCategories();
    std::vector<core::Problem> problems;
    for (int i = 0; i < kPlainProblems; ++i) {
        core::Problem p;
        p.title = QStringLiteral("문제 %1").arg(i, 3, 10, QLatin1Char('0')).toStdString();
        p.description = "테스트 설명 " + std::to_string(i);
        p.category = std::string(categories[static_cast<std::size_t>(i) % categories.size()].code);
        p.status = static_cast<core::ProblemStatus>(i % core::kProblemStatusCount);
        p.lat = 36.30 + (i % 20) * 0.01;
        p.lon = 127.30 + (i / 20) * 0.01;
        problems.push_back(std::move(p));
    }
    core::Problem dust;
    dust.title = "둔산동 미세먼지";
    dust.description = "아침마다 미세먼지가 심해요.";
    dust.category = "air";
    dust.lat = 36.351;
    dust.lon = 127.385;
    problems.push_back(std::move(dust));
    return problems;
}

} // namespace

class TestProblemListPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void panelSelectionReportsProblem();
    void panelSelectProblemDoesNotEcho();
    void panelSearchFieldFiltersAfterDelay();
    void panelCountLabel();
    void panelEnterActivates();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Store> m_store;
    std::vector<core::Problem> m_problems;
    std::unique_ptr<ProblemListModel> m_model;
    std::unique_ptr<ProblemFilterProxy> m_proxy;
};

void TestProblemListPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto store = core::Store::open(ui::toStd(m_dir->filePath(QStringLiteral("store.db"))), {true, "tester"});
    QVERIFY2(store.ok(), store.ok() ? "" : store.error().toString().c_str());
    m_store = std::move(store.value());
    m_problems = makeProblems();
    QVERIFY(m_store->insertProblems(m_problems, false).ok());
    m_model = std::make_unique<ProblemListModel>(*m_store);
    m_proxy = std::make_unique<ProblemFilterProxy>(*m_store);
    m_proxy->setSourceModel(m_model.get());
}

void TestProblemListPanel::cleanup()
{
    m_proxy.reset();
    m_model.reset();
    m_store.reset();
    m_dir.reset();
}

void TestProblemListPanel::panelSelectionReportsProblem()
{
    ui::ProblemListPanel panel(m_model.get(), m_proxy.get());
    QSignalSpy current(&panel, &ui::ProblemListPanel::currentProblemChanged);
    QTableView* table = panel.tableView();
    QCOMPARE(panel.currentProblem(), std::int64_t(0));

    table->selectRow(5);
    const std::int64_t expected = m_proxy->index(5, 0).data(ProblemListModel::RowidRole).toLongLong();
    QCOMPARE(current.count(), 1);
    QCOMPARE(current.first().first().value<std::int64_t>(), expected);
    QCOMPARE(panel.currentProblem(), expected);

    // Filtering the selected problem away reports "none".
    const QString category = m_proxy->index(5, 0).data(ProblemListModel::CategoryCodeRole).toString();
    const QString other = category == QLatin1String("air") ? QStringLiteral("energy") : QStringLiteral("air");
    m_proxy->setCategories({other});
    QCOMPARE(current.count(), 2);
    QCOMPARE(current.last().first().value<std::int64_t>(), std::int64_t(0));
    QCOMPARE(panel.currentProblem(), std::int64_t(0));

    // Removing the selected problem through the store reports "none" too (no jump to a neighbour).
    m_proxy->setCategories({});
    table->selectRow(3);
    QVERIFY(panel.currentProblem() != 0);
    const QString id = m_proxy->index(3, 0).data(ProblemListModel::IdRole).toString();
    const int before = int(current.count());
    QVERIFY(m_store->removeProblem(ui::toStd(id)).ok());
    QCOMPARE(current.count(), before + 1);
    QCOMPARE(current.last().first().value<std::int64_t>(), std::int64_t(0));
    QCOMPARE(panel.currentProblem(), std::int64_t(0));
    QVERIFY(table->selectionModel()->selectedRows().isEmpty());

    // Removing another problem leaves the selection alone.
    table->selectRow(3);
    const std::int64_t kept = panel.currentProblem();
    const int signalsBefore = int(current.count());
    QVERIFY(m_store->removeProblem(ui::toStd(m_proxy->index(0, 0).data(ProblemListModel::IdRole).toString()))
                .ok());
    QCOMPARE(current.count(), signalsBefore);
    QCOMPARE(panel.currentProblem(), kept);
}

void TestProblemListPanel::panelSelectProblemDoesNotEcho()
{
    ui::ProblemListPanel panel(m_model.get(), m_proxy.get());
    panel.resize(800, 400);
    QSignalSpy current(&panel, &ui::ProblemListPanel::currentProblemChanged);
    const std::int64_t rowid = m_problems[150].rowid;

    panel.selectProblem(rowid);
    QCOMPARE(current.count(), 0);
    QCOMPARE(panel.currentProblem(), rowid);
    const QModelIndexList selected = panel.tableView()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(ProblemListModel::RowidRole).toLongLong(), rowid);
    QCOMPARE(panel.tableView()->currentIndex().row(), selected.first().row());

    // A problem the filters hide is not selected; 0 clears.
    m_proxy->setCategories({QStringLiteral("air")}); // hides the selected (green) problem: the user's doing
    QCOMPARE(current.count(), 1);
    QCOMPARE(current.takeFirst().first().value<std::int64_t>(), std::int64_t(0));
    panel.selectProblem(m_problems[1].rowid); // energy
    QCOMPARE(panel.currentProblem(), std::int64_t(0));
    QVERIFY(panel.tableView()->selectionModel()->selectedRows().isEmpty());
    panel.selectProblem(m_problems[0].rowid); // air
    QCOMPARE(panel.currentProblem(), m_problems[0].rowid);
    panel.selectProblem(0);
    QCOMPARE(panel.currentProblem(), std::int64_t(0));
    QVERIFY(panel.tableView()->selectionModel()->selectedRows().isEmpty());
    QCOMPARE(current.count(), 0);
}

void TestProblemListPanel::panelSearchFieldFiltersAfterDelay()
{
    ui::ProblemListPanel panel(m_model.get(), m_proxy.get());
    QVERIFY(panel.searchField()->isClearButtonEnabled());
    QVERIFY(!panel.searchField()->placeholderText().isEmpty());
    // Typed one character at a time, as a user (or an input method) would.
    for (const QChar c : QStringLiteral("문제 04"))
        panel.searchField()->insert(QString(c));
    QCOMPARE(m_proxy->rowCount(), kPlainProblems + 1); // debounced: not yet
    QTRY_COMPARE(m_proxy->rowCount(), 10);
    QCOMPARE(m_proxy->searchText(), QStringLiteral("문제 04"));
    panel.searchField()->clear();
    QCOMPARE(m_proxy->rowCount(), kPlainProblems + 1); // clearing applies at once
}

void TestProblemListPanel::panelCountLabel()
{
    ui::ProblemListPanel panel(m_model.get(), m_proxy.get());
    auto* count = panel.findChild<QLabel*>(QStringLiteral("problemCount"));
    QVERIFY(count);
    QVERIFY(count->text().contains(QStringLiteral("201")));
    m_proxy->setCategories({QStringLiteral("air")});
    QVERIFY2(count->text().contains(QStringLiteral("24")) && count->text().contains(QStringLiteral("201")),
             qPrintable(count->text()));
    core::Problem draft;
    draft.title = "새 문제";
    draft.category = "air";
    draft.lat = 36.3;
    draft.lon = 127.3;
    QVERIFY(m_store->createProblem(draft).ok());
    QVERIFY2(count->text().contains(QStringLiteral("25")) && count->text().contains(QStringLiteral("202")),
             qPrintable(count->text()));
}

void TestProblemListPanel::panelEnterActivates()
{
    ui::ProblemListPanel panel(m_model.get(), m_proxy.get());
    QSignalSpy activated(&panel, &ui::ProblemListPanel::problemActivated);
    panel.selectProblem(m_problems[9].rowid);
    QTest::keyClick(panel.tableView(), Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().value<std::int64_t>(), m_problems[9].rowid);
}

QTEST_MAIN(TestProblemListPanel)
#include "test_problem_list_panel.moc"
