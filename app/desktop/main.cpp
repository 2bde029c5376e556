// balgul: the desktop client. Everything but the application object is wired in ui/application.cpp.
#include "ui/application.h"

#include <QApplication>

int main(int argc, char** argv)
{
    QApplication::setApplicationName(QStringLiteral("balgul"));
    QApplication::setOrganizationName(QString());
    QApplication::setApplicationDisplayName(QStringLiteral("Balgul"));
    QApplication::setApplicationVersion(QStringLiteral(BALGUL_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(BALGUL_APP_ID));
    QApplication app(argc, argv);
    return balgul::ui::runDesktopApp(app);
}
