// The consents list of the My Data dock: status, receipts (consent and erasure, the latter
// verified against the hub's pinned key), the Kantara export, sharing new records and withdrawal.

#include "ui/mydata/consents_view.h"

#include "core/mydata/vault.h"
#include "core/store/store.h"
#include "ui/dialog_folders.h"
#include "ui/mydata/mydata_text.h"
#include "ui/mydata/vault_session.h"
#include "ui/qt_convert.h"

#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace balgul::ui {

namespace mydata = core::mydata;

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

QLabel* paragraph(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

/// "Electricity 90, steps 30".
QString erasedCounts(const std::map<std::string, std::int64_t>& erased)
{
    QStringList parts;
    for (const auto& [word, rows] : erased) {
        const auto category = mydata::categoryFromString(word);
        parts << QStringLiteral("%1 %2").arg(category ? myDataCategoryText(*category) : toQ(word),
                                             QLocale().toString(static_cast<qlonglong>(rows)));
    }
    return parts.join(QStringLiteral(", "));
}

QString verifiedReceiptText(const mydata::ErasureReceipt& receipt)
{
    const QString why = receipt.reason == "expired" ? ConsentsView::tr("because the consent expired")
                                                    : ConsentsView::tr("because you withdrew the consent");
    QString text = ConsentsView::tr("The hub erased %n row(s) on %1, %2.", nullptr,
                                    static_cast<int>(receipt.rowsErased()))
                       .arg(consentDateText(receipt.erasedAt), why);
    const QString counts = erasedCounts(receipt.erased);
    if (!counts.isEmpty())
        text += QLatin1Char(' ') + ConsentsView::tr("By category: %1.").arg(counts);
    text += QLatin1Char(' ') +
            ConsentsView::tr("Signature verified by the hub's key (key id %1).").arg(toQ(receipt.keyId));
    return text;
}

} // namespace

QString erasureReceiptText(const std::string& receiptJson, const std::optional<mydata::HubKey>& key)
{
    if (!key)
        return ConsentsView::tr("An erasure receipt is kept, but no key of the hub is kept to check its "
                                "signature with.");
    auto receipt = mydata::verifyErasureReceipt(receiptJson, *key);
    if (!receipt)
        return ConsentsView::tr(
            "The erasure receipt's signature does NOT verify against the hub's key: do not "
            "rely on it, and ask your hub's operator.");
    return verifiedReceiptText(*receipt);
}

ConsentsView::ConsentsView(VaultSession& session, core::Store& store, EndpointSource endpoint,
                           QWidget* parent)
    : QWidget(parent), m_session(session), m_store(store), m_endpoint(std::move(endpoint))
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_empty = paragraph(this, QStringLiteral("consentsEmpty"));
    m_empty->setText(tr("Nothing of your vault has been shared. “Share…” shows exactly what would leave "
                        "before you agree."));
    m_share = new QPushButton(tr("&Share…"), this);
    m_share->setObjectName(QStringLiteral("consentShare"));
    connect(m_share, &QPushButton::clicked, this, &ConsentsView::shareRequested);
    top->addWidget(m_empty, 1);
    top->addWidget(m_share, 0, Qt::AlignTop);
    layout->addLayout(top);

    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("consentsTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Recipient"), tr("Purpose"), tr("Categories"), tr("Status"), tr("Given"), tr("Ends")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ConsentsView::showSelected);
    layout->addWidget(m_table, 1);

    m_receipt = paragraph(this, QStringLiteral("consentReceipt"));
    m_erasure = paragraph(this, QStringLiteral("consentErasure"));
    m_result = paragraph(this, QStringLiteral("consentResult"));
    layout->addWidget(m_receipt);
    layout->addWidget(m_erasure);
    layout->addWidget(m_result);
    auto* buttons = new QHBoxLayout;
    m_export = new QPushButton(tr("&Export Kantara Receipt…"), this);
    m_export->setObjectName(QStringLiteral("consentExport"));
    m_shareAgain = new QPushButton(tr("Share &New Records"), this);
    m_shareAgain->setObjectName(QStringLiteral("consentShareAgain"));
    m_withdraw = new QPushButton(tr("&Withdraw…"), this);
    m_withdraw->setObjectName(QStringLiteral("consentWithdraw"));
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    buttons->addWidget(m_shareAgain);
    buttons->addWidget(m_withdraw);
    layout->addLayout(buttons);
    connect(m_export, &QPushButton::clicked, this, &ConsentsView::chooseExportFile);
    connect(m_shareAgain, &QPushButton::clicked, this, &ConsentsView::shareAgain);
    connect(m_withdraw, &QPushButton::clicked, this, &ConsentsView::withdrawSelected);
    refresh();
}

