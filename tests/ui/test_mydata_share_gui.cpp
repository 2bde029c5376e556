// Sharing personal records from the My Data dock against a real balgul-hub, offscreen: a resident
// signed in to the hub makes a vault, imports a meter's CSV, chooses what to share on the consent
// screen and presses "Agree and Share"; the hub stores exactly the rows the preview showed. The
// consents list shows the consent active with its receipt (exported as a Kantara Consent Receipt);
// "Withdraw…" erases the rows on the hub, and the list shows the erasure receipt's counts with its
// signature verified by the hub's key.

#include "../hub/hub_process.h"
#include "../support/test_support.h"

#include "core/mydata/mydata_sync.h"
#include "core/store/store.h"
#include "core/sync/sync_engine.h"
#include "ui/mydata/consents_view.h"
#include "ui/mydata/mydata_panel.h"
#include "ui/mydata/record_import_dialog.h"
#include "ui/mydata/share_dialog.h"
#include "ui/mydata/vault_dialogs.h"
#include "ui/mydata/vault_session.h"
#include "ui/settings.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace balgul;
using balgul::test::toStd;
using ui::VaultState;
namespace mydata = core::mydata;

namespace {

constexpr int kWaitMs = 30000;
const QString kPassphrase = QStringLiteral("harbour violet thirty kites");

/// Ten days of hourly meter readings of 0.5 kWh.
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

template <typename T> T* child(QObject* parent, const char* name)
{
    return parent ? parent->findChild<T*>(QString::fromLatin1(name)) : nullptr;
}

} // namespace

class TestMyDataShareGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void shareThenWithdrawWithAVerifiedReceipt();

private:
    std::string url() const { return "http://127.0.0.1:" + std::to_string(m_hub->port()); }

    QTemporaryDir m_dir;
    std::unique_ptr<test::HubProcess> m_hub;
};

void TestMyDataShareGui::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QDir().mkpath(m_dir.filePath(QStringLiteral("hub")));
    m_hub = std::make_unique<test::HubProcess>(m_dir.filePath(QStringLiteral("hub")));
    QVERIFY2(m_hub->start(), "balgul-hub did not start");
    QVERIFY(m_hub->addUser(QStringLiteral("minji"), QStringLiteral("citizen")));
}

void TestMyDataShareGui::cleanupTestCase()
{
    if (m_hub)
        QCOMPARE(m_hub->stop(), 0);
}

