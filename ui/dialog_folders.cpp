#include "ui/dialog_folders.h"

#include "ui/settings.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace balgul::ui::dialog_folders {

namespace {

Settings* g_settings = nullptr;

QString existingFallback()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return documents;
    return QDir::homePath();
}

} // namespace

void useSettings(Settings* settings)
{
    g_settings = settings;
}

QString start(const QString& kind)
{
    if (g_settings) {
        const QString folder = g_settings->dialogFolder(kind);
        if (!folder.isEmpty() && QFileInfo(folder).isDir())
            return folder;
    }
    return existingFallback();
}

QString startFile(const QString& kind, const QString& fileName)
{
    return QDir(start(kind)).filePath(fileName);
}

void remember(const QString& kind, const QString& chosenPath)
{
    if (!g_settings || chosenPath.isEmpty())
        return;
    const QFileInfo info(chosenPath);
    g_settings->setDialogFolder(kind, info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

} // namespace balgul::ui::dialog_folders
