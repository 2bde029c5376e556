// Opening a store file: refused files stay exactly as they were, read-only opens write nothing, a
// damaged file is said to be damaged (with how to recover) and never written into.

#include "core/demo/demo_generator.h"
#include "core/store/schema.h"
#include "core/store/store.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace balgul::core;
namespace fs = std::filesystem;

namespace {

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

bool exists(const std::string& path)
{
    std::error_code ec;
    return fs::exists(path, ec);
}

StoreOptions readOnly()
{
    StoreOptions options;
    options.create = false;
    options.readOnly = true;
    return options;
}

} // namespace

class TestStoreOpen : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::string path(const char* name) const { return m_dir.filePath(QString::fromUtf8(name)).toStdString(); }

    /// A closed store with demo problems, comments and supports.
    std::string demoStore(const char* name)
    {
        const std::string file = path(name);
        auto store = Store::open(file, {true, "tester"});
        if (!store)
            qFatal("open failed: %s", store.error().toString().c_str());
        if (!seedDemoStore(**store, 60, 7))
            qFatal("demo failed");
        return file;
    }

    /// Overwrites the first page of a table's b-tree with garbage, as a failing disk would.
    static void damageTable(const std::string& file, const char* table)
    {
        std::int64_t root = 0, pageSize = 0;
        {
            Database db;
            db.openReadOnly(file);
            auto st = db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = ?");
            st.bind(1, table);
            QVERIFY(st.step());
            root = st.int64(0);
            auto size = db.prepare("PRAGMA page_size");
            QVERIFY(size.step());
            pageSize = size.int64(0);
        }
        QVERIFY(root > 1);
        std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp((root - 1) * pageSize);
        const std::string garbage(static_cast<std::size_t>(pageSize), '\xff');
        f.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
    }

