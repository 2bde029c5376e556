// The My Data dock through its widgets, offscreen: a vault made with a passphrase typed twice,
// locked and unlocked, a wrong passphrase said in place with the focus kept in the field, the idle
// lock, the screen lock (a screen saver on a bus of the test's own), strengthening; a real Green Button file
// imported through the preview and report dialog; the consent screen's four PIPA items; the sharing preview's
// rows equal to minimize()'s for the same consent; the recommendations with their reasons; and the dock in
// the main window (View ▸ My Data).

#include "../support/private_bus.h"
#include "../support/test_support.h"

#include "core/mydata/minimize.h"
#include "core/mydata/vault.h"
#include "core/store/store.h"
#include "ui/main_window.h"
#include "ui/mydata/consents_view.h"
#include "ui/mydata/mydata_panel.h"
#include "ui/mydata/recommendations_view.h"
#include "ui/mydata/record_import_dialog.h"
#include "ui/mydata/share_dialog.h"
#include "ui/mydata/vault_dialogs.h"
#include "ui/mydata/vault_session.h"
#include "ui/platform/screen_lock_watcher.h"
#include "ui/settings.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDBusMessage>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <memory>

using namespace balgul;
using balgul::test::toStd;
using ui::VaultState;
namespace mydata = core::mydata;

namespace {

constexpr int kWaitMs = 30000;
const QString kPassphrase = QStringLiteral("river lantern copper seventeen");
/// The cheapest costs a vault takes: a test derivation in a fraction of a second.
const mydata::KdfParams kCheap{64 * 1024, 1, 1};

constexpr double kHomeLat = 36.3504;
constexpr double kHomeLon = 127.3845;
constexpr double kProblemLat = 36.3600;
constexpr double kProblemLon = 127.3845;

/// A profile with a store, settings and the dock's panel, shown.
struct Profile
{
    QTemporaryDir dir;
    std::unique_ptr<core::Store> store;
    std::unique_ptr<ui::Settings> settings;
    std::unique_ptr<ui::MyDataPanel> panel;

    QString path(const QString& name) const { return dir.filePath(name); }
};

std::unique_ptr<Profile> makeProfile()
{
    auto p = std::make_unique<Profile>();
    if (!p->dir.isValid())
        return {};
    auto store = core::Store::open(toStd(p->path(QStringLiteral("balgul.sqlite"))));
    if (!store)
        return {};
    p->store = std::move(*store);
    p->settings = std::make_unique<ui::Settings>(p->path(QStringLiteral("settings.ini")));
    p->panel = std::make_unique<ui::MyDataPanel>(*p->store, p->settings.get(),
                                                 [] { return core::sync::HubEndpoint{}; });
    p->panel->session().setKdfParams(kCheap);
    p->panel->setConfirmation([](const QString&, const QString&) { return true; });
    p->panel->resize(1000, 600);
    p->panel->show();
    return p;
}

template <typename T> T* child(QObject* parent, const char* name)
{
    return parent ? parent->findChild<T*>(QString::fromLatin1(name)) : nullptr;
}

/// Makes the vault through the Create Vault dialog, the passphrase typed twice.
bool createVault(ui::MyDataPanel& panel, const QString& passphrase)
{
    if (!QTest::qWaitFor([&] { return panel.session().state() == VaultState::NoVault; }, kWaitMs))
        return false;
    panel.createVault();
    auto* dialog = qobject_cast<ui::CreateVaultDialog*>(panel.vaultDialog());
    auto* first = child<QLineEdit>(dialog, "vaultNewPassphrase");
    auto* second = child<QLineEdit>(dialog, "vaultRepeatPassphrase");
    if (!dialog || !first || !second)
        return false;
    QTest::keyClicks(first, passphrase);
    QTest::keyClicks(second, passphrase);
    if (!dialog->createButton()->isEnabled())
        return false;
    QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
    return QTest::qWaitFor(
        [&] { return panel.session().state() == VaultState::Unlocked && !panel.session().isBusy(); },
        kWaitMs);
}

/// Imports a file through the import dialog: preview, Import, report.
bool importThroughDialog(ui::MyDataPanel& panel, const QString& path)
{
    panel.importFile(path);
    ui::RecordImportDialog* dialog = panel.importDialog();
    if (!dialog)
        return false;
    if (!QTest::qWaitFor([&] { return dialog->preview().has_value() || !dialog->errorText().isEmpty(); },
                         kWaitMs) ||
        !dialog->canImport())
        return false;
    QSignalSpy finished(dialog, &ui::RecordImportDialog::importFinished);
    QTest::mouseClick(child<QPushButton>(dialog, "myDataImportButton"), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return finished.count() == 1; }, kWaitMs) ||
        !finished.first().first().toBool())
        return false;
    const bool ok = dialog->page() == ui::RecordImportDialog::Page::Report;
    dialog->close();
    return ok && QTest::qWaitFor([&] { return !panel.session().isBusy(); }, kWaitMs);
}

