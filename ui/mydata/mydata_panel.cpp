// The My Data dock: the vault's state and passphrase, the records and imports, the consents, the
// recommendations and the vault's settings; the idle and background locks.

#include "ui/mydata/mydata_panel.h"

#include "core/store/store.h"
#include "ui/date_text.h"
#include "ui/dialog_folders.h"
#include "ui/mydata/consents_view.h"
#include "ui/mydata/mydata_text.h"
#include "ui/mydata/recommendations_view.h"
#include "ui/mydata/record_import_dialog.h"
#include "ui/mydata/share_dialog.h"
#include "ui/mydata/vault_session.h"
#include "ui/qt_convert.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace balgul::ui {

namespace mydata = core::mydata;

namespace {

enum Page
{
    NoVaultPage,
    LockedPage,
    UnlockedPage,
};

constexpr int kIdRole = Qt::UserRole + 1;
/// In the background this long (a screen locker has the focus, or another program), the vault locks.
constexpr int kBackgroundLockMs = 60 * 1000;

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

QTableWidget* table(QWidget* parent, const QString& name, const QStringList& headers)
{
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    return t;
}

QLabel* wrapped(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

/// When an unlocked vault locks by itself (seconds > 0).
QString idleText(std::int64_t seconds)
{
    if (seconds % 3600 == 0)
        return MyDataPanel::tr("after %n hour(s) without use", nullptr, static_cast<int>(seconds / 3600));
    return MyDataPanel::tr("after %n minute(s) without use", nullptr, static_cast<int>((seconds + 59) / 60));
}

QString periodOf(const CategoryFigures& f)
{
    if (f.start == 0 && f.end == 0)
        return MyDataPanel::tr("no times");
    return MyDataPanel::tr("%1 – %2").arg(consentDateText(f.start), consentDateText(f.end));
}

} // namespace

MyDataPanel::MyDataPanel(core::Store& store, Settings* settings, EndpointSource endpoint, QWidget* parent)
    : QWidget(parent), m_store(store), m_settings(settings), m_endpoint(std::move(endpoint)),
      m_session(new VaultSession(store.path(), this))
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_stateIcon = new QLabel(this);
    top->addWidget(m_stateIcon);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("myDataState"));
    m_state->setWordWrap(true);
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(100);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_lockNow = new QPushButton(QIcon::fromTheme(QStringLiteral("object-locked")), tr("&Lock Now"), this);
    m_lockNow->setObjectName(QStringLiteral("myDataLockNow"));
    top->addWidget(m_state, 1);
    top->addWidget(m_busy);
    top->addWidget(m_lockNow);
    layout->addLayout(top);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildNoVaultPage());
    m_pages->addWidget(buildLockedPage());
    m_pages->addWidget(buildUnlockedPage());
    layout->addWidget(m_pages, 1);
    // Only the page on show asks for room (a stack asks for its largest page's by default).
    const auto askOnlyForTheCurrentPage = [this](int current) {
        for (int i = 0; i < m_pages->count(); ++i) {
            const auto policy = i == current ? QSizePolicy::Preferred : QSizePolicy::Ignored;
            m_pages->widget(i)->setSizePolicy(policy, policy);
        }
        m_pages->updateGeometry();
    };
    connect(m_pages, &QStackedWidget::currentChanged, this, askOnlyForTheCurrentPage);
    askOnlyForTheCurrentPage(m_pages->currentIndex());
    connect(m_lockNow, &QPushButton::clicked, this, &MyDataPanel::lockNow);

    connect(m_session, &VaultSession::stateChanged, this, &MyDataPanel::onStateChanged);
    connect(m_session, &VaultSession::contentsChanged, this, &MyDataPanel::onContentsChanged);
    connect(m_session, &VaultSession::busyChanged, this, &MyDataPanel::setBusy);
    connect(m_recommendations, &RecommendationsView::showProblemRequested, this,
            &MyDataPanel::showProblemRequested);
    connect(m_recommendations, &RecommendationsView::showPilotRequested, this,
            &MyDataPanel::showPilotRequested);
    connect(m_consents, &ConsentsView::shareRequested, this, &MyDataPanel::openShareDialog);
    connect(m_consents, &ConsentsView::workFinished, this,
            [this](bool ok, const QString& text) { emit message(text, !ok); });

    // Any use of the app keeps the vault open; the platform's hints lock it.
    qApp->installEventFilter(this);
    connect(qApp, &QGuiApplication::applicationStateChanged, this, &MyDataPanel::onApplicationState);
    m_backgroundTimer = new QTimer(this);
    m_backgroundTimer->setSingleShot(true);
    m_backgroundTimer->setInterval(kBackgroundLockMs);
    connect(m_backgroundTimer, &QTimer::timeout, this, [this] {
        if (QGuiApplication::applicationState() != Qt::ApplicationActive && m_lockInBackground->isChecked())
            lockNow();
    });
    onStateChanged(VaultState::Unknown);
    m_session->refresh();
}

