// Help ▸ User Guide: the guide in docs/, as installed beside the program or in the source tree.
#include "ui/main_window.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QUrl>

namespace balgul::ui {

QString MainWindow::userGuidePath(const QString& language)
{
    // The installed guide (CMake installs docs/user-guide*.md into the doc folder), then the
    // repository's docs/ for a program run from its build folder.
    const QStringList folders{QDir(QCoreApplication::applicationDirPath())
                                  .absoluteFilePath(QStringLiteral("../" BALGUL_INSTALL_DOCDIR)),
                              QStringLiteral(BALGUL_SOURCE_DOCDIR)};
    QStringList names;
    if (language == QLatin1String("ko"))
        names << QStringLiteral("user-guide.ko.md");
    names << QStringLiteral("user-guide.md");
    for (const QString& folder : folders)
        for (const QString& name : names)
            if (const QFileInfo file(QDir(folder).filePath(name)); file.isFile())
                return QDir::cleanPath(file.absoluteFilePath());
    return {};
}

void MainWindow::openUserGuide()
{
    const QString language =
        QLocale().language() == QLocale::Korean ? QStringLiteral("ko") : QStringLiteral("en");
    const QString path = userGuidePath(language);
    if (path.isEmpty()) {
        showMessage(
            tr("The user guide is not installed with this copy of Balgul. It is docs/user-guide.md in "
               "Balgul's source."),
            true);
        return;
    }
    const QUrl url = QUrl::fromLocalFile(path);
    const bool opened = m_openUrl ? m_openUrl(url) : QDesktopServices::openUrl(url);
    if (!opened)
        showMessage(tr("No program on this computer opens the user guide. It is the file “%1”.")
                        .arg(QDir::toNativeSeparators(path)),
                    true);
}

} // namespace balgul::ui
