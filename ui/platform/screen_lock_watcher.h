#pragma once

// When the desktop's screen locks, where the platform says so. On Linux two sources tell: the
// session's screen saver (org.freedesktop.ScreenSaver, as KDE and others publish it, and
// org.gnome.ScreenSaver: ActiveChanged(true)) and logind's Lock signal for this login session (what
// `loginctl lock-session` and the screen lockers listen to). Where neither bus answers (no desktop
// session, another platform), nothing is heard and the idle and background locks still hold.

#include <QDBusConnection>
#include <QObject>

namespace balgul::ui {

class ScreenLockWatcher : public QObject
{
    Q_OBJECT

public:
    enum Source
    {
        NoSource = 0,
        ScreenSaver = 1,  ///< the session bus's screen saver
        LoginSession = 2, ///< logind's session on the system bus
    };
    Q_DECLARE_FLAGS(Sources, Source)

    /// Listens on the desktop's session and system buses.
    explicit ScreenLockWatcher(QObject* parent = nullptr);
    /// Listens on the given buses (a test's private bus daemon stands for both).
    ScreenLockWatcher(const QDBusConnection& sessionBus, const QDBusConnection& systemBus,
                      QObject* parent = nullptr);

    /// What it listens to now; logind's session is found asynchronously (sourcesChanged).
    Sources sources() const { return m_sources; }

signals:
    void screenLocked();
    void sourcesChanged();

private slots:
    void onScreenSaverActive(bool active);
    void onSessionLock();

private:
    void listen(QDBusConnection sessionBus, QDBusConnection systemBus);

    Sources m_sources = NoSource;
};

} // namespace balgul::ui

Q_DECLARE_OPERATORS_FOR_FLAGS(balgul::ui::ScreenLockWatcher::Sources)
