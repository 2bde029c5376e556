#pragma once

// The consents given from this profile (the My Data dock's "Sharing" tab): each with its
// recipient, purpose, categories, status (waiting for the hub, active, withdrawn, expired) and
// dates; the selected one's receipts — the consent receipt (exported as a Kantara Consent Receipt)
// and, once withdrawn or expired, the hub's erasure receipt with what it erased and whether its
// signature verifies against the hub's key pinned in the profile; "Share New Records" under an
// active consent and "Withdraw…", which runs the withdrawal and shows the erasure receipt's counts.
//
// Widgets for tests: consentsTable, consentShare, consentReceipt, consentErasure, consentExport,
// consentShareAgain, consentWithdraw, consentResult.

#include "core/mydata/mydata_sync.h"
#include "core/sync/hub_client.h"

#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace balgul::core {
class Store;
}

namespace balgul::ui {

class VaultSession;

class ConsentsView : public QWidget
{
    Q_OBJECT

public:
    using Confirmation = std::function<bool(const QString& title, const QString& question)>;
    using EndpointSource = std::function<core::sync::HubEndpoint()>;

    ConsentsView(VaultSession& session, core::Store& store, EndpointSource endpoint,
                 QWidget* parent = nullptr);

    /// Reads the consents and their receipts again.
    void refresh();
    const std::vector<core::mydata::StoredConsent>& consents() const { return m_consents; }
    QTableWidget* table() const { return m_table; }
    /// Selects a consent by id; false when it is not listed.
    bool selectConsent(const QString& consentId);
    QString selectedConsent() const;
    /// The selected consent's receipts, as shown.
    QString receiptText() const;
    QString erasureText() const;
    /// The outcome of the last share or withdrawal, as shown.
    QString resultText() const;
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }

public slots:
    /// Writes the selected consent's Kantara Consent Receipt to `path`; false with the reason shown.
    bool exportKantaraReceipt(const QString& path);
    /// Asks, then withdraws the selected consent on the hub.
    void withdrawSelected();
    /// Sends what is new under the selected active consent.
    void shareAgain();

signals:
    void shareRequested();
    /// A withdrawal or a share ended; `text` is what the view shows.
    void workFinished(bool ok, const QString& text);

private:
    void showSelected();
    void chooseExportFile();
    void setBusy(bool busy);
    const core::mydata::StoredConsent* selected() const;

    VaultSession& m_session;
    core::Store& m_store;
    EndpointSource m_endpoint;
    Confirmation m_confirm;
    std::vector<core::mydata::StoredConsent> m_consents;
    std::optional<std::string> m_kantara; ///< the selected consent's consent receipt
    bool m_busy = false;
    QTableWidget* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_receipt = nullptr;
    QLabel* m_erasure = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_share = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_shareAgain = nullptr;
    QPushButton* m_withdraw = nullptr;
};

/// An erasure receipt in words: what the hub erased, when and why, and whether its signature
/// verifies against `key` (the hub's key pinned in the profile; nullopt when none is pinned).
QString erasureReceiptText(const std::string& receiptJson, const std::optional<core::mydata::HubKey>& key);

} // namespace balgul::ui