MyDataPanel::~MyDataPanel()
{
    qApp->removeEventFilter(this);
    closePersonalWindows();
}

QWidget* MyDataPanel::buildNoVaultPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(wrapped(
        tr("Your own records — household electricity and gas, GPX tracks, steps, heart rate — can be kept "
           "here in an encrypted vault. They stay on this computer: nothing of them leaves it unless you "
           "agree, per purpose and recipient, to share exactly the rows shown to you first."),
        page));
    auto* create = new QPushButton(tr("&Create Vault…"), page);
    create->setObjectName(QStringLiteral("myDataCreateVault"));
    connect(create, &QPushButton::clicked, this, &MyDataPanel::createVault);
    layout->addWidget(create, 0, Qt::AlignLeft);
    layout->addStretch(1);
    return page;
}

QWidget* MyDataPanel::buildLockedPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(
        wrapped(tr("The vault is locked. Its records cannot be read without the passphrase."), page));
    auto* row = new QHBoxLayout;
    m_passphrase = new QLineEdit(page);
    m_passphrase->setObjectName(QStringLiteral("myDataPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_passphrase->setPlaceholderText(tr("Passphrase"));
    auto* label = new QLabel(tr("&Passphrase:"), page);
    label->setBuddy(m_passphrase);
    m_unlock = new QPushButton(tr("&Unlock"), page);
    m_unlock->setObjectName(QStringLiteral("myDataUnlock"));
    m_unlock->setFocusPolicy(Qt::TabFocus); // a click leaves the focus in the field
    m_passphrase->setMaximumWidth(m_passphrase->fontMetrics().averageCharWidth() * 48);
    row->addWidget(label);
    row->addWidget(m_passphrase, 1);
    row->addWidget(m_unlock);
    row->addStretch(1);
    layout->addLayout(row);
    m_unlockError = new QLabel(page);
    m_unlockError->setObjectName(QStringLiteral("myDataUnlockError"));
    m_unlockError->setWordWrap(true);
    m_unlockError->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_unlockError->hide();
    layout->addWidget(m_unlockError);
    layout->addStretch(1);
    connect(m_unlock, &QPushButton::clicked, this, &MyDataPanel::unlock);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &MyDataPanel::unlock);
    return page;
}

QWidget* MyDataPanel::buildUnlockedPage()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("myDataTabs"));
    m_tabs->addTab(buildRecordsTab(), tr("&Records"));
    m_consents = new ConsentsView(*m_session, m_store, m_endpoint, m_tabs);
    m_tabs->addTab(m_consents, tr("S&haring"));
    m_recommendations = new RecommendationsView(*m_session, m_tabs);
    m_tabs->addTab(m_recommendations, tr("For &You"));
    // The Vault tab's settings scroll rather than make the dock taller than a small screen.
    auto* vaultScroll = new QScrollArea(m_tabs);
    vaultScroll->setFrameShape(QFrame::NoFrame);
    vaultScroll->setWidgetResizable(true);
    vaultScroll->setWidget(buildVaultTab());
    m_tabs->addTab(vaultScroll, tr("&Vault"));
    // Problems and pilots change with every sync: the recommendations are worked out again on show.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_recommendations && m_session->state() == VaultState::Unlocked)
            m_recommendations->refresh();
    });
    return m_tabs;
}

