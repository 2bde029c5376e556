// The consent screen: the choices, the PIPA notice in words, the sharing preview (exactly the
// rows that would leave) and "Agree and Share".

#include "ui/mydata/share_dialog.h"

#include "core/mydata/mydata_sync.h"
#include "core/mydata/vault.h"
#include "core/store/store.h"
#include "ui/dialog_size.h"
#include "ui/mydata/mydata_text.h"
#include "ui/mydata/vault_session.h"
#include "ui/qt_convert.h"

#include <QAbstractTableModel>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace balgul::ui {

namespace mydata = core::mydata;

/// The preview's rows as a table: category, period (UTC), value, count, cell.
class SharePreviewModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(std::vector<mydata::SharedRow> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : 5; }
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::TextAlignmentRole))
            return {};
        const mydata::SharedRow& row = m_rows[static_cast<std::size_t>(index.row())];
        if (role == Qt::TextAlignmentRole)
            return index.column() == 2 || index.column() == 3 ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                              : QVariant();
        switch (index.column()) {
        case 0:
            return myDataCategoryText(row.category);
        case 1:
            return periodText(row.periodStart, row.aggregate);
        case 2:
            return row.category == mydata::Category::Mobility ? QString() : sharedValueText(row);
        case 3:
            return QLocale().toString(static_cast<qlonglong>(row.count));
        case 4:
            return toQ(row.cell);
        }
        return {};
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case 0:
            return ShareDialog::tr("Category");
        case 1:
            return ShareDialog::tr("Period (UTC)");
        case 2:
            return ShareDialog::tr("Value");
        case 3:
            return ShareDialog::tr("Count");
        case 4:
            return ShareDialog::tr("Cell");
        }
        return {};
    }

private:
    std::vector<mydata::SharedRow> m_rows;
};

namespace {

constexpr int kPreviewDelayMs = 250;
constexpr std::int64_t kDay = 86400;

QLabel* paragraph(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

QString withheldSentences(const mydata::MinimizeReport& r)
{
    QStringList parts;
    if (r.rowsWithheldHome > 0)
        parts << ShareDialog::tr("%n row(s) in the cell of your home are held back.", nullptr,
                                 static_cast<int>(r.rowsWithheldHome));
    if (r.rowsWithheldNightPlace > 0)
        parts << ShareDialog::tr("%n row(s) in the cell where you most often are at night are held back.",
                                 nullptr, static_cast<int>(r.rowsWithheldNightPlace));
    if (r.pointsUntimed > 0)
        parts << ShareDialog::tr("%n track point(s) without a time stay here.", nullptr,
                                 static_cast<int>(r.pointsUntimed));
    if (r.pointsUnusable > 0)
        parts << ShareDialog::tr("%n track point(s) with an impossible position stay here.", nullptr,
                                 static_cast<int>(r.pointsUnusable));
    if (r.readingsUnusable > 0)
        parts << ShareDialog::tr("%n reading(s) that cannot be used stay here.", nullptr,
                                 static_cast<int>(r.readingsUnusable));
    return parts.join(u' ');
}

ShareDialog::ShareDialog(VaultSession& session, core::Store& store, core::sync::HubEndpoint endpoint,
                         QWidget* parent)
    : QDialog(parent), m_session(session), m_store(store), m_endpoint(std::move(endpoint))
{
    setWindowTitle(tr("Share My Data"));
    setObjectName(QStringLiteral("shareDialog"));
    resizeWithinScreen(this, QSize(1000, 680));
    m_hubName = QUrl(toQ(m_endpoint.url)).host();
    auto* layout = new QVBoxLayout(this);
    m_signIn = new QLabel(tr("Sign in to the hub first (Settings ▸ Preferences ▸ City hub): sharing needs an "
                             "account. You can look at what would be shared meanwhile."),
                          this);
    m_signIn->setWordWrap(true);
    m_signIn->setVisible(m_endpoint.token.empty());
    layout->addWidget(m_signIn);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildChoices());
    splitter->addWidget(buildNotice());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_result = paragraph(this, QStringLiteral("shareResult"));
    m_result->hide();
    layout->addWidget(m_result);
    auto* buttons = new QDialogButtonBox(this);
    m_agree = buttons->addButton(tr("&Agree and Share"), QDialogButtonBox::AcceptRole);
    m_agree->setObjectName(QStringLiteral("shareAgreeButton"));
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(m_agree, &QPushButton::clicked, this, &ShareDialog::agreeAndShare);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(kPreviewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &ShareDialog::runPreview);
    loadPilots();
    fetchHubName();
    choicesChanged();
}

ShareDialog::~ShareDialog() = default;

QWidget* ShareDialog::buildChoices()
{
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);

