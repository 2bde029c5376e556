// The screen lock as a desktop announces it, on a D-Bus daemon of the test's own: the screen saver's
// ActiveChanged (sent by dbus-send, as any program could) and logind's Lock for this login session
// (a stand-in logind answering GetSessionByPID); another session's lock and a lock signal from a
// sender that is not logind are not heard; with no bus, nothing is heard and nothing breaks.

#include "tests/support/private_bus.h"
#include "ui/platform/screen_lock_watcher.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using balgul::test::PrivateBus;
using balgul::ui::ScreenLockWatcher;

namespace {

constexpr int kWaitMs = 5000;
const QString kOurSession = QStringLiteral("/org/freedesktop/login1/session/_32");

/// logind's Manager as far as the watcher asks it: the session of a process.
class StandInLogind : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.Manager")

public:
    uint askedPid = 0;

public slots:
    QDBusObjectPath GetSessionByPID(uint pid)
    {
        askedPid = pid;
        return QDBusObjectPath(kOurSession);
    }
};

QDBusMessage lockSignal(const QString& session)
{
    return QDBusMessage::createSignal(session, QStringLiteral("org.freedesktop.login1.Session"),
                                      QStringLiteral("Lock"));
}

} // namespace

class TestScreenLockWatcher : public QObject
{
    Q_OBJECT

private slots:
    void screenSaverActiveLocks();
    void logindLockOfThisSessionLocks();
    void noBusHearsNothing();
};

void TestScreenLockWatcher::screenSaverActiveLocks()
{
    PrivateBus bus;
    if (bus.address().isEmpty())
        QSKIP("dbus-daemon is not installed (Debian's dbus-daemon)");
    ScreenLockWatcher watcher(bus.connect(QStringLiteral("watcher-session")),
                              bus.connect(QStringLiteral("watcher-system")));
    QVERIFY(watcher.sources().testFlag(ScreenLockWatcher::ScreenSaver));
    QSignalSpy locked(&watcher, &ScreenLockWatcher::screenLocked);

    // The screen saver ending (false) is not a lock; starting (true) is, on each path desktops use.
    const auto send = [&](const char* path, const char* interface, const char* active) {
        return QProcess::execute(QStringLiteral("dbus-send"),
                                 {QStringLiteral("--bus=") + bus.address(), QStringLiteral("--type=signal"),
                                  QLatin1String(path),
                                  QLatin1String(interface) + QStringLiteral(".ActiveChanged"),
                                  QStringLiteral("boolean:") + QLatin1String(active)});
    };
    QCOMPARE(send("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "false"), 0);
    QCOMPARE(send("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "true"), 0);
    QTRY_COMPARE_WITH_TIMEOUT(locked.count(), 1, kWaitMs);
    QCOMPARE(send("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "true"), 0);
    QTRY_COMPARE_WITH_TIMEOUT(locked.count(), 2, kWaitMs);
    // A signal of another name on the same path is not a lock.
    QCOMPARE(QProcess::execute(QStringLiteral("dbus-send"),
                               {QStringLiteral("--bus=") + bus.address(), QStringLiteral("--type=signal"),
                                QStringLiteral("/org/freedesktop/ScreenSaver"),
                                QStringLiteral("org.freedesktop.ScreenSaver.WakeUpScreen")}),
             0);
    QTest::qWait(200);
    QCOMPARE(locked.count(), 2);
}

void TestScreenLockWatcher::logindLockOfThisSessionLocks()
{
    PrivateBus bus;
    if (bus.address().isEmpty())
        QSKIP("dbus-daemon is not installed (Debian's dbus-daemon)");
    QDBusConnection logind = bus.connect(QStringLiteral("logind"));
    StandInLogind manager;
    QVERIFY(logind.registerService(QStringLiteral("org.freedesktop.login1")));
    QVERIFY(logind.registerObject(QStringLiteral("/org/freedesktop/login1"), &manager,
                                  QDBusConnection::ExportAllSlots));

    ScreenLockWatcher watcher(bus.connect(QStringLiteral("watcher-session")),
                              bus.connect(QStringLiteral("watcher-system")));
    QSignalSpy sources(&watcher, &ScreenLockWatcher::sourcesChanged);
    QTRY_COMPARE_WITH_TIMEOUT(sources.count(), 1, kWaitMs);
    QVERIFY(watcher.sources().testFlag(ScreenLockWatcher::LoginSession));
    QCOMPARE(manager.askedPid, static_cast<uint>(QCoreApplication::applicationPid()));

    QSignalSpy locked(&watcher, &ScreenLockWatcher::screenLocked);
    // Another resident's session locking is not ours; nor is a Lock sent by someone not logind.
    QVERIFY(logind.send(lockSignal(QStringLiteral("/org/freedesktop/login1/session/_33"))));
    QVERIFY(bus.connect(QStringLiteral("impostor")).send(lockSignal(kOurSession)));
    QTest::qWait(300);
    QCOMPARE(locked.count(), 0);
    QVERIFY(logind.send(lockSignal(kOurSession)));
    QTRY_COMPARE_WITH_TIMEOUT(locked.count(), 1, kWaitMs);
}

void TestScreenLockWatcher::noBusHearsNothing()
{
    ScreenLockWatcher watcher(QDBusConnection(QStringLiteral("balgul-no-such-bus")),
                              QDBusConnection(QStringLiteral("balgul-no-such-bus")));
    QCOMPARE(watcher.sources(), ScreenLockWatcher::Sources(ScreenLockWatcher::NoSource));
    QSignalSpy sources(&watcher, &ScreenLockWatcher::sourcesChanged);
    QTest::qWait(100);
    QCOMPARE(sources.count(), 0);
}

QTEST_GUILESS_MAIN(TestScreenLockWatcher)
#include "test_screen_lock_watcher.moc"
