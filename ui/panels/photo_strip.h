#pragma once

#include <QImage>
#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

class QListWidget;
class QListWidgetItem;

namespace balgul::ui {

/// A row of photo thumbnails. Thumbnails are decoded off the GUI thread; clicking one opens the
/// photo larger in a window of its own.
class PhotoStrip : public QWidget
{
    Q_OBJECT

public:
    struct Photo
    {
        QString path; ///< where the image bytes are (Store::blobPath)
        QString name; ///< shown as the tooltip and the viewer's title
    };

    static constexpr int kThumbnailSize = 96;

    explicit PhotoStrip(QWidget* parent = nullptr);
    ~PhotoStrip() override;

    void setPhotos(const QList<Photo>& photos);
    void clear() { setPhotos({}); }
    int count() const { return static_cast<int>(m_photos.size()); }
    /// How many thumbnails finished loading (successfully or not) for the current photos.
    int loadedCount() const { return m_loaded; }
    /// Opens the photo at `index` in the viewer (what a click does).
    void openPhoto(int index);

    /// Reads an image scaled to fit `size` × `size`, honouring EXIF orientation; null on failure.
    static QImage loadScaled(const QString& path, int size);

signals:
    /// Every thumbnail of the current photos has been loaded (or failed).
    void thumbnailsLoaded();

private:
    void startThumbnail(int index);
    void showViewer(const QImage& image, const QString& title);

    QListWidget* m_list = nullptr;
    QList<Photo> m_photos;
    int m_generation = 0;
    int m_loaded = 0;
    QPointer<QWidget> m_viewer;
};

} // namespace balgul::ui