QWidget* MyDataPanel::buildRecordsTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* splitter = new QSplitter(Qt::Horizontal, page);
    m_categories = table(splitter, QStringLiteral("myDataCategories"),
                         {tr("Category"), tr("Unit"), tr("Days"), tr("Readings"), tr("Period")});
    m_imports =
        table(splitter, QStringLiteral("myDataImports"),
              {tr("File"), tr("Format"), tr("Imported"), tr("Categories"), tr("Stored"), tr("Skipped")});
    splitter->addWidget(m_categories);
    splitter->addWidget(m_imports);
    layout->addWidget(splitter, 1);
    m_unreadable = wrapped(QString(), page);
    m_unreadable->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_unreadable->hide();
    layout->addWidget(m_unreadable);
    auto* buttons = new QHBoxLayout;
    m_import = new QPushButton(tr("&Import…"), page);
    m_import->setObjectName(QStringLiteral("myDataImport"));
    m_removeImport = new QPushButton(tr("&Remove Import…"), page);
    m_removeImport->setObjectName(QStringLiteral("myDataRemoveImport"));
    m_removeImport->setEnabled(false);
    buttons->addWidget(m_import);
    buttons->addWidget(m_removeImport);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_import, &QPushButton::clicked, this, &MyDataPanel::chooseImportFile);
    connect(m_removeImport, &QPushButton::clicked, this, &MyDataPanel::removeSelectedImport);
    connect(m_imports, &QTableWidget::itemSelectionChanged, this,
            [this] { m_removeImport->setEnabled(!m_imports->selectionModel()->selectedRows().isEmpty()); });
    return page;
}

RecordImportDialog* MyDataPanel::importDialog() const
{
    return m_importDialog.data();
}

ShareDialog* MyDataPanel::shareDialog() const
{
    return m_shareDialog.data();
}

void MyDataPanel::setConfirmation(Confirmation confirm)
{
    m_confirm = confirm;
    m_consents->setConfirmation(std::move(confirm));
}

bool MyDataPanel::confirm(const QString& title, const QString& question)
{
    return m_confirm ? m_confirm(title, question)
                     : QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::No,
                                             QMessageBox::No) == QMessageBox::Yes;
}

QString MyDataPanel::stateText() const
{
    return m_state->text();
}

QString MyDataPanel::unlockErrorText() const
{
    return m_unlockError->isVisible() ? m_unlockError->text() : QString();
}

void MyDataPanel::updateStateLine()
{
    switch (m_session->state()) {
    case VaultState::Unknown:
        m_state->setText(tr("My Data"));
        break;
    case VaultState::NoVault:
        m_state->setText(tr("No vault yet"));
        break;
    case VaultState::Locked:
        m_state->setText(tr("Locked"));
        break;
    case VaultState::Unlocked:
        m_state->setText(m_session->idleTimeout() > 0
                             ? tr("Unlocked — locks %1").arg(idleText(m_session->idleTimeout()))
                             : tr("Unlocked — does not lock by itself"));
        break;
    }
    const bool unlocked = m_session->state() == VaultState::Unlocked;
    const QIcon icon =
        QIcon::fromTheme(unlocked ? QStringLiteral("object-unlocked") : QStringLiteral("object-locked"));
    const bool showIcon = !icon.isNull() && m_session->state() != VaultState::NoVault &&
                          m_session->state() != VaultState::Unknown;
    m_stateIcon->setPixmap(showIcon ? icon.pixmap(16, 16) : QPixmap());
    m_stateIcon->setVisible(showIcon);
    m_lockNow->setVisible(unlocked);
    m_memoryWarning->setVisible(m_session->state() == VaultState::Unlocked &&
                                !m_session->keyInLockedMemory());
    m_updatingIdle = true;
    const int idle = m_idleTimeout->findData(static_cast<qlonglong>(m_session->idleTimeout()));
    if (idle >= 0) {
        m_idleTimeout->setCurrentIndex(idle);
    } else {
        m_idleTimeout->addItem(idleChoiceText(m_session->idleTimeout()),
                               static_cast<qlonglong>(m_session->idleTimeout()));
        m_idleTimeout->setCurrentIndex(m_idleTimeout->count() - 1);
    }
    m_updatingIdle = false;
}

