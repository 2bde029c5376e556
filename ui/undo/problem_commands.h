#pragma once

#include "core/domain/problem.h"
#include "ui/undo/store_command.h"

#include <QCoreApplication>

#include <cstdint>
#include <string>

namespace balgul::ui {

/// Ids that let QUndoStack merge commands of the same kind.
enum CommandId
{
    EditProblemCommandId = 0x4250,
};

/// Logs a new problem. The first redo creates it; later redos restore the same problem
/// (same id), and undo removes it.
class AddProblemCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddProblemCommand)

public:
    AddProblemCommand(core::Store& store, core::Problem draft, CommandErrorHandler onError,
                      QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    /// The problem's id once created (empty before the first successful redo).
    const std::string& problemId() const { return m_problem.id; }
    std::int64_t rowid() const { return m_problem.rowid; }

private:
    core::Problem m_problem;
    bool m_created = false;
};

/// Changes some fields of a problem. Only the fields that differ from `before` are
/// kept; undo applies the old values. Consecutive edits of the same single field of
/// the same problem merge into one step (typing a title does not leave a trail).
class EditProblemCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditProblemCommand)

public:
    EditProblemCommand(core::Store& store, const core::Problem& before, const core::ProblemPatch& change,
                       CommandErrorHandler onError, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override { return EditProblemCommandId; }
    bool mergeWith(const QUndoCommand* other) override;

    const std::string& problemId() const { return m_problemId; }
    const core::ProblemPatch& newValues() const { return m_new; }
    const core::ProblemPatch& oldValues() const { return m_old; }

private:
    void apply(const core::ProblemPatch& patch);
    void updateText();

    std::string m_problemId;
    core::ProblemPatch m_new;
    core::ProblemPatch m_old;
};

/// Removes a problem (the store keeps a tombstone); undo restores it.
class DeleteProblemCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteProblemCommand)

public:
    DeleteProblemCommand(core::Store& store, const core::Problem& problem, CommandErrorHandler onError,
                         QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    const std::string& problemId() const { return m_problemId; }
    /// Hears of the problem coming back on undo, with its row id (to select it again).
    void setRestoredHandler(std::function<void(std::int64_t rowid)> handler)
    {
        m_onRestored = std::move(handler);
    }

private:
    std::string m_problemId;
    std::function<void(std::int64_t)> m_onRestored;
};

/// "Me too" on a problem by the current user; undo puts back what was there before.
class SupportProblemCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(SupportProblemCommand)

public:
    SupportProblemCommand(core::Store& store, const core::Problem& problem, bool supported,
                          CommandErrorHandler onError, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    std::string m_problemId;
    bool m_supported;
    bool m_before = false;
};

/// The name of the only field a patch changes, or empty when it changes none or several.
std::string singleChangedField(const core::ProblemPatch& patch);

/// `change` without the fields whose value equals the one in `before`.
core::ProblemPatch changedFields(const core::Problem& before, const core::ProblemPatch& change);

} // namespace balgul::ui
