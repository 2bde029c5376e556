#pragma once

#include "core/domain/problem.h"

#include <QImage>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <vector>

class QLabel;
class QListWidget;
class QPushButton;

namespace balgul::core {
class Store;
}

namespace balgul::ui {

/// A decoded preview of a photo file, or why there is none.
struct CheckedPhoto
{
    QString path;
    QImage image;  ///< null when the file is not a readable picture
    QString error; ///< a sentence for the user when image is null
};

/// Reads a file as a picture Balgul accepts (JPEG, PNG, GIF, WebP within 20 MiB) and scales
/// it to `size`. Safe to call from any thread.
CheckedPhoto checkPhotoFile(const QString& path, int size);

/// The photos of a problem in the editor: thumbnails with Add… and Remove.
///
/// Nothing is written to the store here: the strip records the files to attach and the
/// attachments to remove, and the window turns them into undo commands. Thumbnails are
/// decoded on the thread pool; a file that is not a picture is refused with an inline message.
class PhotoPicker : public QWidget
{
    Q_OBJECT

public:
    explicit PhotoPicker(QWidget* parent = nullptr);
    ~PhotoPicker() override;

    /// Shows the photos a problem already has (their thumbnails come from the store's blobs).
    void setExisting(const core::Store& store, const std::vector<core::Attachment>& attachments);
    /// Adds files as if chosen with Add…; each is checked and decoded off the GUI thread.
    void addFiles(const QStringList& paths);

    /// New files to attach, in the order they were added.
    QStringList addedFiles() const;
    /// Stored photos the user removed.
    const std::vector<core::Attachment>& removedAttachments() const { return m_removed; }
    /// Files still being decoded.
    int pendingCount() const { return m_pending; }
    /// The inline error shown under the strip (empty when none).
    QString errorText() const;
    int photoCount() const;

signals:
    /// A file was checked: `accepted` tells whether it joined the strip.
    void fileChecked(const QString& path, bool accepted);
    /// The photo set changed (added or removed).
    void changed();

private:
    void chooseFiles();
    void removeSelected();
    void startDecode(const QString& path, const QString& label, const QString& sha256);
    void showError(const QString& text);

    QListWidget* m_list;
    QPushButton* m_addButton;
    QPushButton* m_removeButton;
    QLabel* m_error;
    std::vector<core::Attachment> m_existing;
    std::vector<core::Attachment> m_removed;
    int m_pending = 0;
};

} // namespace balgul::ui
