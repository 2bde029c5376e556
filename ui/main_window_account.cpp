// Who the user is to others (the name problems are signed with) and what the city hub lets the
// signed-in account change.
#include "ui/main_window.h"

#include "core/store/store.h"
#include "core/sync/account.h"
#include "ui/first_start_dialog.h"
#include "ui/qt_convert.h"
#include "ui/settings.h"
#include "ui/sync/sync_controller.h"

namespace balgul::ui {

void MainWindow::updateAuthorName()
{
    // Signed in, the hub account's name (the hub signs with it too); else the name the user chose,
    // or none. Never the computer's login name behind the user's back.
    const QString account = m_sync->accountName();
    const QString name = account.isEmpty() ? m_settings.userName() : account;
    if (toQ(m_store.userName()) == name)
        return;
    if (const core::Status status = m_store.setUserName(toStd(name)); !status)
        reportCommandError(status.error());
}

QDialog* MainWindow::askForNameIfNeeded()
{
    if (m_settings.askedForName() || !m_settings.userName().isEmpty() || !m_sync->accountName().isEmpty())
        return nullptr;
    auto* dialog = new FirstStartDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        m_settings.setAskedForName(true);
        if (result == QDialog::Accepted)
            m_settings.setUserName(dialog->name());
        m_settings.sync();
        updateAuthorName();
    });
    dialog->open();
    return dialog;
}

bool MainWindow::mayEdit(std::int64_t rowid, bool reportWhy)
{
    const auto problem = m_store.problemByRowid(rowid);
    if (!problem)
        return false;
    if (core::sync::problemRights(m_store, problem->id).edit())
        return true;
    if (reportWhy)
        showMessage(
            tr("Only its author or a coordinator can change “%1”. You can comment on it or say “me too”.")
                .arg(toQ(problem->title)),
            false);
    return false;
}

bool MainWindow::mayDelete(std::int64_t rowid, bool reportWhy)
{
    const auto problem = m_store.problemByRowid(rowid);
    if (!problem)
        return false;
    if (core::sync::problemRights(m_store, problem->id).remove)
        return true;
    if (reportWhy)
        showMessage(tr("Only its author or a coordinator can delete “%1”.").arg(toQ(problem->title)), false);
    return false;
}

} // namespace balgul::ui
