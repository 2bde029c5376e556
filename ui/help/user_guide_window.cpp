#include "ui/help/user_guide_window.h"

#include "ui/dialog_size.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QImage>
#include <QScreen>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace balgul::ui {

UserGuideWindow::UserGuideWindow(const QString& path, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("userGuideWindow"));
    setWindowTitle(tr("Balgul User Guide"));
    setModal(false);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("userGuideBrowser"));
    m_browser->setOpenExternalLinks(true);
    // The screenshots are beside the guide (images/user-guide/…), relative to its folder.
    m_browser->setSearchPaths({QFileInfo(path).absolutePath()});
    m_browser->setSource(QUrl::fromLocalFile(path), QTextDocument::MarkdownResource);
    m_browser->viewport()->installEventFilter(this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    // The screenshots are 1280 pixels wide; the window takes what the screen offers up to that.
    resizeWithinScreen(this, QSize(900, 700));
}

bool UserGuideWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize)
        fitImages();
    return QDialog::eventFilter(watched, event);
}

void UserGuideWindow::fitImages()
{
    // The screenshots are as wide as the screen they were taken on: each is shown at most as wide
    // as the page, keeping its proportions.
    QTextDocument* document = m_browser->document();
    const qreal page = m_browser->viewport()->width() - 2 * document->documentMargin() - 4;
    if (page <= 0)
        return;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            const QTextFragment part = fragment.fragment();
            QTextImageFormat image = part.charFormat().toImageFormat();
            if (!image.isValid())
                continue;
            const QImage picture =
                document->resource(QTextDocument::ImageResource, QUrl(image.name())).value<QImage>();
            if (picture.isNull())
                continue;
            const qreal width = qMin<qreal>(picture.width(), page);
            if (qAbs(image.width() - width) < 1)
                continue;
            image.setWidth(width);
            image.setHeight(width * picture.height() / picture.width());
            QTextCursor cursor(document);
            cursor.setPosition(part.position());
            cursor.setPosition(part.position() + part.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

bool UserGuideWindow::loaded() const
{
    return !m_browser->document()->isEmpty();
}

} // namespace balgul::ui
