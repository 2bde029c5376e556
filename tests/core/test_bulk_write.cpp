// Bulk writes (core::BulkWriter) and the search index they build: the same answers as one problem at
// a time and as the FTS5 index the store searched before schema 8, all or nothing, the upgrade of an
// existing store, and JSON read a piece at a time exactly as read whole.

#include "core/demo/demo_generator.h"
#include "core/io/geojson.h"
#include "core/io/json_reader.h"
#include "core/store/bulk_writer.h"
#include "core/store/schema.h"
#include "core/store/store.h"
#include "core/util/ids.h"
#include "core/util/json_writer.h"
#include "core/util/progress.h"
#include "core/util/text.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <set>
#include <thread>

using namespace balgul::core;

namespace {

/// Words of the demo texts (the store benchmark's queries), short needles and letter case.
const char* const kNeedles[] = {
    "미세먼지",    "가로등",     "불법 주정차", "쓰레기",       "소음", "에너지",      "횡단보도", "공사장",
    "분리수거",    "자전거도로", "둔산동",      "대전역",       "갑천", "streetlight", "난방",     "냄새",
    "과속",        "먼지",       "등",          "동",           "대전", "a",           "BR",       "Street",
    "STREETLIGHT", "ÉCOLE",      "école",       "the",          " 동",  "1",           "지하철역", "\"미세",
    "%",           "Ωμέγα",      "ωμέγα",       "no such text",
};

Problem sample(const std::string& title, const std::string& description, const std::string& address = {})
{
    Problem p;
    p.title = title;
    p.description = description;
    p.address = address;
    p.category = "air";
    p.lat = 36.35;
    p.lon = 127.38;
    return p;
}

/// Demo problems and a few with letter case outside ASCII.
std::vector<Problem> problems(std::size_t count, std::uint64_t seed)
{
    auto out = generateDemoProblems(count, seed);
    out.push_back(sample("ÉCOLE fermée", "L'école du quartier est fermée"));
    out.push_back(sample("ΩΜΈΓΑ", "Ωμέγα street sign", "대전 동구"));
    out.push_back(sample("Broken streetlight", "가로등이 꺼져 있어요", "대전 유성구 궁동"));
    return out;
}

std::int64_t scalar(Database& db, const std::string& sql)
{
    auto st = db.prepare(sql);
    return st.step() ? st.int64(0) : -1;
}

/// What the store answered before schema 8: an FTS5 trigram index of the texts with two spaces
/// appended; a phrase for three characters and more, the indexed trigrams that start with one or two
/// characters (ASCII letters lower-cased) otherwise.
class Fts5Reference
{
public:
    explicit Fts5Reference(const std::vector<Problem>& problems)
    {
        m_db.open(":memory:", true);
        m_db.exec("CREATE VIRTUAL TABLE f USING fts5 (title, description, address, tokenize = 'trigram');"
                  "CREATE VIRTUAL TABLE terms USING fts5vocab (f, 'row');");
        auto insert = m_db.prepare("INSERT INTO f (rowid, title, description, address) VALUES (?, ?, ?, ?)");
        for (const Problem& p : problems) {
            insert.reset();
            insert.bind(1, p.rowid)
                .bind(2, p.title + "  ")
                .bind(3, p.description + "  ")
                .bind(4, p.address + "  ");
            insert.run();
        }
    }

    std::vector<std::int64_t> find(const std::string& text)
    {
        const std::string needle = trimmed(text);
        std::string match;
        if (utf8Length(needle) >= 3) {
            match = phrase(needle);
        } else {
            std::string folded = needle;
            for (char& c : folded)
                if (c >= 'A' && c <= 'Z')
                    c = static_cast<char>(c - 'A' + 'a');
            auto terms = m_db.prepare("SELECT term FROM terms WHERE term >= ? AND term < ?");
            terms.bind(1, folded).bind(2, folded + "\xF4\x90");
            while (terms.step())
                match += (match.empty() ? "" : " OR ") + phrase(terms.text(0));
        }
        std::vector<std::int64_t> out;
        if (match.empty())
            return out;
        auto st = m_db.prepare("SELECT rowid FROM f WHERE f MATCH ? ORDER BY rowid");
        st.bind(1, match);
        while (st.step())
            out.push_back(st.int64(0));
        return out;
    }

private:
    static std::string phrase(const std::string& text)
    {
        std::string out = "\"";
        for (const char c : text) {
            if (c == '"')
                out += '"';
            out += c;
        }
        return out + '"';
    }

