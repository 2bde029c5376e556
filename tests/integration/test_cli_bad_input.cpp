// balgul-cli, the real binary, on bad input: a store file with a damaged page, another program's
// database, an empty file, a read-only folder, files that are not text, numbers out of range, and
// per-command help. It never aborts, says what is wrong, and changes nothing.

#include "core/store/database.h"
#include "core/store/store.h"
#include "tests/support/test_support.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

using namespace balgul;

namespace {

struct Run
{
    int exitCode = -1;
    bool crashed = false; ///< killed by a signal (an abort is exit 134 in a shell)
    QString out;
    QString err;
};

/// The balgul-cli under test: this build's, or $BALGUL_CLI (to run the suite against another build).
QString cliBinary()
{
    const QString other = qEnvironmentVariable("BALGUL_CLI");
    return other.isEmpty() ? QStringLiteral(BALGUL_TEST_BIN_DIR "/balgul-cli") : other;
}

/// Runs balgul-cli; `asUser` runs it through setpriv as that user (when the test runs as root).
Run cli(const QStringList& args, const QString& asUser = {})
{
    QProcess p;
    if (asUser.isEmpty()) {
        p.start(cliBinary(), args);
    } else {
        p.start(QStringLiteral("setpriv"),
                QStringList{QStringLiteral("--reuid=") + asUser, QStringLiteral("--regid=nogroup"),
                            QStringLiteral("--clear-groups"), cliBinary()} +
                    args);
    }
    p.closeWriteChannel();
    Run run;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return run;
    }
    run.crashed = p.exitStatus() != QProcess::NormalExit;
    run.exitCode = p.exitCode();
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

class TestCliBadInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_sensorFile; ///< a real Sensor.Community file

    QString path(const QString& name) const { return m_dir.filePath(name); }

    QString geoJson(const QString& name) const
    {
        const QString file = path(name);
        QFile f(file);
        if (f.open(QIODevice::WriteOnly))
            f.write(
                R"({"type":"FeatureCollection","features":[{"type":"Feature",)"
                R"("geometry":{"type":"Point","coordinates":[127.38,36.35]},"properties":{"title":"가로등 고장"}}]})");
        return file;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString shared = test::sharedDataDir();
        if (!shared.isEmpty())
            m_sensorFile = shared + QStringLiteral("/sensor_community/2019-03-09_sds011_sensor_22885.csv");
    }

    void damagedStoreIsSaidAndNeverWritten()
    {
        if (m_sensorFile.isEmpty())
            QSKIP("../shared/data is absent (set BALGUL_SHARED_DATA): real-file test skipped");
        const QString store = path(QStringLiteral("damaged.sqlite"));
        QCOMPARE(cli({QStringLiteral("--store"), store, QStringLiteral("demo"), QStringLiteral("--count"),
                      QStringLiteral("80")})
                     .exitCode,
                 0);
        // A failing disk: the first page of the comments b-tree is garbage.
        std::int64_t root = 0, pageSize = 0;
        {
            core::Database db;
            db.open(store.toStdString(), false);
            auto st = db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'comments'");
            QVERIFY(st.step());
            root = st.int64(0);
            auto size = db.prepare("PRAGMA page_size");
            QVERIFY(size.step());
            pageSize = size.int64(0);
        }
        {
            std::fstream f(store.toStdString(), std::ios::in | std::ios::out | std::ios::binary);
            f.seekp((root - 1) * pageSize);
            const std::string garbage(static_cast<std::size_t>(pageSize), '\xff');
            f.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
        }
        const std::string before = readFile(store.toStdString());

        const Run stats = cli({QStringLiteral("--store"), store, QStringLiteral("stats")});
        QVERIFY2(!stats.crashed, "stats aborted");
        QCOMPARE(stats.exitCode, 1);
        QVERIFY2(stats.err.contains(QStringLiteral("damaged")) && stats.err.contains(QStringLiteral("hub")) &&
                     stats.err.contains(QStringLiteral("backup")),
                 qPrintable(stats.err));

        const QList<QStringList> writes{
            {QStringLiteral("import"), geoJson(QStringLiteral("one.geojson"))},
            {QStringLiteral("import-sensor"), m_sensorFile},
            {QStringLiteral("demo"), QStringLiteral("--count"), QStringLiteral("3"), QStringLiteral("--seed"),
             QStringLiteral("99")},
        };
        for (const QStringList& command : writes) {
            const Run run = cli(QStringList{QStringLiteral("--store"), store} + command);
            QVERIFY2(!run.crashed, qPrintable(command.front()));
            QVERIFY2(run.exitCode == 1,
                     qPrintable(command.front() + QStringLiteral(": ") + run.out + run.err));
            QVERIFY2(run.err.contains(QStringLiteral("damaged")), qPrintable(run.err));
        }
        QVERIFY(readFile(store.toStdString()) == before);
    }

