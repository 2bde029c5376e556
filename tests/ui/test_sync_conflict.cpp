// Per-problem sync state in the list and the detail panel, and the conflict dialog, with
// conflicts and refusals made by a real balgul-hub.

#include "../hub/hub_process.h"
#include "../support/test_support.h"

#include "core/store/store.h"
#include "core/sync/sync_engine.h"
#include "ui/models/problem_list_model.h"
#include "ui/panels/problem_detail_panel.h"
#include "ui/qt_convert.h"
#include "ui/sync/conflict_dialog.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace balgul;

namespace {

/// A profile: its store and a token for the hub.
struct Profile
{
    QTemporaryDir dir;
    std::unique_ptr<core::Store> store;
    std::string token;
};

} // namespace

class TestSyncConflict : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void conflictIsShownAndResolved_data();
    void conflictIsShownAndResolved();
    void refusalShowsTheHubsReason();
    void valuesAreShownReadably();

private:
    std::string url() const { return "http://127.0.0.1:" + std::to_string(m_hub->port()); }
    bool open(Profile& profile, const std::string& login);
    bool sync(Profile& profile);
    int rowOf(ui::ProblemListModel& model, const std::string& id);

    QTemporaryDir m_hubDir;
    std::unique_ptr<test::HubProcess> m_hub;
};

void TestSyncConflict::initTestCase()
{
    QVERIFY(m_hubDir.isValid());
    m_hub = std::make_unique<test::HubProcess>(m_hubDir.path());
    QVERIFY2(m_hub->start(), "balgul-hub did not start");
    QVERIFY(m_hub->addUser(QStringLiteral("minji"), QStringLiteral("citizen")));
    QVERIFY(m_hub->addUser(QStringLiteral("jun"), QStringLiteral("citizen")));
}

void TestSyncConflict::cleanupTestCase()
{
    if (m_hub)
        QCOMPARE(m_hub->stop(), 0);
}

bool TestSyncConflict::open(Profile& profile, const std::string& login)
{
    core::StoreOptions options;
    options.userName = login;
    auto store = core::Store::open(ui::toStd(profile.dir.path() + QStringLiteral("/balgul.sqlite")), options);
    if (!store)
        return false;
    profile.store = std::move(*store);
    auto answer = core::sync::SyncEngine::login(url(), login, "correct horse");
    if (!answer)
        return false;
    profile.token = answer->token;
    return profile.store->setSyncValue("hub_user_id", answer->userId).ok() &&
           profile.store->setSyncValue("hub_url", url()).ok();
}

bool TestSyncConflict::sync(Profile& profile)
{
    core::sync::SyncEngine engine(*profile.store, core::sync::HubEndpoint{url(), profile.token, true, 30});
    auto report = engine.syncOnce();
    if (!report)
        qWarning() << "sync failed:" << report.error().toString().c_str();
    return report.ok();
}

int TestSyncConflict::rowOf(ui::ProblemListModel& model, const std::string& id)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, 0).data(ui::ProblemListModel::IdRole).toString() == ui::toQ(id))
            return row;
    return -1;
}

void TestSyncConflict::conflictIsShownAndResolved_data()
{
    QTest::addColumn<bool>("keepMine");
    QTest::addRow("keep mine") << true;
    QTest::addRow("take the hub's") << false;
}

