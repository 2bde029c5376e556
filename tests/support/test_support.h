#pragma once

// Helpers shared by the test executables.

#include <QDir>
#include <QString>
#include <QTest>

#include <cstdlib>
#include <string>

namespace balgul::test {

/// The folder of real sample files (`../shared/data`), from $BALGUL_SHARED_DATA or the
/// CMake option; empty when absent, so a test can QSKIP with a clear message.
inline QString sharedDataDir()
{
    QString dir = QString::fromLocal8Bit(qgetenv("BALGUL_SHARED_DATA"));
    if (dir.isEmpty())
        dir = QStringLiteral(BALGUL_SHARED_DATA_DIR);
    return QDir(dir).exists() ? QDir(dir).absolutePath() : QString();
}

inline std::string toStd(const QString& s)
{
    return s.toStdString();
}

} // namespace balgul::test

#define BALGUL_REQUIRE_SHARED_DATA(var)                                                                      \
    const QString var = balgul::test::sharedDataDir();                                                       \
    if (var.isEmpty())                                                                                       \
        QSKIP("../shared/data is absent (set BALGUL_SHARED_DATA): real-file test skipped");