QString kst(std::int64_t day, int hour)
{
    // Day 0 is 2025-03-03 in Korea.
    const QDateTime t = QDateTime(QDate(2025, 3, 3).addDays(day), QTime(hour, 0), QTimeZone(9 * 3600));
    return t.toString(Qt::ISODate);
}

/// Two weeks of tracks: every night at home (23:00), every morning either 30 m past the problem
/// (on 6 of the 14 days) or far from it, and one point without a time.
QString writeTracks(const QString& path)
{
    QString points;
    const auto point = [&](double lat, double lon, const QString& time) {
        points += QStringLiteral("<trkpt lat=\"%1\" lon=\"%2\">%3</trkpt>\n")
                      .arg(lat, 0, 'f', 6)
                      .arg(lon, 0, 'f', 6)
                      .arg(time.isEmpty() ? QString() : QStringLiteral("<time>%1</time>").arg(time));
    };
    for (int day = 0; day < 14; ++day) {
        const bool past = day == 0 || day == 2 || day == 4 || day == 7 || day == 9 || day == 11;
        point(past ? kProblemLat + 30 / 111320.0 : 36.3800, kProblemLon, kst(day, 8));
        point(kHomeLat, kHomeLon, kst(day, 23));
    }
    point(36.3650, 127.3900, {});
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                              "<gpx version=\"1.1\" creator=\"balgul-test\" "
                              "xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><trkseg>\n%1"
                              "</trkseg></trk></gpx>\n")
                   .arg(points)
                   .toUtf8());
    return path;
}

/// Ten days of hourly meter readings of 0.5 kWh: 360 kWh a month.
QString writeElectricity(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QByteArray text = "timestamp,kWh\n";
    for (int day = 0; day < 10; ++day)
        for (int hour = 0; hour < 24; ++hour)
            text += QDateTime(QDate(2025, 3, 3).addDays(day), QTime(hour, 0)).toString(Qt::ISODate).toUtf8() +
                    ",0.5\n";
    file.write(text);
    return path;
}

/// The vault's blocks of `categories`, read through a Vault of the test's own on the profile's file.
std::vector<mydata::RecordBlock> blocksOf(const Profile& p, const std::vector<mydata::Category>& categories)
{
    auto store = core::Store::open(p.store->path());
    if (!store)
        return {};
    mydata::Vault vault(**store);
    if (!vault.unlock(toStd(kPassphrase)))
        return {};
    auto blocks = ui::VaultSession::readBlocks(vault, categories);
    return blocks ? *blocks : std::vector<mydata::RecordBlock>{};
}

} // namespace

class TestMyDataPanel : public QObject
{
    Q_OBJECT

private slots:
    void createUnlockWrongPassphraseAndLock();
    void idleTimeLocks();
    void screenLockLocksTheVault();
    void strengthenShowsTheUnlockTime();
    void importRealGreenButtonFile();
    void consentScreenStatesTheFourPipaItems();
    void consentScreenInKorean();
    void previewRowsAreMinimizesRows_data();
    void previewRowsAreMinimizesRows();
    void recommendationsWithReasons();
    void mainWindowViewMenuOpensTheDock();
};