void TestSyncConflict::conflictIsShownAndResolved()
{
    QFETCH(bool, keepMine);
    // One resident on two computers: the laptop (A) and the desktop (B).
    Profile a;
    Profile b;
    QVERIFY(open(a, "minji"));
    QVERIFY(open(b, "minji"));
    core::Problem draft;
    draft.title = "Dust on the school road";
    draft.category = "air";
    draft.lat = 36.35;
    draft.lon = 127.38;
    auto created = a.store->createProblem(draft);
    QVERIFY(created);
    QVERIFY(sync(a));
    QVERIFY(sync(b));
    QVERIFY(b.store->problem(created->id));

    ui::ProblemListModel model(*b.store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int row = rowOf(model, created->id);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, ui::ProblemListModel::SyncColumn).data().toString(), QString());

    core::ProblemPatch onA;
    onA.title = "Dust on the school road near the gate";
    QVERIFY(a.store->updateProblem(created->id, onA));
    QVERIFY(sync(a));
    core::ProblemPatch onB;
    onB.title = "Dust on the school road at noon";
    QVERIFY(b.store->updateProblem(created->id, onB));
    QCOMPARE(model.index(row, ui::ProblemListModel::SyncColumn).data().toString(), QStringLiteral("Waiting"));
    QVERIFY(sync(b));
    QCOMPARE(b.store->conflicts(created->id).size(), std::size_t(1));

    // Another connection wrote the conflict; the window's store is told so.
    b.store->announceExternalChange();
    QCOMPARE(model.index(row, ui::ProblemListModel::SyncColumn).data().toString(),
             QStringLiteral("Conflict"));
    QCOMPARE(model.index(row, 0).data(ui::ProblemListModel::SyncStateRole).toInt(),
             int(core::SyncState::Conflict));

    // Row ids are per store: B's copy has its own.
    const std::int64_t rowidOnB = b.store->problem(created->id)->rowid;
    ui::ProblemDetailPanel panel(*b.store);
    panel.showProblem(rowidOnB);
    auto* resolve = panel.findChild<QPushButton*>(QStringLiteral("resolveButton"));
    QVERIFY(resolve);
    QVERIFY(resolve->isVisibleTo(&panel));
    QSignalSpy resolveRequested(&panel, &ui::ProblemDetailPanel::resolveConflictRequested);
    resolve->click();
    QCOMPARE(resolveRequested.count(), 1);
    QCOMPARE(resolveRequested.first().at(0).toLongLong(), rowidOnB);

    ui::ConflictDialog dialog(*b.store, created->id);
    QCOMPARE(dialog.conflicts().size(), std::size_t(1));
    QCOMPARE(dialog.conflicts()[0].field, std::string("title"));
    const QStringList texts = [&] {
        QStringList out;
        for (const QLabel* label : dialog.findChildren<QLabel*>())
            out << label->text();
        return out;
    }();
    QVERIFY(texts.contains(QStringLiteral("Dust on the school road at noon")));
    QVERIFY(texts.contains(QStringLiteral("Dust on the school road near the gate")));
    QVERIFY(texts.contains(QStringLiteral("Title")));
    // The hub's value is chosen until the person says otherwise.
    QVERIFY(dialog.findChild<QRadioButton*>(QStringLiteral("hub_0"))->isChecked());
    if (keepMine)
        dialog.findChild<QRadioButton*>(QStringLiteral("mine_0"))->click();
    dialog.findChild<QPushButton*>(QStringLiteral("applyButton"))->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(b.store->conflicts(created->id).empty());
    QVERIFY(!resolve->isVisibleTo(&panel));

    const std::string expected =
        keepMine ? "Dust on the school road at noon" : "Dust on the school road near the gate";
    QCOMPARE(b.store->problem(created->id)->title, expected);
    QCOMPARE(model.index(row, ui::ProblemListModel::TitleColumn).data().toString(), ui::toQ(expected));
    // Keeping mine sends it again; taking the hub's leaves nothing to send.
    QCOMPARE(model.index(row, ui::ProblemListModel::SyncColumn).data().toString(),
             keepMine ? QStringLiteral("Waiting") : QString());

    QVERIFY(sync(b));
    QVERIFY(sync(a));
    QCOMPARE(a.store->problem(created->id)->title, expected);
    QVERIFY(a.store->conflicts().empty());
    QVERIFY(b.store->conflicts().empty());
}

