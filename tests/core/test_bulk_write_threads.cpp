// What a bulk write does beside its own thread: the search postings built on a thread of their own
// are, segment for segment, those built in line; a builder dropped half-way stops; the log copied
// into the store by a checkpoint of its own leaves nothing for the next one, and a large write's
// store, once closed, holds every row in its main file.

#include "core/demo/demo_generator.h"
#include "core/store/background_checkpoint.h"
#include "core/store/database.h"
#include "core/store/search_builder.h"
#include "core/store/store.h"

#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

using namespace balgul::core;

namespace {

struct Row
{
    std::int64_t rowid;
    std::string title, description, address;
};

std::vector<Row> demoRows(std::size_t count)
{
    std::vector<Row> rows;
    std::int64_t rowid = 7;
    for (const Problem& p : generateDemoProblems(count, 21)) {
        rowid += 1 + static_cast<std::int64_t>(rows.size() % 3); // gaps, as rows removed in between
        rows.push_back({rowid, p.title, p.description, p.address});
    }
    rows[5].description.clear(); // an empty text
    rows[9].title = "Ünïcode ÇASE and 한글 섞인 제목";
    return rows;
}

bool sameSegment(const search::BuiltSegment& a, const search::BuiltSegment& b)
{
    return a.rows == b.rows && a.minRowid == b.minRowid && a.maxRowid == b.maxRowid && a.lists == b.lists;
}

std::int64_t scalar(Database& db, const std::string& sql)
{
    auto st = db.prepare(sql);
    return st.step() ? st.int64(0) : -1;
}

} // namespace

class TestBulkWriteThreads : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::string path(const char* name) const
    {
        return m_dir.filePath(QString::fromLatin1(name)).toStdString();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void backgroundSegmentsAreTheInlineOnes()
    {
        Database db;
        db.open(path("folding.sqlite"), true);
        const search::Folding& folding = search::Folding::of(db);
        const auto rows = demoRows(2600);
        constexpr std::size_t kSegmentRows = 500;

        std::vector<search::BuiltSegment> inline_;
        search::SegmentBuilder builder(folding);
        for (const Row& r : rows) {
            builder.add(r.rowid, r.title, r.description, r.address);
            if (builder.rows() >= kSegmentRows)
                inline_.push_back(builder.take());
        }
        inline_.push_back(builder.take());
        QCOMPARE(inline_.size(), std::size_t(6));
        QVERIFY(!inline_.front().lists.empty());
        QVERIFY(std::is_sorted(inline_.front().lists.begin(), inline_.front().lists.end(),
                               [](const auto& a, const auto& b) { return a.first < b.first; }));

        search::BackgroundSegmentBuilder background(folding, kSegmentRows);
        std::vector<search::BuiltSegment> built;
        for (const Row& r : rows) {
            background.add(r.rowid, r.title, r.description, r.address);
            for (auto& segment : background.ready())
                built.push_back(std::move(segment));
        }
        for (auto& segment : background.finish())
            built.push_back(std::move(segment));
        QCOMPARE(built.size(), inline_.size());
        for (std::size_t i = 0; i < built.size(); ++i)
            QVERIFY2(sameSegment(built[i], inline_[i]), qPrintable(QString::number(i)));

        // An empty builder finishes with nothing; one dropped half-way (a rolled back write) stops.
        search::BackgroundSegmentBuilder empty(folding, kSegmentRows);
        QVERIFY(empty.finish().empty());
        {
            search::BackgroundSegmentBuilder dropped(folding, 10);
            for (const Row& r : rows)
                dropped.add(r.rowid, r.title, r.description, r.address);
        }
    }

    void aCheckpointOfItsOwnLeavesNothingToCopy()
    {
        const std::string file = path("checkpoint.sqlite");
        Database db;
        db.open(file, true);
        db.exec("PRAGMA journal_mode = WAL");
        db.exec("PRAGMA wal_autocheckpoint = 0");
        db.exec("CREATE TABLE t (x TEXT)");
        db.exec("BEGIN");
        auto insert = db.prepare("INSERT INTO t (x) VALUES (?)");
        for (int i = 0; i < 5000; ++i) {
            insert.reset();
            insert.bind(1, std::string(200, static_cast<char>('a' + i % 26)));
            insert.run();
        }
        db.exec("COMMIT");
        QVERIFY(std::filesystem::file_size(file + "-wal") > 1000000);
        BackgroundCheckpoint checkpoint(file);
        checkpoint.start();
        checkpoint.wait();
        QCOMPARE(checkpoint.finished(), 1);
        // (busy, frames in the log, frames copied): every frame was copied already.
        auto st = db.prepare("PRAGMA wal_checkpoint(PASSIVE)");
        QVERIFY(st.step());
        QCOMPARE(st.int64(0), std::int64_t(0));
        QVERIFY(st.int64(1) > 0);
        QCOMPARE(st.int64(2), st.int64(1));
        // Readers on the store's connection see every row meanwhile.
        QCOMPARE(scalar(db, "SELECT count(*) FROM t"), std::int64_t(5000));
    }

    void aLargeWritesStoreHoldsEverythingOnceClosed()
    {
        const std::string file = path("large.sqlite");
        {
            auto store = Store::open(file);
            QVERIFY(store.ok());
            auto problems = generateDemoProblems(12000, 4);
            QVERIFY((*store)->insertProblems(problems, false).ok());
            QCOMPARE((*store)->stats().problems, std::int64_t(12000));
            ProblemQuery query;
            query.text = problems[11999].title;
            QVERIFY(*(*store)->countProblems(query) >= 1);
        }
        std::error_code ec;
        const auto log = std::filesystem::file_size(file + "-wal", ec);
        QVERIFY(ec || log == 0);
        // The main file alone (its log ignored) holds every row and their search index.
        Database db;
        db.openReadOnly(file);
        QCOMPARE(scalar(db, "SELECT count(*) FROM problems"), std::int64_t(12000));
        QCOMPARE(scalar(db, "SELECT sum(rows) FROM search_segments"), std::int64_t(12000));
        QCOMPARE(scalar(db, "SELECT count(*) FROM search_pending"), std::int64_t(0));
    }
};

QTEST_GUILESS_MAIN(TestBulkWriteThreads)
#include "test_bulk_write_threads.moc"
