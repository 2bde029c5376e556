// ProblemListModel and ProblemFilterProxy over a real store.

#include "core/domain/category.h"
#include "core/store/store.h"
#include "ui/category_names.h"
#include "ui/models/problem_filter_proxy.h"
#include "ui/models/problem_list_model.h"
#include "ui/qt_convert.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace balgul;
using ui::ProblemFilterProxy;
using ui::ProblemListModel;

namespace {

constexpr int kPlainProblems = 200;
constexpr std::int64_t kBaseMs = 1'750'000'000'000; // 2025-06-15

/// 200 problems on a 20 × 10 grid, categories and the five statuses before "reopened" cycling,
/// plus one about fine dust.
std::vector<core::Problem> makeProblems()
{
    const auto categories = core::defaultCategories();
    std::vector<core::Problem> problems;
    for (int i = 0; i < kPlainProblems; ++i) {
        core::Problem p;
        p.title = QStringLiteral("문제 %1").arg(i, 3, 10, QLatin1Char('0')).toStdString();
        p.description = "테스트 설명 " + std::to_string(i);
        p.category = std::string(categories[static_cast<std::size_t>(i) % categories.size()].code);
        p.status = static_cast<core::ProblemStatus>(i % 5);
        p.lat = 36.30 + (i % 20) * 0.01;
        p.lon = 127.30 + (i / 20) * 0.01;
        p.address = "대전 서구 둔산로 " + std::to_string(i);
        p.author = "tester";
        // Times deliberately not in row order, so sorting by time is visible.
        p.created = core::fromUnixMs(kBaseMs + ((i * 37) % kPlainProblems) * 60'000);
        p.updated = p.created;
        problems.push_back(std::move(p));
    }
    core::Problem dust;
    dust.title = "둔산동 미세먼지";
    dust.description = "아침마다 미세먼지가 심해요. 창문을 열 수 없어요.";
    dust.category = "air";
    dust.status = core::ProblemStatus::Confirmed;
    dust.lat = 36.351;
    dust.lon = 127.385;
    dust.address = "대전 서구 둔산동";
    dust.created = core::fromUnixMs(kBaseMs - 86'400'000);
    problems.push_back(std::move(dust));
    return problems;
}

bool sortsBefore(const QVariant& a, const QVariant& b)
{
    if (a.typeId() == QMetaType::QString)
        return QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive) <= 0;
    return a.toDouble() <= b.toDouble();
}

} // namespace

class TestProblemListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void loadsEveryProblem();
    void rolesGiveRowData();
    void followsCreateUpdateRemove();
    void followsCommentsAndSupports();
    void resetReloads();
    void filters_data();
    void filters();
    void searchFollowsEdits();
    void visibleRegionFollowsMap();
    void sortsByEveryColumn_data();
    void sortsByEveryColumn();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Store> m_store;
    std::vector<core::Problem> m_problems;
    std::unique_ptr<ProblemListModel> m_model;
    std::unique_ptr<ProblemFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

void TestProblemListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto store = core::Store::open(ui::toStd(m_dir->filePath(QStringLiteral("store.db"))), {true, "tester"});
    QVERIFY2(store.ok(), store.ok() ? "" : store.error().toString().c_str());
    m_store = std::move(store.value());
    m_problems = makeProblems();
    const core::Status inserted = m_store->insertProblems(m_problems, false);
    QVERIFY2(inserted.ok(), inserted.ok() ? "" : inserted.error().toString().c_str());

    m_model = std::make_unique<ProblemListModel>(*m_store);
    m_proxy = std::make_unique<ProblemFilterProxy>(*m_store);
    m_proxy->setSourceModel(m_model.get());
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
}

void TestProblemListModel::cleanup()
{
    m_proxyTester.reset();
    m_modelTester.reset();
    m_proxy.reset();
    m_model.reset();
    m_store.reset();
    m_dir.reset();
}

