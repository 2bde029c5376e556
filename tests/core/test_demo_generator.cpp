#include "core/demo/demo_generator.h"
#include "core/domain/category.h"
#include "core/store/store.h"

#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace balgul::core;

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameProblems();
    void differentSeedsDiffer();
    void everyCategoryPresent();
    void insideDaejeonAndValid_data();
    void insideDaejeonAndValid();
    void koreanAndEnglishTexts();
    void searchablePhrases();
    void timesWithinSpan();
    void idsUnique();
    void seedsStore();
};

namespace {

bool hasHangul(const std::string& text)
{
    // Hangul syllables U+AC00–U+D7A3 start with the UTF-8 lead bytes 0xEA–0xED.
    for (const char c : text) {
        const auto b = static_cast<unsigned char>(c);
        if (b >= 0xEA && b <= 0xED)
            return true;
    }
    return false;
}

} // namespace

void TestDemoGenerator::sameSeedSameProblems()
{
    const auto a = generateDemoProblems(300, 42);
    const auto b = generateDemoProblems(300, 42);
    QCOMPARE(a.size(), std::size_t(300));
    QCOMPARE(b.size(), a.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].id, b[i].id);
        QCOMPARE(a[i].title, b[i].title);
        QCOMPARE(a[i].description, b[i].description);
        QCOMPARE(a[i].category, b[i].category);
        QCOMPARE(static_cast<int>(a[i].status), static_cast<int>(b[i].status));
        QCOMPARE(a[i].lat, b[i].lat);
        QCOMPARE(a[i].lon, b[i].lon);
        QCOMPARE(a[i].address, b[i].address);
        QCOMPARE(a[i].author, b[i].author);
        QCOMPARE(a[i].created, b[i].created);
        QCOMPARE(a[i].updated, b[i].updated);
    }
    // A prefix of a longer run is the same data: count does not change the sequence.
    const auto longer = generateDemoProblems(400, 42);
    QCOMPARE(longer[299].id, a[299].id);
    QCOMPARE(longer[299].title, a[299].title);
}

void TestDemoGenerator::differentSeedsDiffer()
{
    const auto a = generateDemoProblems(200, 1);
    const auto b = generateDemoProblems(200, 2);
    int sameTitle = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        QVERIFY(a[i].id != b[i].id);
        if (a[i].title == b[i].title)
            ++sameTitle;
    }
    QVERIFY2(sameTitle < 20, qPrintable(QString::number(sameTitle)));
}

void TestDemoGenerator::everyCategoryPresent()
{
    const auto problems = generateDemoProblems(500, 1);
    std::map<std::string, int> counts;
    for (const auto& p : problems)
        ++counts[p.category];
    for (const Category& c : defaultCategories())
        QVERIFY2(counts[std::string(c.code)] > 0, c.code.data());
    // Hotspot weights show: the industrial complex makes fine dust common, and traffic is
    // the most reported category, as in real city complaint data.
    QVERIFY(counts["air"] > counts["other"]);
    QVERIFY(counts["traffic"] > counts["welfare"]);
    // Statuses are mostly new or confirmed.
    int open = 0;
    for (const auto& p : problems)
        open += p.status == ProblemStatus::New || p.status == ProblemStatus::Confirmed;
    QVERIFY(open > 300);
    QVERIFY(open < 500);
}

void TestDemoGenerator::insideDaejeonAndValid_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addRow("seed 1") << quint64(1);
    QTest::addRow("seed 7") << quint64(7);
    QTest::addRow("seed 2^63") << (quint64(1) << 63);
}

