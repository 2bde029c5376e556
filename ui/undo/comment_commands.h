#pragma once

#include "core/domain/problem.h"
#include "ui/undo/store_command.h"

#include <QCoreApplication>

#include <string>

namespace balgul::ui {

/// Adds a comment to a problem. The first redo writes it; undo removes it and later redos bring
/// the same comment (same id and time) back.
class AddCommentCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddCommentCommand)

public:
    AddCommentCommand(core::Store& store, std::string problemId, std::string text,
                      CommandErrorHandler onError, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    /// The comment once written (empty id before the first successful redo).
    const core::Comment& comment() const { return m_comment; }

private:
    core::Comment m_comment;
    bool m_added = false;
};

/// Gives a comment a new text; undo puts the old one back.
class EditCommentCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditCommentCommand)

public:
    EditCommentCommand(core::Store& store, const core::Comment& before, std::string text,
                       CommandErrorHandler onError, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    std::string m_commentId;
    std::string m_old;
    std::string m_new;
};

/// Removes a comment; undo brings it back as it was.
class RemoveCommentCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveCommentCommand)

public:
    RemoveCommentCommand(core::Store& store, const core::Comment& comment, CommandErrorHandler onError,
                         QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    std::string m_commentId;
};

} // namespace balgul::ui
