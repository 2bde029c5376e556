// The My Data dock's Vault tab: the idle time, the background lock, the home, and the dialogs
// that make the vault, change its passphrase and strengthen it.

#include "ui/mydata/mydata_panel.h"

#include "ui/mydata/vault_dialogs.h"
#include "ui/mydata/vault_session.h"
#include "ui/platform/screen_lock_watcher.h"
#include "ui/settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace balgul::ui {

namespace mydata = core::mydata;

namespace {

const char* const kLockInBackgroundKey = "mydata/lockInBackground";

QLabel* wrapped(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

void MyDataPanel::watchScreenLock(ScreenLockWatcher* watcher)
{
    connect(watcher, &ScreenLockWatcher::screenLocked, this, &MyDataPanel::onScreenLocked);
    connect(watcher, &ScreenLockWatcher::sourcesChanged, this,
            [this, watcher] { showScreenLockSources(watcher->sources() != ScreenLockWatcher::NoSource); });
    showScreenLockSources(watcher->sources() != ScreenLockWatcher::NoSource);
}

QString MyDataPanel::screenLockText() const
{
    return m_screenLock->text();
}

void MyDataPanel::showScreenLockSources(bool heard)
{
    m_screenLock->setText(heard ? tr("The vault also locks when the screen locks (the desktop says so).")
                                : tr("This desktop does not say when the screen locks: the locks above keep "
                                     "the vault closed instead."));
}

void MyDataPanel::onScreenLocked()
{
    if (m_session->state() != VaultState::Unlocked)
        return;
    lockNow();
    emit message(tr("The vault locked with the screen."), false);
}

QString MyDataPanel::idleChoiceText(std::int64_t seconds)
{
    if (seconds <= 0)
        return MyDataPanel::tr("Never");
    if (seconds % 3600 == 0)
        return MyDataPanel::tr("%n hour(s)", nullptr, static_cast<int>(seconds / 3600));
    return MyDataPanel::tr("%n minute(s)", nullptr, static_cast<int>((seconds + 59) / 60));
}

QWidget* MyDataPanel::buildVaultTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    m_idleTimeout = new QComboBox(page);
    m_idleTimeout->setObjectName(QStringLiteral("myDataIdleTimeout"));
    for (const int seconds : {60, 300, 900, 1800, 3600, 0})
        m_idleTimeout->addItem(idleChoiceText(seconds), seconds);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Lock after this long &without use:"), m_idleTimeout);
    layout->addLayout(form);
    m_lockInBackground =
        new QCheckBox(tr("Lock when Balgul has been in the &background for a minute (as when "
                         "the screen is locked)"),
                      page);
    m_lockInBackground->setObjectName(QStringLiteral("myDataLockInBackground"));
    m_lockInBackground->setChecked(
        !m_settings || m_settings->backend().value(QLatin1String(kLockInBackgroundKey), true).toBool());
    layout->addWidget(m_lockInBackground);
    m_screenLock = new QLabel(page);
    m_screenLock->setObjectName(QStringLiteral("myDataScreenLock"));
    m_screenLock->setWordWrap(true);
    layout->addWidget(m_screenLock);
    showScreenLockSources(false);
    auto* homeBox = new QGroupBox(tr("Home"), page);
    auto* homeLayout = new QHBoxLayout(homeBox);
    m_home = new QLabel(homeBox);
    m_home->setObjectName(QStringLiteral("myDataHome"));
    m_home->setWordWrap(true);
    m_setHome = new QPushButton(tr("Use the &Map's Centre"), homeBox);
    m_setHome->setObjectName(QStringLiteral("myDataSetHome"));
    m_forgetHome = new QPushButton(tr("&Forget"), homeBox);
    m_forgetHome->setObjectName(QStringLiteral("myDataForgetHome"));
    homeLayout->addWidget(m_home, 1);
    homeLayout->addWidget(m_setHome);
    homeLayout->addWidget(m_forgetHome);
    layout->addWidget(homeBox);
    connect(m_setHome, &QPushButton::clicked, this, &MyDataPanel::setHomeToMapCentre);
    connect(m_forgetHome, &QPushButton::clicked, this, &MyDataPanel::forgetHome);
    auto* buttons = new QHBoxLayout;
    auto* change = new QPushButton(tr("C&hange Passphrase…"), page);
    change->setObjectName(QStringLiteral("myDataChangePassphrase"));
    auto* strengthen = new QPushButton(tr("&Strengthen…"), page);
    strengthen->setObjectName(QStringLiteral("myDataStrengthen"));
    buttons->addWidget(change);
    buttons->addWidget(strengthen);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(
        wrapped(tr("A forgotten passphrase cannot be recovered: the records are lost with it."), page));
    m_memoryWarning =
        wrapped(tr("This system did not let Balgul keep the vault's key out of the swap file while "
                   "it is unlocked. The vault works; lock it when you leave the computer."),
                page);
    m_memoryWarning->setObjectName(QStringLiteral("myDataMemoryWarning"));
    m_memoryWarning->hide();
    layout->addWidget(m_memoryWarning);
    layout->addStretch(1);
    connect(change, &QPushButton::clicked, this, &MyDataPanel::changePassphrase);
    connect(strengthen, &QPushButton::clicked, this, &MyDataPanel::strengthen);
    connect(m_idleTimeout, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updatingIdle)
            return;
        m_session->setIdleTimeout(m_idleTimeout->currentData().toLongLong(),
                                  [this](const VaultOutcome&) { updateStateLine(); });
    });
    connect(m_lockInBackground, &QCheckBox::toggled, this, [this](bool on) {
        if (m_settings)
            m_settings->backend().setValue(QLatin1String(kLockInBackgroundKey), on);
    });
    return page;
}

