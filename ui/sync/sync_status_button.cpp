#include "ui/sync/sync_status_button.h"

#include "ui/sync/sync_controller.h"

#include <QIcon>
#include <QStyle>

namespace balgul::ui {

SyncStatusButton::SyncStatusButton(SyncController& controller, QWidget* parent)
    : QToolButton(parent), m_controller(controller)
{
    setObjectName(QStringLiteral("syncStatusButton"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setFocusPolicy(Qt::NoFocus);
    connect(&controller, &SyncController::statusChanged, this, &SyncStatusButton::refresh);
    connect(this, &QToolButton::clicked, this, &SyncStatusButton::onClicked);
    refresh();
}

void SyncStatusButton::refresh()
{
    const SyncController::State state = m_controller.state();
    QString iconName;
    switch (state) {
    case SyncController::State::Offline:
        iconName = QStringLiteral("network-offline");
        break;
    case SyncController::State::Syncing:
        iconName = QStringLiteral("view-refresh");
        break;
    case SyncController::State::Failed:
        iconName = QStringLiteral("dialog-warning");
        break;
    case SyncController::State::Idle:
        iconName = QStringLiteral("network-transmit-receive");
        break;
    }
    setIcon(QIcon::fromTheme(iconName, state == SyncController::State::Failed
                                           ? style()->standardIcon(QStyle::SP_MessageBoxWarning)
                                           : QIcon()));
    const QString text = m_controller.statusText();
    if (text != this->text())
        setText(text);
    setToolTip(m_controller.statusToolTip());
}

void SyncStatusButton::onClicked()
{
    if (m_controller.isSignedIn())
        m_controller.syncNow();
    else
        emit setupRequested();
}

} // namespace balgul::ui