void TestMyDataPanel::createUnlockWrongPassphraseAndLock()
{
    auto p = makeProfile();
    QVERIFY(p);
    ui::MyDataPanel& panel = *p->panel;
    QTRY_VERIFY_WITH_TIMEOUT(panel.session().state() == VaultState::NoVault, kWaitMs);
    QVERIFY(child<QPushButton>(&panel, "myDataCreateVault")->isVisible());

    // The dialog: password fields, the strength hint, the warning that nothing recovers it.
    panel.createVault();
    auto* dialog = qobject_cast<ui::CreateVaultDialog*>(panel.vaultDialog());
    QVERIFY(dialog);
    auto* first = child<QLineEdit>(dialog, "vaultNewPassphrase");
    auto* second = child<QLineEdit>(dialog, "vaultRepeatPassphrase");
    QCOMPARE(first->echoMode(), QLineEdit::Password);
    QCOMPARE(second->echoMode(), QLineEdit::Password);
    QVERIFY(child<QLabel>(dialog, "vaultRecoveryWarning")
                ->text()
                .contains(QStringLiteral("cannot be recovered")));
    QTest::keyClicks(first, QStringLiteral("short"));
    QVERIFY(child<QLabel>(dialog, "vaultStrengthHint")->text().startsWith(QStringLiteral("Too short")));
    QVERIFY(!dialog->createButton()->isEnabled());
    first->clear();
    QTest::keyClicks(first, QStringLiteral("password"));
    QVERIFY(child<QLabel>(dialog, "vaultStrengthHint")->text().startsWith(QStringLiteral("Weak")));
    first->clear();
    QTest::keyClicks(first, kPassphrase);
    QTest::keyClicks(second, kPassphrase + QStringLiteral("x"));
    QVERIFY(child<QLabel>(dialog, "vaultStrengthHint")->text().contains(QStringLiteral("differ")));
    QVERIFY(!dialog->createButton()->isEnabled());
    QTest::keyClick(second, Qt::Key_Backspace);
    QVERIFY(child<QLabel>(dialog, "vaultStrengthHint")->text().startsWith(QStringLiteral("Strong")));
    QVERIFY(dialog->createButton()->isEnabled());
    QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
    QVERIFY(first->text().isEmpty() && second->text().isEmpty()); // cleared once used
    QTRY_VERIFY_WITH_TIMEOUT(panel.session().state() == VaultState::Unlocked, kWaitMs);
    QTRY_VERIFY(!panel.vaultDialog());
    QVERIFY(panel.stateText().contains(QStringLiteral("Unlocked")));
    QVERIFY(panel.stateText().contains(QStringLiteral("after 5 minute")));
    QVERIFY(child<QWidget>(&panel, "myDataTabs")->isVisible());

    // Lock now: the passphrase page.
    QTest::mouseClick(child<QPushButton>(&panel, "myDataLockNow"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel.session().state() == VaultState::Locked, kWaitMs);
    QVERIFY(panel.stateText().contains(QStringLiteral("Locked")));
    auto* field = child<QLineEdit>(&panel, "myDataPassphrase");
    QVERIFY(field->isVisible());
    QCOMPARE(field->echoMode(), QLineEdit::Password);

    // A wrong passphrase: said in place, the field cleared and still holding the focus.
    panel.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("not the passphrase"));
    QTest::mouseClick(child<QPushButton>(&panel, "myDataUnlock"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.unlockErrorText().isEmpty(), kWaitMs);
    QVERIFY(panel.unlockErrorText().contains(QStringLiteral("passphrase is wrong")));
    QVERIFY(panel.session().state() == VaultState::Locked);
    QVERIFY(field->text().isEmpty());
    QCOMPARE(QApplication::focusWidget(), field);

    // The right one, with Enter.
    QTest::keyClicks(field, kPassphrase);
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(panel.session().state() == VaultState::Unlocked, kWaitMs);
    QVERIFY(field->text().isEmpty());
    QVERIFY(panel.unlockErrorText().isEmpty());

    // Nothing personal in the settings file: only the background-lock choice, if anything.
    p->settings->sync();
    QFile ini(p->path(QStringLiteral("settings.ini")));
    if (ini.open(QIODevice::ReadOnly))
        QVERIFY(!ini.readAll().contains(kPassphrase.toUtf8()));
}

void TestMyDataPanel::idleTimeLocks()
{
    auto p = makeProfile();
    QVERIFY(p);
    ui::MyDataPanel& panel = *p->panel;
    QVERIFY(createVault(panel, kPassphrase));

    // One minute without use, chosen in the Vault tab; it is kept with the vault.
    auto* idle = child<QComboBox>(&panel, "myDataIdleTimeout");
    idle->setCurrentIndex(idle->findData(60));
    QTRY_VERIFY_WITH_TIMEOUT(panel.session().idleTimeout() == 60 && !panel.session().isBusy(), kWaitMs);
    QTRY_VERIFY(panel.stateText().contains(QStringLiteral("1 minute")));

    // Half a minute on: still open. Two minutes on: locked, and nothing decrypted is on show.
    const auto start = ui::VaultSession::Clock::now();
    panel.session().setClock([start] { return start + std::chrono::seconds(30); });
    panel.session().checkIdle();
    QTest::qWait(300);
    QTRY_VERIFY(!panel.session().isBusy());
    QVERIFY(panel.session().state() == VaultState::Unlocked);
    panel.session().setClock([start] { return start + std::chrono::minutes(2); });
    QTRY_VERIFY_WITH_TIMEOUT(panel.session().state() == VaultState::Locked, kWaitMs); // the timer's check
    QVERIFY(!panel.session().contents());
    QCOMPARE(child<QTableWidget>(&panel, "myDataCategories")->rowCount(), 0);
    QVERIFY(child<QLineEdit>(&panel, "myDataPassphrase")->isVisible());
}

void TestMyDataPanel::screenLockLocksTheVault()
{
    test::PrivateBus bus;
    if (bus.address().isEmpty())
        QSKIP("dbus-daemon is not installed (Debian's dbus-daemon)");
    auto p = makeProfile();
    QVERIFY(p);
    ui::MyDataPanel& panel = *p->panel;
    QVERIFY(panel.screenLockText().contains(QStringLiteral("does not say")));
    ui::ScreenLockWatcher watcher(bus.connect(QStringLiteral("session")),
                                  bus.connect(QStringLiteral("system")));
    panel.watchScreenLock(&watcher);
    QVERIFY(panel.screenLockText().contains(QStringLiteral("also locks when the screen locks")));
    QVERIFY(createVault(panel, kPassphrase));
    QSignalSpy messages(&panel, &ui::MyDataPanel::message);

    // The desktop's screen saver starts: the vault locks at once, whatever the idle time.
    QVERIFY(bus.connect(QStringLiteral("desktop"))
                .send(QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/ScreenSaver"),
                                                 QStringLiteral("org.freedesktop.ScreenSaver"),
                                                 QStringLiteral("ActiveChanged"))
                      << true));
    QTRY_VERIFY_WITH_TIMEOUT(panel.session().state() == VaultState::Locked, kWaitMs);
    QVERIFY(!panel.session().contents());
    QVERIFY(child<QLineEdit>(&panel, "myDataPassphrase")->isVisible());
    QCOMPARE(messages.count(), 1);
    QVERIFY(messages.at(0).at(0).toString().contains(QStringLiteral("locked with the screen")));
}

