#pragma once

// "Share My Data…": the consent screen. On the left the resident chooses the purpose (in words and
// as a DPV purpose category), the recipient (this hub, the living lab behind it, or one pilot
// team), the categories, how they are processed (each reading, hourly, daily or monthly totals),
// the grid of places (250 m, 500 m, 1 km) and how long the recipient keeps the rows. On the right
// the four things Korea's Personal Information Protection Act requires are stated in plain words
// (purpose, items, retention, the right to refuse and what refusing costs), then the sharing
// preview: exactly the rows that would leave — minimize() of the vault's records under the
// consent being drafted — with their count and, in words, what is withheld. Health data asks for a
// box of its own. Nothing is sent until "Agree and Share": then the consent is kept, registered on
// the hub with its receipt, and the rows are sent, on the vault's worker.
//
// Widgets for tests by object name: sharePurposeCategory, sharePurpose, shareRecipientHub,
// shareRecipientLab, shareRecipientPilot, sharePilot, shareCategory_<word>, shareAggregate,
// shareGrid, shareRetention, pipaPurpose, pipaItems, pipaRetention, pipaRefusal, pipaSensitive,
// shareHealthConsent, sharePreviewTable, sharePreviewCount, shareWithheld, shareAgreeButton,
// shareResult.

#include "core/mydata/consent.h"
#include "core/mydata/minimize.h"
#include "core/sync/hub_client.h"

#include <QDialog>
#include <QString>

#include <map>
#include <optional>
#include <vector>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace balgul::core {
class Store;
}

namespace balgul::ui {

class SharePreviewModel;
class VaultSession;

class ShareDialog : public QDialog
{
    Q_OBJECT

public:
    /// `endpoint` without a token: the dialog says to sign in and sends nothing.
    ShareDialog(VaultSession& session, core::Store& store, core::sync::HubEndpoint endpoint,
                QWidget* parent = nullptr);
    ~ShareDialog() override;

    /// The consent the widgets describe (no id, given now), as the preview reads it.
    core::mydata::Consent draftConsent() const;
    void setPurpose(const QString& text, const std::string& purposeCategory);
    void setRecipient(core::mydata::RecipientKind kind, const QString& pilotId = {});
    void setCategories(const std::vector<core::mydata::Category>& categories);
    void setAggregate(core::mydata::Aggregate aggregate);
    void setGrid(core::geo::Precision grid);
    void setRetentionDays(int days);
    void setHealthConsent(bool given);

    /// The four PIPA items (and the health data note) as shown, one paragraph each.
    QString noticeText() const;
    /// The rows of the preview on show (nothing while it is being made).
    const std::optional<core::mydata::Minimized>& preview() const { return m_preview; }
    QTableView* previewTable() const { return m_table; }
    QString withheldText() const;
    bool isPreviewing() const { return m_previewing; }
    bool canAgree() const;
    /// After "Agree and Share": what happened, as shown.
    QString resultText() const;
    /// The consent made by "Agree and Share" ("" before).
    const std::string& consentId() const { return m_consentId; }

public slots:
    /// Gives the consent and shares under it (only when canAgree()).
    void agreeAndShare();

signals:
    /// A preview of the drafted consent is on show.
    void previewUpdated();
    /// "Agree and Share" ended; the consent is kept here in every case but a refusal by the hub.
    void shareFinished(bool ok, const QString& text);

private:
    QWidget* buildChoices();
    QWidget* buildNotice();
    void loadPilots();
    void fetchHubName();
    void choicesChanged();
    void updateNotice();
    void runPreview();
    void showPreview(const core::mydata::Minimized& minimized);
    void updateButtons();
    core::mydata::MinimizeContext context() const;

    VaultSession& m_session;
    core::Store& m_store;
    core::sync::HubEndpoint m_endpoint;
    QString m_hubName;
    std::optional<core::mydata::Minimized> m_preview;
    std::string m_consentId;
    int m_previewGeneration = 0;
    bool m_previewing = false;
    bool m_sharing = false;
    bool m_done = false;
    QTimer* m_previewTimer = nullptr;

    QComboBox* m_purposeCategory = nullptr;
    QPlainTextEdit* m_purpose = nullptr;
    QButtonGroup* m_recipientGroup = nullptr;
    QRadioButton* m_toHub = nullptr;
    QRadioButton* m_toLab = nullptr;
    QRadioButton* m_toPilot = nullptr;
    QComboBox* m_pilot = nullptr;
    std::map<core::mydata::Category, QCheckBox*> m_categories;
    QComboBox* m_aggregate = nullptr;
    QComboBox* m_grid = nullptr;
    QSpinBox* m_retention = nullptr;
    QLabel* m_pipaPurpose = nullptr;
    QLabel* m_pipaItems = nullptr;
    QLabel* m_pipaRetention = nullptr;
    QLabel* m_pipaRefusal = nullptr;
    QLabel* m_pipaSensitive = nullptr;
    QCheckBox* m_health = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_table = nullptr;
    SharePreviewModel* m_model = nullptr;
    QLabel* m_withheld = nullptr;
    QLabel* m_signIn = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_agree = nullptr;
    QPushButton* m_close = nullptr;
};

/// What minimize() withheld, in words (home and night-time place cells, untimed and unusable
/// points and readings); "" when nothing was.
QString withheldSentences(const core::mydata::MinimizeReport& report);

} // namespace balgul::ui