    auto* purposeBox = new QGroupBox(tr("Purpose"), box);
    auto* purposeForm = new QFormLayout(purposeBox);
    m_purposeCategory = new QComboBox(purposeBox);
    m_purposeCategory->setObjectName(QStringLiteral("sharePurposeCategory"));
    for (const std::string_view term : mydata::purposeCategories())
        m_purposeCategory->addItem(purposeCategoryText(std::string(term)), toQ(term));
    m_purposeCategory->setCurrentIndex(m_purposeCategory->findData(QStringLiteral("dpv:PublicBenefit")));
    m_purpose = new QPlainTextEdit(purposeBox);
    m_purpose->setObjectName(QStringLiteral("sharePurpose"));
    m_purpose->setPlaceholderText(tr("What the rows are for, as the recipient says it (e.g. “to compare "
                                     "households' electricity use before and after the pilot”)"));
    m_purpose->setTabChangesFocus(true);
    m_purpose->setFixedHeight(m_purpose->fontMetrics().lineSpacing() * 4);
    purposeForm->addRow(tr("&Kind:"), m_purposeCategory);
    purposeForm->addRow(tr("In &words:"), m_purpose);
    layout->addWidget(purposeBox);

    auto* recipientBox = new QGroupBox(tr("Recipient"), box);
    auto* recipientLayout = new QVBoxLayout(recipientBox);
    m_recipientGroup = new QButtonGroup(this);
    m_toHub = new QRadioButton(recipientBox);
    m_toHub->setObjectName(QStringLiteral("shareRecipientHub"));
    m_toHub->setChecked(true);
    m_toLab = new QRadioButton(tr("The &living lab behind the hub"), recipientBox);
    m_toLab->setObjectName(QStringLiteral("shareRecipientLab"));
    m_toPilot = new QRadioButton(tr("A &pilot team:"), recipientBox);
    m_toPilot->setObjectName(QStringLiteral("shareRecipientPilot"));
    m_pilot = new QComboBox(recipientBox);
    m_pilot->setObjectName(QStringLiteral("sharePilot"));
    for (QRadioButton* b : {m_toHub, m_toLab, m_toPilot})
        m_recipientGroup->addButton(b);
    auto* pilotRow = new QHBoxLayout;
    pilotRow->addWidget(m_toPilot);
    pilotRow->addWidget(m_pilot, 1);
    recipientLayout->addWidget(m_toHub);
    recipientLayout->addWidget(m_toLab);
    recipientLayout->addLayout(pilotRow);
    layout->addWidget(recipientBox);

