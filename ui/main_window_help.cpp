// Help ▸ User Guide: the guide in docs/, as installed beside the program or in the source tree,
// shown in a window of the app.
#include "ui/main_window.h"

#include "ui/help/user_guide_window.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

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
    if (m_userGuide && m_userGuide->property("guidePath").toString() != path) {
        m_userGuide->deleteLater();
        m_userGuide = nullptr;
    }
    if (!m_userGuide) {
        m_userGuide = new UserGuideWindow(path, this);
        m_userGuide->setProperty("guidePath", path);
    }
    if (!m_userGuide->loaded()) {
        showMessage(tr("The user guide “%1” cannot be read.").arg(QDir::toNativeSeparators(path)), true);
        return;
    }
    m_userGuide->show();
    m_userGuide->raise();
    m_userGuide->activateWindow();
}

} // namespace balgul::ui