void ConsentsView::refresh()
{
    const QString keep = selectedConsent();
    auto loaded = mydata::loadConsents(m_store);
    m_consents = loaded ? std::move(*loaded) : std::vector<mydata::StoredConsent>{};
    const std::int64_t now = QDateTime::currentSecsSinceEpoch();
    m_table->setRowCount(static_cast<int>(m_consents.size()));
    for (int row = 0; row < static_cast<int>(m_consents.size()); ++row) {
        const mydata::StoredConsent& s = m_consents[static_cast<std::size_t>(row)];
        const mydata::Consent& c = s.consent;
        QStringList categories;
        for (const mydata::Category category : c.categories)
            categories << myDataCategoryText(category);
        auto* first =
            cell(c.recipient.name.empty() ? recipientKindText(c.recipient.kind) : toQ(c.recipient.name));
        first->setData(kIdRole, toQ(c.id));
        m_table->setItem(row, 0, first);
        m_table->setItem(row, 1, cell(toQ(c.purpose)));
        m_table->setItem(row, 2, cell(categories.join(QStringLiteral(", "))));
        m_table->setItem(row, 3, cell(consentStateText(s.state, mydata::status(c, now))));
        m_table->setItem(row, 4, cell(consentDateText(c.given)));
        m_table->setItem(row, 5, cell(consentDateText(c.expires)));
    }
    m_table->resizeColumnToContents(0);
    m_empty->setVisible(m_consents.empty());
    if (!keep.isEmpty() && selectConsent(keep))
        return;
    if (!m_consents.empty())
        m_table->selectRow(0);
    showSelected();
}

bool ConsentsView::selectConsent(const QString& consentId)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->data(kIdRole).toString() == consentId) {
            m_table->selectRow(row);
            showSelected();
            return true;
        }
    return false;
}

QString ConsentsView::selectedConsent() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_table->item(rows.first().row(), 0)->data(kIdRole).toString();
}

const mydata::StoredConsent* ConsentsView::selected() const
{
    const QString id = selectedConsent();
    for (const mydata::StoredConsent& s : m_consents)
        if (toQ(s.consent.id) == id)
            return &s;
    return nullptr;
}

void ConsentsView::showSelected()
{
    const mydata::StoredConsent* s = selected();
    m_kantara.reset();
    m_receipt->clear();
    m_erasure->clear();
    if (s) {
        auto receipts = mydata::loadReceipts(m_store, s->consent.id);
        const std::string hubUrl = m_endpoint ? m_endpoint().url : std::string();
        std::optional<mydata::HubKey> key;
        if (!hubUrl.empty())
            if (auto pinned = mydata::pinnedHubKey(m_store, hubUrl); pinned)
                key = *pinned;
        QStringList erasures;
        if (receipts) {
            for (const mydata::StoredReceipt& r : *receipts) {
                if (r.kind == "consent") {
                    m_kantara = r.json;
                    m_receipt->setText(tr("Consent receipt kept on %1 (Kantara Consent Receipt 1.1), for the "
                                          "consent %2.")
                                           .arg(consentDateText(r.created), toQ(s->consent.id)));
                } else if (r.kind == "erasure") {
                    erasures << erasureReceiptText(r.json, key);
                }
            }
        }
        if (!m_kantara)
            m_receipt->setText(tr("The hub has not taken this consent yet, so there is no receipt."));
        m_erasure->setText(erasures.join(u'\n'));
    }
    m_receipt->setVisible(s != nullptr);
    m_erasure->setVisible(!m_erasure->text().isEmpty());
    setBusy(m_busy);
}

QString ConsentsView::receiptText() const
{
    return m_receipt->text();
}

QString ConsentsView::erasureText() const
{
    return m_erasure->text();
}

QString ConsentsView::resultText() const
{
    return m_result->text();
}

void ConsentsView::setBusy(bool busy)
{
    m_busy = busy;
    const mydata::StoredConsent* s = selected();
    const bool ended = s && (s->state == mydata::LocalConsentState::Withdrawn ||
                             s->state == mydata::LocalConsentState::Expired);
    const bool active =
        s && !ended &&
        mydata::status(s->consent, QDateTime::currentSecsSinceEpoch()) == mydata::ConsentStatus::Active;
    const bool unlocked = m_session.state() == VaultState::Unlocked;
    m_export->setEnabled(!busy && m_kantara.has_value());
    m_shareAgain->setEnabled(!busy && active && unlocked);
    m_withdraw->setEnabled(!busy && s && !ended);
    m_share->setEnabled(!busy && unlocked);
}

void ConsentsView::chooseExportFile()
{
    const mydata::StoredConsent* s = selected();
    if (!s || !m_kantara)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Kantara Receipt"),
        dialog_folders::startFile(QStringLiteral("export"),
                                  QStringLiteral("consent-receipt-%1.json").arg(toQ(s->consent.id).left(8))),
        tr("Consent receipts (*.json)"));
    if (path.isEmpty())
        return;
    dialog_folders::remember(QStringLiteral("export"), path);
    exportKantaraReceipt(path);
}

bool ConsentsView::exportKantaraReceipt(const QString& path)
{
    if (!m_kantara) {
        m_result->setText(tr("This consent has no receipt yet."));
        return false;
    }
    QSaveFile file(path);
    const QByteArray bytes = QByteArray::fromStdString(*m_kantara);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_result->setText(tr("The receipt could not be written to “%1”: %2").arg(path, file.errorString()));
        return false;
    }
    m_result->setText(tr("The consent receipt was written to “%1”.").arg(path));
    return true;
}