void TestMyDataShareGui::shareThenWithdrawWithAVerifiedReceipt()
{
    // The resident's profile, signed in.
    core::StoreOptions options;
    options.userName = "minji";
    auto opened = core::Store::open(toStd(m_dir.filePath(QStringLiteral("minji/balgul.sqlite"))), options);
    QVERIFY(opened);
    core::Store& store = **opened;
    auto login = core::sync::SyncEngine::login(url(), "minji", "correct horse");
    QVERIFY2(login, login ? "" : login.error().toString().c_str());
    QVERIFY(store.setSyncValue("hub_user_id", login->userId));
    QVERIFY(store.setSyncValue("hub_role", login->role));
    QVERIFY(store.setSyncValue("hub_url", url()));
    const core::sync::HubEndpoint endpoint{url(), login->token, true, 30};

    ui::Settings settings(m_dir.filePath(QStringLiteral("settings.ini")));
    ui::MyDataPanel panel(store, &settings, [endpoint] { return endpoint; });
    panel.session().setKdfParams(mydata::KdfParams{64 * 1024, 1, 1});
    panel.setConfirmation([](const QString&, const QString&) { return true; });
    panel.resize(1000, 600);
    panel.show();

    // A vault, through its dialog.
    QTRY_VERIFY_WITH_TIMEOUT(panel.session().state() == VaultState::NoVault, kWaitMs);
    panel.createVault();
    auto* create = qobject_cast<ui::CreateVaultDialog*>(panel.vaultDialog());
    QVERIFY(create);
    QTest::keyClicks(child<QLineEdit>(create, "vaultNewPassphrase"), kPassphrase);
    QTest::keyClicks(child<QLineEdit>(create, "vaultRepeatPassphrase"), kPassphrase);
    QTest::mouseClick(create->createButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel.session().state() == VaultState::Unlocked, kWaitMs);

    // The meter's readings, through the import dialog.
    panel.importFile(writeElectricity(m_dir.filePath(QStringLiteral("meter.csv"))));
    ui::RecordImportDialog* import = panel.importDialog();
    QVERIFY(import);
    QTRY_VERIFY_WITH_TIMEOUT(import->canImport(), kWaitMs);
    QSignalSpy imported(import, &ui::RecordImportDialog::importFinished);
    QTest::mouseClick(child<QPushButton>(import, "myDataImportButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, kWaitMs);
    QVERIFY(imported.first().first().toBool());
    import->close();
    QTRY_VERIFY_WITH_TIMEOUT(panel.session().contents() && !panel.session().contents()->categories.empty(),
                             kWaitMs);

    // The consent screen: nothing is sent before "Agree and Share".
    panel.openShareDialog();
    ui::ShareDialog* share = panel.shareDialog();
    QVERIFY(share);
    share->setPurpose(QStringLiteral("Compare households' use before and after the heat-pump pilot"),
                      "dpv:ImprovePublicServices");
    share->setCategories({mydata::Category::Electricity});
    share->setAggregate(mydata::Aggregate::Daily);
    share->setRetentionDays(120);
    QTRY_VERIFY_WITH_TIMEOUT(!share->isPreviewing() && share->preview().has_value(), kWaitMs);
    const int previewRows = share->previewTable()->model()->rowCount();
    QVERIFY(previewRows >= 10);
    QVERIFY(mydata::loadConsents(store)->empty());
    QVERIFY(share->canAgree());
    QSignalSpy finished(share, &ui::ShareDialog::shareFinished);
    QTest::mouseClick(child<QPushButton>(share, "shareAgreeButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
    QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(share->resultText().contains(QStringLiteral("were sent")));
    const std::string consentId = share->consentId();
    QVERIFY(!consentId.empty());
    // The hub holds exactly the previewed rows.
    QCOMPARE(m_hub->storeQuery("SELECT count(*) FROM mydata_shares WHERE consent_id = '" + consentId + "'"),
             std::to_string(previewRows));
    share->close();

    // The consents list: active, with its receipt, exported as a Kantara Consent Receipt.
    ui::ConsentsView* consents = panel.consentsView();
    QTRY_COMPARE_WITH_TIMEOUT(consents->table()->rowCount(), 1, kWaitMs);
    QVERIFY(consents->selectConsent(QString::fromStdString(consentId)));
    QCOMPARE(consents->table()->item(0, 3)->text(), QStringLiteral("Active"));
    QVERIFY(consents->receiptText().contains(QStringLiteral("Kantara")));
    const QString receiptPath = m_dir.filePath(QStringLiteral("receipt.json"));
    QVERIFY(consents->exportKantaraReceipt(receiptPath));
    QFile receipt(receiptPath);
    QVERIFY(receipt.open(QIODevice::ReadOnly));
    const QJsonObject kantara = QJsonDocument::fromJson(receipt.readAll()).object();
    QCOMPARE(kantara.value(QStringLiteral("consentReceiptID")).toString(), QString::fromStdString(consentId));
    QCOMPARE(kantara.value(QStringLiteral("version")).toString(), QStringLiteral("KI-CR-v1.1.0"));

    // Withdraw: the hub erases the rows and signs the receipt; the list says so, verified.
    QSignalSpy done(consents, &ui::ConsentsView::workFinished);
    QTest::mouseClick(child<QPushButton>(consents, "consentWithdraw"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, kWaitMs);
    QVERIFY2(done.first().first().toBool(), qPrintable(done.first().at(1).toString()));
    // The message bar has the whole sentence; under the consent the receipt is said once.
    const QString said = done.first().at(1).toString();
    QVERIFY2(said.contains(QStringLiteral("Signature verified by the hub's key")), qPrintable(said));
    QVERIFY(said.contains(QStringLiteral("Electricity %1").arg(previewRows)));
    QVERIFY2(consents->resultText().isEmpty(), qPrintable(consents->resultText()));
    QVERIFY(consents->erasureText().contains(QStringLiteral("Electricity %1").arg(previewRows)));
    QCOMPARE(consents->table()->item(0, 3)->text(), QStringLiteral("Withdrawn"));
    QVERIFY2(consents->erasureText().contains(QStringLiteral("Signature verified by the hub's key")),
             qPrintable(consents->erasureText()));
    QCOMPARE(m_hub->storeQuery("SELECT count(*) FROM mydata_shares WHERE consent_id = '" + consentId + "'"),
             std::string("0"));
    QVERIFY(!child<QPushButton>(consents, "consentWithdraw")->isEnabled());
}

QTEST_MAIN(TestMyDataShareGui)
#include "test_mydata_share_gui.moc"
