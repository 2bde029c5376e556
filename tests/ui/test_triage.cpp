// The triage queue, setting a status with a note and the status history, offscreen over a real
// store: a coordinator closes a problem from the detail panel and sees the entry; its author sees
// "Reopen…" and reopens it once; a neighbour sees the history and no action; the queue and its
// counts follow.

#include "core/store/store.h"
#include "ui/category_names.h"
#include "ui/panels/problem_detail_panel.h"
#include "ui/triage/status_change_dialog.h"
#include "ui/triage/status_history_view.h"
#include "ui/triage/triage_panel.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace balgul;
using core::ProblemStatus;
using core::triage::StatusActor;

namespace {

core::Problem draft(const std::string& title, int day)
{
    core::Problem p;
    p.title = title;
    p.category = "safety";
    p.lat = 36.35;
    p.lon = 127.38;
    p.created = core::fromUnixMs(1700000000000 + std::int64_t(day) * 86400000);
    return p;
}

/// Chooses `status` (and `reason` when closing) in the dialog and writes `note`.
void fill(ui::StatusChangeDialog& dialog, ProblemStatus status, const QString& note, int reason = 0)
{
    auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("statusCombo"));
    QVERIFY(combo);
    const int index = combo->findData(static_cast<int>(status));
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    if (reason > 0) {
        auto* reasons = dialog.findChild<QComboBox*>(QStringLiteral("reasonCombo"));
        QVERIFY(reasons && reasons->isVisibleTo(&dialog));
        reasons->setCurrentIndex(reasons->findData(reason));
    }
    dialog.findChild<QPlainTextEdit*>(QStringLiteral("noteEdit"))->setPlainText(note);
}

} // namespace

class TestTriage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<core::Store> m_store;
    int m_stores = 0;