void ConsentsView::withdrawSelected()
{
    const mydata::StoredConsent* s = selected();
    if (!s || m_busy)
        return;
    const QString title = tr("Withdraw Consent");
    const QString question = tr("Withdraw your consent to share with %1? Nothing more leaves under it, and "
                                "the hub erases every row "
                                "it holds under it and gives a signed receipt of the erasure.")
                                 .arg(toQ(s->consent.recipient.name));
    const bool yes = m_confirm
                         ? m_confirm(title, question)
                         : QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::No,
                                                 QMessageBox::No) == QMessageBox::Yes;
    if (!yes)
        return;
    const std::string id = s->consent.id;
    const auto endpoint = m_endpoint ? m_endpoint() : core::sync::HubEndpoint{};
    setBusy(true);
    m_result->setText(tr("Withdrawing…"));
    m_session.run(
        [id, endpoint](core::Store& store, mydata::Vault&, VaultOutcome& o) {
            auto withdrawn = mydata::withdrawConsent(store, id, endpoint);
            if (!withdrawn)
                return o.fail(withdrawn.error());
            o.withdrawn = *withdrawn;
        },
        [this, alive = QPointer<QWidget>(this)](const VaultOutcome& outcome) {
            if (!alive)
                return;
            setBusy(false);
            QString text;
            if (!outcome.ok)
                text = tr("The consent was not withdrawn: %1").arg(myDataErrorText(outcome.error));
            else if (outcome.withdrawn && outcome.withdrawn->receipt)
                text = tr("Withdrawn. %1").arg(verifiedReceiptText(*outcome.withdrawn->receipt));
            else
                text = tr("Withdrawn. The hub never had this consent, so it held nothing to erase.");
            refresh();
            // A verified receipt is on show under the consent already (refresh): said once there.
            const bool receiptShown = outcome.ok && outcome.withdrawn && outcome.withdrawn->receipt;
            m_result->setText(receiptShown ? QString() : text);
            emit workFinished(outcome.ok, text);
        });
}

void ConsentsView::shareAgain()
{
    const mydata::StoredConsent* s = selected();
    if (!s || m_busy)
        return;
    const std::string id = s->consent.id;
    const auto endpoint = m_endpoint ? m_endpoint() : core::sync::HubEndpoint{};
    mydata::MinimizeContext context;
    context.localOffsetSeconds = QDateTime::currentDateTime().offsetFromUtc();
    if (const auto& contents = m_session.contents())
        context.home = contents->household.home;
    setBusy(true);
    m_result->setText(tr("Working out what is new…"));
    // First what would leave, for the resident to confirm; then the share itself.
    m_session.run(
        [id, context](core::Store& store, mydata::Vault& vault, VaultOutcome& o) {
            auto plan = mydata::previewShare(store, vault, id, context);
            if (!plan)
                return o.fail(plan.error());
            o.minimized = mydata::Minimized{plan->rows, plan->report};
            o.minimized->rows.insert(o.minimized->rows.end(), plan->pending.begin(), plan->pending.end());
        },
        [this, alive = QPointer<QWidget>(this), id, endpoint, context](const VaultOutcome& planned) {
            if (!alive)
                return;
            if (!planned.ok || !planned.minimized) {
                setBusy(false);
                m_result->setText(myDataErrorText(planned.error));
                return;
            }
            const auto rows = static_cast<int>(planned.minimized->rows.size());
            if (rows == 0) {
                setBusy(false);
                m_result->setText(tr("Nothing new to share: the hub has every row of this consent already."));
                return;
            }
            const QString title = tr("Share New Records");
            const QString question =
                tr("%n new row(s) would leave under this consent. Send them?", nullptr, rows);
            const bool yes =
                m_confirm ? m_confirm(title, question)
                          : QMessageBox::question(this, title, question,
                                                  QMessageBox::Yes | QMessageBox::No) == QMessageBox::Yes;
            if (!yes) {
                setBusy(false);
                m_result->clear();
                return;
            }
            m_session.run(
                [id, endpoint, context](core::Store& store, mydata::Vault& vault, VaultOutcome& o) {
                    auto shared = mydata::shareUnderConsent(store, vault, id, endpoint, context);
                    if (!shared)
                        return o.fail(shared.error());
                    o.shareReport = *shared;
                },
                [this, alive](const VaultOutcome& outcome) {
                    if (!alive)
                        return;
                    setBusy(false);
                    const QString text = outcome.ok && outcome.shareReport
                                             ? tr("%n row(s) were sent.", nullptr,
                                                  static_cast<int>(outcome.shareReport->rowsSent))
                                             : tr("Sending failed: %1").arg(myDataErrorText(outcome.error));
                    refresh();
                    m_result->setText(text);
                    emit workFinished(outcome.ok, text);
                });
        });
}

} // namespace balgul::ui