void TestProblemListModel::loadsEveryProblem()
{
    QCOMPARE(m_model->rowCount(), kPlainProblems + 1);
    QCOMPARE(m_model->columnCount(), int(ProblemListModel::ColumnCount));
    for (const core::Problem& p : m_problems) {
        const int row = m_model->rowForRowid(p.rowid);
        QVERIFY(row >= 0);
        QCOMPARE(m_model->rowidAt(row), p.rowid);
    }
    QCOMPARE(m_model->rowForRowid(987654), -1);
    QCOMPARE(m_model->rowidAt(-1), std::int64_t(0));
    QCOMPARE(m_model->rowidAt(m_model->rowCount()), std::int64_t(0));

    const std::vector<core::ProblemPoint> points = m_model->points();
    QCOMPARE(points.size(), m_problems.size());
    const core::Problem& dust = m_problems.back();
    const auto& point = points[static_cast<std::size_t>(m_model->rowForRowid(dust.rowid))];
    QCOMPARE(point.rowid, dust.rowid);
    QCOMPARE(point.lat, dust.lat);
    QCOMPARE(point.lon, dust.lon);
    QCOMPARE(int(point.category), int(*core::categoryIndex("air")));
    QCOMPARE(int(point.status), int(core::ProblemStatus::Confirmed));
}

void TestProblemListModel::rolesGiveRowData()
{
    const core::Problem& p = m_problems[12]; // category index 3 (traffic), status 2 (in progress)
    const int row = m_model->rowForRowid(p.rowid);
    const auto at = [&](int column, int role) { return m_model->index(row, column).data(role); };
    QCOMPARE(at(ProblemListModel::TitleColumn, Qt::DisplayRole).toString(), QStringLiteral("문제 012"));
    QCOMPARE(at(ProblemListModel::CategoryColumn, Qt::DisplayRole).toString(), ui::categoryName("traffic"));
    QCOMPARE(at(ProblemListModel::StatusColumn, Qt::DisplayRole).toString(),
             ui::statusName(core::ProblemStatus::InProgress));
    QCOMPARE(at(ProblemListModel::SupportsColumn, Qt::DisplayRole).toInt(), 0);
    QCOMPARE(at(ProblemListModel::AddressColumn, Qt::DisplayRole).toString(),
             QStringLiteral("대전 서구 둔산로 12"));
    QVERIFY(!at(ProblemListModel::UpdatedColumn, Qt::DisplayRole).toString().isEmpty());
    QVERIFY(at(ProblemListModel::CategoryColumn, Qt::DecorationRole).value<QIcon>().isNull() == false);
    QVERIFY(!at(ProblemListModel::TitleColumn, Qt::ToolTipRole).toString().isEmpty());

    QCOMPARE(at(0, ProblemListModel::RowidRole).toLongLong(), p.rowid);
    QCOMPARE(at(0, ProblemListModel::IdRole).toString(), ui::toQ(p.id));
    QCOMPARE(at(0, ProblemListModel::CategoryCodeRole).toString(), QStringLiteral("traffic"));
    QCOMPARE(at(0, ProblemListModel::StatusRole).toInt(), int(core::ProblemStatus::InProgress));
    QCOMPARE(at(0, ProblemListModel::LatRole).toDouble(), p.lat);
    QCOMPARE(at(0, ProblemListModel::LonRole).toDouble(), p.lon);

    // Sort values are numbers for counts, statuses and times.
    QCOMPARE(at(ProblemListModel::UpdatedColumn, ProblemListModel::SortRole).toLongLong(),
             core::toUnixMs(p.updated));
    QCOMPARE(at(ProblemListModel::SupportsColumn, ProblemListModel::SortRole).typeId(), int(QMetaType::Int));
    QCOMPARE(at(ProblemListModel::StatusColumn, ProblemListModel::SortRole).toInt(), 2);

    QCOMPARE(m_model->headerData(ProblemListModel::TitleColumn, Qt::Horizontal).toString(),
             QStringLiteral("Title"));
}