    auto* whatBox = new QGroupBox(tr("What, and how finely"), box);
    auto* what = new QVBoxLayout(whatBox);
    auto* grid = new QGridLayout;
    int i = 0;
    for (const mydata::Category c : mydata::allCategories()) {
        auto* check = new QCheckBox(myDataCategoryText(c), whatBox);
        check->setObjectName(QStringLiteral("shareCategory_%1").arg(toQ(mydata::toString(c))));
        m_categories[c] = check;
        grid->addWidget(check, i / 2, i % 2);
        ++i;
        connect(check, &QCheckBox::toggled, this, &ShareDialog::choicesChanged);
    }
    what->addLayout(grid);
    auto* form = new QFormLayout;
    m_aggregate = new QComboBox(whatBox);
    m_aggregate->setObjectName(QStringLiteral("shareAggregate"));
    for (const mydata::Aggregate a : {mydata::Aggregate::Daily, mydata::Aggregate::Monthly,
                                      mydata::Aggregate::Hourly, mydata::Aggregate::Raw})
        m_aggregate->addItem(aggregateText(a), static_cast<int>(a));
    m_grid = new QComboBox(whatBox);
    m_grid->setObjectName(QStringLiteral("shareGrid"));
    for (const core::geo::Precision p :
         {core::geo::Precision::Km1, core::geo::Precision::M500, core::geo::Precision::M250})
        m_grid->addItem(gridText(p), static_cast<int>(p));
    m_retention = new QSpinBox(whatBox);
    m_retention->setObjectName(QStringLiteral("shareRetention"));
    m_retention->setRange(1, static_cast<int>(mydata::consent_limits::kMaxRetentionDays));
    m_retention->setValue(365);
    m_retention->setSuffix(tr(" days"));
    form->addRow(tr("&Processing:"), m_aggregate);
    form->addRow(tr("Places as &grid cells:"), m_grid);
    form->addRow(tr("&Kept for:"), m_retention);
    what->addLayout(form);
    layout->addWidget(whatBox);
    layout->addStretch(1);

    connect(m_purposeCategory, &QComboBox::currentIndexChanged, this, &ShareDialog::choicesChanged);
    connect(m_purpose, &QPlainTextEdit::textChanged, this, &ShareDialog::updateNotice);
    connect(m_recipientGroup, &QButtonGroup::buttonToggled, this, &ShareDialog::updateNotice);
    connect(m_pilot, &QComboBox::currentIndexChanged, this, &ShareDialog::updateNotice);
    connect(m_aggregate, &QComboBox::currentIndexChanged, this, &ShareDialog::choicesChanged);
    connect(m_grid, &QComboBox::currentIndexChanged, this, &ShareDialog::choicesChanged);
    connect(m_retention, &QSpinBox::valueChanged, this, &ShareDialog::updateNotice);
    scroll->setWidget(box);
    return scroll;
}