private slots:
    void damagedPageIsSaidNotThrown()
    {
        const std::string file = demoStore("damaged.sqlite");
        damageTable(file, "comments");
        const std::string before = readFile(file);
        QVERIFY(!exists(Store::uncleanMarkerPath(file)));

        // A read (balgul-cli stats) reports the damage as an error value, with how to recover.
        {
            auto store = Store::open(file, readOnly());
            QVERIFY2(store, store ? "" : store.error().toString().c_str());
            auto stats = (*store)->statistics();
            QVERIFY(!stats);
            QCOMPARE(stats.error().code, std::string("store_corrupt"));
            QCOMPARE(stats.error().file, file);
            QVERIFY2(stats.error().message.find("hub") != std::string::npos &&
                         stats.error().message.find("backup") != std::string::npos,
                     stats.error().message.c_str());
            QVERIFY((*store)->damaged());
        }
        // What the reader found makes every writer check the file first, and refuse it.
        QVERIFY(exists(Store::uncleanMarkerPath(file)));
        auto writer = Store::open(file, {false, "tester"});
        QVERIFY(!writer);
        QCOMPARE(writer.error().code, std::string("store_corrupt"));
        QCOMPARE(readFile(file), before);
    }

    void damageFoundMidSessionStopsEveryWrite()
    {
        const std::string file = demoStore("midsession.sqlite");
        auto opened = Store::open(file, {false, "tester"});
        QVERIFY(opened);
        Store& store = **opened;
        damageTable(file, "comments");
        QVERIFY(!store.statistics());
        QVERIFY(store.damaged());

        // Writes that touch only sound pages are refused too: nothing more goes into a damaged file.
        Problem p;
        p.title = "after the damage";
        p.category = "air";
        p.lat = 36.35;
        p.lon = 127.38;
        auto created = store.createProblem(p);
        QVERIFY(!created);
        QCOMPARE(created.error().code, std::string("store_corrupt"));
        opened->reset();
        QVERIFY(exists(Store::uncleanMarkerPath(file))); // left for the next open's check
    }

    void cleanCloseLeavesNoMarkerAndUncleanOneIsChecked()
    {
        const std::string file = demoStore("marker.sqlite");
        QVERIFY(!exists(Store::uncleanMarkerPath(file)));
        {
            auto store = Store::open(file, {false, "tester"});
            QVERIFY(store);
            QVERIFY(exists(Store::uncleanMarkerPath(file))); // the session is open
        }
        QVERIFY(!exists(Store::uncleanMarkerPath(file)));
        // A session that did not end cleanly: the next open checks the (sound) file and goes on.
        std::ofstream(Store::uncleanMarkerPath(file)) << "";
        {
            auto store = Store::open(file, {false, "tester"});
            QVERIFY2(store, store ? "" : store.error().toString().c_str());
        }
        QVERIFY(!exists(Store::uncleanMarkerPath(file)));
    }

    void otherApplicationsFilesAreLeftAsTheyWere_data()
    {
        QTest::addColumn<QString>("journal");
        QTest::addRow("rollback journal") << "DELETE";
        QTest::addRow("write-ahead log") << "WAL";
    }
    void otherApplicationsFilesAreLeftAsTheyWere()
    {
        QFETCH(QString, journal);
        const std::string file = path(("other-" + journal.toStdString() + ".sqlite").c_str());
        {
            Database db;
            db.open(file, true);
            db.exec("PRAGMA journal_mode = " + journal.toStdString());
            db.exec("CREATE TABLE places (name TEXT); INSERT INTO places VALUES ('market')");
        }
        const std::string before = readFile(file);
        for (const bool writer : {true, false}) {
            StoreOptions options = writer ? StoreOptions{true, "tester"} : readOnly();
            auto store = Store::open(file, options);
            QVERIFY(!store);
            QCOMPARE(store.error().code, std::string("not_balgul"));
            QCOMPARE(readFile(file), before); // still in its own journal mode, every byte
            QVERIFY(!exists(file + "-wal"));
            QVERIFY(!exists(file + "-shm"));
            QVERIFY(!exists(Store::uncleanMarkerPath(file)));
        }
    }

    void readCommandsNeverMakeASchema()
    {
        const std::string empty = path("empty.sqlite");
        std::ofstream(empty).close();
        auto store = Store::open(empty, readOnly());
        QVERIFY(!store);
        QCOMPARE(store.error().code, std::string("empty_store"));
        QCOMPARE(fs::file_size(empty), std::uintmax_t{0});

        const std::string missing = path("missing.sqlite");
        QCOMPARE(Store::open(missing, readOnly()).error().code, std::string("file_not_found"));
        QVERIFY(!exists(missing));

        // A sound store read without leaving anything behind.
        const std::string file = demoStore("sound.sqlite");
        const std::string before = readFile(file);
        {
            auto reader = Store::open(file, readOnly());
            QVERIFY(reader);
            auto stats = (*reader)->statistics();
            QVERIFY(stats);
            QCOMPARE(stats->problems, std::int64_t{60});
        }
        QCOMPARE(readFile(file), before);
        QVERIFY(!exists(file + "-wal"));
        QVERIFY(!exists(Store::uncleanMarkerPath(file)));
    }

    void schemaVersionsAreSaidInWords_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<bool>("writer");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("says");
        QTest::addRow("-1, reading") << -1 << false << "not_balgul"
                                     << "not one any Balgul writes";
        QTest::addRow("-1, writing") << -1 << true << "not_balgul"
                                     << "not one any Balgul writes";
        QTest::addRow("1, reading") << 1 << false << "older_schema"
                                    << "made by an older Balgul (schema 1";
        QTest::addRow("1, writing") << 1 << true << "migration_failed"
                                    << "made by an older Balgul (schema 1)";
        QTest::addRow("99, reading") << 99 << false << "newer_schema"
                                     << "made by a newer Balgul (schema 99";
        QTest::addRow("99, writing") << 99 << true << "newer_schema"
                                     << "made by a newer Balgul (schema 99";
    }
    void schemaVersionsAreSaidInWords()
    {
        QFETCH(int, version);
        QFETCH(bool, writer);
        QFETCH(QString, code);
        QFETCH(QString, says);
        const std::string file =
            demoStore(("version" + std::to_string(version) + (writer ? "w" : "r") + ".sqlite").c_str());
        {
            Database db;
            db.open(file, false);
            db.exec("PRAGMA user_version = " + std::to_string(version));
        }
        const std::string before = readFile(file);
        auto store = Store::open(file, writer ? StoreOptions{false, "tester"} : readOnly());
        QVERIFY(!store);
        QCOMPARE(QString::fromStdString(store.error().code), code);
        QVERIFY2(QString::fromStdString(store.error().message).contains(says), store.error().message.c_str());
        QCOMPARE(readFile(file), before);
    }

    /// The desktop app opens a second Store on its profile (for a sync, an import, the vault)
    /// while the first stays open, and another program (balgul-cli, sqlite3) reads the profile at the
    /// same time. Opening the second must not drop the locks SQLite holds for the first (a stream
    /// on the file, closed, would): else the other program, closing, deletes the write-ahead log
    /// and its index under the app, whose next write fails with a disk I/O error.
    void secondStoreKeepsTheFirstOnesLocks()
    {
        const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (sqlite3.isEmpty())
            QSKIP("the sqlite3 program is not installed (Debian's sqlite3)");
        const std::string file = demoStore("shared.sqlite");
        auto first = Store::open(file, {false, "tester"});
        QVERIFY(first);
        Problem p;
        p.title = "Dust at the bus stop";
        p.category = "air";
        p.lat = 36.35;
        p.lon = 127.38;
        QVERIFY((*first)->createProblem(p).ok()); // the log and its index are in use
        QVERIFY(exists(file + "-wal") && exists(file + "-shm"));
        for (const bool readOnlyToo : {false, true}) {
            auto second = Store::open(file, readOnlyToo ? readOnly() : StoreOptions{false, "tester"});
            QVERIFY2(second, second ? "" : second.error().toString().c_str());
        }
        // Another process reads the profile and closes it.
        QProcess other;
        other.start(sqlite3,
                    {QString::fromStdString(file), QStringLiteral("SELECT count(*) FROM problems;")});
        QVERIFY(other.waitForFinished(30000));
        QCOMPARE(other.exitCode(), 0);
        QCOMPARE(other.readAllStandardOutput().trimmed(), QByteArray("61"));
        QVERIFY2(exists(file + "-shm"), "the other process removed the log's index under this one");
        p.title = "Dust at the school gate";
        const auto again = (*first)->createProblem(p);
        QVERIFY2(again.ok(), again.ok() ? "" : again.error().toString().c_str());
        QCOMPARE((*first)->statistics()->problems, std::int64_t{62});
    }
};

QTEST_GUILESS_MAIN(TestStoreOpen)
#include "test_store_open.moc"