private slots:
    void init()
    {
        auto s =
            core::Store::open(m_dir.filePath(QStringLiteral("t%1.sqlite").arg(++m_stores)).toStdString());
        QVERIFY(s);
        m_store = std::move(*s);
    }

    void queueAndCounts()
    {
        ui::TriagePanel panel(*m_store);
        QSignalSpy counted(&panel, &ui::TriagePanel::countsChanged);
        auto older = m_store->createProblem(draft("Older lamp", 1));
        auto newer = m_store->createProblem(draft("Newer lamp", 2));
        QVERIFY(older && newer);
        QTRY_VERIFY(!counted.isEmpty());
        QCOMPARE(counted.count(), 1); // two changes, one read
        auto* list = panel.findChild<QTreeWidget*>(QStringLiteral("triageList"));
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(3), QStringLiteral("Older lamp")); // oldest first
        QCOMPARE(panel.newCount(), 2);
        QVERIFY(
            panel.findChild<QLabel*>(QStringLiteral("triageCounts"))->text().contains(QLatin1String("2")));
        QSignalSpy selected(&panel, &ui::TriagePanel::problemSelected);
        list->setCurrentItem(list->topLevelItem(1));
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.at(0).at(0).toLongLong(), newer->rowid);
        QVERIFY(m_store->changeStatus(newer->id, ProblemStatus::Confirmed, "Seen",
                                      core::triage::CloseReason::None, StatusActor::Coordinator));
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(panel.newCount(), 1);
    }

    void inactiveQueueCatchesUpWhenActivated()
    {
        ui::TriagePanel panel(*m_store, nullptr, false);
        QVERIFY(m_store->createProblem(draft("Lamp", 1)));
        QCOMPARE(panel.newCount(), 0); // not read while inactive
        panel.setActive(true);
        QCOMPARE(panel.newCount(), 1);
        QVERIFY(m_store->createProblem(draft("Bench", 2)));
        QTRY_COMPARE(panel.newCount(), 2);
    }

    void supportedProblemsJoinTheQueue()
    {
        ui::TriagePanel panel(*m_store);
        auto p = m_store->createProblem(draft("Broken swing", 1));
        QVERIFY(p);
        QVERIFY(m_store->changeStatus(p->id, ProblemStatus::Confirmed, "Seen",
                                      core::triage::CloseReason::None, StatusActor::Coordinator));
        QCOMPARE(panel.supportedCount(), 0);
        for (const char* who : {"a", "b", "c"})
            m_store->database()
                .prepare("INSERT INTO supports (problem_id, user, created) VALUES (?, ?, 0)")
                .bind(1, p->id)
                .bind(2, who)
                .run();
        panel.refresh();
        QCOMPARE(panel.supportedCount(), 1);
        QCOMPARE(panel.findChild<QTreeWidget*>(QStringLiteral("triageList"))->topLevelItemCount(), 1);
    }

    void setStatusAndSeeHistory()
    {
        auto p = m_store->createProblem(draft("Streetlight out", 1));
        QVERIFY(p);
        ui::ProblemDetailPanel panel(*m_store);
        panel.resize(420, 900);
        panel.show();
        panel.showProblem(p->rowid);
        auto* button = panel.findChild<QPushButton*>(QStringLiteral("setStatusButton"));
        QVERIFY(button && button->isVisible());
        QCOMPARE(button->text(), QStringLiteral("Set status…"));
        auto* history = panel.findChild<ui::StatusHistoryView*>(QStringLiteral("statusHistory"));
        QVERIFY(history);
        QCOMPARE(history->entryCount(), 0);

        // A coordinator (a profile that never signed in is one of its own store).
        {
            ui::StatusChangeDialog dialog(*m_store, p->id, StatusActor::Coordinator, &panel);
            QVERIFY(!dialog.offered().contains(ProblemStatus::New));
            QVERIFY(!dialog.offered().contains(ProblemStatus::Reopened));
            fill(dialog, ProblemStatus::Closed, QString());
            QVERIFY(!dialog.apply());
            auto* error = dialog.findChild<QLabel*>(QStringLiteral("statusError"));
            QVERIFY(error->isVisibleTo(&dialog) && !error->text().isEmpty());
            fill(dialog, ProblemStatus::Closed, QStringLiteral("Same as the one by the school"),
                 static_cast<int>(core::triage::CloseReason::Duplicate));
            QVERIFY(dialog.apply());
        }
        QCOMPARE(history->entryCount(), 1);
        const auto entries = history->findChildren<QLabel*>(QStringLiteral("statusHistoryEntry"));
        QCOMPARE(entries.size(), 1);
        QVERIFY2(entries[0]->text().contains(QStringLiteral("Same as the one by the school")),
                 qPrintable(entries[0]->text()));
        QVERIFY(entries[0]->text().contains(ui::statusName(ProblemStatus::Closed)));
        QVERIFY(entries[0]->text().contains(QStringLiteral("duplicate")));
        QCOMPARE(panel.findChild<QLabel*>(QStringLiteral("statusLabel"))->text(),
                 QStringLiteral("Closed, not fixed"));
        QVERIFY(ui::statusName(ProblemStatus::Closed) != ui::statusName(ProblemStatus::Resolved));

        // Its author, signed in as a citizen: "Reopen…", and only reopened is offered.
        QVERIFY(m_store->setSyncValue("hub_user_id", "u-minji"));
        QVERIFY(m_store->setSyncValue("hub_role", "citizen"));
        panel.refreshRights();
        QVERIFY(button->isVisible());
        QCOMPARE(button->text(), QStringLiteral("Reopen…"));
        {
            ui::StatusChangeDialog dialog(*m_store, p->id, StatusActor::Author, &panel);
            QVERIFY(dialog.offered() == QList<ProblemStatus>{ProblemStatus::Reopened});
            fill(dialog, ProblemStatus::Reopened, QStringLiteral("It is not the same lamp"));
            QVERIFY(dialog.apply());
        }
        QCOMPARE(history->entryCount(), 2);
        const auto after = history->findChildren<QLabel*>(QStringLiteral("statusHistoryEntry"));
        QVERIFY(after[0]->text().contains(QStringLiteral("It is not the same lamp"))); // newest first
        panel.refreshRights();
        QVERIFY(!button->isVisible()); // reopened once; nothing more for the author

        // A neighbour reads the history and has no action.
        m_store->database()
            .prepare("INSERT INTO sync_entities (entity, id, problem_id, owner_id) VALUES ('problem', ?, ?, "
                     "'u-jun') ON CONFLICT (entity, id) DO UPDATE SET owner_id = 'u-jun'")
            .bind(1, p->id)
            .bind(2, p->id)
            .run();
        panel.refreshRights();
        QVERIFY(!button->isVisible());
        QCOMPARE(history->entryCount(), 2);
    }
};

QTEST_MAIN(TestTriage)
#include "test_triage.moc"