void MyDataPanel::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_unlock->setEnabled(!busy);
}

void MyDataPanel::onStateChanged(VaultState state)
{
    switch (state) {
    case VaultState::Unknown:
    case VaultState::NoVault:
        m_pages->setCurrentIndex(NoVaultPage);
        break;
    case VaultState::Locked:
        m_pages->setCurrentIndex(LockedPage);
        if (isVisible())
            m_passphrase->setFocus();
        break;
    case VaultState::Unlocked:
        m_pages->setCurrentIndex(UnlockedPage);
        m_unlockError->hide();
        m_consents->refresh();
        if (auto action = std::exchange(m_afterUnlock, {}))
            QTimer::singleShot(0, this, std::move(action)); // after the unlock's own updates
        break;
    }
    if (state != VaultState::Unlocked) {
        closePersonalWindows();
        m_recommendations->clear();
        m_categories->setRowCount(0);
        m_imports->setRowCount(0);
        m_unreadable->hide();
    }
    updateStateLine();
}

void MyDataPanel::onContentsChanged()
{
    const auto& contents = m_session->contents();
    if (!contents)
        return;
    const QLocale locale;
    m_categories->setRowCount(static_cast<int>(contents->categories.size()));
    for (int row = 0; row < static_cast<int>(contents->categories.size()); ++row) {
        const CategoryFigures& f = contents->categories[static_cast<std::size_t>(row)];
        QStringList units;
        for (const QString& unit : f.units)
            units << myDataUnitText(toStd(unit));
        m_categories->setItem(row, 0, cell(myDataCategoryText(f.category)));
        m_categories->setItem(row, 1, cell(units.join(QStringLiteral(", "))));
        m_categories->setItem(row, 2, cell(locale.toString(f.blocks)));
        m_categories->setItem(row, 3, cell(locale.toString(static_cast<qlonglong>(f.readings))));
        m_categories->setItem(row, 4, cell(periodOf(f)));
    }
    m_categories->resizeColumnsToContents();
    m_imports->setRowCount(static_cast<int>(contents->imports.size()));
    for (int row = 0; row < static_cast<int>(contents->imports.size()); ++row) {
        const ImportFigures& f = contents->imports[static_cast<std::size_t>(row)];
        QStringList categories;
        for (const mydata::Category c : f.categories)
            categories << myDataCategoryText(c);
        auto* name = cell(f.fileName.isEmpty() ? tr("(no report)") : f.fileName);
        name->setData(kIdRole, f.importId);
        m_imports->setItem(row, 0, name);
        m_imports->setItem(row, 1, cell(f.format.isEmpty() ? QString() : myDataFormatText(toStd(f.format))));
        m_imports->setItem(
            row, 2,
            cell(f.importedAt > 0 ? dayTimeText(QDateTime::fromSecsSinceEpoch(f.importedAt)) : QString()));
        m_imports->setItem(row, 3, cell(categories.join(QStringLiteral(", "))));
        m_imports->setItem(row, 4, cell(locale.toString(static_cast<qlonglong>(f.kept))));
        m_imports->setItem(row, 5, cell(locale.toString(static_cast<qlonglong>(f.skipped))));
    }
    m_imports->resizeColumnsToContents();
    m_removeImport->setEnabled(!m_imports->selectionModel()->selectedRows().isEmpty());
    m_unreadable->setText(tr("%n record(s) in the vault cannot be read: they were damaged or altered outside "
                             "Balgul. They are never shown or shared.",
                             nullptr, contents->unreadable));
    m_unreadable->setVisible(contents->unreadable > 0);
    showHome();
    m_recommendations->refresh();
}