    void otherFilesAreRefusedAsTheyAre()
    {
        // Another application's database in WAL mode.
        const QString other = path(QStringLiteral("places.sqlite"));
        {
            core::Database db;
            db.open(other.toStdString(), true);
            db.exec("PRAGMA journal_mode = WAL; CREATE TABLE places (name TEXT); INSERT INTO places VALUES "
                    "('x')");
        }
        const std::string before = readFile(other.toStdString());
        for (const QStringList& command :
             QList<QStringList>{{QStringLiteral("stats")},
                                {QStringLiteral("import"), geoJson(QStringLiteral("two.geojson"))}}) {
            const Run run = cli(QStringList{QStringLiteral("--store"), other} + command);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(QStringLiteral("not a Balgul store")), qPrintable(run.err));
        }
        QVERIFY(readFile(other.toStdString()) == before);
        QVERIFY(!QFile::exists(other + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(other + QStringLiteral("-shm")));

        // An empty file: a read command makes no schema in it.
        const QString empty = path(QStringLiteral("empty.sqlite"));
        {
            QFile f(empty);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        const Run stats = cli({QStringLiteral("--store"), empty, QStringLiteral("stats")});
        QCOMPARE(stats.exitCode, 1);
        QVERIFY2(stats.err.contains(QStringLiteral("empty")), qPrintable(stats.err));
        QCOMPARE(QFileInfo(empty).size(), qint64(0));

        // Schema versions in words, not SQLite's.
        const QString old = path(QStringLiteral("old.sqlite"));
        QCOMPARE(cli({QStringLiteral("--store"), old, QStringLiteral("demo"), QStringLiteral("--count"),
                      QStringLiteral("2")})
                     .exitCode,
                 0);
        for (const auto& [version, says] : {std::pair{-1, "not one any Balgul writes"},
                                            std::pair{1, "older Balgul"}, std::pair{99, "newer Balgul"}}) {
            {
                core::Database db;
                db.open(old.toStdString(), false);
                db.exec("PRAGMA user_version = " + std::to_string(version));
            }
            for (const QString& command : {QStringLiteral("stats"), QStringLiteral("demo")}) {
                const Run run = cli({QStringLiteral("--store"), old, command});
                QCOMPARE(run.exitCode, 1);
                QVERIFY2(run.err.contains(QString::fromUtf8(says)), qPrintable(run.err));
            }
        }
    }

    void readOnlyFolder()
    {
        const QString folder = path(QStringLiteral("readonly"));
        QVERIFY(QDir().mkpath(folder));
        QCOMPARE(cli({QStringLiteral("--data-dir"), folder, QStringLiteral("demo"), QStringLiteral("--count"),
                      QStringLiteral("4")})
                     .exitCode,
                 0);
        QString asUser;
        if (::geteuid() == 0) {
            // Root writes anywhere: run the commands as nobody, who can read the folder but not write it.
            if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
                QSKIP("running as root without setpriv: cannot make a folder read-only");
            asUser = QStringLiteral("nobody");
            for (QString dir = folder; dir.startsWith(m_dir.path()); dir = QFileInfo(dir).path())
                QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                               QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                               QFile::ExeOther);
            std::filesystem::permissions(
                (folder + QStringLiteral("/balgul.sqlite")).toStdString(),
                std::filesystem::perms::owner_read | std::filesystem::perms::owner_write |
                    std::filesystem::perms::group_read | std::filesystem::perms::others_read);
        } else {
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
        }
        const Run stats = cli({QStringLiteral("--data-dir"), folder, QStringLiteral("stats")}, asUser);
        const Run exported = cli({QStringLiteral("--data-dir"), folder, QStringLiteral("export"),
                                  QStringLiteral("--format"), QStringLiteral("csv")},
                                 asUser);
        const Run demo = cli({QStringLiteral("--data-dir"), folder, QStringLiteral("demo"),
                              QStringLiteral("--count"), QStringLiteral("1")},
                             asUser);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY2(stats.exitCode == 0, qPrintable(stats.err));
        QVERIFY(stats.out.contains(QStringLiteral("problems:     4")));
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QCOMPARE(demo.exitCode, 1);
        QVERIFY2(demo.err.contains(QStringLiteral("read-only")), qPrintable(demo.err));
        QVERIFY2(!demo.err.contains(QStringLiteral("unable to open database file")), qPrintable(demo.err));
    }

