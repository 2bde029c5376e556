#include "ui/undo/comment_commands.h"

#include "core/store/store.h"
#include "ui/qt_convert.h"

namespace balgul::ui {

namespace {

/// The start of a comment for an Edit menu entry ("Undo Add comment “The bins were…”").
QString excerpt(const std::string& text)
{
    constexpr int kChars = 24;
    const QString whole = toQ(text).simplified();
    return whole.size() <= kChars ? whole : whole.left(kChars - 1) + QStringLiteral("…");
}

} // namespace

// AddCommentCommand ------------------------------------------------------------------------------

AddCommentCommand::AddCommentCommand(core::Store& store, std::string problemId, std::string text,
                                     CommandErrorHandler onError, QUndoCommand* parent)
    : StoreCommand(store, std::move(onError), parent)
{
    m_comment.problemId = std::move(problemId);
    m_comment.text = std::move(text);
    setText(tr("Add comment “%1”").arg(excerpt(m_comment.text)));
}

void AddCommentCommand::redo()
{
    if (!m_added) {
        auto added = store().addComment(m_comment.problemId, m_comment.text);
        if (!added) {
            fail(added.error());
            return;
        }
        m_comment = std::move(added).value();
        m_added = true;
        return;
    }
    if (auto status = store().restoreComment(m_comment.id); !status)
        fail(status.error());
}

void AddCommentCommand::undo()
{
    if (!m_added)
        return;
    if (auto status = store().removeComment(m_comment.id); !status)
        fail(status.error());
}

// EditCommentCommand -----------------------------------------------------------------------------

EditCommentCommand::EditCommentCommand(core::Store& store, const core::Comment& before, std::string text,
                                       CommandErrorHandler onError, QUndoCommand* parent)
    : StoreCommand(store, std::move(onError), parent), m_commentId(before.id), m_old(before.text),
      m_new(std::move(text))
{
    setText(tr("Edit comment “%1”").arg(excerpt(m_new)));
}

void EditCommentCommand::redo()
{
    if (auto edited = store().editComment(m_commentId, m_new); !edited)
        fail(edited.error());
}

void EditCommentCommand::undo()
{
    if (auto edited = store().editComment(m_commentId, m_old); !edited)
        fail(edited.error());
}

// RemoveCommentCommand ---------------------------------------------------------------------------

RemoveCommentCommand::RemoveCommentCommand(core::Store& store, const core::Comment& comment,
                                           CommandErrorHandler onError, QUndoCommand* parent)
    : StoreCommand(store, std::move(onError), parent), m_commentId(comment.id)
{
    setText(tr("Delete comment “%1”").arg(excerpt(comment.text)));
}

void RemoveCommentCommand::redo()
{
    if (auto status = store().removeComment(m_commentId); !status)
        fail(status.error());
}

void RemoveCommentCommand::undo()
{
    if (auto status = store().restoreComment(m_commentId); !status)
        fail(status.error());
}

} // namespace balgul::ui
