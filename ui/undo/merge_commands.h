#pragma once

#include "ui/undo/store_command.h"

#include <QCoreApplication>

#include <string>

namespace balgul::ui {

/// Marks a problem as a duplicate of another and merges it there (core::Store::mergeProblems): one
/// step of Edit ▸ Undo. Undo takes the merge back (core::Store::undoMerge); redo merges again.
class MergeProblemsCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(MergeProblemsCommand)

public:
    MergeProblemsCommand(core::Store& store, std::string duplicateId, std::string keptId, std::string note,
                         CommandErrorHandler onError, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    /// The merge the last redo made (empty before the first).
    const std::string& mergeId() const { return m_mergeId; }
    const std::string& duplicateId() const { return m_duplicateId; }

private:
    std::string m_duplicateId;
    std::string m_keptId;
    std::string m_note;
    std::string m_mergeId;
};

} // namespace balgul::ui