    Database m_db;
};

class StopAfter : public Progress
{
public:
    explicit StopAfter(int reports) : m_left(reports) {}
    void report(std::string_view, std::int64_t, std::int64_t) override { --m_left; }
    bool cancelled() const override { return m_left <= 0; }
    int reports() const { return m_left; }

private:
    std::atomic<int> m_left;
};

std::string geoJson(const std::vector<Problem>& problems, const std::string& lastFeature = {})
{
    std::string out = "{\"type\": \"FeatureCollection\", \"features\": [\n";
    for (std::size_t i = 0; i < problems.size(); ++i) {
        if (i)
            out += ",\n";
        appendGeoJsonFeature(out, problems[i]);
    }
    if (!lastFeature.empty())
        out += ",\n" + lastFeature;
    return out + "\n]}\n";
}

} // namespace

class TestBulkWrite : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::string path(const std::string& name) const
    {
        return QDir(m_dir.path()).filePath(QString::fromStdString(name)).toStdString();
    }
    std::unique_ptr<Store> openStore(const std::string& name)
    {
        auto store = Store::open(path(name), {true, "tester"});
        if (!store)
            qFatal("open failed: %s", store.error().toString().c_str());
        return std::move(store).value();
    }
    std::string write(const std::string& name, const std::string& text)
    {
        std::ofstream(path(name), std::ios::binary) << text;
        return path(name);
    }

    /// Everything a failed import must leave as it was.
    struct Snapshot
    {
        StoreStats stats;
        std::int64_t outbox = 0;
        std::int64_t segments = 0;
        std::int64_t postings = 0;
        std::int64_t pending = 0;
        std::int64_t triggers = 0;
        std::string indexes; ///< every index's name and SQL
        std::vector<std::int64_t> found;
        bool operator==(const Snapshot& o) const
        {
            return stats.problems == o.stats.problems && outbox == o.outbox && segments == o.segments &&
                   postings == o.postings && pending == o.pending && triggers == o.triggers &&
                   indexes == o.indexes && found == o.found;
        }
    };
    static Snapshot snapshot(Store& store)
    {
        Snapshot s;
        s.stats = store.stats();
        s.outbox = store.outboxSize();
        s.segments = scalar(store.database(), "SELECT count(*) FROM search_segments");
        s.postings = scalar(store.database(), "SELECT count(*) FROM search_postings");
        s.pending = scalar(store.database(), "SELECT count(*) FROM search_pending");
        s.triggers = scalar(store.database(), "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'");
        auto st = store.database().prepare(
            "SELECT name || ': ' || coalesce(sql, '') FROM sqlite_schema WHERE type = 'index' ORDER BY name");
        while (st.step())
            s.indexes += st.text(0) + '\n';
        s.found = *store.searchRowids("미세먼지");
        return s;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    /// One transaction of many problems, one transaction per problem, and the FTS5 index the store
    /// used before: the same rows for every needle, first page and all.
    void bulkFindsWhatOneAtATimeAndFts5Find()
    {
        auto all = problems(700, 11);
        auto bulkStore = openStore("bulk.sqlite");
        QVERIFY(bulkStore->insertProblems(all, false).ok());
        QVERIFY(scalar(bulkStore->database(), "SELECT count(*) FROM search_pending") == 0);

        std::vector<Problem> single(all.begin(), all.begin() + 300);
        for (Problem& p : single)
            p.id.clear(); // new ids, so the first 300 rows of both stores hold the same texts
        auto oneStore = openStore("one-at-a-time.sqlite");
        for (Problem& p : single) {
            auto made = oneStore->createProblem(p);
            QVERIFY2(made.ok(), made.ok() ? "" : made.error().toString().c_str());
            p.rowid = made->rowid;
        }
        // Many small segments were merged on the way.
        QVERIFY(scalar(oneStore->database(), "SELECT count(*) FROM search_segments") < 40);

        Fts5Reference reference(all);
        for (const char* needle : kNeedles) {
            const auto expected = reference.find(needle);
            const auto got = bulkStore->searchRowids(needle);
            QVERIFY(got.ok());
            QVERIFY2(*got == expected, needle);
            auto page = bulkStore->searchRowids(needle, 7);
            QVERIFY(page.ok());
            QVERIFY2(*page ==
                         std::vector<std::int64_t>(
                             expected.begin(), expected.begin() + std::min<std::size_t>(7, expected.size())),
                     needle);
            ProblemQuery query;
            query.text = needle;
            QCOMPARE(*bulkStore->countProblems(query), static_cast<std::int64_t>(expected.size()));

            // The first 300 problems, written one at a time, are found alike.
            std::vector<std::int64_t> first300;
            for (const std::int64_t r : expected)
                if (r <= 300)
                    first300.push_back(r);
            const auto one = oneStore->searchRowids(needle);
            QVERIFY(one.ok());
            std::vector<std::int64_t> oneFound;
            for (const std::int64_t r : *one)
                if (r <= 300)
                    oneFound.push_back(r);
            QVERIFY2(oneFound == first300, needle);
        }
    }

    /// Edits, removals and rows another program changed: always what the texts say now.
    void searchFollowsEditsAndOtherWriters()
    {
        auto store = openStore("edits.sqlite");
        auto all = problems(600, 3);
        QVERIFY(store->insertProblems(all, false).ok());
        const Problem& first = all.front();
        const Problem& last = all[599];

        ProblemPatch patch;
        patch.title = std::string("지하철역 환기구 냄새");
        QVERIFY(store->updateProblem(last.id, patch).ok());
        QCOMPARE(*store->searchRowids("지하철역"), std::vector<std::int64_t>{last.rowid});
        QVERIFY(store->removeProblem(last.id).ok());
        QVERIFY(store->searchRowids("지하철역")->empty());
        QVERIFY(store->restoreProblem(last.id).ok());
        QCOMPARE(store->searchRowids("지하철역")->size(), std::size_t(1));

        // Another program edits a row and deletes one: found as they are now, before and after the
        // store brings them into the index.
        Database& db = store->database();
        db.prepare("UPDATE problems SET description = 'Ωμέγα 폐건전지 수거함' WHERE rowid = ?")
            .bind(1, first.rowid)
            .run();
        db.prepare("DELETE FROM problems WHERE rowid = ?").bind(1, all[1].rowid).run();
        QCOMPARE(scalar(db, "SELECT count(*) FROM search_pending"), std::int64_t(2));
        QCOMPARE(*store->searchRowids("폐건전지"), std::vector<std::int64_t>{first.rowid});
        QCOMPARE(*store->searchRowids("ΩΜΈΓΑ 폐"), std::vector<std::int64_t>{first.rowid});
        // Writing a text as it was marks nothing (a pulled page echoes what was pushed); many edits at
        // once are taken out of the postings together.
        db.exec("UPDATE problems SET title = title, address = address");
        QCOMPARE(scalar(db, "SELECT count(*) FROM search_pending"), std::int64_t(2));
        db.exec("UPDATE problems SET title = title || ' 가로수' WHERE rowid % 3 = 0");
        QVERIFY(scalar(db, "SELECT count(*) FROM search_pending") > 150);
        Problem another = sample("다른 문제", "catching up");
        QVERIFY(store->createProblem(another).ok());
        QCOMPARE(scalar(db, "SELECT count(*) FROM search_pending"), std::int64_t(0));
        QCOMPARE(*store->searchRowids("폐건전지"), std::vector<std::int64_t>{first.rowid});
        std::vector<Problem> now;
        QVERIFY(store->forEachProblem([&](const Problem& p) { now.push_back(p); }).ok());
        Fts5Reference reference(now);
        for (const char* needle : kNeedles)
            QVERIFY2(*store->searchRowids(needle) == reference.find(needle), needle);
    }

    void failedOrCancelledImportChangesNothing()
    {
        auto store = openStore("import.sqlite");
        auto existing = problems(50, 5);
        QVERIFY(store->insertProblems(existing, true).ok());
        const Snapshot before = snapshot(*store);

        // A bad feature after 2000 good ones: the rows were written and indexed, then rolled back.
        auto many = generateDemoProblems(2000, 6);
        const std::string bad =
            R"({"type": "Feature", "geometry": {"type": "Point", "coordinates": [127.4, 36.3]}, "properties": {"title": "x", "category": "potholes"}})";
        const std::string file = write("bad.geojson", geoJson(many, bad));
        auto report = importGeoJson(*store, file);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, std::string("unknown_category"));
        QCOMPARE(report.error().field, std::string("features[2000].properties.category"));
        QCOMPARE(report.error().line, 2002L);
        QCOMPARE(report.error().file, file);
        QVERIFY(snapshot(*store) == before);

        // Broken JSON at the very end outranks everything before it, as when the file was read whole.
        const std::string cut = write("cut.geojson", geoJson(many).substr(0, geoJson(many).size() - 4));
        report = importGeoJson(*store, cut);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, std::string("invalid_json"));
        QVERIFY(snapshot(*store) == before);

        // Cancelled while reading, and once everything is read, before the commit.
        const std::string good = write("good.geojson", geoJson(many));
        for (const int reports : {1, 16}) {
            StopAfter stop(reports);
            GeoJsonImportOptions options;
            options.progress = &stop;
            report = importGeoJson(*store, good, options);
            QVERIFY(!report.ok());
            QCOMPARE(report.error().code, std::string("cancelled"));
            QVERIFY(snapshot(*store) == before);
        }
        // And then it imports whole.
        report = importGeoJson(*store, good);
        QVERIFY2(report.ok(), report.ok() ? "" : report.error().toString().c_str());
        QCOMPARE(report->imported, std::size_t(2000));
        QCOMPARE(store->stats().problems, before.stats.problems + 2000);
        QCOMPARE(store->outboxSize(), before.outbox + 2000);
        QCOMPARE(snapshot(*store).triggers, before.triggers);
        // The map, time and outbox indexes were dropped for the write and sorted anew: all there,
        // holding every row, and used.
        QCOMPARE(snapshot(*store).indexes, before.indexes);
        Database& db = store->database();
        {
            auto check = db.prepare("PRAGMA integrity_check");
            QVERIFY(check.step());
            QCOMPARE(check.text(0), std::string("ok"));
        }
        QCOMPARE(scalar(db, "SELECT count(*) FROM outbox INDEXED BY outbox_problem WHERE problem_id > ''"),
                 before.outbox + 2000);
        QCOMPARE(scalar(db, "SELECT count(*) FROM problems INDEXED BY problems_updated WHERE updated > 0"),
                 before.stats.problems + 2000);
        const Problem& last = many.back();
        QCOMPARE(scalar(db, "SELECT count(*) FROM outbox INDEXED BY outbox_key WHERE entity = 'problem' AND "
                            "sync_key = '" +
                                last.id + "'"),
                 std::int64_t(1));

        // Importing the same file again keeps none of its ids (all taken) and imports every feature.
        report = importGeoJson(*store, good, {.keepIds = true});
        QVERIFY2(report.ok(), report.ok() ? "" : report.error().toString().c_str());
        QCOMPARE(report->imported, std::size_t(2000));
        std::set<std::string> ids(report->ids.begin(), report->ids.end());
        QCOMPARE(ids.size(), std::size_t(2000));
        for (const Problem& p : many)
            QVERIFY(!ids.count(p.id));
        QCOMPARE(store->stats().problems, before.stats.problems + 4000);
    }

    void writerRollsBackUnlessCommitted()
    {
        auto store = openStore("writer.sqlite");
        const Snapshot before = snapshot(*store);
        {
            auto writer = BulkWriter::begin(*store);
            QVERIFY(writer.ok());
            auto batch = generateDemoProblems(400, 9);
            for (Problem& p : batch)
                QVERIFY((*writer)->add(p).ok());
            Problem invalid = sample("", "no title");
            const Status s = (*writer)->add(invalid);
            QVERIFY(!s.ok());
            QCOMPARE(s.error().field, std::string("title"));
            QCOMPARE((*writer)->added(), std::size_t(400));
            QVERIFY(*(*writer)->contains(batch[10].id));
        }
        QVERIFY(snapshot(*store) == before);
    }

    /// A problem prepared on another thread is written as add() writes it: the same completion and
    /// check, the same row and the same queued op; a taken id is replaced only when asked.
    void preparedOnAnotherThreadIsWrittenAsAdded()
    {
        auto store = openStore("prepared.sqlite");
        auto batch = generateDemoProblems(600, 17);
        batch[5].id.clear();
        batch[6].created = Timestamp{};
        batch[7].id = batch[4].id; // taken by an earlier one
        std::vector<Result<PreparedProblem>> prepared;
        std::thread preparing([&] {
            for (const Problem& p : batch)
                prepared.push_back(BulkWriter::prepare(p, /*withOp=*/true));
        });
        preparing.join();
        auto invalid = BulkWriter::prepare(sample("", "no title"), true);
        QVERIFY(!invalid);
        QCOMPARE(invalid.error().field, std::string("title"));
        auto notUuid = sample("A title", "an id that is no UUID");
        notUuid.id = "17";
        QCOMPARE(BulkWriter::prepare(notUuid, true).error().field, std::string("id"));
        QVERIFY(isUuid(prepared[5]->problem.id));
        QVERIFY(prepared[6]->problem.created != Timestamp{});
        QVERIFY(!BulkWriter::prepare(batch[0], /*withOp=*/false)->opFields.size());
        // Of a problem already checked, the same completion and op, without the check.
        const PreparedProblem validated = BulkWriter::prepareValidated(batch[3], /*withOp=*/true);
        QCOMPARE(validated.opFields, prepared[3]->opFields);
        QVERIFY(isUuid(BulkWriter::prepareValidated(batch[5], false).problem.id));

        auto writer = BulkWriter::begin(*store, {.queueOps = true});
        QVERIFY(writer.ok());
        for (std::size_t i = 0; i < prepared.size(); ++i) {
            QVERIFY(prepared[i].ok());
            if (i == 7) {
                auto refused = (*writer)->addPrepared(*prepared[i], /*keepIdIfFree=*/false);
                QCOMPARE(refused.error().code, std::string("duplicate_id"));
            }
            QVERIFY((*writer)->addPrepared(*prepared[i], /*keepIdIfFree=*/true).ok());
            QVERIFY(prepared[i]->problem.rowid > 0);
        }
        QVERIFY(prepared[7]->problem.id != batch[4].id);
        QVERIFY((*writer)->commit().ok());
        QCOMPARE(store->stats().problems, std::int64_t(600));
        // Each row and its op hold what add() would have written (the op's fields are the problem's).
        Database& db = store->database();
        for (const std::size_t i :
             {std::size_t{0}, std::size_t{5}, std::size_t{6}, std::size_t{7}, std::size_t{599}}) {
            const Problem& p = prepared[i]->problem;
            auto row = store->problem(p.id);
            QVERIFY(row.has_value());
            QCOMPARE(QString::fromStdString(row->title), QString::fromStdString(p.title));
            QCOMPARE(toUnixMs(row->created), toUnixMs(p.created));
            auto st = db.prepare("SELECT fields FROM outbox WHERE entity = 'problem' AND sync_key = ?");
            st.bind(1, p.id);
            QVERIFY(st.step());
            QCOMPARE(st.text(0), prepared[i]->opFields);
            QVERIFY(st.text(0).find(jsonQuote(p.title)) != std::string::npos);
        }
        QCOMPARE(scalar(db, "SELECT count(*) FROM outbox"), std::int64_t(600));
    }

    /// Writes that follow one another (a pull's groups) sort the map and time indexes once, at the
    /// last: the earlier ones leave them dropped and say so in the store, readers meanwhile see every
    /// row through the table, and a run stopped between two writes (a crash) gets them back from the
    /// next write, or from restoreIndexes(), which costs nothing when none are missing.
    void indexesLeftDroppedComeBackWithTheLastWrite()
    {
        auto store = openStore("groups.sqlite");
        Database& db = store->database();
        const std::string indexesBefore = snapshot(*store).indexes;
        const auto plainIndexes = [&] {
            return scalar(db, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name = "
                              "'problems' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'");
        };
        const auto recorded = [&] {
            return scalar(db, "SELECT count(*) FROM meta WHERE key LIKE 'dropped_index:%'");
        };
        QCOMPARE(plainIndexes(), std::int64_t(2));
        auto all = problems(3000, 23);
        const auto writeGroup = [&](std::size_t from, std::size_t to, bool more) {
            auto writer = BulkWriter::begin(*store);
            QVERIFY(writer.ok());
            for (std::size_t i = from; i < to; ++i)
                QVERIFY((*writer)->add(all[i]).ok());
            if (more)
                (*writer)->leaveIndexesDropped();
            QVERIFY((*writer)->commit().ok());
        };
        // Into the empty store: dropped for the write, and left so.
        writeGroup(0, 1000, true);
        QCOMPARE(plainIndexes(), std::int64_t(0));
        QCOMPARE(recorded(), std::int64_t(2));
        QCOMPARE(store->allPoints(true).size(), std::size_t(1000));
        QCOMPARE(store->pointsIn(GeoBox{}, true).size(), std::size_t(1000));
        QVERIFY(!store->searchRowids("미세먼지")->empty());
        // A write onto them leaves them too; the one that ends the run makes them, holding every row.
        writeGroup(1000, 2000, true);
        QCOMPARE(plainIndexes(), std::int64_t(0));
        QCOMPARE(recorded(), std::int64_t(2));
        QCOMPARE(store->allPoints(true).size(), std::size_t(2000));
        writeGroup(2000, all.size(), false);
        QCOMPARE(snapshot(*store).indexes, indexesBefore);
        QCOMPARE(recorded(), std::int64_t(0));
        const auto total = static_cast<std::int64_t>(all.size());
        QCOMPARE(scalar(db, "SELECT count(*) FROM problems INDEXED BY problems_point WHERE deleted = 0"),
                 total);
        QCOMPARE(scalar(db, "SELECT count(*) FROM problems INDEXED BY problems_updated WHERE updated > 0"),
                 total);
        {
            auto check = db.prepare("PRAGMA integrity_check");
            QVERIFY(check.step());
            QCOMPARE(check.text(0), std::string("ok"));
        }
        {
            // The map's reads take the covering index again.
            auto plan =
                db.prepare("EXPLAIN QUERY PLAN SELECT rowid, lat, lon, category, status FROM problems "
                           "WHERE deleted = 0");
            QVERIFY(plan.step());
            QVERIFY2(plan.text(3).find("COVERING INDEX problems_point") != std::string::npos,
                     plan.text(3).c_str());
        }
        QCOMPARE(store->allPoints(true).size(), all.size());

        // A run stopped after a write that left them (the process gone): the store opens without
        // them, and restoreIndexes() makes them.
        auto more = problems(1000, 24);
        {
            auto crashed = openStore("crashed.sqlite");
            auto writer = BulkWriter::begin(*crashed);
            QVERIFY(writer.ok());
            for (Problem& p : more)
                QVERIFY((*writer)->add(p).ok());
            (*writer)->leaveIndexesDropped();
            QVERIFY((*writer)->commit().ok());
        }
        auto reopened = openStore("crashed.sqlite");
        QCOMPARE(scalar(reopened->database(), "SELECT count(*) FROM meta WHERE key LIKE 'dropped_index:%'"),
                 std::int64_t(2));
        QCOMPARE(reopened->allPoints(true).size(), more.size());
        QVERIFY(BulkWriter::restoreIndexes(*reopened).ok());
        QCOMPARE(snapshot(*reopened).indexes, indexesBefore);
        QCOMPARE(scalar(reopened->database(), "SELECT count(*) FROM meta WHERE key LIKE 'dropped_index:%'"),
                 std::int64_t(0));

        // With none missing it writes nothing: it does not even wait for another writer.
        Database other;
        other.open(path("crashed.sqlite"), false);
        other.exec("BEGIN IMMEDIATE");
        QVERIFY(BulkWriter::restoreIndexes(*reopened).ok());
        other.exec("ROLLBACK");
    }

    /// A writer that need not wait for the disk (a pulled group) commits without waiting and leaves
    /// the store's own level for every later commit, whether it committed or rolled back.
    void notWaitingForTheDiskIsTheWritersOnly()
    {
        auto store = openStore("durability.sqlite");
        Database& db = store->database();
        const std::int64_t storeLevel = scalar(db, "PRAGMA synchronous");
        QCOMPARE(storeLevel, std::int64_t{2}); // FULL: a commit waits for the disk
        BulkWriteOptions options;
        options.waitForDisk = false;
        for (const bool commit : {true, false}) {
            auto writer = BulkWriter::begin(*store, options);
            QVERIFY(writer.ok());
            QCOMPARE(scalar(db, "PRAGMA synchronous"), std::int64_t{1}); // NORMAL while it writes
            auto batch = generateDemoProblems(300, commit ? 3 : 4);
            for (Problem& p : batch)
                QVERIFY((*writer)->add(p).ok());
            if (commit)
                QVERIFY((*writer)->commit().ok());
            else
                (*writer).reset();
            QCOMPARE(scalar(db, "PRAGMA synchronous"), storeLevel);
        }
        QCOMPARE(store->stats().problems, std::int64_t{300});
        // A writer that waits (the rule) changes nothing.
        {
            auto writer = BulkWriter::begin(*store);
            QVERIFY(writer.ok());
            QCOMPARE(scalar(db, "PRAGMA synchronous"), storeLevel);
        }
    }

    /// A store made by the previous version, with problems its FTS5 and R*Tree indexed.
    void upgradesASchema7Store()
    {
        const std::string file = path("v7.sqlite");
        auto all = problems(300, 21);
        {
            Database db;
            db.open(file, true);
            for (const Migration& m : migrations()) {
                if (m.version > 7)
                    break;
                db.exec(m.sql);
                db.exec("PRAGMA user_version = " + std::to_string(m.version));
            }
            db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
            db.exec("INSERT INTO categories (code, name_en, name_ko, color, position) VALUES "
                    "('air', 'Air', '대기', 0, 0), ('other', 'Other', '기타', 0, 1)");
            auto insert =
                db.prepare("INSERT INTO problems (id, title, description, category, lat, lon, address, "
                           "created, updated) VALUES (?, ?, ?, 'air', ?, ?, ?, 0, 0)");
            for (Problem& p : all) {
                insert.reset();
                insert.bind(1, newUuid())
                    .bind(2, p.title)
                    .bind(3, p.description)
                    .bind(4, p.lat)
                    .bind(5, p.lon);
                insert.bind(6, p.address);
                insert.run();
                p.rowid = db.lastInsertRowid();
            }
            QCOMPARE(scalar(db, "SELECT count(*) FROM problem_rtree"), std::int64_t(all.size()));
        }
        auto store = Store::open(file);
        QVERIFY2(store.ok(), store.ok() ? "" : store.error().toString().c_str());
        QCOMPARE((*store)->schemaVersion(), Store::kSchemaVersion);
        Database& db = (*store)->database();
        QCOMPARE(scalar(db, "SELECT count(*) FROM sqlite_schema WHERE name LIKE 'problem_fts%' OR name LIKE "
                            "'problem_rtree%'"),
                 std::int64_t(0));
        QCOMPARE(scalar(db, "SELECT count(*) FROM search_pending"), std::int64_t(0));
        Fts5Reference reference(all);
        for (const char* needle : kNeedles)
            QVERIFY2(*(*store)->searchRowids(needle) == reference.find(needle), needle);
        GeoBox box{36.3, 127.3, 36.4, 127.45};
        std::set<std::int64_t> expected, got;
        for (const Problem& p : all)
            if (box.contains(p.lat, p.lon))
                expected.insert(p.rowid);
        for (const ProblemPoint& p : (*store)->pointsIn(box))
            got.insert(p.rowid);
        QCOMPARE(got, expected);
    }

    /// The JSON reader, fed a byte, seven bytes or a chunk at a time, says exactly what it says of
    /// the whole text; the streamed array's elements are the whole document's.
    void streamedJsonReadsAsWhole_data()
    {
        QTest::addColumn<QByteArray>("text");
        const std::string collection = geoJson(generateDemoProblems(40, 2));
        QTest::addRow("collection") << QByteArray::fromStdString(collection);
        QTest::addRow("bom") << QByteArray::fromStdString("\xEF\xBB\xBF" + collection);
        QTest::addRow("features first")
            << QByteArray(R"({"features": [{"a": 1}, {"b": [2, 3]}], "type": "FeatureCollection"})");
        QTest::addRow("cut in a feature") << QByteArray::fromStdString(collection.substr(0, 3000));
        QTest::addRow("missing comma") << QByteArray("{\"features\": [\n{\"a\": 1}\n{\"b\": 2}]}");
        QTest::addRow("duplicate features") << QByteArray("{\"features\": [1],\n\"features\": [2]}");
        QTest::addRow("bad utf8 late")
            << QByteArray::fromStdString(collection.substr(0, 2500) + "\"\xC3\x28\"");
        QTest::addRow("long string") << QByteArray("{\"features\": [\"" + QByteArray(3 << 20, 'x') + "\"]}");
        QTest::addRow("too deep") << QByteArray("{\"features\": [" + QByteArray(70, '[') +
                                                QByteArray(70, ']') + "]}");
        QTest::addRow("surrogate split") << QByteArray(R"({"features": ["\ud83d\ude00", "\ud83d"]})");
        QTest::addRow("text after") << QByteArray("{\"features\": []}\n{}");
        QTest::addRow("empty") << QByteArray("  \n");
        QTest::addRow("array root") << QByteArray("[1, 2, {\"features\": [3]}]");
        QTest::addRow("number root") << QByteArray("-12.5e");
    }
    void streamedJsonReadsAsWhole()
    {
        QFETCH(QByteArray, text);
        const std::string whole = text.toStdString();
        const auto parsed = JsonDocument::parse(whole);
        for (const std::size_t chunk : {std::size_t(1), std::size_t(7), std::size_t(1) << 20}) {
            std::size_t at = 0;
            const JsonReadFunction read = [&](char* buffer, std::size_t capacity) {
                const std::size_t n = std::min({capacity, chunk, whole.size() - at});
                std::copy_n(whole.data() + at, n, buffer);
                at += n;
                return static_cast<std::ptrdiff_t>(n);
            };
            std::vector<std::pair<long, std::string>> elements;
            const JsonStreamedArray streamed{{"features"}, [&](const JsonValue& v, std::size_t) {
                                                 elements.emplace_back(v.line(),
                                                                       std::string(toString(v.type())));
                                                 return true;
                                             }};
            const auto streamedDoc = JsonDocument::stream(read, streamed);
            QCOMPARE(streamedDoc.ok(), parsed.ok());
            if (!parsed.ok()) {
                QVERIFY2(streamedDoc.error().toString() == parsed.error().toString(),
                         (streamedDoc.error().toString() + " | " + parsed.error().toString()).c_str());
                QCOMPARE(streamedDoc.error().code, parsed.error().code);
                QCOMPARE(streamedDoc.error().line, parsed.error().line);
                QCOMPARE(streamedDoc.error().field, parsed.error().field);
                QCOMPARE(streamedDoc.error().message, parsed.error().message);
                continue;
            }
            const JsonValue features = parsed->root().find("features");
            if (!parsed->root().isObject() || !features.isArray()) {
                QVERIFY(elements.empty());
                continue;
            }
            QCOMPARE(elements.size(), features.size());
            for (std::size_t i = 0; i < elements.size(); ++i) {
                QCOMPARE(elements[i].first, features.at(i).line());
                QCOMPARE(elements[i].second, std::string(toString(features.at(i).type())));
            }
            QVERIFY(streamedDoc->root().find("features").isArray());
            QCOMPARE(streamedDoc->root().find("features").size(), std::size_t(0));
        }
    }

    /// An error far past the first chunk of a file still names its line and field.
    void streamedImportNamesLinesFarIntoTheFile()
    {
        auto store = openStore("far.sqlite");
        auto many = generateDemoProblems(9000, 8); // several MiB: the reader has dropped the start
        const std::string text = geoJson(many, R"({"type": "Feature", "geometry": null, "properties": {}})");
        QVERIFY(text.size() > (std::size_t(3) << 20));
        const std::string file = write("far.geojson", text);
        auto report = importGeoJson(*store, file);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, std::string("missing_geometry"));
        QCOMPARE(report.error().field, std::string("features[9000].geometry"));
        QCOMPARE(report.error().line, 9002L);
        QCOMPARE(store->stats().problems, std::int64_t(0));
        QCOMPARE(scalar(store->database(), "SELECT count(*) FROM search_postings"), std::int64_t(0));
    }
};

QTEST_GUILESS_MAIN(TestBulkWrite)
#include "test_bulk_write.moc"