void TestProblemListModel::followsCreateUpdateRemove()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy points(m_model.get(), &ProblemListModel::pointsChanged);

    core::Problem draft;
    draft.title = "횡단보도 신호가 너무 짧아요";
    draft.category = "traffic";
    draft.lat = 36.35;
    draft.lon = 127.38;
    auto created = m_store->createProblem(draft);
    QVERIFY(created.ok());
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(points.count(), 1);
    QCOMPARE(m_model->rowCount(), kPlainProblems + 2);
    const int newRow = m_model->rowForRowid(created->rowid);
    QCOMPARE(inserted.first().at(1).toInt(), newRow);
    QCOMPARE(m_model->index(newRow, ProblemListModel::TitleColumn).data().toString(),
             QStringLiteral("횡단보도 신호가 너무 짧아요"));
    QCOMPARE(m_model->index(newRow, 0).data(ProblemListModel::IdRole).toString(), ui::toQ(created->id));

    // A text edit changes the row but no marker.
    const core::Problem& target = m_problems[50];
    core::ProblemPatch retitle;
    retitle.title = "제목을 고쳤어요";
    QVERIFY(m_store->updateProblem(target.id, retitle).ok());
    const int targetRow = m_model->rowForRowid(target.rowid);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), targetRow);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), targetRow);
    QCOMPARE(m_model->index(targetRow, 0).data().toString(), QStringLiteral("제목을 고쳤어요"));
    QCOMPARE(points.count(), 1);

    // A status or position change moves or recolours a marker.
    core::ProblemPatch resolve;
    resolve.status = core::ProblemStatus::Resolved;
    resolve.lat = 36.4;
    QVERIFY(m_store->updateProblem(target.id, resolve).ok());
    QCOMPARE(changed.count(), 2);
    QCOMPARE(points.count(), 2);
    QCOMPARE(m_model->index(targetRow, 0).data(ProblemListModel::StatusRole).toInt(),
             int(core::ProblemStatus::Resolved));
    QCOMPARE(m_model->index(targetRow, 0).data(ProblemListModel::LatRole).toDouble(), 36.4);

    // Removal takes the row out and keeps every other row findable.
    const core::Problem& gone = m_problems[3];
    const int goneRow = m_model->rowForRowid(gone.rowid);
    QVERIFY(m_store->removeProblem(gone.id).ok());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), goneRow);
    QCOMPARE(m_model->rowForRowid(gone.rowid), -1);
    QCOMPARE(m_model->rowCount(), kPlainProblems + 1);
    QCOMPARE(points.count(), 3);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->rowForRowid(m_model->rowidAt(row)), row);

    // Undoing the removal brings it back.
    QVERIFY(m_store->restoreProblem(gone.id).ok());
    QCOMPARE(inserted.count(), 2);
    QVERIFY(m_model->rowForRowid(gone.rowid) >= 0);
    QCOMPARE(m_model->rowCount(), kPlainProblems + 2);
}

void TestProblemListModel::followsCommentsAndSupports()
{
    const core::Problem& target = m_problems[7];
    const int row = m_model->rowForRowid(target.rowid);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy points(m_model.get(), &ProblemListModel::pointsChanged);

    QVERIFY(m_store->setSupported(target.id, true).ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->index(row, ProblemListModel::SupportsColumn).data().toInt(), 1);
    QCOMPARE(m_model->index(row, ProblemListModel::SupportsColumn).data(ProblemListModel::SortRole).toInt(),
             1);

    QVERIFY(m_store->addComment(target.id, "저도 봤어요").ok());
    QCOMPARE(changed.count(), 2);
    QVERIFY(m_model->index(row, ProblemListModel::SupportsColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1Char('1')));

    QVERIFY(m_store->setSupported(target.id, false).ok());
    QCOMPARE(m_model->index(row, ProblemListModel::SupportsColumn).data().toInt(), 0);
    QCOMPARE(points.count(), 0); // counts do not move markers
}

void TestProblemListModel::resetReloads()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy points(m_model.get(), &ProblemListModel::pointsChanged);
    std::vector<core::Problem> more = makeProblems();
    for (core::Problem& p : more)
        p.id.clear();
    QVERIFY(m_store->insertProblems(more, false).ok());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(points.count(), 1);
    QCOMPARE(m_model->rowCount(), 2 * (kPlainProblems + 1));
    QCOMPARE(m_proxy->rowCount(), 2 * (kPlainProblems + 1));
}

