#include "ui/application.h"

#include "core/demo/demo_generator.h"
#include "core/demo/demo_sensors.h"
#include "core/store/database.h"
#include "core/store/store.h"
#include "core/util/time.h"
#include "ui/error_text.h"
#include "ui/main_window.h"
#include "ui/qt_convert.h"
#include "ui/settings.h"
#include "ui/sync/sync_controller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

// Resources of a static library are registered by hand (outside any namespace).
static void initBalgulResources()
{
    Q_INIT_RESOURCE(balgul);
}

namespace balgul::ui {

namespace {

constexpr std::uint64_t kDemoSeed = 20250901;
constexpr int kDemoSensorDays = 30;
constexpr int kMaxDemoCount = 1'000'000;

class DesktopApp
{
    Q_DECLARE_TR_FUNCTIONS(DesktopApp)
};

void printLine(const QString& text)
{
    std::fprintf(stderr, "%s\n", text.toLocal8Bit().constData());
}

} // namespace

namespace {

/// Balgul's options, ready to parse.
struct DesktopParser
{
    QCommandLineParser parser;
    QCommandLineOption dataDir{QStringLiteral("data-dir"),
                               DesktopApp::tr("Keep the problems in <dir> instead of the usual place."),
                               DesktopApp::tr("dir")};
    QCommandLineOption language{QStringLiteral("language"), DesktopApp::tr("Use this language: ko or en."),
                                DesktopApp::tr("lang")};
    QCommandLineOption demo{QStringLiteral("demo"),
                            DesktopApp::tr("Fill an empty store with <n> example problems."),
                            DesktopApp::tr("n")};
    QCommandLineOption tiles{QStringLiteral("tiles"),
                             DesktopApp::tr("Base map for this session: osm, mbtiles:<file> or none."),
                             DesktopApp::tr("source")};

