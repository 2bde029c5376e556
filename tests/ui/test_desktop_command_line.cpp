// `balgul --help` and `--version` answer on the terminal where there is no display (no X server, no
// Wayland, no platform plugin chosen), in the user's language, and a wrong option says what is wrong.

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

class TestDesktopCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void answersWithoutADisplay_data();
    void answersWithoutADisplay();

private:
    QTemporaryDir m_home;
};

void TestDesktopCommandLine::answersWithoutADisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    QTest::addRow("help") << QStringList{QStringLiteral("--help")} << 0 << QStringLiteral("--data-dir");
    QTest::addRow("short help") << QStringList{QStringLiteral("-h")} << 0
                                << QStringLiteral("find and map the problems of your city");
    QTest::addRow("version") << QStringList{QStringLiteral("--version")} << 0
                             << QStringLiteral(BALGUL_VERSION);
    QTest::addRow("help in Korean") << QStringList{QStringLiteral("--language"), QStringLiteral("ko"),
                                                   QStringLiteral("--help")}
                                    << 0 << QStringLiteral("도시");
    QTest::addRow("wrong language") << QStringList{QStringLiteral("--language"), QStringLiteral("fr")} << 2
                                    << QStringLiteral("--language must be ko or en");
}

void TestDesktopCommandLine::answersWithoutADisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    QVERIFY(m_home.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path());
    QProcess balgul;
    balgul.setProcessEnvironment(environment);
    balgul.start(QStringLiteral(BALGUL_DESKTOP_BIN), arguments);
    QVERIFY(balgul.waitForFinished(30000));
    const QString output = QString::fromUtf8(balgul.readAllStandardOutput() + balgul.readAllStandardError());
    QCOMPARE(balgul.exitStatus(), QProcess::NormalExit); // not an abort for want of a display
    QCOMPARE(balgul.exitCode(), exitCode);
    QVERIFY2(output.contains(expected), qPrintable(output));
}

QTEST_GUILESS_MAIN(TestDesktopCommandLine)
#include "test_desktop_command_line.moc"