void TestMyDataPanel::strengthenShowsTheUnlockTime()
{
    auto p = makeProfile();
    QVERIFY(p);
    ui::MyDataPanel& panel = *p->panel;
    QVERIFY(createVault(panel, kPassphrase));
    panel.strengthen();
    auto* dialog = qobject_cast<ui::StrengthenDialog*>(panel.vaultDialog());
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->unlockTimeText().contains(QStringLiteral("Unlocking takes about")),
                             kWaitMs);
    QVERIFY(dialog->unlockTimeText().contains(QStringLiteral("64 MiB")));
    QVERIFY(dialog->unlockTimeText().contains(QStringLiteral("1 pass")));
    QTest::keyClicks(child<QLineEdit>(dialog, "vaultStrengthenPassphrase"), kPassphrase);
    QTest::mouseClick(dialog->strengthenButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->resultText().startsWith(QStringLiteral("Done.")), kWaitMs);
    QVERIFY(dialog->unlockTimeText().contains(QStringLiteral("2 pass")));
    QCOMPARE(panel.session().params().timeCost, 2u);
    QVERIFY(child<QLineEdit>(dialog, "vaultStrengthenPassphrase")->text().isEmpty());
}

void TestMyDataPanel::importRealGreenButtonFile()
{
    BALGUL_REQUIRE_SHARED_DATA(data);
    const QString file = data + QStringLiteral("/greenbutton/1hrLP_32Days.xml");
    if (!QFile::exists(file))
        QSKIP("greenbutton/1hrLP_32Days.xml is absent");
    auto p = makeProfile();
    QVERIFY(p);
    ui::MyDataPanel& panel = *p->panel;
    QVERIFY(createVault(panel, kPassphrase));

    panel.importFile(file);
    ui::RecordImportDialog* dialog = panel.importDialog();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->preview().has_value(), kWaitMs);
    QCOMPARE(dialog->preview()->format, std::string("greenbutton"));
    QVERIFY(child<QLabel>(dialog, "myDataFormat")->text().contains(QStringLiteral("Green Button")));
    auto* stored = child<QTableWidget>(dialog, "storedTable");
    QVERIFY(stored->rowCount() >= 1);
    QCOMPARE(stored->item(0, 0)->text(), QStringLiteral("Electricity"));
    QVERIFY(child<QTableWidget>(dialog, "sampleTable")->rowCount() > 0);
    const auto& report = dialog->preview()->preview.report;
    QVERIFY(report.kept > 0);
    QCOMPARE(child<QTableWidget>(dialog, "skippedTable")->rowCount(), static_cast<int>(report.issues.size()));
    QVERIFY(child<QLabel>(dialog, "previewSummary")
                ->text()
                .contains(QLocale().toString(static_cast<qlonglong>(report.kept))));

    QSignalSpy finished(dialog, &ui::RecordImportDialog::importFinished);
    QTest::mouseClick(child<QPushButton>(dialog, "myDataImportButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
    QVERIFY(finished.first().first().toBool());
    QVERIFY(dialog->page() == ui::RecordImportDialog::Page::Report);
    QVERIFY(
        child<QLabel>(dialog, "importReportSummary")->text().contains(QStringLiteral("stored in the vault")));
    QVERIFY(dialog->reportText().contains(QStringLiteral("1hrLP_32Days.xml")));
    dialog->close();

    // The Records tab: the category with its days and period, the import by its file's name.
    auto* categories = child<QTableWidget>(&panel, "myDataCategories");
    QTRY_VERIFY_WITH_TIMEOUT(categories->rowCount() >= 1, kWaitMs);
    QCOMPARE(categories->item(0, 0)->text(), QStringLiteral("Electricity"));
    QVERIFY(categories->item(0, 2)->text().toInt() >= 30);
    QVERIFY(categories->item(0, 4)->text().contains(QStringLiteral("–")));
    auto* imports = child<QTableWidget>(&panel, "myDataImports");
    QCOMPARE(imports->rowCount(), 1);
    QCOMPARE(imports->item(0, 0)->text(), QStringLiteral("1hrLP_32Days.xml"));
    QCOMPARE(imports->item(0, 1)->text(), QStringLiteral("Green Button"));

    // Removable: the vault is empty again.
    imports->selectRow(0);
    QTest::mouseClick(child<QPushButton>(&panel, "myDataRemoveImport"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(categories->rowCount(), 0, kWaitMs);
    QCOMPARE(imports->rowCount(), 0);
}

void TestMyDataPanel::consentScreenStatesTheFourPipaItems()
{
    auto p = makeProfile();
    QVERIFY(p);
    ui::MyDataPanel& panel = *p->panel;
    QVERIFY(createVault(panel, kPassphrase));
    QVERIFY(importThroughDialog(panel, writeTracks(p->path(QStringLiteral("tracks.gpx")))));
    panel.openShareDialog();
    ui::ShareDialog* dialog = panel.shareDialog();
    QVERIFY(dialog);
    dialog->setPurpose(QStringLiteral("To map where residents walk to school"), "dpv:PublicBenefit");
    dialog->setCategories({mydata::Category::Mobility});
    dialog->setGrid(core::geo::Precision::M250);
    dialog->setRetentionDays(90);

    const QString purpose = child<QLabel>(dialog, "pipaPurpose")->text();
    QVERIFY2(
        purpose.contains(QStringLiteral("Purpose")) && purpose.contains(QStringLiteral("walk to school")) &&
            purpose.contains(QStringLiteral("Public benefit")) && purpose.contains(QStringLiteral("the hub")),
        qPrintable(purpose));
    const QString items = child<QLabel>(dialog, "pipaItems")->text();
    QVERIFY2(items.contains(QStringLiteral("Items")) && items.contains(QStringLiteral("Places")) &&
                 items.contains(QStringLiteral("one row per day")) &&
                 items.contains(QStringLiteral("Cells of 250 m")) && items.contains(QStringLiteral("home")),
             qPrintable(items));
    const QString retention = child<QLabel>(dialog, "pipaRetention")->text();
    QVERIFY2(retention.contains(QStringLiteral("Kept for 90 day")) &&
                 retention.contains(QStringLiteral("withdraw")),
             qPrintable(retention));
    const QString refusal = child<QLabel>(dialog, "pipaRefusal")->text();
    QVERIFY2(refusal.contains(QStringLiteral("You may refuse")) &&
                 refusal.contains(QStringLiteral("nothing else")),
             qPrintable(refusal));
    QVERIFY(dialog->noticeText().startsWith(QStringLiteral("1. ")));
    QVERIFY(dialog->noticeText().contains(QStringLiteral("\n4. ")));
    QVERIFY(!child<QLabel>(dialog, "pipaSensitive")->isVisible());

    // Nothing leaves without an account and the resident's "Agree and Share".
    QTRY_VERIFY_WITH_TIMEOUT(dialog->preview().has_value(), kWaitMs);
    QVERIFY(!dialog->canAgree());
    QVERIFY(!child<QPushButton>(dialog, "shareAgreeButton")->isEnabled());
    // The night-time place and the untimed point are said in words.
    QVERIFY2(dialog->withheldText().contains(QStringLiteral("at night")), qPrintable(dialog->withheldText()));
    QVERIFY2(dialog->withheldText().contains(QStringLiteral("without a time")),
             qPrintable(dialog->withheldText()));
}

void TestMyDataPanel::consentScreenInKorean()
{
    QTranslator korean;
    QVERIFY(korean.load(QStringLiteral(":/i18n/balgul_ko.qm")));
    QCoreApplication::installTranslator(&korean);
    const auto english = qScopeGuard([&] { QCoreApplication::removeTranslator(&korean); });
    const auto hasHangul = [](const QString& text) {
        return std::any_of(text.begin(), text.end(),
                           [](QChar c) { return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3; });
    };
    auto p = makeProfile();
    QVERIFY(p);
    ui::MyDataPanel& panel = *p->panel;
    QVERIFY(createVault(panel, kPassphrase));
    QVERIFY(importThroughDialog(panel, writeTracks(p->path(QStringLiteral("tracks.gpx")))));
    panel.openShareDialog();
    ui::ShareDialog* dialog = panel.shareDialog();
    QVERIFY(dialog);
    dialog->setPurpose(QStringLiteral("통학로 안전 지도"), "dpv:PublicBenefit");
    dialog->setCategories({mydata::Category::Mobility});
    const struct
    {
        const char* label;
        QString word;
    } items[] = {{"pipaPurpose", QStringLiteral("목적")},
                 {"pipaItems", QStringLiteral("항목")},
                 {"pipaRetention", QStringLiteral("보유")},
                 {"pipaRefusal", QStringLiteral("거부")}};
    for (const auto& item : items) {
        const QString text = child<QLabel>(dialog, item.label)->text();
        QVERIFY2(hasHangul(text) && text.contains(item.word), qPrintable(text));
    }
}

void TestMyDataPanel::previewRowsAreMinimizesRows_data()
{
    QTest::addColumn<int>("aggregate");
    QTest::addColumn<int>("grid");
    QTest::addRow("daily, 250 m") << static_cast<int>(mydata::Aggregate::Daily)
                                  << static_cast<int>(core::geo::Precision::M250);
    QTest::addRow("hourly, 1 km") << static_cast<int>(mydata::Aggregate::Hourly)
                                  << static_cast<int>(core::geo::Precision::Km1);
    QTest::addRow("monthly, 500 m") << static_cast<int>(mydata::Aggregate::Monthly)
                                    << static_cast<int>(core::geo::Precision::M500);
}

void TestMyDataPanel::previewRowsAreMinimizesRows()
{
    QFETCH(int, aggregate);
    QFETCH(int, grid);
    auto p = makeProfile();
    QVERIFY(p);
    ui::MyDataPanel& panel = *p->panel;
    QVERIFY(createVault(panel, kPassphrase));
    QVERIFY(importThroughDialog(panel, writeTracks(p->path(QStringLiteral("tracks.gpx")))));
    QVERIFY(importThroughDialog(panel, writeElectricity(p->path(QStringLiteral("meter.csv")))));

    panel.openShareDialog();
    ui::ShareDialog* dialog = panel.shareDialog();
    QVERIFY(dialog);
    dialog->setPurpose(QStringLiteral("Energy and mobility study"), "dpv:AcademicResearch");
    dialog->setCategories({mydata::Category::Electricity, mydata::Category::Mobility});
    dialog->setAggregate(static_cast<mydata::Aggregate>(aggregate));
    dialog->setGrid(static_cast<core::geo::Precision>(grid));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isPreviewing() && dialog->preview().has_value(), kWaitMs);

    const mydata::Consent consent = dialog->draftConsent();
    mydata::MinimizeContext context;
    context.localOffsetSeconds = QDateTime::currentDateTime().offsetFromUtc();
    auto expected = mydata::minimize(blocksOf(*p, consent.categories), consent, context);
    QVERIFY(expected);
    QVERIFY(!expected->rows.empty());
    QCOMPARE(dialog->previewTable()->model()->rowCount(), static_cast<int>(expected->rows.size()));
    QCOMPARE(dialog->preview()->rows.size(), expected->rows.size());
    for (std::size_t i = 0; i < expected->rows.size(); ++i)
        QVERIFY(mydata::sameRow(dialog->preview()->rows[i], expected->rows[i]));
    QVERIFY(dialog->preview()->report == expected->report);
    QVERIFY(child<QLabel>(dialog, "sharePreviewCount")
                ->text()
                .contains(QStringLiteral("Exactly these %1 row").arg(expected->rows.size())));
}

void TestMyDataPanel::recommendationsWithReasons()
{
    auto p = makeProfile();
    QVERIFY(p);
    core::Store& store = *p->store;
    core::Problem problem;
    problem.title = QStringLiteral("Broken crossing light").toStdString();
    problem.category = "safety";
    problem.lat = kProblemLat;
    problem.lon = kProblemLon;
    QVERIFY(store.createProblem(problem));
    core::Problem boilers;
    boilers.title = "Old boilers in the flats";
    boilers.category = "energy";
    boilers.lat = 36.40;
    boilers.lon = 127.45;
    auto energyProblem = store.createProblem(boilers);
    QVERIFY(energyProblem);
    core::pilots::PilotFields fields;
    fields.title = "Shared rooftop solar";
    fields.problemIds = {energyProblem->id};
    fields.zone = {{{36.40, 127.45}, {36.40, 127.46}, {36.41, 127.46}, {36.41, 127.45}}};
    fields.start = std::chrono::year{2026} / std::chrono::March / std::chrono::day{1};
    fields.end = std::chrono::year{2026} / std::chrono::August / std::chrono::day{31};
    fields.goals = {core::pilots::Goal{core::pilots::GoalQuantity::ProblemCount, "energy",
                                       core::pilots::GoalStatistic::CountPerWeek,
                                       core::pilots::GoalDirection::Decrease, 10}};
    QVERIFY(store.createPilot(fields));

    ui::MyDataPanel& panel = *p->panel;
    QVERIFY(createVault(panel, kPassphrase));
    QVERIFY(importThroughDialog(panel, writeTracks(p->path(QStringLiteral("tracks.gpx")))));
    QVERIFY(importThroughDialog(panel, writeElectricity(p->path(QStringLiteral("meter.csv")))));

    ui::RecommendationsView* view = panel.recommendationsView();
    QTRY_VERIFY_WITH_TIMEOUT(!view->isWorking() && !view->recommendations().empty(), kWaitMs);
    QCOMPARE(view->recommendations().size(), std::size_t(1)); // no household size yet: no energy pilot
    QCOMPARE(view->recommendations()[0].title, std::string("Broken crossing light"));
    auto* table = child<QTableWidget>(view, "recommendationsTable");
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(table->item(0, 0)->text().startsWith(QStringLiteral("Problem")));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Broken crossing light"));
    QVERIFY2(table->item(0, 2)->text().contains(QStringLiteral("On your usual route, 3 day")),
             qPrintable(table->item(0, 2)->text()));
    QVERIFY(table->item(0, 2)->text().contains(QStringLiteral("within 30 m")));

    // Four people using 360 kWh a month: above the 350 kWh reference, so the energy pilot comes first.
    view->householdSize()->setValue(4);
    QTRY_VERIFY_WITH_TIMEOUT(view->recommendations().size() == 2 && !view->isWorking(), kWaitMs);
    QCOMPARE(view->recommendations()[0].title, std::string("Shared rooftop solar"));
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Pilot"));
    QVERIFY2(table->item(0, 2)->text().contains(QStringLiteral("about 360 kWh")) &&
                 table->item(0, 2)->text().contains(QStringLiteral("350 kWh reference for 4 people")),
             qPrintable(table->item(0, 2)->text()));
    // The size is kept sealed in the vault, and read back after a lock.
    panel.lockNow();
    QTRY_VERIFY_WITH_TIMEOUT(panel.session().state() == VaultState::Locked, kWaitMs);
    QVERIFY(view->recommendations().empty());
    // My Data ▸ Import/Share while locked: asked for the passphrase, and done once unlocked.
    int ran = 0;
    QSignalSpy said(&panel, &ui::MyDataPanel::message);
    panel.whenUnlocked([&ran] { ++ran; });
    QCOMPARE(ran, 0);
    QCOMPARE(said.count(), 1);
    QVERIFY(said.first().first().toString().contains(QStringLiteral("passphrase")));
    auto* field = child<QLineEdit>(&panel, "myDataPassphrase");
    QTest::keyClicks(field, kPassphrase);
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(ran, 1, kWaitMs);
    panel.whenUnlocked([&ran] { ++ran; }); // unlocked: at once
    QCOMPARE(ran, 2);
    QTRY_VERIFY_WITH_TIMEOUT(view->recommendations().size() == 2 && !view->isWorking(), kWaitMs);
    QCOMPARE(view->householdSize()->value(), 4);

    // Double-clicking a problem asks for it on the map.
    QSignalSpy showProblem(&panel, &ui::MyDataPanel::showProblemRequested);
    emit table->cellActivated(1, 1);
    QCOMPARE(showProblem.count(), 1);
}

void TestMyDataPanel::mainWindowViewMenuOpensTheDock()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto store = core::Store::open(toStd(dir.filePath(QStringLiteral("balgul.sqlite"))));
    QVERIFY(store);
    ui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setTileKind(QStringLiteral("none"));
    ui::MainWindow window(**store, settings);
    window.resize(1200, 800);
    window.show();
    QVERIFY(window.myDataPanel());
    QAction* toggle = nullptr;
    for (QAction* menu : window.menuBar()->actions())
        if (menu->menu())
            for (QAction* action : menu->menu()->actions())
                if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_7))
                    toggle = action;
    QVERIFY(toggle);
    QCOMPARE(toggle->text(), QStringLiteral("&My Data"));
    QVERIFY(!window.myDataPanel()->isVisible());
    toggle->trigger();
    QTRY_VERIFY(window.myDataPanel()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(window.myDataPanel()->session().state() == VaultState::NoVault, kWaitMs);
}

QTEST_MAIN(TestMyDataPanel)
#include "test_mydata_panel.moc"