void MyDataPanel::onApplicationState(Qt::ApplicationState state)
{
    if (m_session->state() != VaultState::Unlocked)
        return;
    if (state == Qt::ApplicationSuspended || state == Qt::ApplicationHidden) {
        lockNow();
        return;
    }
    if (state == Qt::ApplicationActive)
        m_backgroundTimer->stop();
    else if (m_lockInBackground->isChecked())
        m_backgroundTimer->start();
}

bool MyDataPanel::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        m_session->noteActivity();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void MyDataPanel::closePersonalWindows()
{
    for (QDialog* dialog : {m_vaultDialog.data(), static_cast<QDialog*>(m_importDialog.data()),
                            static_cast<QDialog*>(m_shareDialog.data())})
        if (dialog)
            dialog->close();
}

void MyDataPanel::unlock()
{
    if (m_passphrase->text().isEmpty() || m_session->isBusy())
        return;
    auto secret = std::make_shared<Secret>(m_passphrase->text());
    m_passphrase->clear();
    m_unlockError->hide();
    m_session->unlock(secret, [this](const VaultOutcome& outcome) {
        if (outcome.ok)
            return;
        m_unlockError->setText(myDataErrorText(outcome.error));
        m_unlockError->show();
        m_passphrase->setFocus();
    });
    m_passphrase->setFocus();
}

void MyDataPanel::lockNow()
{
    closePersonalWindows();
    m_session->lock();
}

void MyDataPanel::whenUnlocked(std::function<void()> action)
{
    if (m_session->state() == VaultState::Unlocked) {
        m_afterUnlock = {};
        action();
        return;
    }
    m_afterUnlock = std::move(action);
    if (m_session->state() == VaultState::Locked) {
        m_passphrase->setFocus();
        emit message(tr("Unlock My Data with your passphrase to go on."), false);
    } else {
        emit message(tr("My Data has no vault yet: make one with Create Vault… first."), false);
    }
}

void MyDataPanel::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import My Data"), dialog_folders::start(QStringLiteral("mydata")),
        tr("Personal records (*.xml *.gpx *.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    dialog_folders::remember(QStringLiteral("mydata"), path);
    importFile(path);
}

void MyDataPanel::importFile(const QString& path)
{
    if (m_session->state() != VaultState::Unlocked) {
        emit message(myDataErrorText(core::Error::make("vault_locked", {})), true);
        return;
    }
    delete m_importDialog.data();
    m_importDialog = new RecordImportDialog(*m_session, this);
    m_importDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_importDialog->setWindowModality(Qt::WindowModal);
    m_importDialog->setFile(path);
    m_importDialog->open();
}

void MyDataPanel::removeSelectedImport()
{
    const auto rows = m_imports->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QTableWidgetItem* item = m_imports->item(rows.first().row(), 0);
    const QString importId = item->data(kIdRole).toString();
    if (!confirm(
            tr("Remove Import"),
            tr("Remove every record imported from “%1” from the vault? Rows already shared under a consent "
               "stay with their recipient until you withdraw it.")
                .arg(item->text())))
        return;
    m_session->removeImport(importId, [this](const VaultOutcome& outcome) {
        emit message(outcome.ok ? tr("The import's records are removed from the vault.")
                                : myDataErrorText(outcome.error),
                     !outcome.ok);
    });
}

void MyDataPanel::openShareDialog()
{
    if (m_session->state() != VaultState::Unlocked)
        return;
    delete m_shareDialog.data();
    m_shareDialog =
        new ShareDialog(*m_session, m_store, m_endpoint ? m_endpoint() : core::sync::HubEndpoint{}, this);
    m_shareDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_shareDialog->setWindowModality(Qt::WindowModal);
    connect(m_shareDialog, &ShareDialog::shareFinished, this, [this](bool ok, const QString& text) {
        refreshConsents();
        emit message(text, !ok);
    });
    m_shareDialog->open();
}

void MyDataPanel::refreshConsents()
{
    if (m_session->state() == VaultState::Unlocked)
        m_consents->refresh();
}

} // namespace balgul::ui
