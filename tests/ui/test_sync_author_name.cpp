// Who the author is: never the computer's login name behind the user's back; a name chosen at the
// first start (or none, when skipped) while not signed in; the hub account's display name once
// signed in to a real balgul-hub, and the chosen name again after signing out.

#include "../hub/hub_process.h"
#include "../support/test_support.h"

#include "core/store/store.h"
#include "ui/main_window.h"
#include "ui/qt_convert.h"
#include "ui/settings.h"
#include "ui/settings_dialog.h"
#include "ui/sync/sync_controller.h"

#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace balgul;
using test::toStd;

class TestSyncAuthorName : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void firstStartAsksForAName();
    void skippingLeavesNoName();
    void signedInWritesAsTheAccount();

private:
    void openWindow();

    QTemporaryDir m_hubDir;
    std::unique_ptr<test::HubProcess> m_hub;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Store> m_store;
    std::unique_ptr<ui::Settings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestSyncAuthorName::initTestCase()
{
    QVERIFY(m_hubDir.isValid());
    m_hub = std::make_unique<test::HubProcess>(m_hubDir.path());
    QCOMPARE(m_hub->userCommand({QStringLiteral("add"), QStringLiteral("minji"), QStringLiteral("--role"),
                                 QStringLiteral("citizen"), QStringLiteral("--display-name"),
                                 QStringLiteral("김민지"), QStringLiteral("--password-stdin")},
                                "correct horse\n"),
             0);
    QVERIFY2(m_hub->start(), "balgul-hub did not start");
}

void TestSyncAuthorName::cleanupTestCase()
{
    if (m_hub)
        QCOMPARE(m_hub->stop(), 0);
}

void TestSyncAuthorName::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // A profile an earlier version signed with the computer's login name.
    core::StoreOptions options;
    options.userName = "someuser";
    auto store = core::Store::open(toStd(m_dir->filePath(QStringLiteral("profile/balgul.sqlite"))), options);
    QVERIFY(store);
    m_store = std::move(store).value();
    m_settings = std::make_unique<ui::Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_settings->setTileKind(QStringLiteral("none"));
}

void TestSyncAuthorName::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_store.reset();
    m_dir.reset();
}

void TestSyncAuthorName::openWindow()
{
    m_window = std::make_unique<ui::MainWindow>(*m_store, *m_settings);
    m_window->resize(1000, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSyncAuthorName::firstStartAsksForAName()
{
    openWindow();
    // Nothing is signed with a name the user never gave.
    QCOMPARE(m_store->userName(), std::string());
    QDialog* dialog = m_window->askForNameIfNeeded();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("firstStartNameEdit"));
    auto* save = dialog->findChild<QPushButton*>(QStringLiteral("firstStartSaveButton"));
    QVERIFY(name && save);
    QVERIFY(!save->isEnabled());
    QTest::keyClicks(name, QStringLiteral("Kim Minji"));
    QVERIFY(save->isEnabled());
    save->click();
    QCOMPARE(m_settings->userName(), QStringLiteral("Kim Minji"));
    QCOMPARE(m_store->userName(), std::string("Kim Minji"));
    core::Problem draft;
    draft.title = "Dust at the gate";
    draft.category = "air";
    draft.lat = 36.35;
    draft.lon = 127.38;
    QCOMPARE(m_store->createProblem(draft)->author, std::string("Kim Minji"));
    // Asked once.
    QVERIFY(!m_window->askForNameIfNeeded());
}

void TestSyncAuthorName::skippingLeavesNoName()
{
    openWindow();
    QDialog* dialog = m_window->askForNameIfNeeded();
    QVERIFY(dialog);
    dialog->findChild<QPushButton*>(QStringLiteral("firstStartSkipButton"))->click();
    QVERIFY(m_settings->askedForName());
    QCOMPARE(m_store->userName(), std::string());
    m_window.reset();
    openWindow();
    QVERIFY(!m_window->askForNameIfNeeded());
    QCOMPARE(m_store->userName(), std::string());
}

void TestSyncAuthorName::signedInWritesAsTheAccount()
{
    m_settings->setUserName(QStringLiteral("Minji at home"));
    m_settings->setAskedForName(true);
    openWindow();
    QCOMPARE(m_store->userName(), std::string("Minji at home"));

    ui::SyncController* sync = m_window->syncController();
    QSignalSpy finished(sync, &ui::SyncController::signInFinished);
    sync->signIn(QStringLiteral("http://127.0.0.1:%1").arg(m_hub->port()), QStringLiteral("minji"),
                 QStringLiteral("correct horse"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    // The account's display name, not the login and not the name chosen for working alone.
    QCOMPARE(m_store->userName(), std::string("김민지"));
    QCOMPARE(sync->accountName(), QStringLiteral("김민지"));
    core::Problem draft;
    draft.title = "Noise at night";
    draft.category = "safety";
    draft.lat = 36.35;
    draft.lon = 127.38;
    QCOMPARE(m_store->createProblem(draft)->author, std::string("김민지"));
    QVERIFY(!m_window->askForNameIfNeeded());

    // Preferences say whose name is used while signed in.
    ui::SettingsDialog preferences(*m_settings);
    preferences.addHubSettings(*sync);
    auto* note = preferences.findChild<QLabel*>(QStringLiteral("userNameNote"));
    QVERIFY(note && !note->isHidden());
    QVERIFY2(note->text().contains(QStringLiteral("김민지")), qPrintable(note->text()));
    // Shown, the window is tall enough for the wrapped note and the hub's box: no field is squeezed.
    preferences.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preferences));
    const auto edits = preferences.findChildren<QLineEdit*>();
    QVERIFY(!edits.isEmpty());
    for (const QLineEdit* edit : edits)
        if (edit->isVisible())
            QVERIFY2(edit->height() >= edit->minimumSizeHint().height(), qPrintable(edit->objectName()));
    preferences.close();

    QTRY_VERIFY_WITH_TIMEOUT(!sync->isSyncing(), 30000);
    QVERIFY(sync->signOut().ok());
    QCOMPARE(m_store->userName(), std::string("Minji at home"));
}

QTEST_MAIN(TestSyncAuthorName)
#include "test_sync_author_name.moc"