void TestDemoGenerator::insideDaejeonAndValid()
{
    QFETCH(quint64, seed);
    const auto problems = generateDemoProblems(2000, seed);
    for (const auto& p : problems) {
        QVERIFY2(p.lat >= kDemoSouth && p.lat <= kDemoNorth, qPrintable(QString::number(p.lat)));
        QVERIFY2(p.lon >= kDemoWest && p.lon <= kDemoEast, qPrintable(QString::number(p.lon)));
        const Status s = validateProblem(p);
        QVERIFY2(s.ok(), s.ok() ? "" : s.error().toString().c_str());
        QVERIFY(p.address.rfind("대전 ", 0) == 0);
        QVERIFY(!p.author.empty());
    }
    // Clustered: most points lie within 2 km of Dunsan-dong, the station, the industrial
    // complex or another hotspot, not spread evenly over the 30 km box.
    int nearDunsan = 0;
    for (const auto& p : problems)
        nearDunsan += haversineMeters(p.lat, p.lon, 36.3504, 127.3845) < 1500;
    QVERIFY2(nearDunsan > 150, qPrintable(QString::number(nearDunsan)));
}

void TestDemoGenerator::koreanAndEnglishTexts()
{
    const auto problems = generateDemoProblems(500, 3);
    int korean = 0, english = 0;
    std::set<std::string> titles;
    for (const auto& p : problems) {
        (hasHangul(p.title) ? korean : english)++;
        titles.insert(p.title);
    }
    QVERIFY2(korean > 300, qPrintable(QString::number(korean)));
    QVERIFY2(english > 30, qPrintable(QString::number(english)));
    QVERIFY2(titles.size() > 250, qPrintable(QString::number(titles.size())));
}

void TestDemoGenerator::searchablePhrases()
{
    const auto problems = generateDemoProblems(1000, 1);
    int fineDust = 0, dustInAir = 0;
    for (const auto& p : problems) {
        if (p.description.find("미세먼지가 심해요") != std::string::npos) {
            ++fineDust;
            dustInAir += p.category == "air";
        }
    }
    QVERIFY2(fineDust >= 10, qPrintable(QString::number(fineDust)));
    QCOMPARE(dustInAir, fineDust);
}

void TestDemoGenerator::timesWithinSpan()
{
    const Timestamp reference = demoReferenceTime();
    QCOMPARE(toIso8601(reference), std::string("2025-09-01T00:00:00Z"));
    const Timestamp earliest = reference - std::chrono::days(kDemoSpanDays);
    for (const auto& p : generateDemoProblems(1000, 5)) {
        QVERIFY(p.created >= earliest);
        QVERIFY(p.created < reference);
        QVERIFY(p.updated >= p.created);
        QVERIFY(p.updated <= reference);
    }
}

void TestDemoGenerator::idsUnique()
{
    const auto problems = generateDemoProblems(20000, 9);
    std::set<std::string> ids;
    for (const auto& p : problems)
        ids.insert(p.id);
    QCOMPARE(ids.size(), problems.size());
}

void TestDemoGenerator::seedsStore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto store = Store::open(dir.filePath(QStringLiteral("demo.sqlite")).toStdString());
    QVERIFY(store.ok());
    const Status s = seedDemoStore(**store, 300, 11);
    QVERIFY2(s.ok(), s.ok() ? "" : s.error().toString().c_str());
    const StoreStats stats = (*store)->stats();
    QCOMPARE(stats.problems, std::int64_t(300));
    QVERIFY(stats.comments > 0);
    QVERIFY(stats.supports > 0);
    // Demo data is local: nothing is queued for the hub, and no comment speaks for the user.
    QCOMPARE(stats.outbox, std::int64_t(0));
    auto mine = (*store)->database().prepare("SELECT count(*) FROM comments WHERE author = ?");
    mine.bind(1, (*store)->userName());
    QVERIFY(mine.step());
    QCOMPARE(mine.int64(0), std::int64_t(0));
    const auto first = generateDemoProblems(1, 11).front();
    const auto stored = (*store)->problem(first.id);
    QVERIFY(stored.has_value());
    QCOMPARE(stored->title, first.title);
    QCOMPARE(stored->created, first.created);
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "test_demo_generator.moc"