QWidget* ShareDialog::buildNotice()
{
    auto* side = new QWidget(this);
    auto* layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* noticeBox = new QGroupBox(tr("What you agree to"), side);
    auto* notice = new QVBoxLayout(noticeBox);
    m_pipaPurpose = paragraph(noticeBox, QStringLiteral("pipaPurpose"));
    m_pipaItems = paragraph(noticeBox, QStringLiteral("pipaItems"));
    m_pipaRetention = paragraph(noticeBox, QStringLiteral("pipaRetention"));
    m_pipaRefusal = paragraph(noticeBox, QStringLiteral("pipaRefusal"));
    m_pipaSensitive = paragraph(noticeBox, QStringLiteral("pipaSensitive"));
    for (QLabel* label : {m_pipaPurpose, m_pipaItems, m_pipaRetention, m_pipaRefusal, m_pipaSensitive})
        notice->addWidget(label);
    m_health = new QCheckBox(tr("I agree to share my &health data (steps, heart rate, walking distance)"),
                             noticeBox);
    m_health->setObjectName(QStringLiteral("shareHealthConsent"));
    notice->addWidget(m_health);
    connect(m_health, &QCheckBox::toggled, this, &ShareDialog::updateButtons);
    layout->addWidget(noticeBox);

    auto* previewBox = new QGroupBox(tr("What would leave this computer"), side);
    auto* preview = new QVBoxLayout(previewBox);
    m_count = paragraph(previewBox, QStringLiteral("sharePreviewCount"));
    m_model = new SharePreviewModel(this);
    m_table = new QTableView(previewBox);
    m_table->setObjectName(QStringLiteral("sharePreviewTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_withheld = paragraph(previewBox, QStringLiteral("shareWithheld"));
    preview->addWidget(m_count);
    preview->addWidget(m_table, 1);
    preview->addWidget(m_withheld);
    layout->addWidget(previewBox, 1);
    return side;
}

void ShareDialog::loadPilots()
{
    for (const auto& pilot : m_store.pilots()) {
        if (pilot.phase == core::pilots::PilotPhase::Evaluated ||
            pilot.phase == core::pilots::PilotPhase::Rejected)
            continue;
        m_pilot->addItem(toQ(pilot.fields.title), toQ(pilot.id));
    }
    m_toPilot->setEnabled(m_pilot->count() > 0);
    m_pilot->setEnabled(m_pilot->count() > 0);
}

void ShareDialog::fetchHubName()
{
    m_toHub->setText(m_hubName.isEmpty() ? tr("&This hub") : tr("&This hub (%1)").arg(m_hubName));
    if (m_endpoint.url.empty())
        return;
    auto* watcher = new QFutureWatcher<core::Result<std::string>>(this);
    connect(watcher, &QFutureWatcher<core::Result<std::string>>::finished, this, [this, watcher] {
        const auto name = watcher->result();
        watcher->deleteLater();
        if (name && !name->empty()) {
            m_hubName = toQ(*name);
            m_toHub->setText(tr("&This hub (%1)").arg(m_hubName));
            updateNotice();
        }
    });
    watcher->setFuture(QtConcurrent::run([endpoint = m_endpoint] { return mydata::fetchHubName(endpoint); }));
}

mydata::Consent ShareDialog::draftConsent() const
{
    mydata::Consent c;
    c.purpose = toStd(m_purpose->toPlainText().trimmed());
    c.purposeCategory = toStd(m_purposeCategory->currentData().toString());
    if (m_toLab->isChecked()) {
        c.recipient = {mydata::RecipientKind::Lab, m_endpoint.url + "/lab",
                       toStd(tr("The living lab of %1").arg(m_hubName))};
    } else if (m_toPilot->isChecked() && m_pilot->currentIndex() >= 0) {
        c.recipient = {mydata::RecipientKind::Pilot, toStd(m_pilot->currentData().toString()),
                       toStd(m_pilot->currentText())};
    } else {
        c.recipient = {mydata::RecipientKind::Hub, m_endpoint.url, toStd(m_hubName)};
    }
    for (const auto& [category, check] : m_categories)
        if (check->isChecked())
            c.categories.push_back(category);
    c.aggregate = static_cast<mydata::Aggregate>(m_aggregate->currentData().toInt());
    const bool places = m_categories.at(mydata::Category::Mobility)->isChecked();
    c.grid = places ? static_cast<core::geo::Precision>(m_grid->currentData().toInt())
                    : core::geo::Precision::Exact;
    c.retentionDays = m_retention->value();
    c.given = QDateTime::currentSecsSinceEpoch();
    c.expires = c.given + c.retentionDays * kDay;
    c.withdrawal = toStd(tr("In Balgul: My Data ▸ Sharing ▸ Withdraw. The hub then erases every row shared "
                            "under this consent and signs a receipt of the erasure."));
    return c;
}

void ShareDialog::setPurpose(const QString& text, const std::string& purposeCategory)
{
    m_purpose->setPlainText(text);
    const int index = m_purposeCategory->findData(toQ(purposeCategory));
    if (index >= 0)
        m_purposeCategory->setCurrentIndex(index);
}

void ShareDialog::setRecipient(mydata::RecipientKind kind, const QString& pilotId)
{
    switch (kind) {
    case mydata::RecipientKind::Hub:
        m_toHub->setChecked(true);
        break;
    case mydata::RecipientKind::Lab:
        m_toLab->setChecked(true);
        break;
    case mydata::RecipientKind::Pilot:
        m_toPilot->setChecked(true);
        m_pilot->setCurrentIndex(std::max(0, m_pilot->findData(pilotId)));
        break;
    }
}

void ShareDialog::setCategories(const std::vector<mydata::Category>& categories)
{
    for (const auto& [category, check] : m_categories)
        check->setChecked(std::find(categories.begin(), categories.end(), category) != categories.end());
}

void ShareDialog::setAggregate(mydata::Aggregate aggregate)
{
    m_aggregate->setCurrentIndex(m_aggregate->findData(static_cast<int>(aggregate)));
}

void ShareDialog::setGrid(core::geo::Precision grid)
{
    const int index = m_grid->findData(static_cast<int>(grid));
    if (index >= 0)
        m_grid->setCurrentIndex(index);
}

void ShareDialog::setRetentionDays(int days)
{
    m_retention->setValue(days);
}

void ShareDialog::setHealthConsent(bool given)
{
    m_health->setChecked(given);
}

void ShareDialog::choicesChanged()
{
    // Only what the vault holds can be chosen.
    const auto& contents = m_session.contents();
    for (const auto& [category, check] : m_categories) {
        bool held = false;
        if (contents)
            for (const CategoryFigures& f : contents->categories)
                held = held || f.category == category;
        check->setEnabled(held && !m_done);
        check->setToolTip(held ? QString() : tr("Your vault holds nothing of this kind."));
    }
    m_grid->setEnabled(m_categories.at(mydata::Category::Mobility)->isChecked() && !m_done);
    updateNotice();
    m_preview.reset();
    m_model->setRows({});
    m_previewing = true;
    m_count->setText(tr("Working out the rows…"));
    m_withheld->clear();
    m_previewTimer->start();
    updateButtons();
}

void ShareDialog::updateNotice()
{
    const mydata::Consent draft = draftConsent();
    const PipaText text = pipaText(mydata::pipaNotice(draft));
    m_pipaPurpose->setText(tr("1. %1").arg(text.purpose));
    m_pipaItems->setText(
        tr("2. %1").arg(draft.categories.empty() ? tr("Items: choose at least one category.") : text.items));
    m_pipaRetention->setText(tr("3. %1").arg(text.retention));
    m_pipaRefusal->setText(tr("4. %1").arg(text.refusal));
    m_pipaSensitive->setText(text.sensitive);
    m_pipaSensitive->setVisible(!text.sensitive.isEmpty());
    m_health->setVisible(!text.sensitive.isEmpty());
    updateButtons();
}

QString ShareDialog::noticeText() const
{
    QStringList parts{m_pipaPurpose->text(), m_pipaItems->text(), m_pipaRetention->text(),
                      m_pipaRefusal->text()};
    if (!m_pipaSensitive->text().isEmpty())
        parts << m_pipaSensitive->text();
    return parts.join(u'\n');
}

mydata::MinimizeContext ShareDialog::context() const
{
    mydata::MinimizeContext context;
    context.localOffsetSeconds = QDateTime::currentDateTime().offsetFromUtc();
    if (const auto& contents = m_session.contents())
        context.home = contents->household.home;
    return context;
}

void ShareDialog::runPreview()
{
    const mydata::Consent draft = draftConsent();
    if (draft.categories.empty() || m_session.state() != VaultState::Unlocked) {
        m_previewing = false;
        m_count->setText(draft.categories.empty()
                             ? tr("Choose what to share to see the rows that would leave.")
                             : myDataErrorText(core::Error::make("vault_locked", {})));
        updateButtons();
        emit previewUpdated();
        return;
    }
    const int generation = ++m_previewGeneration;
    const auto ctx = context();
    m_session.run(
        [draft, ctx](core::Store&, mydata::Vault& vault, VaultOutcome& o) {
            auto blocks = VaultSession::readBlocks(vault, draft.categories);
            if (!blocks)
                return o.fail(blocks.error());
            auto minimized = mydata::minimize(*blocks, draft, ctx);
            if (!minimized)
                return o.fail(minimized.error());
            o.minimized = std::move(*minimized);
        },
        [this, alive = QPointer<QDialog>(this), generation](const VaultOutcome& outcome) {
            if (!alive || generation != m_previewGeneration)
                return;
            m_previewing = false;
            if (!outcome.ok || !outcome.minimized) {
                m_count->setText(myDataErrorText(outcome.error));
                updateButtons();
                emit previewUpdated();
                return;
            }
            showPreview(*outcome.minimized);
        });
}

void ShareDialog::showPreview(const mydata::Minimized& minimized)
{
    m_preview = minimized;
    m_model->setRows(minimized.rows);
    m_table->resizeColumnsToContents();
    QStringList perCategory;
    for (const mydata::CategoryPreview& c : mydata::previewSummary(minimized.rows))
        perCategory
            << tr("%1: %n row(s)", nullptr, static_cast<int>(c.rows)).arg(myDataCategoryText(c.category));
    QString count = tr("Exactly these %n row(s) would leave this computer, and nothing else: no record "
                       "ids, file names or positions.",
                       nullptr, static_cast<int>(minimized.rows.size()));
    if (!perCategory.isEmpty())
        count += QLatin1Char(' ') + QLocale().createSeparatedList(perCategory) + QLatin1Char('.');
    m_count->setText(count);
    const QString withheld = withheldSentences(minimized.report);
    m_withheld->setText(withheld.isEmpty() ? tr("Nothing is held back.") : withheld);
    updateButtons();
    emit previewUpdated();
}

QString ShareDialog::withheldText() const
{
    return m_withheld->text();
}

bool ShareDialog::canAgree() const
{
    if (m_done || m_sharing || m_previewing || !m_preview || m_preview->rows.empty() ||
        m_endpoint.token.empty())
        return false;
    const mydata::Consent draft = draftConsent();
    if (draft.purpose.empty() || draft.categories.empty())
        return false;
    if (std::any_of(draft.categories.begin(), draft.categories.end(), mydata::isHealthData) &&
        !m_health->isChecked())
        return false;
    return m_session.state() == VaultState::Unlocked;
}

void ShareDialog::updateButtons()
{
    if (m_agree)
        m_agree->setEnabled(canAgree());
}

QString ShareDialog::resultText() const
{
    return m_result->isVisible() ? m_result->text() : QString();
}

void ShareDialog::agreeAndShare()
{
    if (!canAgree())
        return;
    m_sharing = true;
    m_progress->show();
    updateButtons();
    const mydata::Consent consent = mydata::newConsent(draftConsent(), QDateTime::currentSecsSinceEpoch());
    m_consentId = consent.id;
    const auto endpoint = m_endpoint;
    const auto ctx = context();
    m_session.run(
        [consent, endpoint, ctx](core::Store& store, mydata::Vault& vault, VaultOutcome& o) {
            auto given = mydata::giveConsent(store, consent, endpoint);
            if (!given)
                return o.fail(given.error());
            o.given = *given;
            auto shared = mydata::shareUnderConsent(store, vault, consent.id, endpoint, ctx);
            if (!shared)
                return o.fail(shared.error());
            o.shareReport = *shared;
        },
        [this, alive = QPointer<QDialog>(this)](const VaultOutcome& outcome) {
            if (!alive)
                return;
            m_sharing = false;
            m_progress->hide();
            QString text;
            if (outcome.ok && outcome.shareReport) {
                m_done = true;
                text = tr("%n row(s) were sent to %1 under your consent; the hub added %2 and replaced %3. "
                          "The consent and its receipt are kept under My Data ▸ Sharing, where you can "
                          "withdraw it.",
                          nullptr, static_cast<int>(outcome.shareReport->rowsSent))
                           .arg(m_hubName)
                           .arg(outcome.shareReport->added)
                           .arg(outcome.shareReport->replaced);
            } else if (outcome.given) {
                m_done = true;
                text =
                    tr("The hub has your consent, but sending the rows failed: %1 Try again from My Data ▸ "
                       "Sharing.")
                        .arg(myDataErrorText(outcome.error));
            } else {
                text = tr("Nothing was shared: %1").arg(myDataErrorText(outcome.error));
                m_done = outcome.error.code == "network"; // kept here, waiting for the hub
            }
            m_result->setText(text);
            m_result->show();
            if (m_done) {
                // The consent is given: the choices are what was agreed and change no more.
                m_close->setText(tr("&Close"));
                for (QWidget* w : std::initializer_list<QWidget*>{m_purposeCategory, m_purpose, m_toHub,
                                                                  m_toLab, m_toPilot, m_pilot, m_aggregate,
                                                                  m_grid, m_retention, m_health})
                    w->setEnabled(false);
                for (const auto& [category, check] : m_categories)
                    check->setEnabled(false);
            }
            updateButtons();
            emit shareFinished(outcome.ok, text);
        });
}

} // namespace balgul::ui
