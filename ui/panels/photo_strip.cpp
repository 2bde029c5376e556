#include "ui/panels/photo_strip.h"

#include <QApplication>
#include <QDialog>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QImageReader>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>

#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace balgul::ui {

namespace {

QPixmap placeholderPixmap(const QWidget* widget, bool broken)
{
    QPixmap pixmap(PhotoStrip::kThumbnailSize, PhotoStrip::kThumbnailSize);
    pixmap.fill(widget->palette().color(QPalette::AlternateBase));
    QPainter painter(&pixmap);
    const QIcon icon =
        widget->style()->standardIcon(broken ? QStyle::SP_MessageBoxWarning : QStyle::SP_FileIcon);
    const int side = PhotoStrip::kThumbnailSize / 3;
    icon.paint(&painter, QRect((PhotoStrip::kThumbnailSize - side) / 2,
                               (PhotoStrip::kThumbnailSize - side) / 2, side, side));
    return pixmap;
}

} // namespace

PhotoStrip::PhotoStrip(QWidget* parent) : QWidget(parent)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("photoList"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(false);
    m_list->setMovement(QListView::Static);
    m_list->setIconSize(QSize(kThumbnailSize, kThumbnailSize));
    m_list->setSpacing(4);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setFixedHeight(kThumbnailSize + 2 * m_list->spacing() +
                           m_list->horizontalScrollBar()->sizeHint().height() + 4);
    m_list->viewport()->setCursor(Qt::PointingHandCursor);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);

    connect(m_list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { openPhoto(m_list->row(item)); });
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { openPhoto(m_list->row(item)); });
}

PhotoStrip::~PhotoStrip()
{
    if (m_viewer)
        m_viewer->deleteLater();
}

QImage PhotoStrip::loadScaled(const QString& path, int size)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    if (full.isValid() && (full.width() > size || full.height() > size))
        reader.setScaledSize(full.scaled(size, size, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (!image.isNull() && (image.width() > size || image.height() > size))
        image = image.scaled(size, size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

void PhotoStrip::setPhotos(const QList<Photo>& photos)
{
    ++m_generation;
    m_loaded = 0;
    m_photos = photos;
    m_list->clear();
    const QPixmap placeholder = placeholderPixmap(this, false);
    for (int i = 0; i < m_photos.size(); ++i) {
        auto* item = new QListWidgetItem(QIcon(placeholder), QString(), m_list);
        item->setToolTip(m_photos[i].name);
        item->setSizeHint(QSize(kThumbnailSize + 4, kThumbnailSize + 4));
        startThumbnail(i);
    }
    if (m_photos.isEmpty())
        emit thumbnailsLoaded();
}

void PhotoStrip::startThumbnail(int index)
{
    const int generation = m_generation;
    auto* watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, generation, index] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // the strip shows other photos by now
        const QImage image = watcher->result();
        if (QListWidgetItem* item = m_list->item(index))
            item->setIcon(image.isNull() ? QIcon(placeholderPixmap(this, true))
                                         : QIcon(QPixmap::fromImage(image)));
        if (++m_loaded == count())
            emit thumbnailsLoaded();
    });
    watcher->setFuture(QtConcurrent::run(&PhotoStrip::loadScaled, m_photos[index].path, kThumbnailSize));
}

void PhotoStrip::openPhoto(int index)
{
    if (index < 0 || index >= count())
        return;
    const Photo photo = m_photos[index];
    const QScreen* screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    const QSize available = screen ? screen->availableSize() * 0.8 : QSize(1024, 768);
    const int size = std::max(available.width(), available.height());
    auto* watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, photo] {
        watcher->deleteLater();
        showViewer(watcher->result(), photo.name);
    });
    watcher->setFuture(QtConcurrent::run(&PhotoStrip::loadScaled, photo.path, size));
}

void PhotoStrip::showViewer(const QImage& image, const QString& title)
{
    if (m_viewer)
        m_viewer->close();
    auto* dialog = new QDialog(window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("photoViewer"));
    dialog->setWindowTitle(title.isEmpty() ? tr("Photo") : title);
    auto* label = new QLabel(dialog);
    label->setAlignment(Qt::AlignCenter);
    if (image.isNull())
        label->setText(tr("This photo could not be shown. The file may be missing or damaged."));
    else
        label->setPixmap(QPixmap::fromImage(image));
    auto* scroll = new QScrollArea(dialog);
    scroll->setWidget(label);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(dialog);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    if (!image.isNull())
        dialog->resize(image.size() + QSize(4, 4));
    m_viewer = dialog;
    dialog->show();
}

} // namespace balgul::ui