void TestProblemListModel::filters_data()
{
    QTest::addColumn<QStringList>("categories");
    QTest::addColumn<QList<int>>("statuses");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expectedTitles"); // checked when not empty
    QTest::addColumn<int>("expectedCount");

    // Categories cycle through 9 codes, statuses through 5 (see makeProblems).
    QTest::addRow("no filter") << QStringList() << QList<int>() << QString() << QStringList()
                               << kPlainProblems + 1;
    QTest::addRow("air") << QStringList{QStringLiteral("air")} << QList<int>() << QString() << QStringList()
                         << 23 + 1;
    QTest::addRow("traffic or noise") << QStringList{QStringLiteral("traffic"), QStringLiteral("noise")}
                                      << QList<int>() << QString() << QStringList() << 22 + 22;
    QTest::addRow("new") << QStringList() << QList<int>{int(core::ProblemStatus::New)} << QString()
                         << QStringList() << 40;
    QTest::addRow("confirmed or closed")
        << QStringList() << QList<int>{int(core::ProblemStatus::Confirmed), int(core::ProblemStatus::Closed)}
        << QString() << QStringList() << 40 + 1 + 40;
    QTest::addRow("air and confirmed")
        << QStringList{QStringLiteral("air")} << QList<int>{int(core::ProblemStatus::Confirmed)} << QString()
        << QStringList() << 4 + 1; // i % 45 == 36 for i < 200: 36, 81, 126, 171; plus the fine-dust one
    QTest::addRow("korean substring in description")
        << QStringList() << QList<int>() << QStringLiteral("미세먼지")
        << QStringList{QStringLiteral("둔산동 미세먼지")} << 1;
    QTest::addRow("korean phrase inside a sentence")
        << QStringList() << QList<int>() << QStringLiteral("먼지가 심해")
        << QStringList{QStringLiteral("둔산동 미세먼지")} << 1;
    QTest::addRow("two characters") << QStringList() << QList<int>() << QStringLiteral("설명")
                                    << QStringList() << kPlainProblems;
    QTest::addRow("title number") << QStringList() << QList<int>() << QStringLiteral("문제 042")
                                  << QStringList{QStringLiteral("문제 042")} << 1;
    QTest::addRow("text and category") << QStringList{QStringLiteral("energy")} << QList<int>()
                                       << QStringLiteral("미세먼지") << QStringList() << 0;
    QTest::addRow("nothing matches") << QStringList() << QList<int>() << QStringLiteral("존재하지않는말")
                                     << QStringList() << 0;
}

void TestProblemListModel::filters()
{
    QFETCH(QStringList, categories);
    QFETCH(QList<int>, statuses);
    QFETCH(QString, text);
    QFETCH(QStringList, expectedTitles);
    QFETCH(int, expectedCount);

    QList<core::ProblemStatus> statusList;
    for (const int s : statuses)
        statusList.append(static_cast<core::ProblemStatus>(s));
    QSignalSpy filterChanged(m_proxy.get(), &ProblemFilterProxy::filterChanged);
    m_proxy->setCategories(categories);
    m_proxy->setStatuses(statusList);
    m_proxy->setSearchText(text);
    QCOMPARE(m_proxy->rowCount(), expectedCount);
    QCOMPARE(filterChanged.count(),
             int(!categories.isEmpty()) + int(!statuses.isEmpty()) + int(!text.isEmpty()));
    QCOMPARE(m_proxy->isFiltering(), !categories.isEmpty() || !statuses.isEmpty() || !text.isEmpty());

    // Cross-check every shown row against the filters, and that the store's own query agrees.
    core::ProblemQuery query;
    for (const QString& c : categories)
        query.categories.push_back(ui::toStd(c));
    query.statuses.assign(statusList.begin(), statusList.end());
    query.text = ui::toStd(text);
    auto storeCount = m_store->countProblems(query);
    QVERIFY(storeCount.ok());
    QCOMPARE(*storeCount, std::int64_t(expectedCount));
    QStringList titles;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (!categories.isEmpty())
            QVERIFY(categories.contains(index.data(ProblemListModel::CategoryCodeRole).toString()));
        if (!statuses.isEmpty())
            QVERIFY(statuses.contains(index.data(ProblemListModel::StatusRole).toInt()));
        titles.append(index.data().toString());
    }
    if (!expectedTitles.isEmpty())
        QCOMPARE(titles, expectedTitles);

    // Clearing every filter shows everything again.
    m_proxy->setCategories({});
    m_proxy->setStatuses({});
    m_proxy->setSearchText(QString());
    QCOMPARE(m_proxy->rowCount(), kPlainProblems + 1);
}

void TestProblemListModel::searchFollowsEdits()
{
    m_proxy->setSearchText(QStringLiteral("미세먼지"));
    QCOMPARE(m_proxy->rowCount(), 1);

    core::ProblemPatch patch;
    patch.description = "여기도 미세먼지가 많아요";
    QVERIFY(m_store->updateProblem(m_problems[10].id, patch).ok());
    QCOMPARE(m_proxy->rowCount(), 2);

    core::Problem draft;
    draft.title = "공단 근처 미세먼지 냄새";
    draft.category = "air";
    draft.lat = 36.42;
    draft.lon = 127.40;
    QVERIFY(m_store->createProblem(draft).ok());
    QCOMPARE(m_proxy->rowCount(), 3);

    patch.description = "이제 괜찮아요";
    QVERIFY(m_store->updateProblem(m_problems[10].id, patch).ok());
    QCOMPARE(m_proxy->rowCount(), 2);

    QVERIFY(m_store->removeProblem(m_problems.back().id).ok());
    QCOMPARE(m_proxy->rowCount(), 1);
}