void TestSyncConflict::refusalShowsTheHubsReason()
{
    Profile author;
    Profile neighbour;
    QVERIFY(open(author, "minji"));
    QVERIFY(open(neighbour, "jun"));
    core::Problem draft;
    draft.title = "Broken street light";
    draft.category = "safety";
    draft.lat = 36.36;
    draft.lon = 127.39;
    auto created = author.store->createProblem(draft);
    QVERIFY(created);
    QVERIFY(sync(author));
    QVERIFY(sync(neighbour));

    ui::ProblemListModel model(*neighbour.store);
    core::ProblemPatch patch;
    patch.title = "Broken street lights on the whole block";
    QVERIFY(neighbour.store->updateProblem(created->id, patch));
    QVERIFY(sync(neighbour)); // the round succeeds; the hub refuses this one change
    neighbour.store->announceExternalChange();

    const int row = rowOf(model, created->id);
    QVERIFY(row >= 0);
    const QModelIndex cell = model.index(row, ui::ProblemListModel::SyncColumn);
    QCOMPARE(cell.data().toString(), QStringLiteral("Refused"));
    // The hub's code in the app's words, not the hub's English reason.
    QVERIFY2(cell.data(Qt::ToolTipRole)
                 .toString()
                 .contains(QStringLiteral("Your account may not make this change")),
             qPrintable(cell.data(Qt::ToolTipRole).toString()));
    QVERIFY(!cell.data(Qt::DecorationRole).value<QIcon>().isNull());

    ui::ProblemDetailPanel panel(*neighbour.store);
    panel.showProblem(neighbour.store->problem(created->id)->rowid);
    auto* label = panel.findChild<QLabel*>(QStringLiteral("refusalText"));
    QVERIFY2(label->text().contains(QStringLiteral("Only the problem's author")), qPrintable(label->text()));
    auto* revert = panel.findChild<QPushButton*>(QStringLiteral("revertRefusedButton"));
    QVERIFY(revert->isVisibleTo(&panel));
    revert->click();
    QVERIFY(!revert->isVisibleTo(&panel));
    QVERIFY(model.index(row, ui::ProblemListModel::SyncColumn).data().toString() !=
            QStringLiteral("Refused"));
}

void TestSyncConflict::valuesAreShownReadably()
{
    // A conflict on status and category shows their names, not the codes.
    QTemporaryDir dir;
    auto store = core::Store::open(ui::toStd(dir.path() + QStringLiteral("/balgul.sqlite")));
    QVERIFY(store);
    core::Problem draft;
    draft.title = "Overflowing bins";
    draft.category = "recycling";
    draft.lat = 36.35;
    draft.lon = 127.38;
    auto created = (*store)->createProblem(draft);
    QVERIFY(created);
    auto& db = (*store)->database();
    for (const auto& [field, hub, local] :
         {std::tuple<std::string, std::string, std::string>{"status", "\"in_progress\"", "\"new\""},
          {"category", "\"traffic\"", "\"recycling\""},
          {"lat", "36.5", "36.35"}}) {
        auto st =
            db.prepare("INSERT INTO sync_conflicts (entity, id, field, problem_id, hub_value, local_value, "
                       "hub_version, created) VALUES ('problem', ?, ?, ?, ?, ?, 3, 0)");
        st.bind(1, created->id).bind(2, field).bind(3, created->id).bind(4, hub).bind(5, local);
        st.run();
    }
    ui::ConflictDialog dialog(**store, created->id);
    QCOMPARE(dialog.conflicts().size(), std::size_t(3));
    QStringList texts;
    for (const QLabel* label : dialog.findChildren<QLabel*>())
        texts << label->text();
    for (const QString& expected :
         {QStringLiteral("Status"), QStringLiteral("Category"), QStringLiteral("Latitude"),
          QStringLiteral("Recycling and resource circulation"), QStringLiteral("Traffic"),
          QStringLiteral("New"), QStringLiteral("In progress"), QStringLiteral("36.500000")})
        QVERIFY2(texts.contains(expected),
                 qPrintable(expected + QStringLiteral(" not in ") + texts.join(u'|')));
    QVERIFY(!texts.contains(QStringLiteral("in_progress")));
}

QTEST_MAIN(TestSyncConflict)
#include "test_sync_conflict.moc"
