#include "ui/undo/photo_commands.h"

#include "core/store/store.h"
#include "ui/qt_convert.h"

#include <QFile>

namespace balgul::ui {

core::Result<std::string> readBlob(const core::Store& store, const std::string& sha256)
{
    const std::string path = store.blobPath(sha256);
    QFile file(toQ(path));
    if (!file.open(QIODevice::ReadOnly))
        return core::Error::make("missing_blob",
                                 "the stored photo cannot be read: " + toStd(file.errorString()))
            .at(path);
    const QByteArray bytes = file.readAll();
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

// AddPhotoCommand --------------------------------------------------------------------------------

AddPhotoCommand::AddPhotoCommand(core::Store& store, std::string problemId, std::string filePath,
                                 CommandErrorHandler onError, QUndoCommand* parent)
    : StoreCommand(store, std::move(onError), parent), m_problemId(std::move(problemId)),
      m_filePath(std::move(filePath))
{
    setText(tr("Add photo"));
}

void AddPhotoCommand::redo()
{
    auto attached = m_bytes.empty() ? store().attachFile(m_problemId, m_filePath)
                                    : store().attachBytes(m_problemId, m_bytes, m_attachment.fileName);
    if (!attached) {
        fail(attached.error());
        return;
    }
    m_attachment = std::move(attached).value();
    m_attached = true;
    setText(tr("Add photo %1").arg(toQ(m_attachment.fileName)));
}

void AddPhotoCommand::undo()
{
    if (!m_attached)
        return;
    // Keep the bytes before detaching: the store may drop a blob nothing refers to.
    if (m_bytes.empty()) {
        auto bytes = readBlob(store(), m_attachment.sha256);
        if (!bytes) {
            fail(bytes.error());
            return;
        }
        m_bytes = std::move(bytes).value();
    }
    if (auto status = store().detach(m_problemId, m_attachment.sha256); !status) {
        fail(status.error());
        return;
    }
    m_attached = false;
}

// RemovePhotoCommand -----------------------------------------------------------------------------

RemovePhotoCommand::RemovePhotoCommand(core::Store& store, core::Attachment attachment,
                                       CommandErrorHandler onError, QUndoCommand* parent)
    : StoreCommand(store, std::move(onError), parent), m_attachment(std::move(attachment))
{
    setText(tr("Remove photo %1").arg(toQ(m_attachment.fileName)));
}

void RemovePhotoCommand::redo()
{
    if (m_bytes.empty()) {
        auto bytes = readBlob(store(), m_attachment.sha256);
        if (!bytes) {
            fail(bytes.error());
            return;
        }
        m_bytes = std::move(bytes).value();
    }
    if (auto status = store().detach(m_attachment.problemId, m_attachment.sha256); !status)
        fail(status.error());
}

void RemovePhotoCommand::undo()
{
    auto attached = store().attachBytes(m_attachment.problemId, m_bytes, m_attachment.fileName);
    if (!attached)
        fail(attached.error());
}

} // namespace balgul::ui
