#pragma once

// Backing up and restoring a test hub's store the ways docs/operating-the-hub.md tells operators:
// SQLite's online backup API (the hub may keep running) and the file put back while the hub is
// stopped; pg_dump and pg_restore --clean of the hub's schema on PostgreSQL.

#include "hub_process.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <sqlite3.h>

#include <algorithm>

namespace balgul::test {

/// A PostgreSQL client program (pg_dump, pg_restore): the newest installed, else from PATH.
inline QString postgresProgram(const QString& name)
{
    QStringList versions =
        QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString& a, const QString& b) { return a.toInt() > b.toInt(); });
    for (const QString& v : versions) {
        const QString path = QStringLiteral("/usr/lib/postgresql/") + v + QStringLiteral("/bin/") + name;
        if (QFile::exists(path))
            return path;
    }
    return name;
}

/// The schema a PostgreSQL test hub keeps its data in (from its URL's search_path).
inline QString hubSchema(const HubProcess& hub)
{
    const QString marker = QStringLiteral("search_path%3D");
    const qsizetype at = hub.database().indexOf(marker);
    return at < 0 ? QString() : hub.database().mid(at + marker.size());
}

inline bool runProgram(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning() << program << args << p.readAllStandardError();
        return false;
    }
    return true;
}

/// Backs `hub`'s store up into `file` (the hub may be running).
inline bool backUpHub(HubProcess& hub, const QString& file)
{
    if (!hub.database().isEmpty())
        return runProgram(postgresProgram(QStringLiteral("pg_dump")),
                          {QStringLiteral("-Fc"), QStringLiteral("-n"), hubSchema(hub), QStringLiteral("-f"),
                           file, QStringLiteral("-d"), testDatabaseUrl()});
    sqlite3* source = nullptr;
    sqlite3* target = nullptr;
    bool ok = sqlite3_open_v2(hub.storePath().c_str(), &source, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK &&
              sqlite3_open(file.toStdString().c_str(), &target) == SQLITE_OK;
    if (ok) {
        sqlite3_busy_timeout(source, 5000);
        sqlite3_backup* backup = sqlite3_backup_init(target, "main", source, "main");
        ok = backup && sqlite3_backup_step(backup, -1) == SQLITE_DONE;
        ok = sqlite3_backup_finish(backup) == SQLITE_OK && ok;
    }
    sqlite3_close(source);
    sqlite3_close(target);
    return ok;
}

/// Puts a backup made by backUpHub() back as `hub`'s store; the hub must be stopped.
inline bool restoreHub(HubProcess& hub, const QString& file)
{
    if (!hub.database().isEmpty())
        return runProgram(postgresProgram(QStringLiteral("pg_restore")),
                          {QStringLiteral("--clean"), QStringLiteral("--if-exists"), QStringLiteral("-d"),
                           testDatabaseUrl(), file});
    const QString store = QString::fromStdString(hub.storePath());
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(store + suffix);
    return QFile::copy(file, store);
}

} // namespace balgul::test
