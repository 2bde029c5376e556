// The client store: migrations, CRUD, the outbox transaction rule, spatial and text queries.

#include "core/store/schema.h"
#include "core/store/store.h"
#include "core/util/ids.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <sqlite3.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <numbers>
#include <random>
#include <set>

using namespace balgul::core;

namespace {

Problem sample(const std::string& title, double lat = 36.35, double lon = 127.38,
               const std::string& category = "air")
{
    Problem p;
    p.title = title;
    p.description = "대화동 공단 주변에서 아침마다 미세먼지가 심해요. Dust every morning.";
    p.category = category;
    p.lat = lat;
    p.lon = lon;
    p.address = "대전 대덕구 대화동";
    return p;
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

std::int64_t scalar(Store& store, const char* sql)
{
    auto st = store.database().prepare(sql);
    return st.step() ? st.int64(0) : -1;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::string path(const char* name) const
    {
        return QDir(m_dir.path()).filePath(QString::fromUtf8(name)).toStdString();
    }
    std::unique_ptr<Store> openStore(const char* name)
    {
        auto store = Store::open(path(name), {true, "tester"});
        if (!store)
            qFatal("open failed: %s", store.error().toString().c_str());
        return std::move(store).value();
    }

private slots:
    void listProblemsAnswersAsProblemsWithoutDescriptions()
    {
        auto store = openStore("list.sqlite");
        std::vector<std::string> ids;
        for (int i = 0; i < 4; ++i) {
            auto p = store->createProblem(sample("문제 " + std::to_string(i), 36.3 + i * 0.01));
            QVERIFY(p);
            ids.push_back(p->id);
        }
        QVERIFY(store->setSupported(ids[0], true));
        QVERIFY(store->addComment(ids[0], "저도 봤어요"));
        auto gone = store->addComment(ids[1], "지울 댓글");
        QVERIFY(gone && store->addComment(ids[1], "남는 댓글"));
        QVERIFY(store->removeComment(gone->id));
        QVERIFY(store->removeProblem(ids[2]));

        auto listed = store->listProblems();
        auto full = store->problems(ProblemQuery{});
        QVERIFY(listed && full);
        QCOMPARE(listed->size(), std::size_t(3));
        std::sort(full->begin(), full->end(),
                  [](const Problem& a, const Problem& b) { return a.rowid < b.rowid; });
        QCOMPARE(listed->size(), full->size());
        for (std::size_t i = 0; i < listed->size(); ++i) {
            const Problem& a = (*listed)[i];
            const Problem& b = (*full)[i];
            QCOMPARE(a.rowid, b.rowid);
            QCOMPARE(a.id, b.id);
            QCOMPARE(a.title, b.title);
            QCOMPARE(a.category, b.category);
            QCOMPARE(int(a.status), int(b.status));
            QCOMPARE(a.lat, b.lat);
            QCOMPARE(a.address, b.address);
            QCOMPARE(a.author, b.author);
            QVERIFY(a.updated == b.updated && a.created == b.created);
            QCOMPARE(a.supportCount, b.supportCount);
            QCOMPARE(a.commentCount, b.commentCount);
            QCOMPARE(a.attachmentCount, b.attachmentCount);
            QVERIFY(a.description.empty());
        }
        QCOMPARE((*listed)[0].supportCount, 1);
        QCOMPARE((*listed)[0].commentCount, 1);
        QCOMPARE((*listed)[1].commentCount, 1); // the removed comment is not counted
    }

    void migratesFromEmpty()
    {
        auto store = openStore("empty.sqlite");
        QCOMPARE(store->schemaVersion(), Store::kSchemaVersion);
        QCOMPARE(scalar(*store, "SELECT count(*) FROM categories"), std::int64_t(9));
        QCOMPARE(scalar(*store, "PRAGMA foreign_keys"), std::int64_t(1));
        auto mode = store->database().prepare("PRAGMA journal_mode");
        QVERIFY(mode.step());
        QCOMPARE(mode.text(0), std::string("wal"));
    }

    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < Store::kSchemaVersion; ++v)
            QTest::addRow("from version %d", v) << v;
    }
    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        const std::string file = path(("v" + std::to_string(from) + ".sqlite").c_str());
        {
            Database db;
            db.open(file, true);
            for (const Migration& m : migrations()) {
                if (m.version > from)
                    break;
                db.exec(m.sql);
                db.exec("PRAGMA user_version = " + std::to_string(m.version));
            }
            if (from > 0)
                db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
        }
        auto store = Store::open(file);
        QVERIFY2(store.ok(), store.ok() ? "" : store.error().toString().c_str());
        QCOMPARE((*store)->schemaVersion(), Store::kSchemaVersion);
        QVERIFY((*store)->createProblem(sample("after migration")).ok());
    }

    void refusesNewerSchema()
    {
        const std::string file = path("newer.sqlite");
        openStore("newer.sqlite").reset();
        {
            Database db;
            db.open(file, false);
            db.exec("PRAGMA user_version = 99");
        }
        const std::string before = readFile(file);
        auto store = Store::open(file);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, std::string("newer_schema"));
        QCOMPARE(store.error().file, file);
        QVERIFY(store.error().message.find("99") != std::string::npos);
        QCOMPARE(readFile(file), before);
    }

    void refusesFileThatIsNotSqlite_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::addRow("text") << QByteArray("title,lat,lon\nhello,1,2\n") << QStringLiteral("not_sqlite");
        QTest::addRow("png") << QByteArray("\x89PNG\r\n\x1a\n0000000000000000", 24)
                             << QStringLiteral("not_sqlite");
        QTest::addRow("sqlite header, garbage body")
            << QByteArray("SQLite format 3\0garbagegarbagegarbage", 38).append(4096, 'x')
            << QStringLiteral("not_sqlite");
    }
    void refusesFileThatIsNotSqlite()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        const std::string file = path("bad.sqlite");
        {
            std::ofstream out(file, std::ios::binary | std::ios::trunc);
            out.write(bytes.constData(), bytes.size());
        }
        auto store = Store::open(file);
        QVERIFY(!store.ok());
        QCOMPARE(QString::fromStdString(store.error().code), code);
        QCOMPARE(store.error().file, file);
        QCOMPARE(QByteArray::fromStdString(readFile(file)), bytes);
    }

    void refusesOtherSqliteDatabases()
    {
        const std::string file = path("other.sqlite");
        {
            Database db;
            db.open(file, true);
            db.exec("CREATE TABLE places (name TEXT)");
        }
        auto store = Store::open(file);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, std::string("not_balgul"));
    }

    void createReadUpdateRemoveRestore()
    {
        auto store = openStore("crud.sqlite");
        auto created = store->createProblem(sample("공단 미세먼지"));
        QVERIFY(created.ok());
        QVERIFY(isUuid(created->id));
        QCOMPARE(created->author, std::string("tester"));
        QVERIFY(created->rowid > 0);

        auto read = store->problem(created->id);
        QVERIFY(read.has_value());
        QCOMPARE(read->title, std::string("공단 미세먼지"));
        QCOMPARE(read->lat, 36.35);

        ProblemPatch patch;
        patch.title = "공단 미세먼지 (아침)";
        patch.description = read->description; // unchanged: must not appear in the op
        patch.status = ProblemStatus::Confirmed;
        auto updated = store->updateProblem(created->id, patch);
        QVERIFY(updated.ok());
        QCOMPARE(int(updated->status), int(ProblemStatus::Confirmed));
        QVERIFY(updated->updated >= created->updated);

        auto ops = store->outbox();
        QCOMPARE(ops.size(), std::size_t(2));
        QCOMPARE(ops[0].kind, std::string("upsert"));
        QVERIFY(ops[0].fieldsJson.find("\"lat\":36.35") != std::string::npos);
        QCOMPARE(ops[1].fieldsJson,
                 std::string(R"json({"title":"공단 미세먼지 (아침)","status":"confirmed"})json"));
        QVERIFY(ops[0].opId < ops[1].opId); // UUIDv7: time ordered

        QVERIFY(store->removeProblem(created->id).ok());
        QVERIFY(!store->problem(created->id).has_value());
        QCOMPARE(store->outbox().back().kind, std::string("delete"));
        QVERIFY(!store->removeProblem(created->id).ok());

        QVERIFY(store->restoreProblem(created->id).ok());
        QCOMPARE(store->problem(created->id)->title, std::string("공단 미세먼지 (아침)"));
        QCOMPARE(store->outboxSize(), std::int64_t(4));
    }

    void noOpEditQueuesNothing()
    {
        auto store = openStore("noop.sqlite");
        auto p = store->createProblem(sample("same"));
        QVERIFY(p.ok());
        ProblemPatch patch;
        patch.title = "same";
        QVERIFY(store->updateProblem(p->id, patch).ok());
        QCOMPARE(store->outboxSize(), std::int64_t(1));
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("which");
        QTest::addRow("empty title") << "title"
                                     << "required" << 0;
        QTest::addRow("10 MB title") << "title"
                                     << "too_long" << 1;
        QTest::addRow("invalid UTF-8 title") << "title"
                                             << "invalid_utf8" << 2;
        QTest::addRow("latitude 91") << "lat"
                                     << "out_of_range" << 3;
        QTest::addRow("longitude -181") << "lon"
                                        << "out_of_range" << 4;
        QTest::addRow("NaN latitude") << "lat"
                                      << "out_of_range" << 5;
        QTest::addRow("unknown category") << "category"
                                          << "unknown_category" << 6;
        QTest::addRow("overlong UTF-8 description") << "description"
                                                    << "invalid_utf8" << 7;
    }
    void badInputChangesNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, code);
        QFETCH(int, which);
        auto store = openStore("bad-input.sqlite");
        const auto problemsBefore = scalar(*store, "SELECT count(*) FROM problems");
        const auto opsBefore = store->outboxSize();
        Problem p = sample("ok");
        switch (which) {
        case 0:
            p.title = "   ";
            break;
        case 1:
            p.title = std::string(10 * 1024 * 1024, 'a');
            break;
        case 2:
            p.title = "bad \xC3\x28 text";
            break;
        case 3:
            p.lat = 91;
            break;
        case 4:
            p.lon = -181;
            break;
        case 5:
            p.lat = std::nan("");
            break;
        case 6:
            p.category = "weather";
            break;
        case 7:
            p.description = "\xC0\xAF";
            break;
        }
        auto result = store->createProblem(p);
        QVERIFY(!result.ok());
        QCOMPARE(QString::fromStdString(result.error().field), field);
        QCOMPARE(QString::fromStdString(result.error().code), code);
        QCOMPARE(scalar(*store, "SELECT count(*) FROM problems"), problemsBefore);
        QCOMPARE(store->outboxSize(), opsBefore);
    }

    void failedMutationLeavesNeitherRowNorOp()
    {
        auto store = openStore("atomic.sqlite");
        auto kept = store->createProblem(sample("kept"));
        QVERIFY(kept.ok());
        // Make the outbox write fail inside the same transaction as the problem row.
        store->database().exec("CREATE TEMP TRIGGER outbox_fails BEFORE INSERT ON outbox "
                               "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END");
        QVERIFY(!store->createProblem(sample("lost")).ok());
        ProblemPatch patch;
        patch.title = "changed";
        QVERIFY(!store->updateProblem(kept->id, patch).ok());
        QVERIFY(!store->removeProblem(kept->id).ok());
        QVERIFY(!store->addComment(kept->id, "hello").ok());
        store->database().exec("DROP TRIGGER outbox_fails");

        QCOMPARE(scalar(*store, "SELECT count(*) FROM problems"), std::int64_t(1));
        QCOMPARE(store->problem(kept->id)->title, std::string("kept"));
        QCOMPARE(scalar(*store, "SELECT count(*) FROM comments"), std::int64_t(0));
        QCOMPARE(store->outboxSize(), std::int64_t(1));
    }

    void bulkInsertIsAllOrNothing()
    {
        auto store = openStore("bulk.sqlite");
        std::vector<Problem> batch{sample("one"), sample("two"), sample("three")};
        batch[1].id = batch[0].id = newUuid(); // the second collides with the first
        auto s = store->insertProblems(batch, true);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, std::string("duplicate_id"));
        QCOMPARE(s.error().line, 2L);
        QCOMPARE(scalar(*store, "SELECT count(*) FROM problems"), std::int64_t(0));
        QCOMPARE(store->outboxSize(), std::int64_t(0));

        std::vector<Problem> invalid{sample("fine"), sample("")};
        s = store->insertProblems(invalid, true);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().line, 2L);
        QCOMPARE(s.error().field, std::string("title"));
        QCOMPARE(scalar(*store, "SELECT count(*) FROM problems"), std::int64_t(0));
    }

    void viewportQueryEqualsBruteForce_data()
    {
        QTest::addColumn<unsigned>("seed");
        QTest::addRow("seed 1") << 1u;
        QTest::addRow("seed 7") << 7u;
        QTest::addRow("seed 42") << 42u;
    }
    void viewportQueryEqualsBruteForce()
    {
        QFETCH(unsigned, seed);
        auto store = openStore(("viewport" + std::to_string(seed) + ".sqlite").c_str());
        std::mt19937 rng(seed);
        std::uniform_real_distribution<double> lat(36.2, 36.5), lon(127.2, 127.6);
        std::vector<Problem> batch;
        for (int i = 0; i < 2000; ++i)
            batch.push_back(sample("p" + std::to_string(i), lat(rng), lon(rng)));
        QVERIFY(store->insertProblems(batch, false).ok());
        QVERIFY(store->removeProblem(batch[5].id).ok());
        for (int q = 0; q < 50; ++q) {
            double a = lat(rng), b = lat(rng), c = lon(rng), d = lon(rng);
            GeoBox box{std::min(a, b), std::min(c, d), std::max(a, b), std::max(c, d)};
            std::set<std::int64_t> expected;
            for (const auto& p : batch)
                if (box.contains(p.lat, p.lon) && p.id != batch[5].id)
                    expected.insert(p.rowid);
            std::set<std::int64_t> got;
            for (const auto& p : store->pointsIn(box))
                got.insert(p.rowid);
            QCOMPARE(got, expected);
            ProblemQuery query;
            query.box = box;
            auto listed = store->problems(query);
            QVERIFY(listed.ok());
            std::set<std::int64_t> listedIds;
            for (const auto& p : *listed)
                listedIds.insert(p.rowid);
            QCOMPARE(listedIds, expected);
        }
        QCOMPARE(store->allPoints().size(), batch.size() - 1);
    }

    void searchFindsKoreanSubstrings_data()
    {
        QTest::addColumn<QString>("needle");
        QTest::addColumn<int>("hits");
        QTest::addRow("미세먼지 inside a word run") << QStringLiteral("미세먼지") << 1;
        QTest::addRow("two syllables") << QStringLiteral("먼지") << 1;
        QTest::addRow("two syllables ending a title") << QStringLiteral("공기") << 1;
        QTest::addRow("one syllable inside an address") << QStringLiteral("궁") << 1;
        QTest::addRow("two letters, other case") << QStringLiteral("BR") << 1;
        QTest::addRow("one syllable") << QStringLiteral("등") << 1;
        QTest::addRow("English, other case") << QStringLiteral("STREETLIGHT") << 1;
        QTest::addRow("address") << QStringLiteral("유성구") << 1;
        QTest::addRow("quote characters") << QStringLiteral("\"미세") << 0;
        QTest::addRow("LIKE wildcards are literal") << QStringLiteral("%") << 0;
        QTest::addRow("absent") << QStringLiteral("지하철역") << 0;
    }
    void searchFindsKoreanSubstrings()
    {
        QFETCH(QString, needle);
        QFETCH(int, hits);
        auto store = openStore("search.sqlite");
        if (store->stats().problems == 0) {
            Problem dust = sample("아침 공기");
            dust.description = "공단 근처라 그런지 …미세먼지가 심해요…";
            Problem light = sample("Broken streetlight", 36.36, 127.35, "safety");
            light.description = "가로등이 꺼져 있어요";
            light.address = "대전 유성구 궁동";
            Problem removed = sample("미세먼지 removed");
            QVERIFY(store->createProblem(dust).ok());
            QVERIFY(store->createProblem(light).ok());
            auto r = store->createProblem(removed);
            QVERIFY(r.ok());
            QVERIFY(store->removeProblem(r->id).ok());
        }
        auto found = store->searchRowids(needle.toStdString(), 200);
        QVERIFY(found.ok());
        QCOMPARE(int(found->size()), hits);
        ProblemQuery query;
        query.text = needle.toStdString();
        QCOMPARE(*store->countProblems(query), std::int64_t(hits));
    }

    void commentsAndSupports()
    {
        auto store = openStore("social.sqlite");
        auto p = store->createProblem(sample("소음"));
        QVERIFY(p.ok());
        QVERIFY(store->addComment(p->id, "저도 봤어요").ok());
        QVERIFY(!store->addComment(p->id, "   ").ok());
        QVERIFY(!store->addComment("no-such-problem", "hi").ok());
        QCOMPARE(store->comments(p->id).size(), std::size_t(1));
        QVERIFY(store->setSupported(p->id, true).ok());
        QVERIFY(store->setSupported(p->id, true).ok()); // one per user and problem
        QCOMPARE(store->problem(p->id)->supportCount, 1);
        QVERIFY(store->isSupported(p->id));
        QVERIFY(store->setSupported(p->id, false).ok());
        QCOMPARE(store->problem(p->id)->supportCount, 0);
        // problem, comment, support on, support off: the repeated "on" queued nothing.
        QCOMPARE(store->outboxSize(), std::int64_t(4));
    }

    void attachmentsAreContentAddressed()
    {
        auto store = openStore("photos.sqlite");
        auto p = store->createProblem(sample("사진"));
        QVERIFY(p.ok());
        const std::string png("\x89PNG\r\n\x1a\n fake but signed", 24);
        const std::string userFile = path("내 사진.png");
        {
            std::ofstream out(userFile, std::ios::binary);
            out << png;
        }
        auto a = store->attachFile(p->id, userFile);
        QVERIFY2(a.ok(), a.ok() ? "" : a.error().toString().c_str());
        QCOMPARE(a->sha256, sha256Hex(png));
        QCOMPARE(a->mimeType, std::string("image/png"));
        const std::string stored = store->blobPath(a->sha256);
        QVERIFY(stored.find(a->sha256) != std::string::npos);
        QVERIFY(stored.find("내 사진") == std::string::npos);
        QCOMPARE(readFile(stored), png);
        std::filesystem::remove(userFile); // the store does not depend on the user's file
        QCOMPARE(store->attachments(p->id).size(), std::size_t(1));
        QVERIFY(store->attachBytes(p->id, png, "again.png").ok()); // same bytes: still one
        QCOMPARE(store->attachments(p->id).size(), std::size_t(1));

        auto notImage = store->attachBytes(p->id, "just some text", "notes.txt");
        QVERIFY(!notImage.ok());
        QCOMPARE(notImage.error().code, std::string("not_image"));
        auto missing = store->attachFile(p->id, path("nope.jpg"));
        QCOMPARE(missing.error().code, std::string("file_not_found"));
        QCOMPARE(store->attachments(p->id).size(), std::size_t(1));

        QVERIFY(store->detach(p->id, a->sha256).ok());
        QVERIFY(store->attachments(p->id).empty());
        QVERIFY(store->blobPath("../../etc/passwd").empty());
    }

    void similarProblemsNearby()
    {
        // Places at real distances north or east of the draft, checked with the same haversine.
        constexpr double kLat = 36.3502;
        constexpr double kLon = 127.3802;
        const auto north = [](double meters) { return kLat + meters / 111195.0; };
        const auto east = [](double meters) {
            return kLon + meters / (111195.0 * std::cos(kLat * std::numbers::pi / 180));
        };
        QVERIFY(std::abs(haversineMeters(kLat, kLon, north(150), kLon) - 150) < 1);
        QVERIFY(std::abs(haversineMeters(kLat, kLon, kLat, east(510)) - 510) < 1);

        auto store = openStore("similar.sqlite");
        auto near = store->createProblem(sample("공단 미세먼지", north(20), kLon, "air"));
        auto nearOther = store->createProblem(sample("쓰레기 무단투기", north(15), east(10), "recycling"));
        auto sameWords = store->createProblem(sample("공단 미세먼지 너무 심해요", north(150), kLon, "other"));
        auto sameCategory190 = store->createProblem(sample("아침마다 매캐한 냄새", kLat, east(190), "air"));
        auto sameCategory250 = store->createProblem(sample("공장 굴뚝 연기", north(250), kLon, "air"));
        auto sameWords510 =
            store->createProblem(sample("공단 미세먼지 심해요 정말", kLat, east(510), "other"));
        auto sameWords719 = store->createProblem(sample("공단 미세먼지 심해요", north(719), kLon, "traffic"));
        auto far = store->createProblem(sample("공단 미세먼지 심각", 36.4500, 127.3800, "air"));
        QVERIFY(near.ok() && nearOther.ok() && sameWords.ok() && sameCategory190.ok() &&
                sameCategory250.ok() && sameWords510.ok() && sameWords719.ok() && far.ok());
        Problem draft = sample("공단 미세먼지 심해요", kLat, kLon, "air");
        auto hits = store->similarProblems(draft, 200);
        std::set<std::string> ids;
        for (const auto& h : hits)
            ids.insert(h.id);
        QVERIFY(ids.count(near->id));             // same category, 20 m
        QVERIFY(ids.count(sameCategory190->id));  // same category, 190 m
        QVERIFY(ids.count(sameWords->id));        // another category but the same words, 150 m
        QVERIFY(!ids.count(nearOther->id));       // another category and other words, 18 m
        QVERIFY(!ids.count(sameCategory250->id)); // same category but 250 m: "about 200 m"
        QVERIFY(!ids.count(sameWords510->id));    // the same words 510 m away
        QVERIFY(!ids.count(sameWords719->id));    // ... and 719 m away
        QVERIFY(!ids.count(far->id));             // 11 km away
        QCOMPARE(hits.size(), std::size_t(3));
        QCOMPARE(hits.front().id, near->id); // nearest first

        // A short, generic title is not "clearly similar" to every title that contains it.
        auto dust = store->createProblem(sample("Dust from the building site", north(60), kLon, "air"));
        auto bins = store->createProblem(sample("쓰레기 무단투기 심각", north(40), kLon, "recycling"));
        auto light = store->createProblem(sample("Street light broken", north(80), kLon, "safety"));
        QVERIFY(dust.ok() && bins.ok() && light.ok());
        for (const char* title : {"Dust", "쓰레기"}) {
            Problem generic = sample(title, kLat, kLon, "energy");
            QVERIFY2(store->similarProblems(generic, 200).empty(), title);
        }
        // The same words in another order are.
        Problem reordered = sample("Broken street light", kLat, kLon, "energy");
        hits = store->similarProblems(reordered, 200);
        QCOMPARE(hits.size(), std::size_t(1));
        QCOMPARE(hits.front().id, light->id);
    }

    void listenersSeeChanges()
    {
        auto store = openStore("listen.sqlite");
        std::vector<StoreChange::Kind> seen;
        const int handle = store->addListener([&](const StoreChange& c) { seen.push_back(c.kind); });
        auto p = store->createProblem(sample("x"));
        QVERIFY(p.ok());
        QVERIFY(store->removeProblem(p->id).ok());
        store->removeListener(handle);
        QVERIFY(store->restoreProblem(p->id).ok());
        QCOMPARE(seen.size(), std::size_t(2));
        QCOMPARE(int(seen[0]), int(StoreChange::Kind::ProblemAdded));
        QCOMPARE(int(seen[1]), int(StoreChange::Kind::ProblemRemoved));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "test_store.moc"
