#include "ui/editor/photo_picker.h"

#include "core/store/store.h"
#include "ui/dialog_folders.h"
#include "ui/qt_convert.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QIcon>
#include <QImageReader>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace balgul::ui {

namespace {

constexpr int kThumbSize = 80;
constexpr qint64 kMaxPhotoBytes = 20 * 1024 * 1024;

enum ItemRole
{
    PathRole = Qt::UserRole + 1, ///< the file to attach (new photos)
    ShaRole,                     ///< the stored blob (existing photos)
};

} // namespace

CheckedPhoto checkPhotoFile(const QString& path, int size)
{
    CheckedPhoto out;
    out.path = path;
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.isFile()) {
        out.error = PhotoPicker::tr("“%1” cannot be found.").arg(name);
        return out;
    }
    if (info.size() > kMaxPhotoBytes) {
        out.error = PhotoPicker::tr("“%1” is larger than 20 MB. Choose a smaller photo.").arg(name);
        return out;
    }
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QByteArray format = reader.format();
    const bool accepted = format == "jpeg" || format == "png" || format == "gif" || format == "webp";
    if (!accepted) {
        out.error =
            PhotoPicker::tr("“%1” is not a photo. Choose a JPEG, PNG, GIF or WebP picture.").arg(name);
        return out;
    }
    const QSize full = reader.size();
    if (full.isValid() && (full.width() > size || full.height() > size))
        reader.setScaledSize(full.scaled(size, size, Qt::KeepAspectRatio));
    out.image = reader.read();
    if (out.image.isNull())
        out.error = PhotoPicker::tr("“%1” looks damaged and cannot be shown.").arg(name);
    return out;
}

PhotoPicker::PhotoPicker(QWidget* parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_addButton(new QPushButton(tr("Add photo…"), this)),
      m_removeButton(new QPushButton(tr("Remove"), this)), m_error(new QLabel(this))
{
    m_list->setObjectName(QStringLiteral("photoList"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(kThumbSize, kThumbSize));
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(false);
    m_list->setMovement(QListView::Static);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setFixedHeight(kThumbSize + 32);
    m_addButton->setObjectName(QStringLiteral("addPhotoButton"));
    m_removeButton->setObjectName(QStringLiteral("removePhotoButton"));
    m_removeButton->setEnabled(false);
    m_error->setObjectName(QStringLiteral("photoError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->hide();

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_error);

    connect(m_addButton, &QPushButton::clicked, this, &PhotoPicker::chooseFiles);
    connect(m_removeButton, &QPushButton::clicked, this, &PhotoPicker::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_removeButton->setEnabled(!m_list->selectedItems().isEmpty()); });
}

PhotoPicker::~PhotoPicker() = default;

void PhotoPicker::setExisting(const core::Store& store, const std::vector<core::Attachment>& attachments)
{
    m_existing = attachments;
    for (const auto& attachment : attachments)
        startDecode(toQ(store.blobPath(attachment.sha256)), toQ(attachment.fileName), toQ(attachment.sha256));
}

void PhotoPicker::addFiles(const QStringList& paths)
{
    m_error->clear();
    m_error->hide();
    for (const QString& path : paths)
        startDecode(path, QFileInfo(path).fileName(), QString());
}

void PhotoPicker::startDecode(const QString& path, const QString& label, const QString& sha256)
{
    ++m_pending;
    auto* watcher = new QFutureWatcher<CheckedPhoto>(this);
    connect(watcher, &QFutureWatcher<CheckedPhoto>::finished, this, [this, watcher, label, sha256] {
        watcher->deleteLater();
        --m_pending;
        const CheckedPhoto thumb = watcher->result();
        const bool existing = !sha256.isEmpty();
        if (thumb.image.isNull() && !existing) {
            showError(thumb.error);
            emit fileChecked(thumb.path, false);
            return;
        }
        auto* item = new QListWidgetItem(m_list);
        item->setText(label);
        item->setToolTip(label);
        if (!thumb.image.isNull())
            item->setIcon(QIcon(QPixmap::fromImage(thumb.image)));
        else
            item->setIcon(QIcon::fromTheme(QStringLiteral("image-missing")));
        if (existing)
            item->setData(ShaRole, sha256);
        else
            item->setData(PathRole, thumb.path);
        if (!existing) {
            emit fileChecked(thumb.path, true);
            emit changed();
        }
    });
    watcher->setFuture(QtConcurrent::run(checkPhotoFile, path, kThumbSize));
}

void PhotoPicker::chooseFiles()
{
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Add photos"), dialog_folders::start(QStringLiteral("photos")),
                                      tr("Pictures (*.jpg *.jpeg *.png *.gif *.webp);;All files (*)"));
    if (files.isEmpty())
        return;
    dialog_folders::remember(QStringLiteral("photos"), files.first());
    addFiles(files);
}

void PhotoPicker::removeSelected()
{
    const auto selected = m_list->selectedItems();
    for (QListWidgetItem* item : selected) {
        const QString sha = item->data(ShaRole).toString();
        if (!sha.isEmpty()) {
            for (const auto& attachment : m_existing)
                if (toQ(attachment.sha256) == sha)
                    m_removed.push_back(attachment);
        }
        delete item;
    }
    if (!selected.isEmpty())
        emit changed();
}

void PhotoPicker::showError(const QString& text)
{
    m_error->setText(text);
    m_error->show();
}

QStringList PhotoPicker::addedFiles() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) {
        const QString path = m_list->item(i)->data(PathRole).toString();
        if (!path.isEmpty())
            out << path;
    }
    return out;
}

QString PhotoPicker::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

int PhotoPicker::photoCount() const
{
    return m_list->count();
}

} // namespace balgul::ui
