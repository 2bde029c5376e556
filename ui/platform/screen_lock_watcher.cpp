// The screen lock as the desktop announces it on D-Bus (see the header).

#include "ui/platform/screen_lock_watcher.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace balgul::ui {

namespace {

const QString kLogin = QStringLiteral("org.freedesktop.login1");

} // namespace

ScreenLockWatcher::ScreenLockWatcher(QObject* parent)
    : ScreenLockWatcher(QDBusConnection::sessionBus(), QDBusConnection::systemBus(), parent)
{}

ScreenLockWatcher::ScreenLockWatcher(const QDBusConnection& sessionBus, const QDBusConnection& systemBus,
                                     QObject* parent)
    : QObject(parent)
{
    listen(sessionBus, systemBus);
}

void ScreenLockWatcher::listen(QDBusConnection sessionBus, QDBusConnection systemBus)
{
    if (sessionBus.isConnected()) {
        // Any sender: the screen saver's well-known name belongs to whichever desktop runs.
        const std::pair<const char*, const char*> savers[] = {
            {"/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"},
            {"/ScreenSaver", "org.freedesktop.ScreenSaver"},
            {"/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"},
        };
        for (const auto& [path, interface] : savers)
            if (sessionBus.connect(QString(), QLatin1String(path), QLatin1String(interface),
                                   QStringLiteral("ActiveChanged"), this, SLOT(onScreenSaverActive(bool))))
                m_sources |= ScreenSaver;
    }
    if (!systemBus.isConnected())
        return;
    // This process's login session, asked without blocking the window's start.
    QDBusMessage ask = QDBusMessage::createMethodCall(kLogin, QStringLiteral("/org/freedesktop/login1"),
                                                      QStringLiteral("org.freedesktop.login1.Manager"),
                                                      QStringLiteral("GetSessionByPID"));
    ask << static_cast<quint32>(QCoreApplication::applicationPid());
    auto* pending = new QDBusPendingCallWatcher(systemBus.asyncCall(ask, 5000), this);
    connect(pending, &QDBusPendingCallWatcher::finished, this, [this, systemBus, pending]() mutable {
        pending->deleteLater();
        const QDBusPendingReply<QDBusObjectPath> reply = *pending;
        if (reply.isError())
            return;
        if (systemBus.connect(kLogin, reply.value().path(), QStringLiteral("org.freedesktop.login1.Session"),
                              QStringLiteral("Lock"), this, SLOT(onSessionLock()))) {
            m_sources |= LoginSession;
            emit sourcesChanged();
        }
    });
}

void ScreenLockWatcher::onScreenSaverActive(bool active)
{
    if (active)
        emit screenLocked();
}

void ScreenLockWatcher::onSessionLock()
{
    emit screenLocked();
}

} // namespace balgul::ui
