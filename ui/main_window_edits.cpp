// Adding, editing, deleting and supporting problems: the editor dialog and the undo commands.
#include "ui/main_window.h"

#include "core/store/store.h"
#include "core/sync/account.h"
#include "core/util/ids.h"
#include "ui/editor/problem_editor.h"
#include "ui/error_text.h"
#include "ui/map/map_view.h"
#include "ui/qt_convert.h"
#include "ui/undo/photo_commands.h"
#include "ui/undo/problem_commands.h"

#include <QMessageBox>
#include <QUndoStack>

namespace balgul::ui {

ProblemEditor* MainWindow::activeEditor() const
{
    return m_editor.data();
}

void MainWindow::newProblem()
{
    newProblemAt(m_map->center());
}

void MainWindow::newProblemAt(const QGeoCoordinate& location)
{
    if (m_editor) {
        m_editor->raise();
        m_editor->activateWindow();
        return;
    }
    m_map->setPendingLocation(location);
    auto* editor = new ProblemEditor(m_store, location, this);
    const core::sync::ProblemRights rights = core::sync::problemRights(m_store, {});
    editor->setAllowedChanges(true, rights.changeStatus, true);
    openEditor(editor);
}

void MainWindow::editProblem(std::int64_t rowid)
{
    if (m_editor) {
        m_editor->raise();
        m_editor->activateWindow();
        return;
    }
    const auto problem = m_store.problemByRowid(rowid);
    if (!problem)
        return;
    selectProblem(rowid);
    // Only what the hub will take from this account (someone else's problem: nothing, or the status
    // for a coordinator).
    if (!mayEdit(rowid, true))
        return;
    auto* editor = new ProblemEditor(m_store, *problem, this);
    const core::sync::ProblemRights rights = core::sync::problemRights(m_store, problem->id);
    editor->setAllowedChanges(rights.editFields, rights.changeStatus, rights.photos);
    openEditor(editor);
}

void MainWindow::openEditor(ProblemEditor* editor)
{
    QString ignored;
    editor->setTileSource(makeTileSource(&ignored));
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::finished, this,
            [this, editor](int result) { onEditorFinished(editor, result); });
    m_editor = editor;
    // Window-modal and asynchronous: no nested event loop, and tests can fill the dialog in.
    editor->open();
}

void MainWindow::onEditorFinished(ProblemEditor* editor, int result)
{
    m_map->setPendingLocation(std::nullopt);
    if (result == QDialog::Accepted) {
        if (editor->isNewProblem())
            addFromEditor(editor);
        else
            editFromEditor(editor);
    } else if (result == ProblemEditor::SupportedExisting) {
        supportFromEditor(editor);
    }
    m_editor = nullptr;
}

void MainWindow::addFromEditor(ProblemEditor* editor)
{
    core::Problem draft = editor->problem();
    draft.id = core::newUuidV7(); // known before the first redo, so photos can refer to it
    const QStringList photos = editor->addedPhotos();

    // The handler lives as long as the command: it must not refer to anything on this stack frame.
    auto onError = [this](const core::Error& error) { reportCommandError(error); };
    if (photos.isEmpty()) {
        m_undoStack->push(new AddProblemCommand(m_store, draft, onError));
    } else {
        m_undoStack->beginMacro(tr("Add problem “%1”").arg(toQ(draft.title)));
        m_undoStack->push(new AddProblemCommand(m_store, draft, onError));
        const bool created = m_store.problem(draft.id).has_value();
        if (created) {
            for (const QString& path : photos)
                m_undoStack->push(new AddPhotoCommand(m_store, draft.id, toStd(path), onError));
        }
        m_undoStack->endMacro();
        if (!created)
            m_undoStack->undo(); // leave no empty step behind; the next edit drops it
    }
    if (const auto created = m_store.problem(draft.id)) {
        selectProblem(created->rowid);
        showMessage(tr("Added “%1”.").arg(toQ(created->title)), false);
    }
}

void MainWindow::editFromEditor(ProblemEditor* editor)
{
    const core::Problem edited = editor->problem();
    const auto before = m_store.problem(edited.id);
    if (!before) {
        showMessage(tr("This problem no longer exists, so the changes could not be saved."), true);
        return;
    }
    const core::ProblemPatch patch = editor->patch();
    const QStringList added = editor->addedPhotos();
    const std::vector<core::Attachment> removed = editor->removedPhotos();
    const int steps = (patch.empty() ? 0 : 1) + static_cast<int>(added.size() + removed.size());
    if (steps == 0)
        return;

    auto onError = [this](const core::Error& error) { reportCommandError(error); };
    if (steps > 1)
        m_undoStack->beginMacro(tr("Edit problem “%1”").arg(toQ(before->title)));
    if (!patch.empty())
        m_undoStack->push(new EditProblemCommand(m_store, *before, patch, onError));
    for (const auto& attachment : removed)
        m_undoStack->push(new RemovePhotoCommand(m_store, attachment, onError));
    for (const QString& path : added)
        m_undoStack->push(new AddPhotoCommand(m_store, before->id, toStd(path), onError));
    if (steps > 1)
        m_undoStack->endMacro();
}

void MainWindow::supportFromEditor(ProblemEditor* editor)
{
    const auto problem = m_store.problem(editor->supportedProblemId());
    if (!problem)
        return;
    m_undoStack->push(new SupportProblemCommand(m_store, *problem, true,
                                                [this](const core::Error& e) { reportCommandError(e); }));
    selectProblem(problem->rowid);
    showMessage(tr("You now support “%1”. Thank you for not logging it twice.").arg(toQ(problem->title)),
                false);
}

void MainWindow::deleteProblem(std::int64_t rowid)
{
    const auto problem = m_store.problemByRowid(rowid);
    if (!problem || !mayDelete(rowid, true))
        return;
    const QString title = tr("Delete problem");
    const QString question = tr("Delete “%1”? You can bring it back with Undo.").arg(toQ(problem->title));
    const bool yes = m_confirm
                         ? m_confirm(title, question)
                         : QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::No,
                                                 QMessageBox::No) == QMessageBox::Yes;
    if (!yes)
        return;
    auto* command =
        new DeleteProblemCommand(m_store, *problem, [this](const core::Error& e) { reportCommandError(e); });
    // Undo brings the problem back selected, where the user left it.
    command->setRestoredHandler([this](std::int64_t restored) { selectProblem(restored); });
    m_undoStack->push(command);
}

void MainWindow::reportCommandError(const core::Error& error)
{
    showMessage(tr("The change could not be saved: %1").arg(describeError(error)), true);
}

} // namespace balgul::ui
