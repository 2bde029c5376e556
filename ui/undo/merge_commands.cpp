#include "ui/undo/merge_commands.h"

#include "core/store/store.h"

namespace balgul::ui {

MergeProblemsCommand::MergeProblemsCommand(core::Store& store, std::string duplicateId, std::string keptId,
                                           std::string note, CommandErrorHandler onError,
                                           QUndoCommand* parent)
    : StoreCommand(store, std::move(onError), parent), m_duplicateId(std::move(duplicateId)),
      m_keptId(std::move(keptId)), m_note(std::move(note))
{
    setText(tr("Mark as duplicate"));
}

void MergeProblemsCommand::redo()
{
    auto merged = store().mergeProblems(m_duplicateId, m_keptId, m_note);
    if (!merged) {
        fail(merged.error());
        return;
    }
    m_mergeId = merged->id;
}

void MergeProblemsCommand::undo()
{
    if (m_mergeId.empty())
        return;
    if (const core::Status undone = store().undoMerge(m_mergeId); !undone)
        fail(undone.error());
}

} // namespace balgul::ui
