#pragma once

#include <QApplication>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace balgul::core {
class Store;
}

namespace balgul::ui {

/// The desktop app's QApplication. An error no code path expected (a store file damaged while the
/// app runs, a failing disk) reaches the user as a translated message instead of ending the
/// program: a damaged store says how to recover, and the app stays open to export what it can.
class DesktopApplication : public QApplication
{
    Q_OBJECT

public:
    DesktopApplication(int& argc, char** argv);

    bool notify(QObject* receiver, QEvent* event) override;

    /// Tells the user once when `store` finds its file damaged, whichever code path found it (many
    /// reads answer an empty list then). Null stops watching.
    void watchStore(core::Store* store) { m_store = store; }

    /// The last unexpected error's message (empty when none happened).
    QString lastUnexpectedError() const { return m_lastError; }

private:
    void report(const QString& message);

    core::Store* m_store = nullptr;
    bool m_toldDamage = false;
    QString m_lastError;
    QStringList m_shown; ///< each message is shown in a window once per session
};

/// What the desktop command line asks for.
struct DesktopOptions
{
    QString dataDir;   ///< the profile folder (empty: the platform data folder)
    QString language;  ///< "ko", "en", or empty for the setting / the system
    int demoCount = 0; ///< seed this many demo problems into an empty store
    QString tiles;     ///< "osm", "mbtiles:PATH", "none", or empty for the setting
};

/// Reads the options from the command line (the program's name first). On a bad option prints why
/// and returns false with `exitCode` set; --help and --version print and exit.
bool parseDesktopOptions(const QStringList& arguments, DesktopOptions& options, int& exitCode);

/// True when the command line asks only for words on the terminal (--help, --version) or its
/// options are wrong: runConsoleOnly() answers it without a display or a window.
bool wantsConsoleOnly(const QStringList& arguments);
/// Prints the help, the version or what is wrong with the options, in the user's language, and
/// returns the exit code. Needs only a QCoreApplication.
int runConsoleOnly(QCoreApplication& app);

/// The language to use: the option, else the setting, else "ko" when the system speaks Korean,
/// else "en".
QString chooseLanguage(const QString& option, const QString& setting);

/// Installs Balgul's and Qt's own translations for a language (the translators live as long as
/// the application). False when Balgul's translation is missing.
bool installTranslations(QCoreApplication& app, const QString& language);

/// The whole desktop app after QApplication exists: options, translations, the store (with a
/// clear message and exit code 1 when it cannot be opened), demo data, the main window, the
/// event loop. Returns the exit code.
int runDesktopApp(QApplication& app);

} // namespace balgul::ui
