#pragma once

#include "core/domain/problem.h"
#include "ui/undo/store_command.h"

#include <QCoreApplication>

#include <string>

namespace balgul::ui {

/// Attaches a photo file to a problem. The first redo reads the file; undo detaches it
/// and keeps its bytes, so a later redo attaches the very same bytes even if the file
/// has gone.
class AddPhotoCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddPhotoCommand)

public:
    AddPhotoCommand(core::Store& store, std::string problemId, std::string filePath,
                    CommandErrorHandler onError, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    /// The attachment once added (sha256 empty before the first successful redo).
    const core::Attachment& attachment() const { return m_attachment; }

private:
    std::string m_problemId;
    std::string m_filePath;
    core::Attachment m_attachment;
    std::string m_bytes;
    bool m_attached = false;
};

/// Detaches a photo from a problem; undo attaches the same bytes again.
class RemovePhotoCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemovePhotoCommand)

public:
    RemovePhotoCommand(core::Store& store, core::Attachment attachment, CommandErrorHandler onError,
                       QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    core::Attachment m_attachment;
    std::string m_bytes;
};

/// The bytes of a stored blob, or an Error naming the missing file.
core::Result<std::string> readBlob(const core::Store& store, const std::string& sha256);

} // namespace balgul::ui
