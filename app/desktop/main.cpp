// balgul: the desktop client. Everything but the application object is wired in ui/application.cpp.
#include "ui/application.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStringList>

int main(int argc, char** argv)
{
    QApplication::setApplicationName(QStringLiteral("balgul"));
    QApplication::setOrganizationName(QString());
    QApplication::setApplicationDisplayName(QStringLiteral("Balgul"));
    QApplication::setApplicationVersion(QStringLiteral(BALGUL_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(BALGUL_APP_ID));
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // --help, --version and wrong options are answered on the terminal, also where there is no
    // display to open a window on.
    if (balgul::ui::wantsConsoleOnly(arguments)) {
        QCoreApplication app(argc, argv);
        return balgul::ui::runConsoleOnly(app);
    }
    balgul::ui::DesktopApplication app(argc, argv);
    return balgul::ui::runDesktopApp(app);
}