    void numbersOutOfRangeAreRefused_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addRow("--lat nan") << QStringList{QStringLiteral("--lat"), QStringLiteral("nan"),
                                                  QStringLiteral("--lon"), QStringLiteral("127")}
                                   << 2;
        QTest::addRow("--lon inf") << QStringList{QStringLiteral("--lat"), QStringLiteral("36"),
                                                  QStringLiteral("--lon"), QStringLiteral("inf")}
                                   << 2;
        QTest::addRow("--lat 91") << QStringList{QStringLiteral("--lat"), QStringLiteral("91"),
                                                 QStringLiteral("--lon"), QStringLiteral("127")}
                                  << 2;
        QTest::addRow("--max-gap 1e300")
            << QStringList{QStringLiteral("--max-gap"), QStringLiteral("1e300")} << 2;
        QTest::addRow("--max-gap -5") << QStringList{QStringLiteral("--max-gap"), QStringLiteral("-5")} << 2;
        QTest::addRow("--lat 1e-999 is 0") << QStringList{QStringLiteral("--lat"), QStringLiteral("1e-999"),
                                                          QStringLiteral("--lon"), QStringLiteral("127")}
                                           << 0;
        QTest::addRow("--tz on a UTC format")
            << QStringList{QStringLiteral("--tz"), QStringLiteral("Asia/Seoul")} << 1;
    }
    void numbersOutOfRangeAreRefused()
    {
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        if (m_sensorFile.isEmpty())
            QSKIP("../shared/data is absent (set BALGUL_SHARED_DATA): real-file test skipped");
        const QString store = path(QStringLiteral("numbers.sqlite"));
        const Run run = cli(QStringList{QStringLiteral("--store"), store, QStringLiteral("import-sensor"),
                                        m_sensorFile, QStringLiteral("--preview")} +
                            options);
        QVERIFY2(run.exitCode == exitCode, qPrintable(run.out + run.err));
        QVERIFY(!QFile::exists(store)); // a preview, and a refusal, make no store
    }

    void filesThatAreNotTextAreNamed()
    {
        if (m_sensorFile.isEmpty())
            QSKIP("../shared/data is absent (set BALGUL_SHARED_DATA): real-file test skipped");
        const QString gz = path(QStringLiteral("sensor.csv.gz"));
        QCOMPARE(std::system(
                     ("gzip -c '" + m_sensorFile.toStdString() + "' > '" + gz.toStdString() + "'").c_str()),
                 0);
        const QString store = path(QStringLiteral("text.sqlite"));
        const QList<std::pair<QString, QString>> cases{
            {gz, QStringLiteral("looks like a gzip file — decompress it first")},
            {m_dir.path(), QStringLiteral("is a folder, not a file")},
            {QStringLiteral("/dev/null"), QStringLiteral("not a regular file")},
        };
        for (const auto& [file, says] : cases) {
            const Run run = cli({QStringLiteral("--store"), store, QStringLiteral("import-sensor"), file});
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(says), qPrintable(run.err));
            QVERIFY2(!run.err.contains(QStringLiteral("CP949")) &&
                         !run.err.contains(QStringLiteral("no such file")),
                     qPrintable(run.err));
        }
    }

    void helpPerCommand()
    {
        const Run general = cli({QStringLiteral("--help")});
        QCOMPARE(general.exitCode, 0);
        QVERIFY(general.out.contains(QStringLiteral("Commands:")));
        const Run sensor = cli({QStringLiteral("import-sensor"), QStringLiteral("--help")});
        QCOMPARE(sensor.exitCode, 0);
        QVERIFY(sensor.out.contains(QStringLiteral("import-sensor FILE")));
        QVERIFY(sensor.out.contains(QStringLiteral("--tz ZONE")));
        QVERIFY(!sensor.out.contains(QStringLiteral("Commands:")));
        for (const QString& command :
             {QStringLiteral("demo"), QStringLiteral("export"), QStringLiteral("import"),
              QStringLiteral("stats"), QStringLiteral("bench"), QStringLiteral("login"),
              QStringLiteral("sync"), QStringLiteral("station")}) {
            const Run run = cli({command, QStringLiteral("--help")});
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.out.startsWith(QStringLiteral("usage: ")) && run.out.contains(command) &&
                         !run.out.contains(QStringLiteral("Commands:")),
                     qPrintable(run.out));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliBadInput)
#include "test_cli_bad_input.moc"