    DesktopParser()
    {
        parser.setApplicationDescription(DesktopApp::tr("Balgul: find and map the problems of your city."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({dataDir, language, demo, tiles});
    }

    bool wantsHelp() const
    {
        const QStringList names = parser.optionNames();
        return names.contains(QStringLiteral("help")) || names.contains(QStringLiteral("h")) ||
               names.contains(QStringLiteral("?")) || names.contains(QStringLiteral("help-all"));
    }
    bool wantsVersion() const
    {
        const QStringList names = parser.optionNames();
        return names.contains(QStringLiteral("version")) || names.contains(QStringLiteral("v"));
    }
};

/// Reads the options; empty when they are fine, else what is wrong with them (parsed: false when the
/// command line itself could not be parsed).
QString readOptions(DesktopParser& p, const QStringList& arguments, DesktopOptions& options,
                    bool* parsed = nullptr)
{
    const bool ok = p.parser.parse(arguments);
    if (parsed)
        *parsed = ok;
    if (!ok)
        return p.parser.errorText();
    options.dataDir = p.parser.value(p.dataDir);
    options.language = p.parser.value(p.language).trimmed().toLower();
    if (!options.language.isEmpty() && options.language != QLatin1String("ko") &&
        options.language != QLatin1String("en"))
        return DesktopApp::tr("--language must be ko or en, not “%1”.").arg(options.language);
    if (p.parser.isSet(p.demo)) {
        bool number = false;
        options.demoCount = p.parser.value(p.demo).toInt(&number);
        if (!number || options.demoCount < 0 || options.demoCount > kMaxDemoCount)
            return DesktopApp::tr("--demo needs a number of problems between 0 and %1.").arg(kMaxDemoCount);
    }
    options.tiles = p.parser.value(p.tiles).trimmed();
    if (!options.tiles.isEmpty() && options.tiles != QLatin1String("osm") &&
        options.tiles != QLatin1String("none") && !options.tiles.startsWith(QLatin1String("mbtiles:")))
        return DesktopApp::tr("--tiles must be osm, mbtiles:<file> or none.");
    return {};
}

} // namespace

bool parseDesktopOptions(const QStringList& arguments, DesktopOptions& options, int& exitCode)
{
    DesktopParser p;
    const QString problem = readOptions(p, arguments, options);
    if (p.wantsHelp())
        p.parser.showHelp(0); // exits
    if (p.wantsVersion())
        p.parser.showVersion(); // exits
    if (!problem.isEmpty()) {
        printLine(problem);
        exitCode = 2;
        return false;
    }
    return true;
}

bool wantsConsoleOnly(const QStringList& arguments)
{
    DesktopParser p;
    DesktopOptions options;
    bool parsed = false;
    const QString problem = readOptions(p, arguments, options, &parsed);
    // An option the parser does not know may be one of Qt's own (-platform, -style), which only the
    // GUI application takes out of the arguments: those go the GUI's way.
    return p.wantsHelp() || p.wantsVersion() || (parsed && !problem.isEmpty());
}

int runConsoleOnly(QCoreApplication& app)
{
    DesktopParser p;
    DesktopOptions options;
    (void)readOptions(p, app.arguments(), options);
    Settings settings;
    installTranslations(app, chooseLanguage(options.language, settings.language()));
    int exitCode = 0;
    parseDesktopOptions(app.arguments(), options, exitCode); // prints the help or the version and exits
    return exitCode;
}

QString chooseLanguage(const QString& option, const QString& setting)
{
    if (!option.isEmpty())
        return option;
    if (!setting.isEmpty())
        return setting;
    const QStringList languages = QLocale::system().uiLanguages();
    for (const QString& tag : languages) {
        if (tag.startsWith(QLatin1String("ko")))
            return QStringLiteral("ko");
        if (tag.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

bool installTranslations(QCoreApplication& app, const QString& language)
{
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QStringLiteral("qtbase_") + language,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto* translator = new QTranslator(&app);
    if (!translator->load(QStringLiteral(":/i18n/balgul_") + language + QStringLiteral(".qm"))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

DesktopApplication::DesktopApplication(int& argc, char** argv) : QApplication(argc, argv) {}

bool DesktopApplication::notify(QObject* receiver, QEvent* event)
{
    try {
        const bool handled = QApplication::notify(receiver, event);
        if (m_store && !m_toldDamage && m_store->damaged()) {
            m_toldDamage = true;
            report(describeError(core::Error::make("store_corrupt", core::damagedStoreAdvice())));
        }
        return handled;
    } catch (const core::SqlError& e) {
        // The store refuses every write once it knows the file is damaged; reads of sound pages
        // still work, so the user can export what is left.
        if (e.damaged()) {
            m_toldDamage = true;
            report(describeError(core::Error::make("store_corrupt", core::damagedStoreAdvice())));
        } else {
            report(DesktopApp::tr("Balgul could not read or write its data file: %1")
                       .arg(QString::fromStdString(e.message)));
        }
    } catch (const std::exception& e) {
        report(DesktopApp::tr("Something went wrong: %1").arg(QString::fromUtf8(e.what())));
    }
    return false;
}

void DesktopApplication::report(const QString& message)
{
    m_lastError = message;
    std::fprintf(stderr, "balgul: %s\n", qPrintable(message));
    if (m_shown.contains(message))
        return;
    m_shown << message;
    // Shown after the event that failed has unwound.
    QTimer::singleShot(0, this, [message] {
        auto* box = new QMessageBox(QMessageBox::Critical, DesktopApp::tr("Balgul"), message, QMessageBox::Ok,
                                    QApplication::activeWindow());
        box->setObjectName(QStringLiteral("unexpectedErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

int runDesktopApp(QApplication& app)
{
    initBalgulResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/balgul/icons/app.svg")));

    DesktopOptions options;
    int exitCode = 0;
    if (!parseDesktopOptions(app.arguments(), options, exitCode))
        return exitCode;

    Settings settings;
    const QString language = chooseLanguage(options.language, settings.language());
    if (!options.language.isEmpty() || !settings.language().isEmpty())
        QLocale::setDefault(QLocale(language));
    if (!installTranslations(app, language) && language != QLatin1String("en"))
        printLine(QStringLiteral("Balgul: no translation for \"%1\"; using English.").arg(language));
    // Window titles end with the display name (Qt appends it), so it follows the language too.
    QApplication::setApplicationDisplayName(DesktopApp::tr("Balgul"));

    QString dataDir = options.dataDir;
    if (dataDir.isEmpty())
        dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDir);
    const QString storePath = QDir(dataDir).absoluteFilePath(QStringLiteral("balgul.sqlite"));

    core::StoreOptions storeOptions;
    storeOptions.userName = toStd(settings.userName());
    auto opened = core::Store::open(toStd(storePath), storeOptions);
    if (!opened) {
        QMessageBox::critical(nullptr, DesktopApp::tr("Balgul cannot start"),
                              DesktopApp::tr("The problem store “%1” cannot be opened.\n\n%2")
                                  .arg(QDir::toNativeSeparators(storePath), describeError(opened.error())));
        return 1;
    }
    core::Store& store = **opened;

    if (options.demoCount > 0) {
        auto count = store.countProblems({});
        if (count && *count == 0) {
            if (auto status = core::seedDemoStore(store, static_cast<std::size_t>(options.demoCount),
                                                  kDemoSeed, core::demoReferenceFor(core::now()));
                !status)
                printLine(QStringLiteral("Balgul: demo data: ") + toQ(status.error().toString()));
        }
        // A month of residents' fine-dust stations (nothing when the profile has sensors already).
        if (auto status =
                core::seedDemoSensors(store, kDemoSensorDays, core::toUnixMs(core::now()) / 1000, kDemoSeed);
            !status)
            printLine(QStringLiteral("Balgul: demo sensors: ") + toQ(status.error().toString()));
    }

    if (auto* desktop = qobject_cast<DesktopApplication*>(&app))
        desktop->watchStore(&store);
    MainWindow window(store, settings);
    if (options.tiles == QLatin1String("osm"))
        window.setTileOverride(QStringLiteral("osm"), settings.tileUrl());
    else if (options.tiles == QLatin1String("none"))
        window.setTileOverride(QStringLiteral("none"), QString());
    else if (options.tiles.startsWith(QLatin1String("mbtiles:")))
        window.setTileOverride(QStringLiteral("mbtiles"), options.tiles.mid(8));
    window.show();
    // The hub and token balgul-cli or an earlier session left for this profile; sync starts
    // by itself when automatic sync is on.
    window.syncController()->loadCredentials();
    window.syncController()->setAutomatic(settings.autoSync());
    // Without a hub account, the name to sign problems with (asked once; never the login name).
    window.askForNameIfNeeded();
    const int code = QApplication::exec();
    if (auto* desktop = qobject_cast<DesktopApplication*>(&app))
        desktop->watchStore(nullptr);
    return code;
}

} // namespace balgul::ui
