#include "ui/sync/hub_settings_box.h"

#include "ui/error_text.h"
#include "ui/settings.h"
#include "ui/sync/sync_controller.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace balgul::ui {

HubSettingsBox::HubSettingsBox(SyncController& controller, Settings& settings, QWidget* parent)
    : QGroupBox(tr("City hub"), parent), m_controller(controller), m_settings(settings)
{
    setObjectName(QStringLiteral("hubSettingsBox"));
    m_url = new QLineEdit(controller.hubUrl(), this);
    m_url->setObjectName(QStringLiteral("hubUrlEdit"));
    m_url->setPlaceholderText(tr("e.g. https://hub.example.org"));
    m_login = new QLineEdit(controller.hubLogin(), this);
    m_login->setObjectName(QStringLiteral("hubLoginEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("hubPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_invite = new QLineEdit(this);
    m_invite->setObjectName(QStringLiteral("hubInviteEdit"));
    m_invite->setPlaceholderText(tr("only for a new account, e.g. K7QF-M2XD-9WPA-HT3C"));
    m_invite->setToolTip(
        tr("Your group's coordinator gives new members an invite code. Leave it empty to sign "
           "in to an account you already have."));
    m_signIn = new QPushButton(tr("Sign in"), this);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signOut = new QPushButton(tr("Sign out"), this);
    m_signOut->setObjectName(QStringLiteral("signOutButton"));
    m_automatic = new QCheckBox(tr("Sync automatically (after changes and every minute)"), this);
    m_automatic->setObjectName(QStringLiteral("autoSyncCheck"));
    m_automatic->setChecked(settings.autoSync());
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("hubStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto* form = new QFormLayout;
    form->addRow(tr("Hub &address:"), m_url);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Invite code:"), m_invite);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_signOut, 0, Qt::AlignTop);
    buttons->addWidget(m_signIn, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_automatic);

    connect(m_signIn, &QPushButton::clicked, this, &HubSettingsBox::signIn);
    connect(m_signOut, &QPushButton::clicked, this, &HubSettingsBox::signOut);
    connect(m_password, &QLineEdit::returnPressed, this, &HubSettingsBox::signIn);
    connect(&controller, &SyncController::signInFinished, this, &HubSettingsBox::onSignInFinished);
    connect(&controller, &SyncController::signOutFinished, this,
            [this](bool hubEnded, const QString& message) { showStatus(message, !hubEnded); });
    connect(m_invite, &QLineEdit::returnPressed, this, &HubSettingsBox::signIn);
    for (QLineEdit* edit : {m_url, m_login, m_password, m_invite})
        connect(edit, &QLineEdit::textChanged, this, &HubSettingsBox::updateState);
    if (controller.isSignedIn())
        showStatus(tr("Signed in to %1.").arg(controller.hubUrl()), false);
    else
        showStatus(tr("Not signed in. Problems stay on this computer until you sign in."), false);
    updateState();
}

void HubSettingsBox::updateState()
{
    const bool busy = m_controller.isSigningIn();
    m_signIn->setEnabled(!busy && !m_url->text().trimmed().isEmpty() &&
                         !m_login->text().trimmed().isEmpty() && !m_password->text().isEmpty());
    m_signIn->setText(m_invite->text().trimmed().isEmpty() ? tr("Sign in")
                                                           : tr("Create account and sign in"));
    m_signOut->setEnabled(!busy && m_controller.isSignedIn());
    for (QLineEdit* edit : {m_url, m_login, m_password, m_invite})
        edit->setEnabled(!busy);
}

void HubSettingsBox::showStatus(const QString& text, bool isError)
{
    m_status->setText(text);
    m_status->setStyleSheet(isError ? QStringLiteral("QLabel { color: #c0392b; }") : QString());
}

void HubSettingsBox::signIn()
{
    QString address = m_url->text().trimmed();
    while (address.endsWith(QLatin1Char('/')))
        address.chop(1);
    const QUrl url(address, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
        url.host().isEmpty()) {
        showStatus(tr("The hub address must start with https:// (or http:// in a test lab)."), true);
        return;
    }
    if (m_login->text().trimmed().isEmpty() || m_password->text().isEmpty())
        return;
    m_url->setText(address);
    const QString invite = m_invite->text().trimmed();
    showStatus(invite.isEmpty() ? tr("Signing in…") : tr("Creating the account…"), false);
    m_controller.signIn(address, m_login->text(), m_password->text(), invite);
    updateState();
}

void HubSettingsBox::onSignInFinished(bool ok, const QString& message)
{
    if (ok) {
        m_password->clear();
        m_invite->clear();
    }
    showStatus(message, !ok);
    updateState();
}

void HubSettingsBox::signOut()
{
    if (const core::Status status = m_controller.signOut(); !status)
        showStatus(describeError(status.error()), true);
    else
        showStatus(tr("Signed out. Problems stay on this computer until you sign in again."), false);
    updateState();
}

void HubSettingsBox::apply()
{
    m_settings.setAutoSync(m_automatic->isChecked());
    m_controller.setAutomatic(m_automatic->isChecked());
}

} // namespace balgul::ui