void TestProblemListModel::visibleRegionFollowsMap()
{
    // Rows 0..9 of lat (36.30..36.39) and columns 0..4 of lon (127.30..127.34): 50 grid problems.
    const QGeoRectangle region(QGeoCoordinate(36.395, 127.295), QGeoCoordinate(36.295, 127.345));
    m_proxy->setVisibleRegion(region);
    QCOMPARE(m_proxy->rowCount(), kPlainProblems + 1); // not applied until asked for
    QSignalSpy filterChanged(m_proxy.get(), &ProblemFilterProxy::filterChanged);
    m_proxy->setOnlyVisible(true);
    QCOMPARE(filterChanged.count(), 1);
    QCOMPARE(m_proxy->rowCount(), 50);
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        QVERIFY(region.contains(QGeoCoordinate(index.data(ProblemListModel::LatRole).toDouble(),
                                               index.data(ProblemListModel::LonRole).toDouble())));
    }
    // Panning to the fine-dust problem shows only it.
    m_proxy->setVisibleRegion(
        QGeoRectangle(QGeoCoordinate(36.352, 127.384), QGeoCoordinate(36.350, 127.386)));
    QCOMPARE(m_proxy->rowCount(), 1);
    QCOMPARE(m_proxy->index(0, 0).data().toString(), QStringLiteral("둔산동 미세먼지"));
    // A problem moved into view appears.
    core::ProblemPatch move;
    move.lat = 36.351;
    move.lon = 127.3855;
    QVERIFY(m_store->updateProblem(m_problems[0].id, move).ok());
    QCOMPARE(m_proxy->rowCount(), 2);
    m_proxy->setOnlyVisible(false);
    QCOMPARE(m_proxy->rowCount(), kPlainProblems + 1);
}

void TestProblemListModel::sortsByEveryColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("firstTitle"); // checked when not empty

    QTest::addRow("title ascending") << int(ProblemListModel::TitleColumn) << Qt::AscendingOrder
                                     << QStringLiteral("둔산동 미세먼지");
    QTest::addRow("title descending")
        << int(ProblemListModel::TitleColumn) << Qt::DescendingOrder << QStringLiteral("문제 199");
    QTest::addRow("category") << int(ProblemListModel::CategoryColumn) << Qt::AscendingOrder << QString();
    QTest::addRow("status") << int(ProblemListModel::StatusColumn) << Qt::AscendingOrder << QString();
    QTest::addRow("supports descending")
        << int(ProblemListModel::SupportsColumn) << Qt::DescendingOrder << QStringLiteral("문제 077");
    QTest::addRow("updated ascending")
        << int(ProblemListModel::UpdatedColumn) << Qt::AscendingOrder << QStringLiteral("둔산동 미세먼지");
    QTest::addRow("updated descending")
        << int(ProblemListModel::UpdatedColumn) << Qt::DescendingOrder << QString();
    QTest::addRow("address") << int(ProblemListModel::AddressColumn) << Qt::AscendingOrder
                             << QStringLiteral("둔산동 미세먼지"); // 둔산동 sorts before 둔산로
}

void TestProblemListModel::sortsByEveryColumn()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, firstTitle);

    QVERIFY(m_store->setSupported(m_problems[77].id, true).ok());
    m_proxy->sort(column, order);
    QCOMPARE(m_proxy->rowCount(), kPlainProblems + 1);
    for (int row = 0; row + 1 < m_proxy->rowCount(); ++row) {
        const QVariant a = m_proxy->index(row, column).data(ProblemListModel::SortRole);
        const QVariant b = m_proxy->index(row + 1, column).data(ProblemListModel::SortRole);
        QVERIFY2(order == Qt::AscendingOrder ? sortsBefore(a, b) : sortsBefore(b, a),
                 qPrintable(QStringLiteral("row %1: %2 / %3").arg(row).arg(a.toString(), b.toString())));
    }
    if (!firstTitle.isEmpty())
        QCOMPARE(m_proxy->index(0, ProblemListModel::TitleColumn).data().toString(), firstTitle);
    if (column == ProblemListModel::UpdatedColumn && order == Qt::DescendingOrder) {
        // The newest is the grid problem whose minute offset is largest: i * 37 % 200 == 199.
        QCOMPARE(
            m_proxy->index(0, ProblemListModel::UpdatedColumn).data(ProblemListModel::SortRole).toLongLong(),
            kBaseMs + 199 * 60'000);
    }
}

QTEST_MAIN(TestProblemListModel)
#include "test_problem_list_model.moc"