void MyDataPanel::createVault()
{
    delete m_vaultDialog.data();
    auto* dialog = new CreateVaultDialog(*m_session, this);
    m_vaultDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this] {
        emit message(tr("The vault is made and unlocked. Import your records into it."), false);
    });
    dialog->open();
}

void MyDataPanel::changePassphrase()
{
    delete m_vaultDialog.data();
    auto* dialog = new ChangePassphraseDialog(*m_session, this);
    m_vaultDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this,
            [this] { emit message(tr("The passphrase is changed."), false); });
    dialog->open();
}

void MyDataPanel::strengthen()
{
    delete m_vaultDialog.data();
    auto* dialog = new StrengthenDialog(*m_session, this);
    m_vaultDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

void MyDataPanel::showHome()
{
    const auto& contents = m_session->contents();
    const auto home = contents ? contents->household.home : std::nullopt;
    m_home->setText(
        home ? tr("Your home is kept in the vault (%1, %2). When places are shared on a grid finer "
                  "than 1 km, the cell holding it is held back; the place itself never leaves.")
                   .arg(QLocale().toString(home->lat, 'f', 5), QLocale().toString(home->lon, 'f', 5))
             : tr("Not given. Places shared on a grid finer than 1 km still hold back the cell where "
                  "you most often are at night; centre the map on your home and keep it here to hold "
                  "back its cell too."));
    m_setHome->setEnabled(static_cast<bool>(m_mapCentre));
    m_forgetHome->setEnabled(home.has_value());
}

void MyDataPanel::setHomeToMapCentre()
{
    if (!m_mapCentre || m_session->state() != VaultState::Unlocked)
        return;
    const auto centre = m_mapCentre();
    if (!centre)
        return;
    Household household = m_session->contents() ? m_session->contents()->household : Household{};
    household.home = mydata::Place{centre->first, centre->second};
    m_session->setHousehold(household);
}

void MyDataPanel::forgetHome()
{
    if (m_session->state() != VaultState::Unlocked || !m_session->contents())
        return;
    Household household = m_session->contents()->household;
    household.home.reset();
    m_session->setHousehold(household);
}

} // namespace balgul::ui
